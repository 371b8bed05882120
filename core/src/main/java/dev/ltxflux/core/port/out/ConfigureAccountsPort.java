package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;

/** Outgoing port: creates, updates ({@code POST accounts}) and removes ({@code DELETE accounts/{email}}) accounts. */
public interface ConfigureAccountsPort {

    /** Creates or updates the account the cookie belongs to; the answer names its e-mail. */
    Account configure(AccountSetup setup);

    /** Removes the account; a {@link dev.ltxflux.core.error.NotFoundException} when it is not configured. */
    void remove(AccountEmail email);
}
