package dev.ltxflux.feign;

import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.feign.wire.WireMapper;
import feign.FeignException;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.Collection;
import java.util.function.Supplier;

/**
 * Runs one Feign call and turns what came back into a body or a typed error: a status of 400 and up into core's
 * error table, an I/O failure into a {@link TransportException} that says whether the request may have been sent.
 */
final class FeignCalls {

    private final WireMapper mapper;
    private final Redactor redactor;

    FeignCalls(WireMapper mapper, Redactor redactor) {
        this.mapper = mapper;
        this.redactor = redactor;
    }

    /** The 2xx body of the call's response; otherwise the typed error. */
    byte[] body(Supplier<Response> call, JobId jobId) {
        Response response;
        try {
            response = call.get();
        } catch (FeignException e) {
            throw transport(e, jobId, redactor);
        }
        try (response) {
            byte[] body = redactor.apply(read(response, jobId));
            if (response.status() >= 200 && response.status() < 300) {
                return body;
            }
            ApiException error = mapper.error(response.status(), response.reason(), body, header(response, "Retry-After"), jobId);
            throw error;
        }
    }

    private static byte[] read(Response response, JobId jobId) {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new TransportException("the answer was cut off: " + e.getMessage(), true, jobId, e);
        }
    }

    private static String header(Response response, String name) {
        for (var entry : response.headers().entrySet()) {
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                Collection<String> values = entry.getValue();
                return values.isEmpty() ? null : values.iterator().next();
            }
        }
        return null;
    }

    /** No answer: the request may have reached the server unless the connection never opened or nothing was sent. */
    static TransportException transport(Throwable e, JobId jobId, Redactor redactor) {
        boolean reached = true;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException || t instanceof UnknownHostException
                    || t instanceof BoundedExchange.NotSent) {
                reached = false;
                break;
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return new TransportException("no answer from the API (" + redactor.apply(what) + ")", reached, jobId, e);
    }
}
