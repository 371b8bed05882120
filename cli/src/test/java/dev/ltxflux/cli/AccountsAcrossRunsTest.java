package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded mock's accounts outlive the run, as the real API's do: each command is a separate in-process run
 * ({@link InProcessCli}) with its own embedded mock, sharing only {@code $LTXFLUX_HOME}.
 */
class AccountsAcrossRunsTest {

    static final String REFRESH = "refresh-SECRET-runs-77";
    static final String EMAIL = "runs@example.com";

    @TempDir
    Path dir;

    private final List<InProcessCli.Run> runs = new ArrayList<>();

    private InProcessCli cli() {
        return InProcessCli.in(dir);
    }

    private InProcessCli.Run run(InProcessCli cli, String... args) {
        InProcessCli.Run r = cli.run(args);
        runs.add(r);
        return r;
    }

    private JsonNode json(InProcessCli.Run r) throws Exception {
        assertThat(r.exit()).as(r.all()).isZero();
        return new ObjectMapper().readTree(r.out());
    }

    private Path cookieFile() throws Exception {
        return Files.writeString(dir.resolve("cookie.txt"), ResourceCommandsTest.cookie(EMAIL).replace(ResourceCommandsTest.REFRESH, REFRESH));
    }

    @Test
    void anAccountAddedInOneRunIsListedShownChargedAndRemovedByTheNextRuns() throws Exception {
        InProcessCli cli = cli().env("LTXFLUX_MOCK_CREDITS", "5");
        InProcessCli.Run add = run(cli, "accounts", "add", "--cookie-file", cookieFile().toString(), "--max-jobs", "3");
        assertThat(add.exit()).as(add.all()).isZero();

        InProcessCli.Run list = run(cli, "accounts", "list");
        assertThat(list.out()).contains(EMAIL).contains("user@example.com");
        JsonNode shown = json(run(cli, "accounts", "show", EMAIL, "--json"));
        assertThat(shown.get("maxJobs").asInt()).isEqualTo(3);
        assertThat(shown.at("/balance/LTXStudio_token").asLong()).isEqualTo(5);

        InProcessCli.Run edit = run(cli, "edit", "--image", InProcessCli.SAMPLE.toString(), "--prompt", "Add fog", "--out", "a.png",
                "--email", EMAIL);
        assertThat(edit.exit()).as(edit.all()).isZero();
        JsonNode charged = json(run(cli, "accounts", "show", EMAIL, "--json"));
        assertThat(charged.at("/balance/LTXStudio_token").asLong()).as("one job spent one token").isEqualTo(4);
        assertThat(charged.at("/latestCreatedAtMs/LTXStudio_token").isNumber()).isTrue();
        assertThat(charged.get("tokenExpireUTC").asText()).as("the cookie's expiry, kept").isNotEmpty()
                .isEqualTo(shown.get("tokenExpireUTC").asText());
        assertThat(json(run(cli, "accounts", "show", "user@example.com", "--json")).at("/balance/LTXStudio_token").asLong())
                .as("the other account paid nothing").isEqualTo(5);

        InProcessCli.Run unnamed = run(cli, "create", "--prompt", "a lake", "--out", "c.png");
        assertThat(unnamed.exit()).as("two accounts now: a job must name one").isEqualTo(ExitCode.API_ERROR);
        assertThat(unnamed.err()).contains("email: is required when more than one account is configured");

        assertThat(run(cli, "accounts", "remove", EMAIL).exit()).isZero();
        InProcessCli.Run gone = run(cli, "accounts", "show", EMAIL);
        assertThat(gone.exit()).isEqualTo(ExitCode.API_ERROR);
        assertThat(gone.err()).contains("Account configuration not found");
        assertThat(run(cli, "accounts", "list").out()).doesNotContain(EMAIL).contains("user@example.com");

        assertNoSecretIn(runs);
    }

    @Test
    void aBalanceSpentInOneRunIsSpentInTheNext() {
        InProcessCli cli = cli().env("LTXFLUX_MOCK_CREDITS", "1");
        InProcessCli.Run first = run(cli, "create", "--prompt", "a lake", "--out", "1.png");
        assertThat(first.exit()).as(first.all()).isZero();

        InProcessCli.Run second = run(cli, "create", "--prompt", "a lake", "--out", "2.png");

        assertThat(second.exit()).as(second.all()).isEqualTo(ExitCode.API_ERROR);
        assertThat(second.err()).contains("402").contains("Insufficient credits");
    }

    @Test
    void aRemovedConfiguredAccountStaysRemovedUntilOneIsAdded() throws Exception {
        InProcessCli cli = cli();
        assertThat(run(cli, "accounts", "remove", "user@example.com").exit()).isZero();

        InProcessCli.Run none = run(cli, "accounts");
        assertThat(none.exit()).as(none.all()).isZero();
        assertThat(none.out()).doesNotContain("user@example.com");
        assertThat(none.err()).contains("no account configured");

        assertThat(run(cli, "accounts", "add", "--cookie-file", cookieFile().toString()).exit()).isZero();
        assertThat(run(cli, "accounts").out()).contains(EMAIL).doesNotContain("user@example.com");
        assertNoSecretIn(runs);
    }

    @Test
    void otherAccountSettingsOfTheEmbeddedMockStartFromThemAndLeaveTheKeptAccountsAlone() throws Exception {
        assertThat(run(cli(), "accounts", "add", "--cookie-file", cookieFile().toString()).exit()).isZero();

        InProcessCli.Run other = run(cli().env("LTXFLUX_MOCK_ACCOUNTS", "other@example.com"), "accounts");
        assertThat(other.out()).contains("other@example.com").doesNotContain(EMAIL).doesNotContain("user@example.com");

        assertThat(run(cli(), "accounts").out()).as("back to the settings the accounts were kept under")
                .contains(EMAIL).contains("user@example.com");
    }

    @Test
    void theKeptStateIsReadableByItsOwnerOnlyAndHoldsNoCookieValue() throws Exception {
        Path image = Files.copy(InProcessCli.SAMPLE, dir.resolve("in.png"));
        assertThat(run(cli(), "accounts", "add", "--cookie-file", cookieFile().toString()).exit()).isZero();
        assertThat(run(cli(), "upload", image.toString(), "--email", EMAIL).exit()).isZero();

        Path state = cli().home().resolve(Connection.MOCK_STATE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.walk(state)) {
            List<Path> regular = files.filter(Files::isRegularFile).toList();
            assertThat(regular).extracting(p -> p.getFileName().toString()).contains("accounts.json").anyMatch(n -> n.endsWith(".json")
                    && !n.equals("accounts.json"));
            for (Path file : regular) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
            }
        }
        assertNoSecretIn(runs);
    }

    /** Neither the refresh token nor the JWT appears in any output or in any file under the CLI's home. */
    private void assertNoSecretIn(List<InProcessCli.Run> all) throws Exception {
        String token = ResourceCommandsTest.cookie(EMAIL).replaceAll(".*lt_token=([^;]+);.*", "$1");
        for (InProcessCli.Run r : all) {
            assertThat(r.out() + r.err()).doesNotContain(REFRESH).doesNotContain(token);
        }
        try (Stream<Path> files = Files.walk(cli().home())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain(REFRESH).doesNotContain(token);
            }
        }
    }
}
