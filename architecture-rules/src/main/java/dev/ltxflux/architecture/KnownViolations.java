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

    /** Add an entry here only with the fix that will delete it. (An earlier entry, the mock's root package and
     * mock.extension/mock.state in a cycle, was fixed by moving MockConfig into dev.ltxflux.mock.config.) */
    public static final List<KnownViolation> IGNORED_VIOLATIONS = List.of(
            new KnownViolation("the CLI builds a Backoff (a type of core.service) for --poll-interval",
                    LtxArchitectureRules.THE_HEXAGON, "dev.ltxflux.cli.Connection", "core.service.Backoff.<init>",
                    "Backoff is a value the client builder's public API takes (polling(Backoff)): move it to core.model,"
                            + " or let LtxClientBuilder take the interval itself"));

    private KnownViolations() {
    }
}
