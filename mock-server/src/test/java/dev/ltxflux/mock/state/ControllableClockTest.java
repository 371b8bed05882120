package dev.ltxflux.mock.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ControllableClockTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock source = Clock.fixed(T0, ZoneOffset.UTC);

    @Test
    void advanceMovesAFollowingClockAheadOfItsSource() {
        ControllableClock clock = ControllableClock.following(source);
        clock.advance(Duration.ofSeconds(5));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(5));
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(5));
        assertThat(clock.isFrozen()).isFalse();
    }

    @Test
    void aFrozenClockMovesOnlyWhenAdvancedAndResumesFromWhereItStands() {
        Clock moving = Clock.offset(source, Duration.ZERO);
        ControllableClock clock = ControllableClock.frozen(moving);
        clock.advance(Duration.ofMinutes(1));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60));
        clock.resume();
        assertThat(clock.isFrozen()).isFalse();
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60));
        clock.freeze();
        assertThat(clock.isFrozen()).isTrue();
        clock.reset();
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.isFrozen()).as("reset restores how it was made").isTrue();
    }

    @Test
    void timeDoesNotGoBack() {
        assertThatThrownBy(() -> ControllableClock.following(source).advance(Duration.ofMillis(-1)))
                .hasMessageContaining("must not be negative");
    }

    @Test
    void aTimerFiresOnceWhenTheClockIsAdvancedPastItsInstant() throws Exception {
        ControllableClock clock = ControllableClock.frozen(source);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            List<String> fired = new ArrayList<>();
            ClockTimer timer = new ClockTimer(clock, executor);
            timer.at(T0.plusSeconds(10), () -> fired.add("due"));
            clock.advance(Duration.ofSeconds(9));
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(fired).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            clock.advance(Duration.ofSeconds(1));
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(fired).containsExactly("due");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aResetCancelsWhatTimersWaitedForSoNothingOfTheLastTestFiresInTheNext() throws Exception {
        ControllableClock clock = ControllableClock.frozen(source);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            List<String> fired = new ArrayList<>();
            ClockTimer timer = new ClockTimer(clock, executor);
            timer.at(T0.plusSeconds(10), () -> fired.add("the last test's webhook"));
            clock.reset();
            timer.at(T0.plusSeconds(20), () -> fired.add("this test's webhook"));
            clock.advance(Duration.ofSeconds(30));
            executor.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(fired).containsExactly("this test's webhook");
        } finally {
            executor.shutdownNow();
        }
    }
}
