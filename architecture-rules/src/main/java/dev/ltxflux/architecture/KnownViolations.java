package dev.ltxflux.architecture;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * Violations of the rules that main code has today and that are scheduled for a fix, each named. The rules themselves
 * exclude nothing; {@link ArchitectureCheck} forgives exactly these, and fails when one of them no longer occurs, so
 * that the entry is deleted with the fix.
 */
public final class KnownViolations {

    /**
     * One known violation: in {@code className}, the rule's failure line that contains {@code detail}.
     *
     * @param name what is wrong, in a few words
     * @param fix what removes it
     */
    public record KnownViolation(String name, ArchRule rule, String className, String detail, String fix) {
    }

    /** TODO(issue 14): delete each entry when its fix lands. */
    public static final List<KnownViolation> IGNORED_VIOLATIONS = List.of(
            new KnownViolation("the mock's root package (MockConfig) and mock.extension/mock.state depend on each other",
                    LtxArchitectureRules.NO_PACKAGE_CYCLES, "dev.ltxflux.mock.MockConfig",
                    "Cycle detected: Slice dev.ltxflux.mock -> ",
                    "move MockConfig (a record) into its own package, e.g. dev.ltxflux.mock.config, below extension and"
                            + " state; LtxMockServer stays the root that wires them"));

    private KnownViolations() {
    }
}
