package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.state.AccountLedger;
import dev.ltxflux.mock.state.MockAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mock's kept accounts ({@link MockAccountsFile}) as runs in two terminals use them: each writes only what
 * it changed, so neither loses the other's; a broken or foreign file never stops a run.
 */
class AccountsFileTest {

    private static final MockConfig CONFIG = MockConfig.forTests().toBuilder().credits(10).build();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    private final List<LtxMockServer> mocks = new ArrayList<>();

    @AfterEach
    void stop() {
        mocks.forEach(LtxMockServer::stop);
    }

    /** A run's embedded mock, not started, with the kept accounts restored into it. */
    private LtxMockServer run(MockAccountsFile file, MockConfig config) {
        LtxMockServer mock = new LtxMockServer(config, Clock.systemUTC(), dir.resolve("recordings"));
        mocks.add(mock);
        file.restoreInto(mock);
        return mock;
    }

    private static void charge(AccountLedger ledger, String email, int jobs) {
        for (int i = 0; i < jobs; i++) {
            ledger.charge(email, T0, 0, null, null);
        }
    }

    private static long balance(LtxMockServer mock, String email) {
        return mock.store().accounts().get(email).orElseThrow().balance();
    }

    @Test
    void twoRunsAtOnceKeepBothTheirChargesAndTheirAddedAndRemovedAccounts() throws Exception {
        Path path = dir.resolve("accounts.json");
        LtxMockServer setup = run(new MockAccountsFile(path), CONFIG);
        setup.store().accounts().configure("x@example.com", "x1", 5, null);
        new MockAccountsFile(path).save(setup);
        assertThat(path).exists(); // (the first file) and the two runs start from it
        MockAccountsFile a = new MockAccountsFile(path);
        MockAccountsFile b = new MockAccountsFile(path);
        LtxMockServer runA = run(a, CONFIG);
        LtxMockServer runB = run(b, CONFIG);

        charge(runA.store().accounts(), "user@example.com", 2);
        charge(runB.store().accounts(), "user@example.com", 1);
        runB.store().accounts().configure("y@example.com", "y1", 7, null);
        runB.store().accounts().remove("x@example.com");
        a.save(runA);
        b.save(runB);

        LtxMockServer next = run(new MockAccountsFile(path), CONFIG);
        assertThat(balance(next, "user@example.com")).as("3 jobs in the two runs").isEqualTo(7);
        assertThat(next.store().accounts().all()).extracting(MockAccount::email).containsExactly("user@example.com", "y@example.com");
        assertThat(next.store().accounts().get("y@example.com").orElseThrow().maxJobs()).isEqualTo(7);
        assertThat(next.store().accounts().get("user@example.com").orElseThrow().latestJobAt()).isEqualTo(T0);
    }

    @Test
    void aRunThatChangedNothingWritesNothing() throws Exception {
        Path path = dir.resolve("accounts.json");
        MockAccountsFile file = new MockAccountsFile(path);

        file.save(run(file, CONFIG));

        assertThat(path).doesNotExist();
    }

    @Test
    void aBrokenFileGivesTheConfiguredAccountsAndIsRewrittenByTheNextChange() throws Exception {
        Path path = Files.writeString(dir.resolve("accounts.json"), "{\"settings\":");
        MockAccountsFile file = new MockAccountsFile(path);
        LtxMockServer mock = run(file, CONFIG);
        assertThat(mock.store().accounts().all()).extracting(MockAccount::email).containsExactly("user@example.com");

        charge(mock.store().accounts(), "user@example.com", 1);
        file.save(mock);

        assertThat(balance(run(new MockAccountsFile(path), CONFIG), "user@example.com")).isEqualTo(9);
    }

    @Test
    void entriesNoPostAccountsCouldMakeAreSkippedAndTheOthersRestored() throws Exception {
        Path path = dir.resolve("accounts.json");
        String settings = "{\"emails\":[\"user@example.com\"],\"credits\":10,\"maxJobs\":" + CONFIG.accounts().maxJobs() + "}";
        Files.writeString(path, "{\"settings\":" + settings + ",\"accounts\":["
                + account("zero@example.com", 0, 3) + "," + account("a@example.com", 2, 4) + ",null,{\"ltId\":\"no-email\"},"
                + account("b@example.com", 3, -5) + "," + account("c@example.com", 4, 10) + "," + account("d@example.com", 5, 10) + "]}");

        LtxMockServer mock = run(new MockAccountsFile(path), CONFIG);

        assertThat(mock.store().accounts().all()).extracting(MockAccount::email)
                .as("maxJobs 0 and no e-mail are skipped; a fourth account is refused (402) like POST accounts")
                .containsExactly("a@example.com", "b@example.com", "c@example.com");
        assertThat(balance(mock, "a@example.com")).isEqualTo(4);
        assertThat(balance(mock, "b@example.com")).as("a negative balance is spent, no more").isZero();
        assertThat(mock.store().accounts().get("a@example.com").orElseThrow().tokenExpire()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    private static String account(String email, int maxJobs, long balance) {
        return "{\"email\":\"" + email + "\",\"ltId\":\"l\",\"maxJobs\":" + maxJobs + ",\"balance\":" + balance
                + ",\"unlimited\":false,\"updatedAt\":\"" + T0 + "\",\"tokenExpire\":\"2027-01-01T00:00:00Z\",\"latestJobAt\":null}";
    }
}
