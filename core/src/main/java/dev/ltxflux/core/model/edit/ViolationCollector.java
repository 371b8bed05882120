package dev.ltxflux.core.model.edit;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Gathers every broken rule of a request part instead of stopping at the first, in the order they are checked. */
final class ViolationCollector {

    private final List<Violation> found = new ArrayList<>();

    /** The parsed value, or null with its violations recorded. */
    <T> T parse(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidRequestException e) {
            found.addAll(e.violations());
            return null;
        }
    }

    /** The same for an optional value: null stays null without a check. */
    <T> T parseIfSet(Object raw, Supplier<T> parse) {
        return raw == null ? null : parse(parse);
    }

    void add(String field, String rule) {
        found.add(new Violation(field, rule));
    }

    void addAll(List<Violation> violations) {
        found.addAll(violations);
    }

    /** An optional integer within {@code [min, max]}. */
    void range(String field, Number value, long min, long max, boolean showValue) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            add(field, "must be between " + min + " and " + max + (showValue ? " (was " + value + ")" : ""));
        }
    }

    List<Violation> violations() {
        return List.copyOf(found);
    }

    /** Throws one {@link InvalidRequestException} listing everything found, if anything was. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
    }
}
