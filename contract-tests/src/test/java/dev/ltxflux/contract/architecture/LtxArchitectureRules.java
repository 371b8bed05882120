package dev.ltxflux.contract.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The module boundaries, as rules that read like the architecture. */
public final class LtxArchitectureRules {

    public static final ArchRule CORE_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.ltxflux.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.ltxflux.core..")
            .as("core depends only on java.. and itself")
            .because("core is plain Java: every framework lives in an adapter");

    public static final ArchRule ONLY_THE_ADAPTER_SPEAKS_FEIGN = noClasses()
            .that().resideOutsideOfPackage("dev.ltxflux.feign..")
            .should().dependOnClassesThat().resideInAPackage("feign..")
            .as("only dev.ltxflux.feign.. touches Feign")
            .because("the transport is one module's business");

    public static final ArchRule THE_MOCK_KNOWS_NEITHER_CORE_NOR_THE_CLIENT = noClasses()
            .that().resideInAPackage("dev.ltxflux.mock..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ltxflux.core..", "dev.ltxflux.feign..")
            .as("the mock depends on neither core nor the adapter")
            .because("the contract tests can only catch the client and the mock disagreeing if neither copies the other");

    public static final ArchRule CORE_AND_CLIENT_KNOW_NO_MOCK = noClasses()
            .that().resideInAnyPackage("dev.ltxflux.core..", "dev.ltxflux.feign..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ltxflux.mock..", "com.github.tomakehurst..", "wiremock..")
            .as("core and the adapter know no mock and no WireMock")
            .because("production code must not ship test infrastructure");

    public static final ArchRule NO_STATIC_MUTABLE_STATE_IN_THE_MOCK = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.ltxflux.mock..")
            .and().areStatic()
            .should().beFinal()
            .as("the mock keeps no static mutable state")
            .because("shared state lives in one injected JobStore, so servers in one JVM never interfere");

    public static final ArchRule NO_MODULE_CYCLES = SlicesRuleDefinition.slices()
            .matching("dev.ltxflux.(*)..")
            .should().beFreeOfCycles()
            .as("the modules (core, feign, mock, schemas, cli) are free of cycles");

    private LtxArchitectureRules() {
    }
}
