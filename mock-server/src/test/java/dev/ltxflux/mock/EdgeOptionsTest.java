package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.mock.config.EdgeSettings;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.config.StorageSettings;
import dev.ltxflux.mock.config.WebhookSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The edge options on the command line: parsed into {@link MockConfig}, checked with the option's name, listed in help. */
class EdgeOptionsTest {

    private static MockConfig parse(String... args) {
        MockCommand command = new MockCommand();
        new CommandLine(command).parseArgs(args);
        return command.config();
    }

    @Test
    void optionsReachTheirSettings() {
        MockConfig c = parse("--no-admin", "--admin-token", "t0k", "--admin-host", "mock.test,box.lan", "--allow-admin-writes",
                "--allow-proxy-stubs", "--webhook-allow-private", "--webhook-timeout", "3s", "--webhook-threads", "4",
                "--max-body-bytes", "4096", "--max-upload-bytes", "5000", "--max-stored-uploads", "7", "--max-stored-upload-bytes", "9999",
                "--max-pixels", "100", "--render-cache", "3", "--body-read-timeout", "2s", "--accept-queue", "64", "--container-threads", "20");
        EdgeSettings e = c.edge();
        WebhookSettings w = c.webhooks();
        StorageSettings st = c.storage();
        assertThat(e.admin()).isFalse();
        assertThat(e.adminToken()).isEqualTo("t0k");
        assertThat(e.adminHosts()).containsExactly("mock.test", "box.lan");
        assertThat(e.allowAdminWrites()).isTrue();
        assertThat(e.allowProxyStubs()).isTrue();
        assertThat(w.allowPrivate()).isTrue();
        assertThat(w.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(w.threads()).isEqualTo(4);
        assertThat(e.maxBodyBytes()).isEqualTo(4096);
        assertThat(e.maxUploadBytes()).isEqualTo(5000);
        assertThat(st.maxStoredUploads()).isEqualTo(7);
        assertThat(st.maxStoredUploadBytes()).isEqualTo(9999);
        assertThat(st.maxPixels()).isEqualTo(100);
        assertThat(st.renderCache()).isEqualTo(3);
        assertThat(e.bodyReadTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(e.acceptQueue()).isEqualTo(64);
        assertThat(e.containerThreads()).isEqualTo(20);
        assertThat(c.toString()).doesNotContain("t0k");
    }

    @Test
    void defaultsAreSafe() {
        assertThat(parse().edge()).isEqualTo(MockConfig.defaults().edge());
        assertThat(parse().storage()).isEqualTo(MockConfig.defaults().storage());
        assertThat(parse().webhooks()).isEqualTo(MockConfig.defaults().webhooks());
        EdgeSettings e = parse().edge();
        assertThat(e.admin()).isTrue();
        assertThat(e.adminToken()).isNull();
        assertThat(e.allowAdminWrites()).isFalse();
        assertThat(e.allowProxyStubs()).isFalse();
        assertThat(parse().webhooks().allowPrivate()).isFalse();
        assertThat(parse().jobs().seed()).isEqualTo(MockConfig.DEFAULT_SEED);
    }

    @Test
    void badValuesNameTheOption() {
        assertThatThrownBy(() -> parse("--admin-token", "a b")).hasMessageContaining("--admin-token");
        assertThatThrownBy(() -> parse("--max-body-bytes", "10")).hasMessageContaining("--max-body-bytes");
        assertThatThrownBy(() -> parse("--record-from", "ftp://x")).hasMessageContaining("--record-from");
        assertThat(parse("--record-from", "https://api.useapi.net/v1/ltxstudio").recording().from()).isEqualTo("https://api.useapi.net/v1/ltxstudio");
        String help = new CommandLine(new MockCommand()).getUsageMessage();
        assertThat(help).contains("--no-admin", "--admin-token", "--admin-host", "--allow-admin-writes", "--allow-proxy-stubs",
                "--webhook-allow-private", "--webhook-timeout", "--max-body-bytes", "--max-stored-uploads", "--max-pixels",
                "--render-cache", "--body-read-timeout", "--accept-queue");
    }
}
