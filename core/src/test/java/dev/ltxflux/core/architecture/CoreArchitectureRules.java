package dev.ltxflux.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/** The hexagon inside core, as rules that can fail. */
public final class CoreArchitectureRules {

    public static final ArchRule CORE_DEPENDS_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage("dev.ltxflux.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.ltxflux.core..")
            .as("core depends only on java.. and itself")
            .because("core is the plain-Java domain: frameworks live in adapters");

    public static final ArchRule MODEL_KNOWS_NO_PORTS_OR_SERVICES = noClasses()
            .that().resideInAPackage("dev.ltxflux.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ltxflux.core.port..", "dev.ltxflux.core.service..")
            .as("the model knows no ports or services")
            .because("model <- ports <- services");

    public static final ArchRule PORTS_KNOW_NO_SERVICES = noClasses()
            .that().resideInAPackage("dev.ltxflux.core.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.ltxflux.core.service..")
            .as("ports know no services")
            .because("services implement ports, never the other way round");

    public static final ArchRule OUT_PORTS_KNOW_NO_IN_PORTS = noClasses()
            .that().resideInAPackage("dev.ltxflux.core.port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.ltxflux.core.port.in..")
            .as("outgoing ports know no incoming ports")
            .because("what the domain needs from the world must not depend on how callers drive it");

    public static final ArchRule TIME_IS_INJECTED = noClasses()
            .that().resideInAPackage("dev.ltxflux.core..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .as("core never reads the wall clock or sleeps")
            .because("time comes through an injected Clock and Scheduler so that tests are deterministic");

    public static final ArchRule NO_PACKAGE_CYCLES = SlicesRuleDefinition.slices()
            .matching("dev.ltxflux.core.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.describe("a model class",
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("dev.ltxflux.core.model")),
                    com.tngtech.archunit.base.DescribedPredicate.describe("an error class",
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("dev.ltxflux.core.error")))
            .as("core's layers (model, error, port, service) are free of cycles")
            .because("model values raise errors and errors carry model values: those two are one layer; nothing else may loop");

    private CoreArchitectureRules() {
    }
}
