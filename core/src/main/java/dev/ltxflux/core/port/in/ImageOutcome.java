package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.journal.IntentKey;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The result of a finished paid flow (edit, create, upscale).
 *
 * @param job  the done job
 * @param file where its image was written
 * @param key  the journaled intent of the call
 */
public record ImageOutcome(Job job, Path file, IntentKey key) {
    public ImageOutcome {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
    }
}
