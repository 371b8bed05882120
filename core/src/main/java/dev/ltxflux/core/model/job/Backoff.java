package dev.ltxflux.core.model.job;

import dev.ltxflux.core.error.InvalidRequestException;
import java.time.Duration;
import java.util.Objects;

/**
 * Poll delays that start short and grow geometrically to a cap: {@code initial * multiplier^attempt}, at most
 * {@code max}. Deterministic; the adapter adds jitter to its own HTTP retries.
 */
public record Backoff(Duration initial, double multiplier, Duration max) {

    /** 1 s, ×1.5, capped at 5 s: an edit usually takes tens of seconds; the server itself polls every 3 s. */
    public static final Backoff DEFAULT_POLLING = new Backoff(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(5));

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero()) {
            throw new InvalidRequestException("initial", "must be positive");
        }
        if (max.compareTo(initial) < 0) {
            throw new InvalidRequestException("max", "must not be less than initial");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new InvalidRequestException("multiplier", "must be a finite number of at least 1");
        }
    }

    /** The delay before poll number {@code attempt + 1} (attempt 0 is the delay after the first read). */
    public Duration delay(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative");
        }
        double millis = initial.toMillis() * Math.pow(multiplier, attempt);
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
