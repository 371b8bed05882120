package dev.ltxflux.cli;

import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AwaitJobUseCase.ProgressListener;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The "resume with: ..." line of a run that ends before its job did: printed only when the job is known to exist, and
 * always complete (the {@code --out} this run would have written). A job exists when the server issued its id to this
 * run ({@code edit}), or when a read of it was answered ({@code wait}); a {@code status} or a {@code wait} whose call
 * never reached a server has no job to resume.
 */
final class ResumeLine {

    private final boolean idFromServer;
    private volatile boolean seen;
    private volatile Path out;

    private ResumeLine(boolean idFromServer) {
        this.idFromServer = idFromServer;
    }

    /** For {@code edit}: any job id an error carries was issued by the server to this run. */
    static ResumeLine forSubmitted() {
        return new ResumeLine(true);
    }

    /** For {@code wait}: the id came from the user; it is resumable once the server has answered a read of it. */
    static ResumeLine forWaited() {
        return new ResumeLine(false);
    }

    /** For commands that do not wait ({@code status}, {@code upload}): never a resume line. */
    static ResumeLine none() {
        return new ResumeLine(false);
    }

    /** The {@code --out} of this run, as the user gave it (null: the resumed wait's default). */
    void out(Path out) {
        this.out = out;
    }

    /** {@code listener}, noting that the job exists at its first answered read. */
    ProgressListener watching(ProgressListener listener) {
        return job -> {
            seen = true;
            listener.onUpdate(job);
        };
    }

    /** The line for {@code id}, when the job is known to exist. */
    Optional<String> line(Optional<JobId> id) {
        if (id.isEmpty() || !(idFromServer || seen)) {
            return Optional.empty();
        }
        return Optional.of("resume with: " + Resume.command(id.get(), out));
    }
}
