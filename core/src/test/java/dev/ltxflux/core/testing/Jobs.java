package dev.ltxflux.core.testing;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import java.net.URI;

/** Job values for tests, in the documented shapes. */
public final class Jobs {

    public static final JobId ID = new JobId("email:user@example.com-job:7a34b821-9fd0-205e-d21b-4abc6f7839e7-type:image");

    private Jobs() {
    }

    public static Job active(int progress) {
        return Job.builder(ID, JobStatus.ACTIVE).progress(progress).build();
    }

    /** {@code completed} but without an artifact yet: the documented out-of-sync state. */
    public static Job completedWithoutArtifact() {
        return Job.builder(ID, JobStatus.COMPLETED).progress(100).build();
    }

    public static Job completed() {
        return completed("https://assets.example.com/a.png?sig=secret", "4102444800000");
    }

    public static Job completed(String url, String expiry) {
        return Job.builder(ID, JobStatus.COMPLETED).progress(100)
                .artifact(Artifact.of(URI.create(url), expiry, "asset:1-type:image/png", "image/png", "artifact", "vertex-ai"))
                .build();
    }

    public static Job failed(String message) {
        return Job.builder(ID, JobStatus.FAILED).message(message).build();
    }
}
