package dev.ltxflux.feign;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Response;
import java.util.function.Supplier;

/**
 * How every paid submit (edit, create, upscale) is sent and read: one call whose answer becomes a {@link Submission},
 * sent once and re-sent only when the server certainly did not take it (429, connection never opened).
 */
final class SubmitCalls {

    private final WireMapper mapper;
    private final FeignCalls calls;
    private final RetryPolicy retry;

    SubmitCalls(WireMapper mapper, FeignCalls calls, RetryPolicy retry) {
        this.mapper = mapper;
        this.calls = calls;
        this.retry = retry;
    }

    /**
     * @param name  the call's name in retry events and errors
     * @param about the job the call concerns (a 404 then names it), or null
     */
    Submission submit(String name, Supplier<Response> call, JobId about) {
        return retry.creating(name, () -> mapper.submission(calls.body(call, about)));
    }
}
