package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The container recipe (no Docker daemon here): it copies the jar the build makes and listens beyond loopback. */
class DockerfileIT {

    private static final Path DOCKERFILE = Path.of("Dockerfile");

    private static List<String> lines() throws Exception {
        return Files.readAllLines(DOCKERFILE);
    }

    @Test
    void copiesTheRunnableJarThisBuildProduces() throws Exception {
        Pattern copy = Pattern.compile("^COPY\\s+(\\S+)\\s+(\\S+)$");
        List<Matcher> copies = lines().stream().map(copy::matcher).filter(Matcher::matches).toList();
        assertThat(copies).hasSize(1);
        Path source = Path.of(copies.get(0).group(1));
        Path built = Path.of(System.getProperty("ltxflux.mock.jar"));
        assertThat(source.toAbsolutePath().normalize()).isEqualTo(built.toAbsolutePath().normalize());
        assertThat(built).isRegularFile();
        assertThat(lines()).anySatisfy(l -> assertThat(l).startsWith("ENTRYPOINT").contains(copies.get(0).group(2)));
    }

    @Test
    void listensOnAllInterfacesOnTheExposedPort() throws Exception {
        assertThat(lines()).contains("FROM eclipse-temurin:17-jre", "EXPOSE 8089", "ENV LTXFLUX_MOCK_BIND=0.0.0.0")
                .anySatisfy(l -> assertThat(l).startsWith("CMD").contains("\"--bind\", \"0.0.0.0\"", "\"--port\", \"8089\""));
    }
}
