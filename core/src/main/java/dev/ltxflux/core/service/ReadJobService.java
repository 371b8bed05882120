package dev.ltxflux.core.service;

import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.ReadJobUseCase;
import dev.ltxflux.core.port.out.ReadJobPort;
import java.util.Objects;

/** Reads a job's state through the read port (which owns the retries of an idempotent read). */
public final class ReadJobService implements ReadJobUseCase {

    private final ReadJobPort reader;

    public ReadJobService(ReadJobPort reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Job status(JobId id) {
        return reader.read(Objects.requireNonNull(id, "id"));
    }
}
