package dev.ltxflux.core.model.job;

import dev.ltxflux.core.error.InvalidRequestException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A job's id, opaque on the wire. The documented form is {@code email:<account>-job:<uuid>-type:<image|video>}; the
 * accessors read those parts when the id has that form, and an unusual id is kept as it is, never rejected.
 */
public record JobId(String value) {

    private static final Pattern DOCUMENTED = Pattern.compile("^email:(?<email>.+)-job:(?<uuid>[^:]+)-type:(?<kind>[A-Za-z0-9_-]+)$");

    public JobId {
        if (value == null) {
            throw new InvalidRequestException("jobId", "is required");
        }
        if (value.isBlank()) {
            throw new InvalidRequestException("jobId", "must not be blank");
        }
    }

    /** The account e-mail embedded in the id. */
    public Optional<String> email() {
        return part("email");
    }

    /** The uuid part; not checked as a UUID (published ids contain a {@code g}). */
    public Optional<String> uuid() {
        return part("uuid");
    }

    /** {@code image} or {@code video}, or whatever kind the id names. */
    public Optional<String> kind() {
        return part("kind");
    }

    private Optional<String> part(String group) {
        Matcher m = DOCUMENTED.matcher(value);
        return m.matches() ? Optional.of(m.group(group)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
