package dev.ltxflux.feign;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body subscriber that hands each chunk to a {@link Sink} and refuses to read past {@code maxBytes}: an
 * endless or oversized body is cut off (the connection is cancelled) instead of filling memory or the disk. It can be
 * aborted from another thread (a deadline); after {@link #abort} returns, the sink receives nothing more.
 */
final class CappedBody implements HttpResponse.BodySubscriber<Long> {

    /** Where the bytes go. Called on the HTTP client's thread, one chunk at a time. */
    interface Sink {
        void write(ByteBuffer chunk) throws IOException;
    }

    /** The body was longer than allowed. */
    static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        final long limit;

        TooLargeException(long limit) {
            super("the answer is larger than " + limit + " bytes");
            this.limit = limit;
        }
    }

    private final CompletableFuture<Long> result = new CompletableFuture<>();
    private final long maxBytes;
    private final Sink sink;
    private Flow.Subscription subscription;
    private long count;

    CappedBody(long maxBytes, Sink sink) {
        this.maxBytes = maxBytes;
        this.sink = sink;
    }

    /** A subscriber already failed with {@code why}: it cancels the body as soon as it starts. */
    static CappedBody failed(Throwable why) {
        CappedBody body = new CappedBody(0, chunk -> { });
        body.result.completeExceptionally(why);
        return body;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> chunks) {
        if (result.isDone()) {
            return;
        }
        try {
            for (ByteBuffer chunk : chunks) {
                count += chunk.remaining();
                if (count > maxBytes) {
                    abort(new TooLargeException(maxBytes));
                    return;
                }
                sink.write(chunk);
            }
        } catch (IOException | RuntimeException e) {
            abort(e);
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        synchronized (this) {
            result.complete(count);
        }
    }

    @Override
    public CompletionStage<Long> getBody() {
        return result;
    }

    /** Stops reading: the body future fails with {@code why} and the connection is cancelled. */
    synchronized void abort(Throwable why) {
        result.completeExceptionally(why);
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
