package dev.ltxflux.feign;

import dev.ltxflux.core.error.LtxException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One HTTP exchange with a <em>total</em> deadline: headers and the whole body must arrive within it. (The JDK's
 * {@code HttpRequest.timeout} ends when the headers arrive, so a body that drips or never ends would otherwise hold the
 * caller for ever.) On the deadline, or when the calling thread is interrupted, the body is aborted and the exchange
 * cancelled. Within a call's {@link CallBudget} (its total deadline across retries) the exchange is cut to what is left
 * of it.
 */
final class BoundedExchange {

    private BoundedExchange() {
    }

    /**
     * The call's deadline had passed before this exchange began, so nothing was sent: unlike a timeout mid-exchange,
     * the request certainly did not reach the server (a submit in this state is safe to send again).
     */
    static final class NotSent extends HttpTimeoutException {
        private static final long serialVersionUID = 1L;

        NotSent(String message) {
            super(message);
        }
    }

    /**
     * Sends {@code request} and reads the answer; {@code bodyFor} picks the body subscriber once the status and headers
     * are known.
     *
     * @throws HttpTimeoutException when the deadline passes first ({@link NotSent} when it had passed before sending)
     * @throws LtxException         as thrown by a sink (e.g. a typed refusal of the body)
     */
    static HttpResponse<Long> send(HttpClient http, HttpRequest request, Duration deadline,
            Function<HttpResponse.ResponseInfo, CappedBody> bodyFor) throws IOException, InterruptedException {
        AtomicReference<CappedBody> body = new AtomicReference<>();
        Object lock = new Object();
        boolean[] aborted = {false};
        HttpResponse.BodyHandler<Long> handler = info -> {
            synchronized (lock) {
                if (aborted[0]) {
                    return CappedBody.failed(new HttpTimeoutException("aborted"));
                }
                CappedBody b = bodyFor.apply(info);
                body.set(b);
                return b;
            }
        };
        CallBudget budget = CallBudget.current();
        Duration left = budget == null ? deadline : budget.remaining();
        boolean cutByCall = left.compareTo(deadline) < 0;
        Duration wait = cutByCall ? left : deadline;
        String limit = cutByCall ? "the call timeout of " + CallBudget.show(budget.total()) : seconds(deadline);
        if (wait.isZero()) {
            throw new NotSent("no time left within " + limit + ": not sent");
        }
        CompletableFuture<HttpResponse<Long>> exchange = http.sendAsync(request, handler);
        try {
            return exchange.get(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(exchange, body, lock, aborted, new HttpTimeoutException("no complete answer within " + limit));
            throw new HttpTimeoutException("no complete answer within " + limit + " (headers and body)");
        } catch (InterruptedException e) {
            abort(exchange, body, lock, aborted, e);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LtxException ltx) {
                throw ltx;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause == null ? "exchange failed" : cause.toString(), cause);
        }
    }

    private static void abort(CompletableFuture<?> exchange, AtomicReference<CappedBody> body, Object lock,
            boolean[] aborted, Throwable why) {
        synchronized (lock) {
            aborted[0] = true;
            CappedBody b = body.get();
            if (b != null) {
                b.abort(why);
            }
        }
        exchange.cancel(true);
    }

    private static String seconds(Duration d) {
        return CallBudget.show(d);
    }
}
