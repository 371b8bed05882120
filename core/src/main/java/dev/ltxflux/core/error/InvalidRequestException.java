package dev.ltxflux.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** The client refused a request before sending it: every broken rule is listed, not only the first. */
public final class InvalidRequestException extends LtxException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super(describe(violations), null, null);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidRequestException(String field, String rule) {
        this(List.of(new Violation(field, rule)));
    }

    /** Every rule the request broke, in field order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return "invalid request: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
