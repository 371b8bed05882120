package dev.ltxflux.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.state.MockJob.EditParameters;
import dev.ltxflux.mock.state.Snapshot;
import dev.ltxflux.mock.state.Snapshot.JobEntry;
import dev.ltxflux.mock.state.StoredUpload;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The embedded mock's jobs and uploads between CLI runs, in {@code $LTXFLUX_HOME/mock-state/}: one JSON file per job
 * ({@code jobs/<uuid>.json}, its reference image included) and per upload ({@code uploads/<uuid>.json}). Each run
 * restores what has not expired into its fresh embedded mock and writes what is new, one file at a time (written
 * aside, then moved into place), so runs in parallel terminals lose nothing of each other's. Files older than the
 * mock's retention are removed when a run restores.
 */
final class MockStateDir {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    MockStateDir(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Puts the kept jobs and uploads into {@code mock}; an unreadable file is skipped. Returns how many jobs came back. */
    int restoreInto(LtxMockServer mock) {
        Instant cutoff = mock.clock().instant().minus(mock.config().storage().retention());
        List<JobEntry> jobs = new ArrayList<>();
        for (JsonNode node : read(dir.resolve("jobs"), cutoff)) {
            try {
                jobs.add(job(node));
            } catch (RuntimeException incomplete) {
                // a file with a field missing or broken: that job is gone, the others are not
            }
        }
        List<StoredUpload> uploads = new ArrayList<>();
        for (JsonNode node : read(dir.resolve("uploads"), cutoff)) {
            try {
                uploads.add(upload(node));
            } catch (RuntimeException incomplete) {
                // as above
            }
        }
        return new Snapshot(jobs, uploads).restoreInto(mock.store(), mock.origin());
    }

    /** Writes the jobs and uploads of {@code mock} that are not kept yet. */
    void save(LtxMockServer mock) throws IOException {
        Snapshot snapshot = Snapshot.of(mock.store());
        for (JobEntry job : snapshot.jobs()) {
            write(dir.resolve("jobs"), job.uuid(), job(job));
        }
        for (StoredUpload upload : snapshot.uploads()) {
            write(dir.resolve("uploads"), upload.name().substring(upload.name().lastIndexOf('/') + 1), upload(upload));
        }
    }

    private static void write(Path folder, String uuid, ObjectNode node) throws IOException {
        Path target = folder.resolve(safe(uuid) + ".json");
        if (Files.exists(target) && !stillChanging(target)) {
            return;
        }
        Files.createDirectories(folder);
        Path part = folder.resolve("." + safe(uuid) + "." + UUID.randomUUID() + ".part");
        try {
            Files.write(part, JSON.writeValueAsBytes(node));
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Whether a kept file may still change (a job whose first completed read is to come); an unreadable one is rewritten. */
    private static boolean stillChanging(Path file) {
        try {
            return JSON.readTree(file.toFile()).path("mutable").asBoolean(true);
        } catch (IOException | RuntimeException unreadable) {
            return true;
        }
    }

    /** The entries of a folder that are newer than {@code cutoff}; older ones are removed, unreadable ones skipped. */
    private static List<JsonNode> read(Path folder, Instant cutoff) {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return nodes;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "[!.]*.json")) {
            for (Path file : files) {
                try {
                    JsonNode node = JSON.readTree(file.toFile());
                    if (Instant.parse(node.path("createdAt").asText()).isBefore(cutoff)) {
                        Files.deleteIfExists(file);
                    } else {
                        nodes.add(node);
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // a file another program broke: the job it held is gone, the others are not
                }
            }
        } catch (IOException unreadableFolder) {
            // nothing to restore
        }
        return nodes;
    }

    /** A job's file: rewritten while the first completed read is still to come, so that the flag is kept. */
    private static ObjectNode job(JobEntry job) {
        EditParameters p = job.parameters();
        ObjectNode node = JSON.createObjectNode().put("uuid", job.uuid()).put("account", job.account())
                .put("createdAt", job.createdAt().toString()).put("completesAt", job.completesAt().toString())
                .put("failure", job.failure()).put("generationId", job.generationId())
                .put("firstCompletedReadServed", job.firstCompletedReadServed()).put("mutable", !job.firstCompletedReadServed());
        node.putObject("parameters").put("prompt", p.prompt()).put("referenceAssetId", p.referenceAssetId())
                .put("aspectRatio", p.aspectRatio()).put("seed", p.seed()).put("model", p.model()).put("replyUrl", p.replyUrl())
                .put("replyRef", p.replyRef()).put("reference", p.reference()).put("operation", p.operation());
        return node;
    }

    private static JobEntry job(JsonNode node) {
        JsonNode p = node.get("parameters");
        EditParameters parameters = new EditParameters(text(p, "prompt"), text(p, "referenceAssetId"), text(p, "aspectRatio"),
                p.path("seed").isIntegralNumber() ? p.get("seed").asLong() : null, text(p, "model"), text(p, "replyUrl"),
                text(p, "replyRef"), binary(p, "reference"), "", text(p, "operation"));
        return new JobEntry(required(node, "uuid"), required(node, "account"), Instant.parse(required(node, "createdAt")),
                Instant.parse(required(node, "completesAt")), text(node, "failure"), text(node, "generationId"), parameters,
                node.path("firstCompletedReadServed").asBoolean());
    }

    private static ObjectNode upload(StoredUpload u) {
        return JSON.createObjectNode().put("name", u.name()).put("fileId", u.fileId()).put("account", u.account())
                .put("mimeType", u.mimeType()).put("createdAt", u.createdAt().toString()).put("bytes", u.bytes());
    }

    private static StoredUpload upload(JsonNode node) {
        return new StoredUpload(required(node, "name"), required(node, "fileId"), required(node, "account"),
                required(node, "mimeType"), binary(node, "bytes"), Instant.parse(required(node, "createdAt")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static byte[] binary(JsonNode node, String field) {
        try {
            byte[] bytes = node.path(field).binaryValue();
            if (bytes == null) {
                throw new IllegalArgumentException(field + " is missing");
            }
            return bytes;
        } catch (IOException e) {
            throw new IllegalArgumentException(field + " is not base64", e);
        }
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
