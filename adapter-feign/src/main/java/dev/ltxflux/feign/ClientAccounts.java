package dev.ltxflux.feign;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import java.util.List;

/** {@link LtxAccounts} over core's account ports (the client's {@link ClientGuard} refuses its calls once the client is closed). */
final class ClientAccounts implements LtxAccounts {

    private final FeignAccounts ports;

    ClientAccounts(FeignAccounts ports) {
        this.ports = ports;
    }

    @Override
    public List<Account> list() {
        return ports.accounts();
    }

    @Override
    public Account get(AccountEmail email) {
        return ports.account(email);
    }

    @Override
    public Account add(AccountSetup setup) {
        return ports.configure(setup);
    }

    @Override
    public void remove(AccountEmail email) {
        ports.remove(email);
    }
}
