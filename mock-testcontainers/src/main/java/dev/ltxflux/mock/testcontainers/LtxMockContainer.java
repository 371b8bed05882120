package dev.ltxflux.mock.testcontainers;

import dev.ltxflux.mock.config.EnvironmentOptions;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.extension.HealthRoute;
import dev.ltxflux.mock.junit5.LtxMockAdmin;
import java.time.Duration;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The ltxflux mock image ({@code ltxflux/mock:<this library's version>}) as a Testcontainers container, the way
 * MockServer's module pins its image to its client's version:
 * <pre>{@code
 * try (LtxMockContainer mock = new LtxMockContainer().withMockOption("--job-duration", "300ms")) {
 *     mock.start();
 *     client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).allowPlainHttp(true).build();
 *     mock.admin().jobs();
 * }
 * }</pre>
 * Started when {@code GET /__health} answers UP ({@link HealthWaitStrategy}). Options go in as the image's
 * {@code LTXFLUX_MOCK_<OPTION>} variables. With {@code withNetworkMode("host")} (CI without a bridge) give it a free
 * port with {@link #withMockPort(int)}: it then listens on the host's loopback.
 */
public class LtxMockContainer extends GenericContainer<LtxMockContainer> {

    /** The image's name without a tag. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("ltxflux/mock");
    /** The tag: the version of this library (and of the mock it was built with). */
    public static final String DEFAULT_TAG = HealthRoute.version();
    /** The port the mock listens on inside the container unless {@link #withMockPort(int)} says otherwise. */
    public static final int PORT = MockConfig.DEFAULT_PORT;

    private int port = PORT;
    private String token = MockConfig.DEFAULT_TOKEN;

    /** {@code ltxflux/mock:<library version>}. */
    public LtxMockContainer() {
        this(DEFAULT_IMAGE.withTag(DEFAULT_TAG));
    }

    /** Another tag or a mirror of the image ({@code asCompatibleSubstituteFor("ltxflux/mock")} for a renamed one). */
    public LtxMockContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE);
        withExposedPorts(PORT);
        waitingFor(new HealthWaitStrategy(this::origin).withStartupTimeout(Duration.ofSeconds(60)));
    }

    /** A mock option, {@code withMockOption("--strict", "true")}: set as {@code LTXFLUX_MOCK_STRICT=true}. */
    public LtxMockContainer withMockOption(String option, String value) {
        if ("--port".equals(option)) {
            return withMockPort(Integer.parseInt(value));
        }
        if ("--token".equals(option)) {
            token = value;
        }
        return withEnv(EnvironmentOptions.variable(option), value);
    }

    /** The port inside the container (the host's port in host network mode). */
    public LtxMockContainer withMockPort(int port) {
        this.port = port;
        setExposedPorts(java.util.List.of(port));
        return withEnv("LTXFLUX_MOCK_PORT", String.valueOf(port));
    }

    private boolean hostNetwork() {
        return "host".equals(getNetworkMode());
    }

    /** {@code http://<host>:<port>}: the mapped port, or the mock's own port in host network mode. */
    public String origin() {
        return hostNetwork() ? "http://127.0.0.1:" + port : "http://" + getHost() + ":" + getMappedPort(port);
    }

    /** The base URL to give a client: {@code origin() + "/v1/ltxstudio"}. */
    public String baseUrl() {
        return origin() + "/v1/ltxstudio";
    }

    /** The API token the mock accepts. */
    public String token() {
        return token;
    }

    /** The typed admin client ({@link LtxMockAdmin}) of this container's mock. */
    public LtxMockAdmin admin() {
        return LtxMockAdmin.at(origin());
    }

    @Override
    protected void configure() {
        if (hostNetwork()) {
            // no port mapping exists on the host network
            setExposedPorts(java.util.List.of());
        }
    }
}
