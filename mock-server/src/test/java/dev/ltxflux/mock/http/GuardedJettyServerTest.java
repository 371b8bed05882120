package dev.ltxflux.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuardedJettyServerTest {

    @Test
    void theGuardedServerIsUsedOnOurOwnClassPath() {
        // beside a user's plain org.wiremock:wiremock it is not (consumer-tests proves the mock still runs there)
        assertThat(GuardedJettyServer.usable()).isTrue();
    }
}
