package dev.ltxflux.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.scheduler.AccountCapacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.io.PrintWriter;
import java.util.List;

/** The {@code --json} forms of assets, running jobs, capacity and accounts, in the API's own field names (no secrets). */
final class ResourceOutput {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResourceOutput() {
    }

    static void print(PrintWriter out, Object tree) {
        try {
            out.println(JSON.writeValueAsString(tree));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree always serialises", e);
        }
        out.flush();
    }

    static ObjectNode asset(Asset a) {
        ObjectNode o = JSON.createObjectNode().put("id", a.id());
        a.job().ifPresent(j -> o.put("jobId", j.value()));
        o.set("signedAsset", artifact(a.signed()));
        a.largeThumbnail().ifPresent(t -> o.putObject("relatedAssets").putObject("thumbnails").set("large", artifact(t)));
        return o;
    }

    private static ObjectNode artifact(Artifact a) {
        ObjectNode o = JSON.createObjectNode();
        a.assetUrl().ifPresent(u -> o.put("assetUrl", u.toString()));
        a.expiresAt().ifPresent(t -> o.put("expirationDateString", Long.toString(t.toEpochMilli())));
        ObjectNode asset = o.putObject("asset");
        a.type().ifPresent(t -> asset.put("type", t));
        a.fileId().ifPresent(f -> asset.put("fileId", f));
        a.mimeType().ifPresent(m -> asset.put("mimeType", m));
        return o;
    }

    static ArrayNode running(List<RunningJob> jobs) {
        ArrayNode out = JSON.createArrayNode();
        for (RunningJob j : jobs) {
            ObjectNode o = out.addObject();
            putIf(o, "jobId", j.jobId());
            putIf(o, "email", j.email());
            putIf(o, "started", j.started());
            putIf(o, "elapsed", j.elapsed());
            putIf(o, "replyUrl", j.replyUrl());
            putIf(o, "replyRef", j.replyRef());
        }
        return out;
    }

    static ObjectNode capacity(List<RunningJob> executing, List<AccountCapacity> available) {
        ObjectNode o = JSON.createObjectNode();
        o.set("executing", running(executing));
        ArrayNode a = o.putArray("available");
        available.forEach(c -> a.addObject().put("email", c.email()).put("maxJobs", c.maxJobs()).put("executing", c.executing())
                .put("available", c.available()));
        return o;
    }

    static ObjectNode account(Account a) {
        ObjectNode o = JSON.createObjectNode().put("email", a.email());
        ObjectNode cookie = o.putObject("cookie");
        putIf(cookie, "lt_id", a.ltId());
        cookie.put("lt_token", "…secured…").put("lt_refresh_token", "…secured…");
        if (a.maxJobs() != null) {
            o.put("maxJobs", a.maxJobs());
        }
        putIf(o, "updatedUTC", a.updatedUtc());
        putIf(o, "tokenExpireUTC", a.tokenExpireUtc());
        a.tokens().ifPresent(b -> o.putObject("balance").put("LTXStudio_token", b));
        if (a.latestCreatedAtMs() != null) {
            o.putObject("latestCreatedAtMs").put("LTXStudio_token", a.latestCreatedAtMs());
        }
        putIf(o, "error", a.error());
        return o;
    }

    private static void putIf(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
