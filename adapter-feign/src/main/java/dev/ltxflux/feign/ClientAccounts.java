package dev.ltxflux.feign;

import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import java.util.List;

/** {@link LtxAccounts} over core's account ports; refuses calls once its client is closed. */
final class ClientAccounts implements LtxAccounts {

    private final ClientGuard guard;
    private final FeignAccounts ports;

    ClientAccounts(ClientGuard guard, FeignAccounts ports) {
        this.guard = guard;
        this.ports = ports;
    }

    @Override
    public List<Account> list() {
        guard.ensureOpen();
        return ports.accounts();
    }

    @Override
    public Account get(AccountEmail email) {
        guard.ensureOpen();
        return ports.account(email);
    }

    @Override
    public Account add(AccountSetup setup) {
        guard.ensureOpen();
        return ports.configure(setup);
    }

    @Override
    public void remove(AccountEmail email) {
        guard.ensureOpen();
        ports.remove(email);
    }
}
