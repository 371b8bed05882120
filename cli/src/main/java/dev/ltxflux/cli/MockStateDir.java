package dev.ltxflux.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.state.Snapshot;
import dev.ltxflux.mock.state.Snapshot.JobEntry;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.mock.view.ViewJson;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded mock's state between CLI runs, in {@code $LTXFLUX_HOME/mock-state/} (folder {@code 0700}, files
 * {@code 0600}): one JSON file per job ({@code jobs/<uuid>.json}, its reference image included) and per upload
 * ({@code uploads/<uuid>.json}), and the accounts ({@code accounts.json}, {@link MockAccountsFile}). Each run restores
 * what has not expired into its fresh embedded mock and writes what is new, one file at a time (written aside, then
 * moved into place), so runs in parallel terminals lose nothing of each other's. Files older than the mock's retention
 * are removed when a run restores. A job or upload is written as the mock's own record ({@link JobEntry},
 * {@link StoredUpload}) through the mock's one Jackson set-up ({@link ViewJson}): the CLI has no mapping of its own.
 */
final class MockStateDir {

    private final ObjectMapper json = ViewJson.mapper();
    private final Path dir;
    private final MockAccountsFile accounts;

    MockStateDir(Path dir) {
        this.dir = dir;
        this.accounts = new MockAccountsFile(dir.resolve("accounts.json"));
    }

    Path dir() {
        return dir;
    }

    /**
     * Puts the kept accounts, jobs and uploads into {@code mock}; an unreadable file is skipped. Returns how many jobs
     * came back.
     */
    int restoreInto(LtxMockServer mock) {
        accounts.restoreInto(mock);
        Instant cutoff = mock.clock().instant().minus(mock.config().storage().retention());
        List<JobEntry> jobs = new ArrayList<>();
        for (JobEntry job : read(dir.resolve("jobs"), cutoff, JobEntry.class)) {
            if (job.parameters().reference() != null) { // the image the job's artifact is made from
                jobs.add(job);
            }
        }
        List<StoredUpload> uploads = read(dir.resolve("uploads"), cutoff, StoredUpload.class);
        List<StoredUpload> complete = new ArrayList<>();
        for (StoredUpload u : uploads) {
            if (u.name() != null && u.fileId() != null && u.account() != null && u.mimeType() != null && u.bytes() != null) {
                complete.add(u);
            }
        }
        return new Snapshot(jobs, complete).restoreInto(mock.store(), mock.origin());
    }

    /** Writes the jobs and uploads of {@code mock} that are not kept yet, and what the run changed in its accounts. */
    void save(LtxMockServer mock) throws IOException {
        Snapshot snapshot = Snapshot.of(mock.store());
        for (JobEntry job : snapshot.jobs()) {
            write(dir.resolve("jobs"), job.uuid(), job);
        }
        for (StoredUpload upload : snapshot.uploads()) {
            write(dir.resolve("uploads"), upload.name().substring(upload.name().lastIndexOf('/') + 1), upload);
        }
        accounts.save(mock);
    }

    /**
     * Writes {@code value} as {@code <id>.json} unless it is kept already and final; a job is rewritten while its first
     * completed read is still to come, so that the flag is kept.
     */
    private void write(Path folder, String id, Object value) throws IOException {
        Path target = folder.resolve(safe(id) + ".json");
        if (Files.exists(target) && !stillChanging(target)) {
            return;
        }
        PrivateFiles.createFolder(dir);
        PrivateFiles.replace(target, json.writeValueAsBytes(value));
    }

    /** Whether a kept job may still change (its first completed read is to come); an unreadable file is rewritten. */
    private boolean stillChanging(Path file) {
        try {
            JsonNode node = json.readTree(file.toFile());
            return node.has("uuid") && !node.path("firstCompletedReadServed").asBoolean(false);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    /** The entries of a folder that are newer than {@code cutoff}; older ones are removed, unreadable ones skipped. */
    private <T> List<T> read(Path folder, Instant cutoff, Class<T> type) {
        List<T> values = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return values;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[!.]*.json")) {
            for (Path file : files) {
                try {
                    JsonNode node = json.readTree(file.toFile());
                    if (Instant.parse(node.path("createdAt").asText()).isBefore(cutoff)) {
                        Files.deleteIfExists(file);
                    } else {
                        values.add(json.treeToValue(node, type));
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // a file another program broke, or with a field missing: that entry is gone, the others are not
                }
            }
        } catch (IOException unreadableFolder) {
            // nothing to restore
        }
        return values;
    }

    /** A file name from an id: letters, digits, dash and underscore only. */
    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** How long the embedded mock keeps jobs, for messages. */
    static String retention(Duration retention) {
        return retention.toMinutes() % 60 == 0 ? retention.toHours() + " h" : retention.toMinutes() + " min";
    }
}
