package dev.ltxflux.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.model.job.Job;
import java.nio.file.Path;

/** The final job as JSON for scripts ({@code --json}), in the API's own field names plus the downloaded file. */
final class JobOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JobOutput() {
    }

    /**
     * What {@code edit} and {@code wait} print when done: the saved file, or with {@code --json} the job as JSON (its
     * image link only when {@code linkLasts}: the embedded mock's ends with the run).
     */
    static void printSaved(java.io.PrintWriter out, Job job, Path file, boolean asJson, boolean linkLasts) {
        out.println(asJson ? json(job, file, linkLasts) : "Saved " + SafeText.escape(file.toString()) + " (job " + SafeText.escape(job.id().value()) + ")");
        out.flush();
    }

    /** One status line: id, state, progress, the link without its signature, the API's message. */
    static String summary(Job job) {
        return summary(job, true);
    }

    /** The same; the link only when {@code linkLasts} (the embedded mock's ends with the run). */
    static String summary(Job job, boolean linkLasts) {
        return SafeText.escape(job.id() + " " + job.status().wire() + " " + job.progress().orElse(0) + "%"
                + (job.isDone() && linkLasts ? " " + job.artifact().flatMap(a -> a.assetUrl())
                        .map(u -> u.getScheme() + "://" + u.getAuthority() + u.getPath()).orElse("") : "")
                + job.message().map(m -> " (" + m + ")").orElse(""));
    }

    /**
     * Jackson escapes C0 controls; DEL, C1 controls (a lone 0x9B is a CSI on some terminals) and bidi overrides are
     * escaped here too, which keeps the JSON valid (they only occur inside strings).
     */
    private static String escapeUnsafe(String json) {
        StringBuilder out = new StringBuilder(json.length());
        json.codePoints().forEach(c -> {
            if (SafeText.unsafe(c) && c >= 0x7F) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static String json(Job job, Path file) {
        return json(job, file, true);
    }

    /** The job as JSON; its {@code assetUrl} only when {@code linkLasts}. */
    static String json(Job job, Path file, boolean linkLasts) {
        ObjectNode root = JSON.createObjectNode();
        root.put("jobId", job.id().value());
        ObjectNode status = root.putObject("status");
        status.put("type", job.status().wire());
        job.progress().ifPresent(p -> status.put("progress", p));
        job.message().ifPresent(m -> status.put("message", m));
        job.artifact().ifPresent(a -> {
            ObjectNode artifact = status.putObject("artifact");
            a.assetUrl().filter(u -> linkLasts).ifPresent(u -> artifact.put("assetUrl", u.toString()));
            a.expiresAt().ifPresent(t -> artifact.put("expirationDateString", Long.toString(t.toEpochMilli())));
            a.fileId().ifPresent(f -> artifact.putObject("asset").put("fileId", f).put("mimeType", a.mimeType().orElse(null)));
        });
        job.generationId().ifPresent(g -> root.put("generationId", g));
        job.replyRef().ifPresent(r -> root.put("replyRef", r));
        if (file != null) {
            root.put("file", file.toAbsolutePath().toString());
        }
        try {
            return escapeUnsafe(JSON.writeValueAsString(root));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
