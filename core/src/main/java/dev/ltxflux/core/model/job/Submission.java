package dev.ltxflux.core.model.job;

import java.util.Objects;
import java.util.Optional;

/**
 * What a submit answered: a {@link Ticket} ({@code jobId} + {@code generationId}) or, when {@code pollForResult}
 * finished in time, the {@link Finished} job. The API tells the two apart by the presence of {@code status}.
 */
public sealed interface Submission permits Submission.Ticket, Submission.Finished {

    /** The submitted job's id; present in both shapes. */
    JobId jobId();

    static Submission ticket(JobId jobId, String generationId) {
        return new Ticket(jobId, generationId);
    }

    static Submission finished(Job job) {
        return new Finished(job);
    }

    /** The job if the answer already described it. */
    default Optional<Job> finishedJob() {
        return this instanceof Finished f ? Optional.of(f.job()) : Optional.empty();
    }

    /** The job was accepted; poll it for its result. */
    record Ticket(JobId jobId, String generationId) implements Submission {
        public Ticket {
            Objects.requireNonNull(jobId, "jobId");
        }

        /** The API's generation id, when it sent one. */
        public Optional<String> generation() {
            return Optional.ofNullable(generationId);
        }
    }

    /** The server waited ({@code pollForResult}) and answered with the job itself. */
    record Finished(Job job) implements Submission {
        public Finished {
            Objects.requireNonNull(job, "job");
        }

        @Override
        public JobId jobId() {
            return job.id();
        }
    }
}
