package dev.ltxflux.journal.jdbc;

import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a replica of {@link JdbcJobFleet} runs.
 *
 * @param replica          this replica's name in {@code scheduled_tasks.picked_by} (unique in the fleet)
 * @param heartbeat        db-scheduler's heartbeat interval; a replica silent for {@code heartbeat * missedHeartbeats}
 *                         is dead and its waits are taken over
 * @param missedHeartbeats heartbeats missed before a wait counts as dead (db-scheduler's limit, at least 4)
 * @param polling          how often a replica looks for due waits
 * @param sweepEvery       how often one replica sweeps the journal: reconciles unknown and stale intents and schedules
 *                         a wait for every pending record that has none
 * @param threads          waits one replica runs at once
 * @param await            how long one attempt of a wait polls before it is retried later
 * @param retryAfter       the pause before a failed wait (timeout, 404, transport, a throwing handler) is retried
 * @param outputDirectory  where a record without a journaled output is saved (named after its key)
 * @param clock            the time db-scheduler and the journal writes use
 */
public record FleetOptions(String replica, Duration heartbeat, int missedHeartbeats, Duration polling,
        Duration sweepEvery, int threads, AwaitOptions await, Duration retryAfter, Path outputDirectory, Clock clock) {

    public FleetOptions {
        Objects.requireNonNull(replica, "replica");
        Objects.requireNonNull(heartbeat, "heartbeat");
        Objects.requireNonNull(polling, "polling");
        Objects.requireNonNull(sweepEvery, "sweepEvery");
        Objects.requireNonNull(await, "await");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(clock, "clock");
        if (missedHeartbeats < 4) {
            throw new IllegalArgumentException("missedHeartbeats must be 4 or more (db-scheduler's minimum) (was " + missedHeartbeats + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more (was " + threads + ")");
        }
    }

    /** Production defaults: 5 min heartbeat as db-scheduler ships (dead after 30 min), 10 s polling, 1 min sweeps. */
    public static FleetOptions defaults(String replica, Path outputDirectory, Clock clock) {
        return new FleetOptions(replica, Duration.ofMinutes(5), 6, Duration.ofSeconds(10), Duration.ofMinutes(1), 10,
                AwaitOptions.defaults(), Duration.ofMinutes(1), outputDirectory, clock);
    }

    /**
     * The longest a dead replica's wait stays untaken: its last heartbeat may be one interval old, db-scheduler calls it
     * dead after {@code missedHeartbeats} more and checks once per interval, then one polling round picks it up:
     * {@code heartbeat * (missedHeartbeats + 2) + polling}.
     */
    public Duration takeoverBound() {
        return heartbeat.multipliedBy(missedHeartbeats + 2L).plus(polling);
    }
}
