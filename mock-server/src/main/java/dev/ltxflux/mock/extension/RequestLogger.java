package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.PrintStream;

/** With {@code --verbose}: one line per request (method, path, status, time). Headers are never printed: they hold the token. */
public final class RequestLogger implements ServeEventListener {

    public static final String NAME = "ltx-request-logger";
    private final PrintStream out;

    public RequestLogger(PrintStream out) {
        this.out = out;
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        var request = event.getRequest();
        int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
        out.println("ltxflux mock: " + request.getMethod() + " " + request.getUrl() + " -> " + status
                + " (" + event.getTiming().getTotalTime() + " ms)");
    }

    @Override
    public String getName() {
        return NAME;
    }
}
