package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.Test;

class ProgressRendererTest {

    private static final JobId ID = new JobId("email:u@x.io-job:1-type:image");

    private static Job job(JobStatus status, int progress, boolean withUrl) {
        Job.Builder b = Job.builder(ID, status).progress(progress);
        if (withUrl) {
            b.artifact(Artifact.of(URI.create("http://127.0.0.1/a.png"), "1", null, null, null, null));
        }
        return b.build();
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndEndsWithANewline() {
        StringWriter out = new StringWriter();
        ProgressRenderer r = new ProgressRenderer(new PrintWriter(out), true);
        r.onUpdate(job(JobStatus.ACTIVE, 50, false));
        r.onUpdate(job(JobStatus.COMPLETED, 100, true));
        String text = out.toString();
        assertThat(text).startsWith("\r[" + "#".repeat(15) + " ".repeat(15) + "]  50% active");
        assertThat(text).contains("\r[" + "#".repeat(30) + "] 100% completed").endsWith(System.lineSeparator());
    }

    @Test
    void inAPipeEachChangeIsOneLineAndRepeatsAreSkipped() {
        StringWriter out = new StringWriter();
        ProgressRenderer r = new ProgressRenderer(new PrintWriter(out), false);
        r.onUpdate(job(JobStatus.ACTIVE, 10, false));
        r.onUpdate(job(JobStatus.ACTIVE, 10, false));
        r.onUpdate(job(JobStatus.COMPLETED, 100, false));
        assertThat(out.toString().lines()).containsExactly("progress 10% active", "progress 100% completed (waiting for the image link)");
    }
}
