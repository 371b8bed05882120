package dev.ltxflux.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.JobStatus;
import org.junit.jupiter.api.Test;

class JobOutputTest {

    private static final String HOSTILE = "a\u001b[31mb\u009bc\u202ed\u007fe\nf";
    private final Job job = Job.builder(new JobId("id-" + HOSTILE), new JobStatus("failed" + HOSTILE)).message(HOSTILE).build();

    @Test
    void theSummaryLineHoldsNoRawControlCharacter() {
        assertThat(JobOutput.summary(job)).doesNotContain("\u001b", "\u009b", "\u202e", "\u007f", "\n").contains("\\u001b[31m");
    }

    @Test
    void theJsonHoldsNoRawControlCharacterAndReadsBackExactly() throws Exception {
        String json = JobOutput.json(job, null);
        assertThat(json.replace("\n", "")).doesNotContain("\u001b", "\u009b", "\u202e", "\u007f");
        assertThat(new ObjectMapper().readTree(json).at("/status/message").asText()).isEqualTo(HOSTILE);
        assertThat(new ObjectMapper().readTree(json).get("jobId").asText()).isEqualTo("id-" + HOSTILE);
    }
}
