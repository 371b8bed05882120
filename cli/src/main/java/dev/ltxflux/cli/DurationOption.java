package dev.ltxflux.cli;

import dev.ltxflux.mock.DurationConverter;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;

/** {@code 30s}, {@code 5m}, {@code 500ms}, {@code 1h} or ISO-8601: the same syntax as the mock's options. */
final class DurationOption implements ITypeConverter<Duration> {
    private final DurationConverter delegate = new DurationConverter();

    @Override
    public Duration convert(String value) {
        return delegate.convert(value);
    }
}
