package dev.ltxflux.mock;

import dev.ltxflux.mock.config.MockConfig;
import java.net.BindException;

/** Recognises "address already in use" behind WireMock's start-up exception and says it in one line. */
final class PortInUse {

    private PortInUse() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    static String message(MockConfig config) {
        return "ltxflux mock: --port " + config.server().port() + " is already in use on " + config.server().bindAddress()
                + " (another mock running? stop it, choose another --port, or --port 0 for a free one)";
    }
}
