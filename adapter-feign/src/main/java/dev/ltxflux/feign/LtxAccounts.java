package dev.ltxflux.feign;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import java.util.List;

/**
 * The LTX Studio accounts of the token ({@code accounts}): {@code client.accounts()}. Cookies are secrets: they are
 * checked before sending, and hidden from every log line, message and {@code toString()} of the client.
 */
public interface LtxAccounts {

    /** Every configured account (empty when none is). */
    List<Account> list();

    /** One account with its balance; {@link dev.ltxflux.core.error.NotFoundException} when it is not configured. */
    Account get(AccountEmail email);

    /** The same by address (checked before sending). */
    default Account get(String email) {
        return get(new AccountEmail(email));
    }

    /** Creates or updates the account the cookie belongs to (the API reads the e-mail from the cookie). */
    Account add(AccountSetup setup);

    /** Removes the account; {@link dev.ltxflux.core.error.NotFoundException} when it is not configured. */
    void remove(AccountEmail email);
}
