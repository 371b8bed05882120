package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.util.Optional;

/**
 * Record mode: proxy everything to a real base URL and record mappings instead of mocking.
 *
 * @param from the upstream base URL, or {@code null} to mock ({@code --record-from})
 */
public record RecordingSettings(String from) {

    public RecordingSettings {
        check(from == null || from.trim().matches("(?i)https?://[^/\\s?#]+(/\\S*)?"), "--record-from",
                "must be an http(s) URL, e.g. https://api.useapi.net/v1/ltxstudio");
    }

    /** The upstream to record from, when recording. */
    public Optional<String> upstream() {
        return Optional.ofNullable(from);
    }
}
