package dev.ltxflux.architecture;

import static dev.ltxflux.architecture.LtxArchitectureRules.ALL_RULES;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each project rule, the real constant, catches the planted violations in this module's test sources (packages named
 * {@code planted} that only this test imports), and names every planted call or field.
 */
class PlantedViolationsTest {

    private static final JavaClasses PLANTED = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.ltxflux.core", "dev.ltxflux.mock", "dev.ltxflux.feign", "dev.ltxflux.cli");

    static Stream<Arguments> plantedViolations() {
        return Stream.of(
                proof(LtxArchitectureRules.THE_HEXAGON,
                        "OutPortKnowingAnInPort", "ModelCallingAService", "AdapterCallingTheCli"),
                proof(LtxArchitectureRules.CORE_DEPENDS_ONLY_ON_THE_JDK, "UsesAFramework"),
                proof(LtxArchitectureRules.CORE_NEVER_READS_THE_CLOCK_OR_WAITS,
                        "java.time.Instant.now()", "java.time.LocalDateTime.now()",
                        "java.time.LocalDate.now(java.time.ZoneId)", "java.time.OffsetDateTime.now()",
                        "java.time.ZonedDateTime.now()", "java.time.Clock.systemUTC()",
                        "java.time.Clock.systemDefaultZone()", "java.time.InstantSource.system()",
                        "java.lang.System.currentTimeMillis()", "java.lang.System.nanoTime()",
                        "java.util.Date.<init>()", "java.util.Calendar.getInstance()",
                        "java.lang.Thread.sleep(long)", "java.lang.Thread.sleep(long, int)",
                        "java.util.concurrent.TimeUnit.sleep(long)", "java.lang.Object.wait(long)",
                        "java.lang.Thread.join(long)", "java.util.concurrent.locks.LockSupport.parkNanos(long)",
                        "java.util.concurrent.CompletableFuture.delayedExecutor(long, java.util.concurrent.TimeUnit)",
                        "java.util.concurrent.CompletableFuture.orTimeout(long, java.util.concurrent.TimeUnit)",
                        "java.util.concurrent.Executors.newSingleThreadScheduledExecutor()",
                        "java.util.Timer.<init>()"),
                proof(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                        "SleepsOutsideTheRoot.retryLater()> calls method <java.lang.Thread.sleep(long)>",
                        "SleepsOutsideTheRoot.retryLater()> calls method <java.lang.System.currentTimeMillis()>"),
                proof(LtxArchitectureRules.NO_STATIC_FIELD_IS_REASSIGNABLE, "GlobalCounter.requests"),
                proof(LtxArchitectureRules.NO_STATIC_MUTABLE_STATE_IN_THE_MOCK,
                        "GlobalCounter.requests", "MutableConstants.JOBS", "MutableConstants.LOG",
                        "MutableConstants.NEXT_ID", "MutableConstants.COUNTS", "MutableConstants.UPLOADS"),
                proof(LtxArchitectureRules.NO_PACKAGE_CYCLES, "planted.cycle.a", "planted.cycle.b"),
                proof(LtxArchitectureRules.ONLY_THE_ADAPTER_SPEAKS_FEIGN, "CallsFeignDirectly"),
                proof(LtxArchitectureRules.THE_MOCK_KNOWS_NEITHER_CORE_NOR_THE_CLIENT, "KnowsTheClient"),
                proof(LtxArchitectureRules.CORE_AND_CLIENT_KNOW_NO_MOCK, "KnowsTheMock"),
                proof(LtxArchitectureRules.NOTHING_SHIPPED_KNOWS_THE_TESTING_MODULE, "UsesTheTestingModule"),
                proof(LtxArchitectureRules.ONLY_THE_CLI_PRINTS,
                        "PrintsDiagnostics.report(java.lang.RuntimeException)> gets field <java.lang.System.err>",
                        "PrintsDiagnostics.report(java.lang.RuntimeException)> calls method"
                                + " <java.lang.RuntimeException.printStackTrace()>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plantedViolations")
    void theRuleCatchesEveryPlantedViolation(String rule, ArchRule real, List<String> planted) {
        EvaluationResult result = real.evaluate(PLANTED);

        assertThat(result.hasViolation()).as(rule).isTrue();
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertThat(planted).allSatisfy(violation -> assertThat(report).as(rule).contains(violation));
    }

    @Test
    void everyProjectRuleHasAPlantedProof() {
        List<ArchRule> proven = plantedViolations().map(a -> (ArchRule) a.get()[1]).toList();

        assertThat(proven).containsExactlyInAnyOrderElementsOf(ALL_RULES);
    }

    @Test
    void anInjectedClockAndAnImmutableConstantAreNotViolations() {
        String time = String.join("\n", LtxArchitectureRules.CORE_NEVER_READS_THE_CLOCK_OR_WAITS.evaluate(PLANTED)
                .getFailureReport().getDetails());
        String state = String.join("\n", LtxArchitectureRules.NO_STATIC_MUTABLE_STATE_IN_THE_MOCK.evaluate(PLANTED)
                .getFailureReport().getDetails());

        assertThat(time).doesNotContain("injected(");
        assertThat(state).doesNotContain("MutableConstants.ROUTES");
    }

    private static Arguments proof(ArchRule rule, String... planted) {
        return Arguments.of(rule.getDescription(), rule, List.of(planted));
    }
}
