package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import java.time.Duration;
import picocli.CommandLine.TypeConversionException;

/** The client's time between status reads while waiting: {@code --poll-interval}, else {@value #ENV}, else the default. */
final class PollInterval {

    /** Environment variable: the same as {@code --poll-interval}, e.g. {@code 200ms}. */
    static final String ENV = "LTXFLUX_POLL_INTERVAL";

    private PollInterval() {
    }

    /**
     * The interval, or null for the client's default backoff (1 s growing ×1.5 to 5 s).
     *
     * @throws InvalidRequestException naming the flag or the variable, when it is not a positive duration
     */
    static Duration of(Duration flag, CliEnvironment environment) {
        String source = "--poll-interval";
        Duration every = flag;
        String value = environment.variable(ENV);
        if (every == null && value != null) {
            source = "$" + ENV;
            try {
                every = new DurationOption().convert(value);
            } catch (TypeConversionException e) {
                throw new InvalidRequestException(source, e.getMessage() + " (or unset it)");
            }
        }
        if (every != null && (every.isZero() || every.isNegative())) {
            throw new InvalidRequestException(source, "must be positive (was " + every.toMillis() + "ms)");
        }
        return every;
    }
}
