package dev.ltxflux.mock.http;

import dev.ltxflux.mock.http.Failures.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import wiremock.jakarta.servlet.AsyncContext;
import wiremock.jakarta.servlet.AsyncEvent;
import wiremock.jakarta.servlet.AsyncListener;
import wiremock.jakarta.servlet.ReadListener;
import wiremock.jakarta.servlet.ServletInputStream;
import wiremock.jakarta.servlet.http.HttpServletResponse;
import wiremock.org.eclipse.jetty.io.EndPoint;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * Reads a request body without holding a request thread (Servlet non-blocking I/O): the guard starts async mode and
 * returns its thread; the container calls back as bytes arrive; once the whole body is in, the request is dispatched
 * again and the guard hands it, body in memory ({@link BufferedBodyRequest}), to WireMock, which reads it at once. A
 * client that trickles its body or stalls after its headers costs a connection and a buffer, never a thread. Past its
 * limit a body gets 413; not complete within the body read timeout, 408.
 */
final class AsyncBodyReader implements ReadListener, AsyncListener {

    /** The request attribute that carries the complete body to the second dispatch. */
    static final String BODY = AsyncBodyReader.class.getName() + ".body";

    private final Request baseRequest;
    private final HttpServletResponse response;
    private final AsyncContext async;
    private final ServletInputStream in;
    private final long limit;
    private final EndPoint endPoint;
    private final long idleTimeout;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] buffer = new byte[8192];
    private boolean finished;

    private AsyncBodyReader(Request baseRequest, HttpServletResponse response, AsyncContext async, long limit) throws IOException {
        this.baseRequest = baseRequest;
        this.response = response;
        this.async = async;
        this.limit = limit;
        this.in = baseRequest.getInputStream();
        this.endPoint = baseRequest.getHttpChannel().getEndPoint();
        this.idleTimeout = endPoint.getIdleTimeout();
    }

    /**
     * Starts reading {@code baseRequest}'s body; the calling thread returns at once. While the body is read, a silent
     * connection times out after {@code timeoutMillis}; once it is in, the connector's longer idle timeout applies again
     * (a held {@code pollForResult} answer outlives the body read timeout).
     */
    static void start(Request baseRequest, HttpServletResponse response, long limit, long timeoutMillis) throws IOException {
        AsyncContext async = baseRequest.startAsync();
        async.setTimeout(timeoutMillis);
        AsyncBodyReader reader = new AsyncBodyReader(baseRequest, response, async, limit);
        reader.endPoint.setIdleTimeout(Math.min(reader.idleTimeout, timeoutMillis));
        async.addListener(reader);
        reader.in.setReadListener(reader);
    }

    @Override
    public synchronized void onDataAvailable() throws IOException {
        while (!finished && in.isReady()) {
            int n = in.read(buffer);
            if (n < 0) {
                return; // onAllDataRead follows
            }
            if (body.size() + (long) n > limit) {
                refuse(413, "body: larger than " + limit + " bytes");
                return;
            }
            body.write(buffer, 0, n);
        }
    }

    @Override
    public synchronized void onAllDataRead() {
        if (finished) {
            return;
        }
        finished = true;
        endPoint.setIdleTimeout(idleTimeout);
        baseRequest.setAttribute(BODY, body.toByteArray());
        async.dispatch();
    }

    @Override
    public synchronized void onError(Throwable failure) {
        Verdict verdict = Failures.classify(failure, 400, null);
        refuse(verdict.clientError() ? verdict.status() : 400, verdict.clientError() ? verdict.message()
                : "request: could not be read (malformed body or framing)");
    }

    @Override
    public synchronized void onTimeout(AsyncEvent event) {
        refuse(408, "body: not received in time; send the whole request promptly");
    }

    @Override
    public void onError(AsyncEvent event) {
        onError(event.getThrowable());
    }

    @Override
    public void onComplete(AsyncEvent event) {
        // nothing held
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // WireMock's own async answer (a delayed response) after the second dispatch: nothing to do here
    }

    private void refuse(int status, String message) {
        if (finished) {
            return;
        }
        finished = true;
        endPoint.setIdleTimeout(idleTimeout);
        try {
            if (!response.isCommitted()) {
                EdgeGuard.refuse(baseRequest, response, status, message);
            }
        } catch (IOException | RuntimeException e) {
            // the connection is gone: nothing to answer
        } finally {
            async.complete();
        }
    }
}
