package dev.ltxflux.contract.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.ltxflux.architecture.ArchitectureCheck;
import dev.ltxflux.architecture.LtxArchitectureRules;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every module's main classes (jars in a reactor build past package; nothing excluded) obey every project rule
 * ({@link LtxArchitectureRules#ALL_RULES}; the rules module's own tests prove that each catches a planted violation).
 */
class LtxArchitectureTest {

    private static final List<String> MODULE_ROOTS =
            List.of("dev.ltxflux.core", "dev.ltxflux.feign", "dev.ltxflux.mock", "dev.ltxflux.schemas", "dev.ltxflux.cli",
                    "dev.ltxflux.testing");

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(LtxArchitectureTest::isOurs)
            .importPackages(MODULE_ROOTS);

    /** The schemas jar carries networknt relocated under {@code dev.ltxflux.schemas.internal}: third-party code, not ours. */
    private static boolean isOurs(com.tngtech.archunit.core.importer.Location location) {
        return !location.contains("/dev/ltxflux/schemas/internal/");
    }

    @Test
    void relocatedThirdPartyCodeIsNotJudged() {
        assertThat(ALL.stream().filter(c -> c.getPackageName().startsWith("dev.ltxflux.schemas.internal"))).isEmpty();
        assertThat(ALL.stream().filter(c -> c.getPackageName().equals("dev.ltxflux.schemas"))).isNotEmpty();
    }

    @Test
    void everyModuleWasImported() {
        assertThat(MODULE_ROOTS).allSatisfy(root -> assertThat(ALL.stream().anyMatch(c -> c.getPackageName().startsWith(root)))
                .as(root + " classes imported").isTrue());
    }

    @TestFactory
    Stream<DynamicTest> everyModuleObeysEveryRule() {
        return LtxArchitectureRules.ALL_RULES.stream().map(LtxArchitectureTest::check);
    }

    private static DynamicTest check(ArchRule rule) {
        return DynamicTest.dynamicTest(rule.getDescription(), () -> ArchitectureCheck.assertHolds(rule, ALL));
    }
}
