package dev.ltxflux.contract.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Imports every module's main classes (jars in a reactor build; nothing excluded) and checks the rules. */
class LtxArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ltxflux.core", "dev.ltxflux.feign", "dev.ltxflux.mock", "dev.ltxflux.schemas", "dev.ltxflux.cli");

    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("dev.ltxflux.contract.planted");

    @Test
    void everyModuleWasImported() {
        for (String pkg : new String[] {"dev.ltxflux.core", "dev.ltxflux.feign", "dev.ltxflux.mock", "dev.ltxflux.schemas", "dev.ltxflux.cli"}) {
            assertThat(ALL.stream().anyMatch(c -> c.getPackageName().startsWith(pkg))).as(pkg + " classes imported").isTrue();
        }
    }

    @Test
    void coreDependsOnlyOnTheJdk() {
        LtxArchitectureRules.CORE_DEPENDS_ONLY_ON_THE_JDK.check(ALL);
    }

    @Test
    void onlyTheAdapterSpeaksFeign() {
        LtxArchitectureRules.ONLY_THE_ADAPTER_SPEAKS_FEIGN.check(ALL);
    }

    @Test
    void theMockKnowsNeitherCoreNorTheClient() {
        LtxArchitectureRules.THE_MOCK_KNOWS_NEITHER_CORE_NOR_THE_CLIENT.check(ALL);
    }

    @Test
    void coreAndClientKnowNoMock() {
        LtxArchitectureRules.CORE_AND_CLIENT_KNOW_NO_MOCK.check(ALL);
    }

    @Test
    void noStaticMutableStateInTheMock() {
        LtxArchitectureRules.NO_STATIC_MUTABLE_STATE_IN_THE_MOCK.check(ALL);
    }

    @Test
    void noModuleCycles() {
        LtxArchitectureRules.NO_MODULE_CYCLES.check(ALL);
    }

    @Test
    void plantedFeignUseOutsideTheAdapterIsCaught() {
        assertViolation(LtxArchitectureRules.ONLY_THE_ADAPTER_SPEAKS_FEIGN, "CallsFeignDirectly");
    }

    @Test
    void plantedStaticMutableStateIsCaught() {
        EvaluationResult result = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().areDeclaredInClassesThat().resideInAPackage("dev.ltxflux.contract.planted.mockstate..")
                .and().areStatic().should().beFinal().evaluate(PLANTED);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("GlobalCounter"));
    }

    private static void assertViolation(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(PLANTED);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(plantedClass));
    }
}
