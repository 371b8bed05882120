package dev.ltxflux.core.model;

import dev.ltxflux.core.model.job.Backoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void delaysGrowGeometricallyToTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), 2.0, Duration.ofMillis(500));
        assertThat(b.delay(0)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delay(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delay(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(b.delay(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(b.delay(1000)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void invalidSettingsNameTheField() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofSeconds(1))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("'initial'");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), 2, Duration.ofSeconds(1))).hasMessageContaining("'max'");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1))).hasMessageContaining("'multiplier'");
    }
}
