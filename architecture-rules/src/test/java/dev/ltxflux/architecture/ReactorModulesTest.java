package dev.ltxflux.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.ltxflux.architecture.ReactorModules.Module;
import dev.ltxflux.mock.planted.PrintsDiagnostics;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules the architecture rules judge come from the reactor's poms, not from a hand list: a module that nobody
 * names anywhere (here {@code nested/brand-new}, holding a planted violation) is found, imported and caught.
 */
class ReactorModulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void aReactor() throws IOException, URISyntaxException {
        pom(root, "<modules><module>known</module><module>nested</module><module>docs</module>"
                + "<!-- <module>ghost</module> --></modules>");
        pom(root.resolve("known"), "");
        Files.createDirectories(root.resolve("known/src/main/java"));
        copyClass(ArchitectureCheck.class, root.resolve("known/target/classes"));
        pom(root.resolve("nested"), "<modules>\n  <module>brand-new</module>\n</modules>");
        pom(root.resolve("nested/brand-new"), "");
        Files.createDirectories(root.resolve("nested/brand-new/src/main/java"));
        copyClass(PrintsDiagnostics.class, root.resolve("nested/brand-new/target/classes"));
        pom(root.resolve("docs"), "");
    }

    @Test
    void everyModuleWithMainSourcesIsFoundNestedOnesIncludedCommentedOnesNot() {
        assertThat(ReactorModules.of(root).modules()).extracting(Module::name).containsExactly("known", "nested/brand-new");
    }

    @Test
    void aModuleNamedNowhereIsStillJudged() {
        JavaClasses classes = ReactorModules.of(root).importMainClasses(Map.of());

        assertThat(classes.contain(PrintsDiagnostics.class)).isTrue();
        assertThat(classes.contain(ArchitectureCheck.class)).isTrue();
        assertThat(LtxArchitectureRules.ONLY_THE_CLI_PRINTS.evaluate(classes).getFailureReport().getDetails())
                .anySatisfy(d -> assertThat(d).contains(PrintsDiagnostics.class.getName()));
    }

    @Test
    void theReactorIsFoundFromInsideAModule() {
        assertThat(ReactorModules.around(root.resolve("nested/brand-new")).root()).isEqualTo(root.toAbsolutePath().normalize());
        assertThat(ReactorModules.around(root.resolve("known")).modules()).hasSize(2);
    }

    @Test
    void aModuleWithSourcesButNoClassesFailsInsteadOfPassingUnjudged() throws IOException {
        pom(root, "<modules><module>known</module><module>nested</module><module>late</module></modules>");
        pom(root.resolve("late"), "");
        Files.createDirectories(root.resolve("late/src/main/java"));

        assertThatThrownBy(() -> ReactorModules.of(root).importMainClasses(Map.of()))
                .hasMessageContaining("[late]").hasMessageContaining("test dependency of contract-tests");
    }

    @Test
    void eachModuleIsKnownByItsOwnArtifactIdNotItsParents() {
        assertThat(ReactorModules.of(root).modules()).extracting(Module::artifactId).containsExactly("x-known", "x-brand-new");
    }

    @Test
    void aJudgedModuleTheJudgingOneDoesNotDeclareIsNamedSinceAParallelBuildMayNotHaveCompiledItYet() throws IOException {
        pom(root, "<modules><module>known</module><module>nested</module><module>judge</module></modules>");
        Files.createDirectories(root.resolve("judge/src/main/java"));
        // a commented-out dependency and an exclusion's artifactId do not count as declaring the module
        pom(root.resolve("judge"), dependencies("x-known") + "<!-- <dependency><artifactId>x-brand-new</artifactId></dependency> -->");
        ReactorModules reactor = ReactorModules.of(root);

        assertThat(reactor.undeclaredIn(root.resolve("judge"), Map.of())).containsExactly("x-brand-new");
        assertThat(reactor.undeclaredIn(root.resolve("judge"), Map.of("nested/brand-new", "a sample"))).isEmpty();
        pom(root.resolve("judge"), dependencies("x-known", "x-brand-new"));
        assertThat(reactor.undeclaredIn(root.resolve("judge"), Map.of())).isEmpty();
    }

    @Test
    void onlyAnOptOutWithItsReasonLeavesAModuleOutAndAStaleOneFails() {
        ReactorModules reactor = ReactorModules.of(root);

        JavaClasses classes = reactor.importMainClasses(Map.of("nested/brand-new", "a sample that prints by design"));
        assertThat(classes.contain(PrintsDiagnostics.class)).isFalse();
        assertThat(classes.contain(ArchitectureCheck.class)).isTrue();
        assertThatThrownBy(() -> reactor.importMainClasses(Map.of("renamed", "gone"))).hasMessageContaining("[renamed]");
    }

    private static void pom(Path dir, String body) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><parent><artifactId>parent</artifactId>"
                + "</parent><artifactId>x-" + dir.getFileName() + "</artifactId>" + body + "</project>");
    }

    private static String dependencies(String... artifactIds) {
        StringBuilder s = new StringBuilder("<dependencies>");
        for (String a : artifactIds) {
            s.append("<dependency><groupId>g</groupId><artifactId>").append(a)
                    .append("</artifactId><exclusions><exclusion><artifactId>*</artifactId></exclusion></exclusions></dependency>");
        }
        return s.append("</dependencies>").toString();
    }

    private static void copyClass(Class<?> type, Path classes) throws IOException, URISyntaxException {
        String file = type.getName().replace('.', '/') + ".class";
        Path target = classes.resolve(file);
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(type.getClassLoader().getResource(file).toURI()), target);
    }
}
