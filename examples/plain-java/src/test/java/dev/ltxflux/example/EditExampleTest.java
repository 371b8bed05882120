package dev.ltxflux.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.port.in.ImageOutcome;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EditExampleTest {

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleEditsTheSampleAgainstTheMock() throws Exception {
        Path sample = Path.of("../../samples/landscape.png");
        assertThat(sample).exists();
        try (LtxClient client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build()) {
            ImageOutcome out = EditExample.edit(client, sample, dir.resolve("sunset.png"));
            assertThat(out.job().isDone()).isTrue();
            byte[] png = Files.readAllBytes(out.file());
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        }
    }
}
