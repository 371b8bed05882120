package dev.ltxflux.mock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.mock.MockCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every mock option from LTXFLUX_MOCK_<OPTION> as well as from its argument; the argument wins; bad values name the variable. */
class EnvironmentOptionsTest {

    private static MockConfig parse(Map<String, String> env, String... args) {
        MockCommand command = new MockCommand();
        CommandLine cli = new CommandLine(command).setDefaultValueProvider(new EnvironmentOptions(env));
        cli.parseArgs(args);
        return command.config();
    }

    @Test
    void theNameIsTheOptionInUpperSnakeCaseAfterThePrefix() {
        assertThat(EnvironmentOptions.variable("--job-duration")).isEqualTo("LTXFLUX_MOCK_JOB_DURATION");
        assertThat(EnvironmentOptions.variable("--port")).isEqualTo("LTXFLUX_MOCK_PORT");
        assertThat(EnvironmentOptions.variable("--no-out-of-sync")).isEqualTo("LTXFLUX_MOCK_NO_OUT_OF_SYNC");
    }

    @Test
    void everyOptionOfTheMockCanComeFromTheEnvironment() {
        MockConfig c = parse(Map.ofEntries(Map.entry("LTXFLUX_MOCK_PORT", "0"), Map.entry("LTXFLUX_MOCK_BIND", "0.0.0.0"),
                Map.entry("LTXFLUX_MOCK_TOKEN", "user:env"), Map.entry("LTXFLUX_MOCK_JOB_DURATION", "750ms"),
                Map.entry("LTXFLUX_MOCK_POLL_INTERVAL", "2s"), Map.entry("LTXFLUX_MOCK_SEED", "7"),
                Map.entry("LTXFLUX_MOCK_ACCOUNTS", "a@x.test,b@x.test"), Map.entry("LTXFLUX_MOCK_CREDITS", "5"),
                Map.entry("LTXFLUX_MOCK_MAX_JOBS", "3"), Map.entry("LTXFLUX_MOCK_NO_OUT_OF_SYNC", "true"),
                Map.entry("LTXFLUX_MOCK_STRICT", "TRUE"), Map.entry("LTXFLUX_MOCK_RETENTION", "2m"),
                Map.entry("LTXFLUX_MOCK_WEBHOOK_ATTEMPTS", "4"), Map.entry("LTXFLUX_MOCK_JOURNAL", "true"),
                Map.entry("LTXFLUX_MOCK_NO_ADMIN", "true"), Map.entry("LTXFLUX_MOCK_ADMIN_HOST", "ltx-mock,box.lan"),
                Map.entry("LTXFLUX_MOCK_CORS", "http://a.test:1"), Map.entry("LTXFLUX_MOCK_MAX_BODY_BYTES", "4096"),
                Map.entry("LTXFLUX_MOCK_CONTAINER_THREADS", "12")));
        assertThat(c.server().port()).isZero();
        assertThat(c.server().bindAddress()).isEqualTo("0.0.0.0");
        assertThat(c.server().token()).isEqualTo("user:env");
        assertThat(c.server().requestJournal()).isTrue();
        assertThat(c.server().corsOrigins()).containsExactly("http://a.test:1");
        assertThat(c.jobs().duration()).isEqualTo(Duration.ofMillis(750));
        assertThat(c.jobs().pollInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(c.jobs().seed()).isEqualTo(7);
        assertThat(c.jobs().completedWithoutArtifact()).as("LTXFLUX_MOCK_NO_OUT_OF_SYNC=true is --no-out-of-sync").isFalse();
        assertThat(c.jobs().strict()).isTrue();
        assertThat(c.accounts().emails()).containsExactly("a@x.test", "b@x.test");
        assertThat(c.accounts().credits()).isEqualTo(5);
        assertThat(c.accounts().maxJobs()).isEqualTo(3);
        assertThat(c.storage().retention()).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.webhooks().attempts()).isEqualTo(4);
        assertThat(c.edge().admin()).isFalse();
        assertThat(c.edge().adminHosts()).containsExactly("ltx-mock", "box.lan");
        assertThat(c.edge().maxBodyBytes()).isEqualTo(4096);
        assertThat(c.edge().containerThreads()).isEqualTo(12);
    }

    @Test
    void everyOptionHasItsVariableAndNoneIsIgnored() {
        CommandLine cli = new CommandLine(new MockCommand());
        for (CommandLine.Model.OptionSpec o : cli.getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp() || o.negatable()) {
                continue; // a negatable flag is set after parsing (applyNegatable), tested above
            }
            String sample = o.type() == boolean.class ? "true" : o.type() == int.class || o.type() == long.class ? "1"
                    : o.longestName().contains("duration") || o.longestName().contains("interval") || o.longestName().contains("timeout")
                    || o.longestName().contains("backoff") || o.longestName().contains("retention") || o.longestName().contains("ttl") ? "1s" : "x";
            String got = new EnvironmentOptions(Map.of(EnvironmentOptions.variable(o.longestName()), sample)).defaultValue(o);
            assertThat(got).as(o.longestName()).isNotNull();
        }
    }

    @Test
    void anArgumentWinsOverTheVariable() {
        MockConfig c = parse(Map.of("LTXFLUX_MOCK_PORT", "9001", "LTXFLUX_MOCK_JOB_DURATION", "9s", "LTXFLUX_MOCK_NO_OUT_OF_SYNC", "true"),
                "--port", "0", "--job-duration", "1s", "--out-of-sync");
        assertThat(c.server().port()).isZero();
        assertThat(c.jobs().duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(c.jobs().completedWithoutArtifact()).isTrue();
        assertThat(parse(Map.of()).server().port()).as("neither: the default").isEqualTo(MockConfig.DEFAULT_PORT);
    }

    @Test
    void aValueTheOptionCannotTakeNamesTheVariable() {
        assertThatThrownBy(() -> parse(Map.of("LTXFLUX_MOCK_PORT", "eighty")))
                .hasMessageContaining("LTXFLUX_MOCK_PORT='eighty'").hasMessageContaining("--port").hasMessageContaining("whole number");
        assertThatThrownBy(() -> parse(Map.of("LTXFLUX_MOCK_JOB_DURATION", "soon")))
                .hasMessageContaining("LTXFLUX_MOCK_JOB_DURATION='soon'").hasMessageContaining("not a duration");
        assertThatThrownBy(() -> parse(Map.of("LTXFLUX_MOCK_STRICT", "yes")))
                .hasMessageContaining("LTXFLUX_MOCK_STRICT='yes'").hasMessageContaining("true or false");
    }

    @Test
    void aValueTheSettingsRefuseNamesTheVariableOnlyWhenItCameFromThere() {
        assertThatThrownBy(() -> parse(Map.of("LTXFLUX_MOCK_PORT", "70000")))
                .hasMessageStartingWith("LTXFLUX_MOCK_PORT (the environment's --port): --port");
        assertThatThrownBy(() -> parse(Map.of("LTXFLUX_MOCK_PORT", "70000"), "--port", "70001"))
                .hasMessageStartingWith("--port").hasMessageNotContaining("LTXFLUX_MOCK_PORT");
    }

    @Test
    void theRunnerReportsABadVariableAsAUsageErrorWithoutStarting() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new MockCommand()).setDefaultValueProvider(new EnvironmentOptions(Map.of("LTXFLUX_MOCK_MAX_JOBS", "-")));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute()).isEqualTo(2);
        assertThat(err.toString()).contains("LTXFLUX_MOCK_MAX_JOBS='-'");
    }

    @Test
    void helpExplainsTheConvention() {
        String help = new CommandLine(new MockCommand()).getUsageMessage();
        assertThat(help).contains("--foo-bar is LTXFLUX_MOCK_FOO_BAR", "an argument wins", "/__health");
    }
}
