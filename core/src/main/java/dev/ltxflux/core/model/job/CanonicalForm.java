package dev.ltxflux.core.model.job;

/**
 * Builds a request's {@link PaidRequest#canonicalForm()}: one {@code name=value} line per parameter that is set, in the
 * order added, with line breaks and backslashes in values escaped so that no value can forge another line.
 */
public final class CanonicalForm {

    private final StringBuilder text = new StringBuilder();

    private CanonicalForm() {
    }

    /** Starts the form of {@code operation}. */
    public static CanonicalForm of(String operation) {
        return new CanonicalForm().add("operation", operation);
    }

    /** Adds {@code name=value}; an absent (null) value adds nothing. */
    public CanonicalForm add(String name, Object value) {
        if (value != null) {
            text.append(name).append('=').append(String.valueOf(value).replace("\\", "\\\\").replace("\n", "\\n")
                    .replace("\r", "\\r")).append('\n');
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
