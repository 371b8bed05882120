package dev.ltxflux.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as a JPMS application uses it: its {@code requires} are satisfiable by its real dependencies (all named
 * modules, none automatic), an application module that {@code requires dev.ltxflux.feign} compiles and runs on the
 * module path against the mock, and one that imports {@code dev.ltxflux.feign.wire} does not compile.
 */
class ModulePathTest {

    private static final String APP_MODULE = """
            module dev.ltxflux.modcheck {
                requires dev.ltxflux.feign;
            }
            """;

    private static final String APP_MAIN = """
            package dev.ltxflux.modcheck;

            import dev.ltxflux.core.model.edit.EditRequest;
            import dev.ltxflux.core.model.job.Job;
            import dev.ltxflux.core.model.job.JobId;
            import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
            import dev.ltxflux.feign.InvalidWebhookException;
            import dev.ltxflux.feign.LtxClient;
            import dev.ltxflux.feign.LtxWebhooks;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Path;
            import java.time.Duration;

            public final class Main {
                public static void main(String[] args) throws Exception {
                    System.out.println("client in " + LtxClient.class.getModule());
                    String badWebhook = "{\\"status\\":{\\"type\\":\\"completed\\",\\"progress\\":\\"100\\"},\\"jobId\\":\\"email:a@b.c-job:1-type:image\\"}";
                    try {
                        LtxWebhooks.parse(badWebhook.getBytes(StandardCharsets.UTF_8));
                        System.out.println("webhook accepted");
                    } catch (InvalidWebhookException e) {
                        System.out.println("webhook rejected: " + e.getMessage());
                    }
                    try (LtxClient client = LtxClient.builder().baseUrl(args[0]).token(args[1]).build()) {
                        String asset = client.upload(Path.of(args[2])).fileId().value();
                        JobId id = client.submit(EditRequest.builder().prompt("Add golden sunset lighting")
                                .referenceAssetId(asset).build()).jobId();
                        Job job = client.await(id, AwaitOptions.timeout(Duration.ofSeconds(20)));
                        System.out.println("job done: " + job.isDone());
                    }
                }
            }
            """;

    private static final String WIRE_USER = """
            package dev.ltxflux.modcheck;

            public final class Main {
                public static void main(String[] args) {
                    System.out.println(new dev.ltxflux.feign.wire.WireMapper(java.time.Clock.systemUTC()));
                }
            }
            """;

    @RegisterExtension
    static LtxMockExtension ltx = new LtxMockExtension();

    @TempDir
    Path dir;

    @Test
    void theClientsRequiresResolveToNamedModulesOnly() {
        Configuration resolved = ModuleLayer.boot().configuration()
                .resolve(ClientModulePath.finder(), ModuleFinder.of(), Set.of("dev.ltxflux.feign"));

        Set<String> fromThePath = resolved.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
        assertThat(fromThePath).containsExactlyInAnyOrder("dev.ltxflux.feign", "dev.ltxflux.core", "dev.ltxflux.schemas",
                "feign.core", "feign.jackson", "feign.slf4j", "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core",
                "com.fasterxml.jackson.annotation", "org.slf4j");
        assertThat(resolved.modules()).as("no module is named after its file")
                .noneMatch(m -> m.reference().descriptor().isAutomatic());
    }

    @Test
    void anApplicationModuleRunsTheClientOnTheModulePath() throws Exception {
        Path classes = compile(APP_MAIN);
        Path image = Files.write(dir.resolve("in.png"), ImageEditor.sample(64, 48));

        Run run = java("--module-path", ClientModulePath.asArgument() + java.io.File.pathSeparator + classes,
                "--module", "dev.ltxflux.modcheck/dev.ltxflux.modcheck.Main", ltx.baseUrl(), ltx.token(), image.toString());

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output)
                .contains("client in module dev.ltxflux.feign")
                // validated by the relocated networknt, reading the schema files of dev.ltxflux.schemas' own package
                .contains("webhook rejected: ").contains("/status/progress")
                // Feign's proxy, the wire DTOs serialised by Jackson (opened to it), the schemas: all across modules
                .contains("job done: true");
    }

    @Test
    void anApplicationModuleCannotReachTheWirePackage() throws Exception {
        Path sources = sources(WIRE_USER);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();

        int exit = javac(sources, dir.resolve("wire-user"), errors);

        assertThat(exit).as("compiling against dev.ltxflux.feign.wire must fail").isNotZero();
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("package dev.ltxflux.feign.wire is not visible")
                .contains("does not export it");
    }

    private Path compile(String main) throws IOException {
        Path out = dir.resolve("app");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(javac(sources(main), out, errors)).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private Path sources(String main) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src-" + Integer.toHexString(main.hashCode())));
        Files.writeString(src.resolve("module-info.java"), APP_MODULE);
        Path pkg = Files.createDirectories(src.resolve("dev/ltxflux/modcheck"));
        Files.writeString(pkg.resolve("Main.java"), main);
        return src;
    }

    private static int javac(Path sources, Path out, ByteArrayOutputStream errors) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        // an explicit (empty) class path: in-process javac would otherwise take this JVM's, which holds the client too
        return javac.run(null, errors, errors, "--release", "17", "-d", out.toString(), "--class-path", out.toString(),
                "--module-path", ClientModulePath.asArgument(),
                sources.resolve("module-info.java").toString(), sources.resolve("dev/ltxflux/modcheck/Main.java").toString());
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto")); // a short-lived JVM: C1 is cheaper
        command.add("-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");
        command.addAll(List.of(args));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("the module-path run did not end within 60 s: " + Files.readString(log));
        }
        return new Run(child.exitValue(), Files.readString(log));
    }

    private record Run(int exitCode, String output) {
    }
}
