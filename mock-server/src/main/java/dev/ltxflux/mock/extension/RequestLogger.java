package dev.ltxflux.mock.extension;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/** With {@code --verbose}: one log line per request (SLF4J logger dev.ltxflux.mock.extension.RequestLogger, INFO) (method, path, status, time). Headers are never printed: they hold the token. */
public final class RequestLogger implements ServeEventListener {

    public static final String NAME = "ltx-request-logger";
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogger.class);

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        var request = event.getRequest();
        int status = event.getResponse() == null ? 0 : event.getResponse().getStatus();
        LOG.info("{} {} -> {} ({} ms)", request.getMethod(), request.getUrl(), status, event.getTiming().getTotalTime());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
