package dev.ltxflux.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ltxflux.core");

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("dev.ltxflux.core.planted");

    @Test
    void coreDependsOnlyOnTheJdk() {
        CoreArchitectureRules.CORE_DEPENDS_ONLY_ON_THE_JDK.check(CORE);
    }

    @Test
    void modelKnowsNoPortsOrServices() {
        CoreArchitectureRules.MODEL_KNOWS_NO_PORTS_OR_SERVICES.check(CORE);
    }

    @Test
    void portsKnowNoServices() {
        CoreArchitectureRules.PORTS_KNOW_NO_SERVICES.check(CORE);
    }

    @Test
    void outPortsKnowNoInPorts() {
        CoreArchitectureRules.OUT_PORTS_KNOW_NO_IN_PORTS.check(CORE);
    }

    @Test
    void timeIsInjected() {
        CoreArchitectureRules.TIME_IS_INJECTED.check(CORE);
    }

    @Test
    void noPackageCycles() {
        CoreArchitectureRules.NO_PACKAGE_CYCLES.check(CORE);
    }

    @Test
    void plantedWallClockReadIsCaught() {
        assertViolation(CoreArchitectureRules.TIME_IS_INJECTED, "ReadsTheWallClock");
    }

    @Test
    void plantedFrameworkDependencyIsCaught() {
        assertViolation(CoreArchitectureRules.CORE_DEPENDS_ONLY_ON_THE_JDK, "UsesAFramework");
    }

    private static void assertViolation(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(plantedClass));
    }
}
