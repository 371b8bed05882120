package dev.ltxflux.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.AccountSettings;
import dev.ltxflux.mock.state.AccountLedger;
import dev.ltxflux.mock.state.MockAccount;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.mock.view.ViewJson;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedded mock's accounts between CLI runs, in {@code mock-state/accounts.json} ({@code 0600}): each account as
 * the mock's ledger holds it ({@link MockAccount}: e-mail, {@code lt_id}, {@code maxJobs}, balance, times), so that
 * {@code accounts add} in one run is the account the next run's {@code accounts list}, {@code edit} and {@code accounts
 * remove} act on, and each job's charge stays spent. The mock keeps no cookie value, so neither does this file.
 *
 * <p>The file belongs to the mock's account settings it started from ({@code LTXFLUX_MOCK_ACCOUNTS}, {@code _CREDITS},
 * {@code _MAX_JOBS}): other settings start the ledger afresh from them. A run writes only what it changed, merged
 * under a lock into what parallel runs wrote meanwhile (balance as the charges it made, an account it removed as
 * removed), so runs in two terminals lose neither's changes.
 */
final class MockAccountsFile {

    /** What the file holds: the settings the ledger started from, and its accounts in their order. */
    record Ledger(AccountSettings settings, List<MockAccount> accounts) {
    }

    private final ObjectMapper json = ViewJson.mapper();
    private final Path file;
    /** The accounts as this run's mock started with them: what it changed is measured from here. */
    private Map<String, MockAccount> started = Map.of();

    MockAccountsFile(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * Puts the kept accounts into {@code mock} before it serves a request: its ledger becomes the file's (the
     * configured accounts when there is none, it is unreadable, or it belongs to other settings). The mock's ledger takes
     * an account only as {@code POST accounts} makes it, so a restored account's {@code updated} is the time of the
     * restore, and its balance is restored by charging the jobs the kept balance says were made.
     */
    void restoreInto(LtxMockServer mock) {
        AccountLedger ledger = mock.store().accounts();
        Ledger kept = read(mock.config().accounts());
        if (kept != null) {
            ledger.all().forEach(a -> ledger.remove(a.email()));
            for (MockAccount a : kept.accounts()) {
                restore(ledger, a);
            }
        }
        started = byEmail(ledger.all());
    }

    private static void restore(AccountLedger ledger, MockAccount a) {
        if (a == null || a.email() == null || a.maxJobs() < 1 || a.maxJobs() > 100) {
            return; // an entry no POST accounts could have made: the others are restored
        }
        try {
            ledger.configure(a.email(), a.ltId(), a.maxJobs(), a.tokenExpire());
            // the ledger lowers a balance only by charging a job: charge the ones the kept balance says were made
            for (long left = ledger.get(a.email()).map(MockAccount::balance).orElse(0L); left > Math.max(0, a.balance()); left--) {
                ledger.charge(a.email(), a.latestJobAt(), 0, null, null);
            }
        } catch (Rejection refused) {
            // a fourth account (402), a balance spent (402): the others are restored
        }
    }

    /** Writes what this run changed in {@code mock}'s accounts; nothing when it changed nothing. */
    void save(LtxMockServer mock) throws IOException {
        AccountSettings settings = mock.config().accounts();
        Map<String, MockAccount> now = byEmail(mock.store().accounts().all());
        if (now.equals(started)) {
            return;
        }
        Path lock = PrivateFiles.createFile(file.resolveSibling("." + file.getFileName() + ".lock"));
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            channel.lock(); // until the channel closes: a parallel run's save waits, then merges into this one's
            Ledger kept = read(settings);
            Map<String, MockAccount> merged = kept != null ? byEmail(kept.accounts()) : new LinkedHashMap<>(started);
            merge(merged, now, settings.credits() < 0 ? MockAccount.UNLIMITED_START : settings.credits());
            PrivateFiles.replace(file, json.writeValueAsBytes(new Ledger(settings, List.copyOf(merged.values()))));
            started = now;
        }
    }

    /** Applies to {@code kept} (what the file holds now) what this run did between {@link #started} and {@code now}. */
    private void merge(Map<String, MockAccount> kept, Map<String, MockAccount> now, long newBalance) {
        started.keySet().stream().filter(email -> !now.containsKey(email)).forEach(kept::remove);
        for (MockAccount n : now.values()) {
            MockAccount before = started.get(n.email());
            MockAccount theirs = kept.get(n.email());
            boolean configured = before == null || !n.updatedAt().equals(before.updatedAt());
            if (theirs == null && !configured) {
                continue; // a parallel run removed it; this one only used it
            }
            long spent = (before == null ? newBalance : before.balance()) - n.balance();
            long balance = theirs == null ? n.balance() : theirs.balance() - spent;
            MockAccount setup = configured ? n : theirs;
            kept.put(n.email(), new MockAccount(n.email(), setup.ltId(), setup.maxJobs(), n.unlimited() ? balance : Math.max(0, balance),
                    n.unlimited(), setup.updatedAt(), setup.tokenExpire(), latest(n.latestJobAt(), theirs == null ? null : theirs.latestJobAt())));
        }
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The file's ledger when it belongs to {@code settings}; null when absent, unreadable or of other settings. */
    private Ledger read(AccountSettings settings) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Ledger kept = json.readValue(file.toFile(), Ledger.class);
            return kept.settings() != null && kept.settings().equals(settings) && kept.accounts() != null ? kept : null;
        } catch (IOException | RuntimeException unreadable) {
            return null; // another program broke it: the configured accounts, and the next save rewrites it
        }
    }

    private static Map<String, MockAccount> byEmail(List<MockAccount> accounts) {
        Map<String, MockAccount> map = new LinkedHashMap<>();
        accounts.stream().filter(a -> a != null && a.email() != null).forEach(a -> map.put(a.email(), a));
        return map;
    }
}
