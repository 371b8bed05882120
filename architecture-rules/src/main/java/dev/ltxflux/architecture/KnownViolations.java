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
     * mock.extension/mock.state in a cycle, was fixed by moving MockConfig into dev.ltxflux.mock.config; the CLI building
     * core.service.Backoff, by moving Backoff, a value the client builder takes, to core.model.job.) */
    public static final List<KnownViolation> IGNORED_VIOLATIONS = List.of();

    private KnownViolations() {
    }
}
