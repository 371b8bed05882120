package dev.ltxflux.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.ltxflux.architecture.KnownViolations.KnownViolation;
import java.util.ArrayList;
import java.util.List;

/** Checks a rule on classes, forgiving only the {@link KnownViolations}, and failing on stale ones. */
public final class ArchitectureCheck {

    private ArchitectureCheck() {
    }

    /** Throws an {@link AssertionError} listing every violation of {@code rule} in {@code classes} not known. */
    public static void assertHolds(ArchRule rule, JavaClasses classes) {
        assertHolds(rule, classes, KnownViolations.IGNORED_VIOLATIONS);
    }

    static void assertHolds(ArchRule rule, JavaClasses classes, List<KnownViolation> known) {
        EvaluationResult result = rule.evaluate(classes);
        List<KnownViolation> forRule = known.stream().filter(k -> k.rule() == rule).toList();
        List<String> unexpected = new ArrayList<>();
        List<KnownViolation> seen = new ArrayList<>();
        for (String detail : result.getFailureReport().getDetails()) {
            List<KnownViolation> matches = forRule.stream().filter(k -> matches(k, detail)).toList();
            if (matches.isEmpty()) {
                unexpected.add(detail);
            }
            seen.addAll(matches);
        }
        List<String> stale = forRule.stream()
                .filter(k -> classes.contain(k.className()) && !seen.contains(k))
                .map(k -> k.name() + " (" + k.className() + ")")
                .toList();
        if (!unexpected.isEmpty() || !stale.isEmpty()) {
            StringBuilder message = new StringBuilder("Rule '").append(rule.getDescription()).append("'");
            if (!unexpected.isEmpty()) {
                message.append(" was violated (").append(unexpected.size()).append(" times):");
                unexpected.forEach(d -> message.append(System.lineSeparator()).append(d));
            }
            if (!stale.isEmpty()) {
                message.append(System.lineSeparator())
                        .append("Known violations that no longer occur: delete them from KnownViolations: ")
                        .append(stale);
            }
            throw new AssertionError(message.toString());
        }
    }

    private static boolean matches(KnownViolation known, String detail) {
        return detail.contains(known.className()) && detail.contains(known.detail());
    }
}
