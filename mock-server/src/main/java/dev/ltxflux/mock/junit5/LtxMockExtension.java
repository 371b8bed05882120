package dev.ltxflux.mock.junit5;

import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.MockConfig;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The mock server in a JUnit 5 test, on a free port, reset before each test:
 * <pre>{@code
 * @RegisterExtension
 * static LtxMockExtension ltx = new LtxMockExtension();
 * ... LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build();
 * }</pre>
 * On a static field the server lives for the class; on an instance field, for each test.
 */
public final class LtxMockExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    private final MockConfig config;
    private LtxMockServer server;
    private boolean perClass;

    /** Test defaults: free port, 300 ms jobs, 100 ms poll interval, strict mode. */
    public LtxMockExtension() {
        this(MockConfig.forTests());
    }

    public LtxMockExtension(MockConfig config) {
        this.config = config;
    }

    /** Test defaults changed by {@code change}, e.g. {@code b -> b.credits(1)}. */
    public static LtxMockExtension with(UnaryOperator<MockConfig.Builder> change) {
        return new LtxMockExtension(change.apply(MockConfig.forTests().toBuilder()).build());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        server = new LtxMockServer(config).start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            server = new LtxMockServer(config).start();
        } else {
            server.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass && server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String baseUrl() {
        return server().baseUrl();
    }

    public String token() {
        return server().token();
    }

    public LtxMockServer server() {
        if (server == null) {
            throw new IllegalStateException("the LTX mock server runs only during a test");
        }
        return server;
    }
}
