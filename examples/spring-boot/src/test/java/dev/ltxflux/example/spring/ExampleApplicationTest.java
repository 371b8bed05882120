package dev.ltxflux.example.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(properties = "spring.main.banner-mode=off")
class ExampleApplicationTest {

    static final LtxMockServer MOCK = new LtxMockServer(MockConfig.forTests()).start();

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void pointAtTheMock(DynamicPropertyRegistry registry) {
        registry.add("ltxflux.base-url", MOCK::baseUrl);
        registry.add("ltxflux.token", MOCK::token);
        registry.add("ltxflux.journal.path", () -> dir.resolve("jobs.log").toString());
    }

    @AfterAll
    static void stop() {
        MOCK.stop();
    }

    @Autowired
    SunsetService sunsets;

    @Test
    void theServiceEditsTheSampleWithTheAutoConfiguredClient() throws Exception {
        Path out = sunsets.addSunset(Path.of("../../samples/landscape.png"), dir.resolve("sunset.png"));
        assertThat(Files.readAllBytes(out)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("jobs.log"))).contains("-job:");
    }
}
