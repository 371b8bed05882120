package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;
import java.nio.file.Path;

/** A result file could not be written (folder missing or read-only, disk full). The job is done: download it again. */
public final class OutputWriteException extends LtxException {

    private final transient Path file;

    public OutputWriteException(Path file, String reason, JobId jobId, Throwable cause) {
        super("cannot write " + file + ": " + reason, jobId, cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }
}
