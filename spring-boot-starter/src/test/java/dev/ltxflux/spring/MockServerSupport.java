package dev.ltxflux.spring;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One mock server per test class on a free port, through its public API; the client is pointed at it by properties. */
final class MockServerSupport {

    private MockServerSupport() {
    }

    static LtxMockServer start() {
        return new LtxMockServer(MockConfig.forTests()).start();
    }

    static void pointAt(LtxMockServer mock, DynamicPropertyRegistry registry) {
        registry.add("ltxflux.base-url", mock::baseUrl);
        registry.add("ltxflux.token", mock::token);
    }
}
