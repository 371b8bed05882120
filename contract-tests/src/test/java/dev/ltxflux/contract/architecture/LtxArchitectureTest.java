package dev.ltxflux.contract.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import dev.ltxflux.architecture.ArchitectureCheck;
import dev.ltxflux.architecture.LtxArchitectureRules;
import dev.ltxflux.architecture.ReactorModules;
import dev.ltxflux.architecture.ReactorModules.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every reactor module's main classes obey every project rule ({@link LtxArchitectureRules#ALL_RULES}; the rules
 * module's own tests prove that each catches a planted violation). The modules are found from the poms
 * ({@link ReactorModules}), not listed here: a new module is judged by default, and only the modules below, each with
 * its reason, are left out.
 */
class LtxArchitectureTest {

    /** The only modules not judged: none is published, and each does by design what the rules forbid a library. */
    static final Map<String, String> NOT_JUDGED = Map.of(
            "benchmarks", "not published: load runs that time with the wall clock and print their results",
            "examples/plain-java", "not published: a sample main that prints, as a user's program would",
            "examples/spring-boot", "not published: a sample application that prints, as a user's program would");

    /** The artifactIds the BOM manages (every published module): read from {@code bom/pom.xml}, not listed here. */
    private static final Pattern MANAGED = Pattern.compile("<dependency>.*?<artifactId>\\s*([^<]+?)\\s*</artifactId>", Pattern.DOTALL);

    private static final ReactorModules REACTOR = ReactorModules.around(Path.of(""));

    /** Imported on first use: a module not yet built fails the tests that judge, not the class (and the test above). */
    private static final class Imported {
        static final JavaClasses ALL = REACTOR.importMainClasses(NOT_JUDGED);
    }

    @Test
    void everyModuleTheBomPublishesIsJudgedTheStarterIncluded() throws IOException {
        String bom = Files.readString(REACTOR.root().resolve("bom/pom.xml")).replaceAll("(?s)<!--.*?-->", "");
        List<String> published = MANAGED.matcher(bom).results().map(m -> m.group(1)).toList();
        assertThat(published).as("the BOM's managed artifacts").contains("ltxflux-core", "ltxflux-spring-boot-starter")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(REACTOR.judged(NOT_JUDGED)).extracting(Module::artifactId).containsAll(published);
    }

    @Test
    void everyJudgedModuleIsADeclaredDependencyHereSoEvenAParallelBuildHasCompiledIt() {
        assertThat(REACTOR.undeclaredIn(Path.of(""), NOT_JUDGED)).as("judged modules missing from contract-tests/pom.xml").isEmpty();
    }

    /** A main source file longer than this is split by what it does (the project keeps its classes under 250 lines; tests aside). */
    static final int MAX_MAIN_SOURCE_LINES = 250;

    @Test
    void noMainSourceFileOfAJudgedModuleIsLongerThan250Lines() throws IOException {
        Map<String, Long> tooLong = new TreeMap<>();
        for (Module m : REACTOR.judged(NOT_JUDGED)) {
            try (Stream<Path> files = Files.walk(m.sources())) {
                for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    long lines;
                    try (Stream<String> l = Files.lines(f)) {
                        lines = l.count();
                    }
                    if (lines > MAX_MAIN_SOURCE_LINES) {
                        tooLong.put(m.name() + "/" + m.sources().relativize(f), lines);
                    }
                }
            }
        }
        assertThat(tooLong).as("main source files over %d lines", MAX_MAIN_SOURCE_LINES).isEmpty();
    }

    @Test
    void everyJudgedModuleContributedClasses() {
        assertThat(REACTOR.judged(NOT_JUDGED)).allSatisfy(m -> assertThat(Imported.ALL.stream().anyMatch(c -> c.getSource()
                .map(s -> s.getUri().toString().startsWith(m.classes().toUri().toString())).orElse(false)))
                .as(m.name() + " classes imported from " + m.classes()).isTrue());
    }

    @Test
    void relocatedThirdPartyCodeIsNotInTheJudgedClasses() {
        // the schemas jar carries networknt relocated under dev.ltxflux.schemas.internal; its compiled classes do not
        assertThat(Imported.ALL.stream().filter(c -> c.getPackageName().startsWith("dev.ltxflux.schemas.internal"))).isEmpty();
        assertThat(Imported.ALL.stream().filter(c -> c.getPackageName().equals("dev.ltxflux.schemas"))).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyModuleObeysEveryRule() {
        return LtxArchitectureRules.ALL_RULES.stream().map(LtxArchitectureTest::check);
    }

    private static DynamicTest check(ArchRule rule) {
        return DynamicTest.dynamicTest(rule.getDescription(), () -> ArchitectureCheck.assertHolds(rule, Imported.ALL));
    }
}
