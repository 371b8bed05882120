package dev.ltxflux.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.callCodeUnitWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.util.List;

/**
 * The architecture of ltxflux as rules that can fail, read like the diagram:
 *
 * <pre>
 *   adapters in (cli) -&gt; ports in -&gt; services -&gt; ports out &lt;- adapters out (feign)
 *                         \______________ model (and its errors) ______________/
 * </pre>
 *
 * Core's tests check {@link #CORE_RULES} on core alone; the contract tests check {@link #ALL_RULES} on every module's
 * main classes. Each rule is proven to catch a planted violation by this module's own tests. Violations in main code
 * that are known and scheduled for a fix are listed, by name, in {@link KnownViolations}, nowhere else.
 */
public final class LtxArchitectureRules {

    /** The classes outside core that may read the wall clock or sleep: they build everything else and inject time. */
    public static final List<String> COMPOSITION_ROOTS = List.of(
            "dev.ltxflux.feign.ClientAssembly",
            "dev.ltxflux.journal.file.WallClock", // FileJobJournal.open(path): the journal built without a given clock
            "dev.ltxflux.mock.LtxMockServer",
            "dev.ltxflux.mock.MockCommand",
            "dev.ltxflux.mock.StandaloneLtxMockExtensions",
            "dev.ltxflux.mock.junit5.LtxMockExtension",
            "dev.ltxflux.spring.LtxAutoConfiguration",
            "dev.ltxflux.spring.LtxJdbcJournalAutoConfiguration");

    /** A composition root, or a class nested in one. */
    private static final DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> A_COMPOSITION_ROOT =
            DescribedPredicate.describe("a composition root " + COMPOSITION_ROOTS, c -> COMPOSITION_ROOTS.stream()
                    .anyMatch(root -> c.getName().equals(root) || c.getName().startsWith(root + "$")));

    // ----- the hexagon ------------------------------------------------------------------------------------------------

    public static final ArchRule THE_HEXAGON = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .optionalLayer("Adapters in").definedBy("dev.ltxflux.cli..")
            .layer("Ports in").definedBy("dev.ltxflux.core.port.in..")
            .layer("Services").definedBy("dev.ltxflux.core.service..")
            .layer("Ports out").definedBy("dev.ltxflux.core.port.out..")
            .optionalLayer("Adapters out").definedBy("dev.ltxflux.feign..")
            .layer("Model").definedBy("dev.ltxflux.core.model..", "dev.ltxflux.core.error..")
            .whereLayer("Adapters in").mayNotBeAccessedByAnyLayer()
            // the Feign module is also the composition root: the CLI obtains its client there
            .whereLayer("Adapters out").mayOnlyBeAccessedByLayers("Adapters in")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Adapters out")
            .whereLayer("Ports in").mayOnlyBeAccessedByLayers("Services", "Adapters in", "Adapters out")
            .whereLayer("Ports out").mayOnlyBeAccessedByLayers("Services", "Adapters out")
            .whereLayer("Model").mayOnlyAccessLayers("Model")
            .whereLayer("Ports in").mayOnlyAccessLayers("Model")
            .whereLayer("Ports out").mayOnlyAccessLayers("Model")
            .as("adapters in -> ports in -> services -> ports out <- adapters out, all around the model")
            .because("a newcomer finds where a change belongs from the diagram, and the domain never depends on its"
                    + " callers or on the world it talks to");

    public static final ArchRule CORE_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.ltxflux.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.ltxflux.core..")
            .as("core depends only on java.. and itself")
            .because("core is the plain-Java domain: every framework lives in an adapter");

    // ----- time -------------------------------------------------------------------------------------------------------

    public static final ArchRule CORE_NEVER_READS_THE_CLOCK_OR_WAITS = noClasses()
            .that().resideInAPackage("dev.ltxflux.core..")
            .should(callCodeUnitWhere(TimeApis.WALL_CLOCK_READS))
            .orShould(callCodeUnitWhere(TimeApis.SLEEPS))
            .orShould(callCodeUnitWhere(TimeApis.TIMERS))
            .as("core never reads the wall clock, sleeps or waits on a timer")
            .because("time comes through an injected Clock and Delays, so deadlines and backoff are deterministic"
                    + " in tests");

    public static final ArchRule ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK = noClasses()
            .that().resideInAPackage("dev.ltxflux..")
            .and(DescribedPredicate.not(A_COMPOSITION_ROOT))
            .should(callCodeUnitWhere(TimeApis.WALL_CLOCK_READS_BUT_THE_MONOTONIC_TIMER))
            .orShould(callCodeUnitWhere(TimeApis.SLEEPS))
            .as("only the composition roots " + COMPOSITION_ROOTS + " read the wall clock or sleep")
            .because("every other class is given a Clock and a sleeper, so its timing is testable; the mock may"
                    + " schedule work in real time, but takes the time itself from its injected Clock (outside core,"
                    + " System.nanoTime may bound a network read: an elapsed real time, never a date)");

    // ----- static state -----------------------------------------------------------------------------------------------

    public static final ArchRule NO_STATIC_FIELD_IS_REASSIGNABLE = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.ltxflux..")
            .and().areStatic()
            .should().beFinal()
            .as("no static field is reassignable")
            .because("state shared through statics leaks between clients, servers and tests in one JVM");

    public static final ArchRule NO_STATIC_MUTABLE_STATE_IN_THE_MOCK = fields()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.ltxflux.mock..")
            .and().areStatic()
            .should(StaticState.BE_FINAL_AND_IMMUTABLE)
            .as("the mock keeps no static mutable state (no reassignable static, no static collection, array,"
                    + " atomic or builder)")
            .because("shared state lives in one injected JobStore, so servers in one JVM never interfere");

    // ----- cycles -----------------------------------------------------------------------------------------------------

    public static final ArchRule NO_PACKAGE_CYCLES = SlicesRuleDefinition.slices()
            .assignedFrom(PackageSlices.EVERY_PACKAGE)
            .should().beFreeOfCycles()
            .as("packages are free of cycles (every package its own slice; core's error package and the job model it"
                    + " carries are one)")
            .because("a cycle makes two packages one: neither can be understood, tested or moved alone");

    // ----- module boundaries ------------------------------------------------------------------------------------------

    public static final ArchRule ONLY_THE_ADAPTER_SPEAKS_FEIGN = noClasses()
            .that().resideOutsideOfPackage("dev.ltxflux.feign..")
            .should().dependOnClassesThat().resideInAPackage("feign..")
            .as("only dev.ltxflux.feign.. touches Feign")
            .because("the transport is one module's business");

    public static final ArchRule THE_MOCK_KNOWS_NEITHER_CORE_NOR_THE_CLIENT = noClasses()
            .that().resideInAPackage("dev.ltxflux.mock..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ltxflux.core..", "dev.ltxflux.feign..")
            .as("the mock depends on neither core nor the adapter")
            .because("the contract tests catch the client and the mock disagreeing only if neither copies the other");

    public static final ArchRule NOTHING_SHIPPED_KNOWS_THE_TESTING_MODULE = noClasses()
            .that().resideInAPackage("dev.ltxflux..")
            .and().resideOutsideOfPackages("dev.ltxflux.testing..", "dev.ltxflux.bench..")
            .should().dependOnClassesThat().resideInAPackage("dev.ltxflux.testing..")
            .as("only the testing module joins the mock and the client for users' tests: nothing else depends on it")
            .because("the library, the mock and the CLI must not ship a user's test wiring");

    public static final ArchRule CORE_AND_CLIENT_KNOW_NO_MOCK = noClasses()
            .that().resideInAnyPackage("dev.ltxflux.core..", "dev.ltxflux.feign..")
            .should().dependOnClassesThat()
            .resideInAnyPackage("dev.ltxflux.mock..", "com.github.tomakehurst..", "wiremock..", "org.wiremock..")
            .as("core and the adapter know no mock and no WireMock")
            .because("production code must not ship test infrastructure");

    public static final ArchRule ONLY_THE_CLI_PRINTS = noClasses()
            .that().resideInAPackage("dev.ltxflux..")
            .and().resideOutsideOfPackages("dev.ltxflux.cli..", "dev.ltxflux.bench..")
            .and().doNotHaveFullyQualifiedName("dev.ltxflux.mock.MockCommand")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould(callCodeUnitWhere(DescribedPredicate.describe("Throwable.printStackTrace()",
                    call -> call.getName().equals("printStackTrace") && call.getTarget().getParameterTypes().isEmpty()
                            && call.getTargetOwner().isAssignableTo(Throwable.class))))
            .as("only the CLI (and the mock's command line) print; everything else logs through SLF4J")
            .because("a library that writes to the console cannot be silenced or redirected by its user");

    /** The rules that speak about core alone: core's own tests check these on core's classes. */
    public static final List<ArchRule> CORE_RULES = List.of(
            THE_HEXAGON,
            CORE_DEPENDS_ONLY_ON_THE_JDK,
            CORE_NEVER_READS_THE_CLOCK_OR_WAITS,
            NO_STATIC_FIELD_IS_REASSIGNABLE,
            NO_PACKAGE_CYCLES,
            ONLY_THE_CLI_PRINTS);

    /** Every rule: the contract tests check these on the main classes of every module. */
    public static final List<ArchRule> ALL_RULES = List.of(
            THE_HEXAGON,
            CORE_DEPENDS_ONLY_ON_THE_JDK,
            CORE_NEVER_READS_THE_CLOCK_OR_WAITS,
            ONLY_COMPOSITION_ROOTS_READ_THE_CLOCK,
            NO_STATIC_FIELD_IS_REASSIGNABLE,
            NO_STATIC_MUTABLE_STATE_IN_THE_MOCK,
            NO_PACKAGE_CYCLES,
            ONLY_THE_ADAPTER_SPEAKS_FEIGN,
            THE_MOCK_KNOWS_NEITHER_CORE_NOR_THE_CLIENT,
            NOTHING_SHIPPED_KNOWS_THE_TESTING_MODULE,
            CORE_AND_CLIENT_KNOW_NO_MOCK,
            ONLY_THE_CLI_PRINTS);

    private LtxArchitectureRules() {
    }
}
