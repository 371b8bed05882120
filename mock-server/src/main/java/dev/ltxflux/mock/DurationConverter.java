package dev.ltxflux.mock;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses {@code 500ms}, {@code 4s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT4S}). */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (v.startsWith("pt") || v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(java.util.Locale.ROOT));
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            switch (v.charAt(v.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(n);
                case 'm':
                    return Duration.ofMinutes(n);
                case 'h':
                    return Duration.ofHours(n);
                default:
                    break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // fall through to the message below
        }
        throw new CommandLine.TypeConversionException("'" + value + "' is not a duration (use e.g. 500ms, 4s, 2m, 1h)");
    }
}
