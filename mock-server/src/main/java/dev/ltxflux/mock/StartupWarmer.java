package dev.ltxflux.mock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.Json;
import java.util.Map;

/**
 * Start-up of {@code java -jar} is class loading and initialisation on one thread: this loads, on a second thread and
 * while the main thread parses options and builds WireMock, what the main thread will need next (the mock's Jackson,
 * WireMock's relocated Jackson; WireMock's proxy HTTP clients are not built at all until first used, see
 * {@code LazyProxyClients}). Whatever it has not finished when
 * the main thread gets there, the main thread does itself (class initialisation is locked per class), so nothing waits
 * for it and a failure here changes nothing. Only the command-line runner uses it: in-process servers (tests) do not.
 */
final class StartupWarmer {

    private StartupWarmer() {
    }

    /** Starts the warm-up on a daemon thread; returns at once. */
    static void start() {
        Thread t = new Thread(StartupWarmer::warm, "ltx-mock-startup-warmer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void warm() {
        try {
            // the order is the order in which the main thread needs them
            ObjectMapper mapper = new ObjectMapper();
            mapper.writeValueAsString(mapper.createObjectNode().put("warm", 1));
            Json.write(Map.of("warm", 1));
        } catch (Exception | LinkageError e) {
            // only a head start: the main thread loads the same classes itself
        }
    }
}
