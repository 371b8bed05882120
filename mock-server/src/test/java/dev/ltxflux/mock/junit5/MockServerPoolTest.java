package dev.ltxflux.mock.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.mock.config.MockConfig;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class MockServerPoolTest {

    private final MockServerPool pool = new MockServerPool(Clock.systemUTC(), 2);

    private static MockServerPool.Key key(int credits) {
        return new MockServerPool.Key(MockConfig.forTests().toBuilder().credits(credits).build(), false);
    }

    @Test
    void beyondItsCapThePoolStopsTheLeastRecentlyReturnedIdleServer() {
        try {
            MockServerPool.Mock a = pool.borrow(key(1));
            MockServerPool.Mock b = pool.borrow(key(2));
            MockServerPool.Mock c = pool.borrow(key(3));
            pool.giveBack(a);
            pool.giveBack(b);
            pool.giveBack(c);
            assertThat(a.server().isRunning()).as("the oldest idle one").isFalse();
            assertThat(b.server().isRunning()).isTrue();
            assertThat(c.server().isRunning()).isTrue();
            assertThat(pool.borrow(key(2))).isSameAs(b);
            assertThat(pool.borrow(key(1))).as("a new one: the old one was stopped").isNotSameAs(a);
        } finally {
            pool.close();
        }
    }

    @Test
    void closingStopsIdleAndLentServersAndRefusesLaterBorrowers() {
        MockServerPool.Mock lent = pool.borrow(key(1));
        MockServerPool.Mock idle = pool.borrow(key(1));
        pool.giveBack(idle);
        pool.close();
        assertThat(lent.server().isRunning()).isFalse();
        assertThat(idle.server().isRunning()).isFalse();
        assertThatThrownBy(() -> pool.borrow(key(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the test run has ended");
    }
}
