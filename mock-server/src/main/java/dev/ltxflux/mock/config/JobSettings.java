package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.time.Duration;

/**
 * How jobs run.
 *
 * @param duration                 how long a job stays {@code active}; progress rises linearly to 100 ({@code --job-duration})
 * @param pollInterval             the server-side wait per {@code pollForResult} attempt; the real API: 3 s ({@code --poll-interval})
 * @param seed                     seeds job ids and generated images, so runs repeat ({@code --seed})
 * @param completedWithoutArtifact whether a job's first {@code completed} status read omits the artifact (the documented
 *                                 out-of-sync quirk), so clients are kept honest ({@code --no-out-of-sync} turns it off)
 * @param strict                   validate every response and webhook body the mock produces against the schemas ({@code --strict})
 */
public record JobSettings(Duration duration, Duration pollInterval, long seed, boolean completedWithoutArtifact,
        boolean strict) {

    public JobSettings {
        check(!duration.isNegative(), "--job-duration", "must not be negative");
        check(Checks.positive(pollInterval), "--poll-interval", "must be positive");
    }
}
