package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import java.util.List;

/** Outgoing port: the configured accounts ({@code GET accounts}, {@code GET accounts/{email}}). Idempotent. */
public interface ReadAccountsPort {

    /** Every configured account; empty when none is (the API's 404 "Configuration not found"). */
    List<Account> accounts();

    /** One account with its balance; a {@link dev.ltxflux.core.error.NotFoundException} when it is not configured. */
    Account account(AccountEmail email);
}
