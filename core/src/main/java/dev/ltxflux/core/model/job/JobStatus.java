package dev.ltxflux.core.model.job;

import java.util.Objects;

/**
 * {@code status.type} as the API said it. The documented values map to a {@link Kind}; any other value is kept in
 * {@link #wire()} with kind {@link Kind#UNRECOGNIZED}, so a new status is never lost.
 */
public record JobStatus(String wire) {

    public static final JobStatus ACTIVE = new JobStatus("active");
    public static final JobStatus COMPLETED = new JobStatus("completed");
    public static final JobStatus FAILED = new JobStatus("failed");

    /** What the client does with a status. */
    public enum Kind {
        ACTIVE, COMPLETED, FAILED, UNRECOGNIZED
    }

    public JobStatus {
        Objects.requireNonNull(wire, "wire");
    }

    public Kind kind() {
        switch (wire) {
            case "active":
                return Kind.ACTIVE;
            case "completed":
                return Kind.COMPLETED;
            case "failed":
                return Kind.FAILED;
            default:
                return Kind.UNRECOGNIZED;
        }
    }

    @Override
    public String toString() {
        return wire;
    }
}
