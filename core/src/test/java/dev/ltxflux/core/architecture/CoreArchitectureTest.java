package dev.ltxflux.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.ltxflux.architecture.ArchitectureCheck;
import dev.ltxflux.architecture.LtxArchitectureRules;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Core's main classes obey the project's core rules ({@link LtxArchitectureRules#CORE_RULES}, shared with the contract
 * tests; the rules module's own tests prove that each rule catches a planted violation).
 */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ltxflux.core");

    @Test
    void coreWasImported() {
        assertThat(CORE.stream().map(c -> c.getPackageName()))
                .contains("dev.ltxflux.core.model.edit", "dev.ltxflux.core.port.in", "dev.ltxflux.core.service");
    }

    @TestFactory
    Stream<DynamicTest> coreObeysEveryCoreRule() {
        return LtxArchitectureRules.CORE_RULES.stream().map(CoreArchitectureTest::check);
    }

    private static DynamicTest check(ArchRule rule) {
        return DynamicTest.dynamicTest(rule.getDescription(), () -> ArchitectureCheck.assertHolds(rule, CORE));
    }
}
