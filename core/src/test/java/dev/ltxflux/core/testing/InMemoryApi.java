package dev.ltxflux.core.testing;

import dev.ltxflux.core.error.ArtifactExpiredException;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.Job;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.job.Submission;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.model.journal.JournalRecord;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.ReadJobPort;
import dev.ltxflux.core.port.out.SubmitCreatePort;
import dev.ltxflux.core.port.out.SubmitEditPort;
import dev.ltxflux.core.port.out.SubmitUpscalePort;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.PaidRequest;
import dev.ltxflux.core.port.out.UploadAssetPort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

/**
 * In-memory fakes of every out-port, recording each call in one shared log so that tests can assert the order
 * (intent before submit, journal before wait, upload before submit): the journal ({@link #journal()}) logs
 * {@code intent <key>}, {@code pending <key> <jobId>}, {@code finished <key> <jobId>}. Keys come from {@link #keys()}
 * as {@code key-1}, {@code key-2}, ... Reads answer from a script of jobs or errors.
 */
public final class InMemoryApi implements SubmitEditPort, SubmitCreatePort, SubmitUpscalePort, ReadJobPort, UploadAssetPort,
        DownloadArtifactPort {

    private final List<String> calls = new ArrayList<>();
    private final Deque<Supplier<Job>> reads = new ArrayDeque<>();
    private final InMemoryJobJournal journal = new InMemoryJobJournal(this::log);
    private int keysMade;
    private final List<EditRequest> submitted = new ArrayList<>();
    private final List<PaidRequest<?>> otherSubmits = new ArrayList<>();
    private Submission nextSubmission = Submission.ticket(Jobs.ID, "gen_1");
    private int expiredDownloads;

    /** Script the next reads: each answers a job or throws. The last one repeats. */
    @SafeVarargs
    public final InMemoryApi reads(Supplier<Job>... answers) {
        for (Supplier<Job> answer : answers) {
            reads.add(answer);
        }
        return this;
    }

    public InMemoryApi submissionAnswers(Submission submission) {
        this.nextSubmission = submission;
        return this;
    }

    /** The next {@code n} downloads fail as expired links. */
    public InMemoryApi expiredDownloads(int n) {
        this.expiredDownloads = n;
        return this;
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<EditRequest> submitted() {
        return List.copyOf(submitted);
    }

    public synchronized long count(String call) {
        return calls.stream().filter(c -> c.startsWith(call)).count();
    }

    @Override
    public synchronized Submission submit(EditRequest request) {
        calls.add("submit " + request.referenceAssetId());
        submitted.add(request);
        return nextSubmission;
    }

    /** Logs {@code submit create <reference or none>}. */
    @Override
    public synchronized Submission submit(CreateRequest request) {
        calls.add("submit create " + request.referenceAssetId().map(Object::toString).orElse("none"));
        otherSubmits.add(request);
        return nextSubmission;
    }

    /** Logs {@code submit upscale <source job id>}. */
    @Override
    public synchronized Submission submit(UpscaleRequest request) {
        calls.add("submit upscale " + request.jobId());
        otherSubmits.add(request);
        return nextSubmission;
    }

    /** The create and upscale requests submitted, in order. */
    public synchronized List<PaidRequest<?>> otherSubmits() {
        return List.copyOf(otherSubmits);
    }

    @Override
    public synchronized Job read(JobId id) {
        calls.add("read " + id);
        Supplier<Job> next = reads.size() > 1 ? reads.poll() : reads.peek();
        if (next == null) {
            throw new IllegalStateException("no read scripted");
        }
        return next.get();
    }

    @Override
    public synchronized UploadedAsset upload(AssetUpload upload) {
        calls.add("upload " + upload.image().file().getFileName() + " as " + upload.image().type().mimeType());
        return new UploadedAsset(new AssetId("asset:uploaded-type:" + upload.image().type().mimeType()),
                upload.image().type().mimeType(), "image", null, null);
    }

    @Override
    public synchronized Path download(JobId jobId, Artifact artifact, Path target) {
        calls.add("download " + artifact.assetUrl().orElseThrow());
        if (expiredDownloads > 0) {
            expiredDownloads--;
            throw new ArtifactExpiredException("link expired", jobId);
        }
        try {
            Files.write(target, artifact.assetUrl().orElseThrow().toString().getBytes(StandardCharsets.UTF_8));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void log(String line) {
        calls.add(line);
    }

    /** The journal, logging each write to {@link #calls()}. */
    public InMemoryJobJournal journal() {
        return journal;
    }

    /** Every journaled record, oldest intent first. */
    public List<JournalRecord> records() {
        List<JournalRecord> all = new ArrayList<>(journal.recent(Integer.MAX_VALUE));
        java.util.Collections.reverse(all);
        return all;
    }

    /** Keys {@code key-1}, {@code key-2}, ... */
    public java.util.function.Supplier<IntentKey> keys() {
        return () -> {
            synchronized (this) {
                return new IntentKey("key-" + (++keysMade));
            }
        };
    }
}
