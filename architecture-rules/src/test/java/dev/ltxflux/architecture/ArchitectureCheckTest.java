package dev.ltxflux.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.ltxflux.architecture.KnownViolations.KnownViolation;
import dev.ltxflux.feign.planted.SleepsOutsideTheRoot;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureCheckTest {

    private static final JavaClasses SLEEPER = new ClassFileImporter().importClasses(SleepsOutsideTheRoot.class);
    private static final String NAME = SleepsOutsideTheRoot.class.getName();

    private static KnownViolation known(String detail) {
        return new KnownViolation("planted sleeper", LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK, NAME,
                detail, "inject a sleeper");
    }

    @Test
    void anUnknownViolationFailsWithTheRuleAndTheCall() {
        assertThatThrownBy(() -> ArchitectureCheck.assertHolds(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                SLEEPER, List.of()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("only the composition roots")
                .hasMessageContaining("java.lang.Thread.sleep(long)")
                .hasMessageContaining("(2 times)");
    }

    @Test
    void knownViolationsAreForgivenOneByOne() {
        assertThatThrownBy(() -> ArchitectureCheck.assertHolds(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                SLEEPER, List.of(known("Thread.sleep"))))
                .hasMessageContaining("(1 times)")
                .hasMessageContaining("currentTimeMillis")
                .hasMessageNotContaining("Thread.sleep");

        assertThatCode(() -> ArchitectureCheck.assertHolds(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                SLEEPER, List.of(known("Thread.sleep"), known("currentTimeMillis")))).doesNotThrowAnyException();
    }

    @Test
    void aKnownViolationThatNoLongerOccursFails() {
        assertThatThrownBy(() -> ArchitectureCheck.assertHolds(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                SLEEPER, List.of(known("Thread.sleep"), known("currentTimeMillis"), known("Instant.now"))))
                .hasMessageContaining("no longer occur")
                .hasMessageContaining("planted sleeper");
    }

    @Test
    void aKnownViolationOfAnotherRuleForgivesNothing() {
        KnownViolation otherRule = new KnownViolation("other", LtxArchitectureRules.CORE_NEVER_READS_THE_CLOCK_OR_WAITS,
                NAME, "Thread.sleep", "n/a");

        assertThatThrownBy(() -> ArchitectureCheck.assertHolds(LtxArchitectureRules.ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
                SLEEPER, List.of(otherRule))).hasMessageContaining("(2 times)");
    }
}
