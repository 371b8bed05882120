package dev.ltxflux.mock.view;

import java.time.Duration;
import java.time.Instant;

/**
 * The mock's clock, as {@code GET /__admin/ltx/clock}, the dashboard and {@code LtxMockAdmin.clock()} show it.
 *
 * @param now          its time
 * @param controllable whether it can be moved and frozen (false when the mock was given a fixed clock)
 * @param frozen       whether it stands still
 * @param offsetMillis how far it was moved ahead of real time
 */
public record ClockView(Instant now, boolean controllable, boolean frozen, long offsetMillis) {

    /** {@link #offsetMillis()} as a duration. */
    public Duration offset() {
        return Duration.ofMillis(offsetMillis);
    }
}
