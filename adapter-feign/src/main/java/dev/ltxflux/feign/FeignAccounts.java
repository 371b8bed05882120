package dev.ltxflux.feign;

import dev.ltxflux.core.error.NotFoundException;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.port.out.ConfigureAccountsPort;
import dev.ltxflux.core.port.out.ReadAccountsPort;
import dev.ltxflux.feign.wire.AccountMapper;
import dev.ltxflux.feign.wire.WireMapper;
import java.util.List;

/**
 * Core's account ports over {@code accounts}. Before a cookie leaves, its values join the secrets the client's
 * {@link Redactor} hides (logs at every level, error messages). {@code GET accounts}' 404 (none configured) is an empty
 * list; other 404s are a plain {@link NotFoundException}.
 */
final class FeignAccounts implements ReadAccountsPort, ConfigureAccountsPort {

    private final LtxApi api;
    private final FeignCalls calls;
    private final RetryPolicy retry;
    private final Redactor redactor;
    private final AccountMapper mapper = new AccountMapper();

    FeignAccounts(LtxApi api, FeignCalls calls, RetryPolicy retry, Redactor redactor) {
        this.api = api;
        this.calls = calls;
        this.retry = retry;
        this.redactor = redactor;
    }

    @Override
    public List<Account> accounts() {
        try {
            return retry.idempotent("accounts", () -> mapper.accounts(calls.body(api::accounts, null)));
        } catch (NotFoundException noneConfigured) {
            return List.of();
        }
    }

    @Override
    public Account account(AccountEmail email) {
        String segment = WireMapper.pathSegment(email.value());
        return retry.idempotent("account", () -> mapper.account(calls.body(() -> api.account(segment), null), email.value()));
    }

    /** Sent again only when the server certainly did not get it (create-or-update, but it carries a secret). */
    @Override
    public Account configure(AccountSetup setup) {
        redactor.remember(setup.cookie().secrets());
        var body = mapper.toWire(setup);
        return retry.creating("account setup", () -> mapper.account(calls.body(() -> api.configureAccount(body), null),
                setup.cookie().email().orElse(null)));
    }

    @Override
    public void remove(AccountEmail email) {
        String segment = WireMapper.pathSegment(email.value());
        retry.once("account remove", () -> calls.body(() -> api.removeAccount(segment), null));
    }
}
