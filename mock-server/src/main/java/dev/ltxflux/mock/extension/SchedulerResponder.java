package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockAccount;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code GET scheduler}, {@code GET scheduler/available} and {@code DELETE scheduler/{jobId}}: views of the same running
 * jobs that the 429 rule counts ({@link JobStore#running()}). A stopped job is no longer listed, counted or called back;
 * its status read still answers (LTX Studio keeps running it).
 */
public final class SchedulerResponder extends LtxResponder {

    public static final String NAME = "ltx-scheduler";
    static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final String STOP_PREFIX = BearerAuth.API_PREFIX + "scheduler/";

    private final JobStore store;

    public SchedulerResponder(JobStore store, Responses responses, FaultInjector faults, BearerAuth auth) {
        super("scheduler", responses, faults, auth);
        this.store = store;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        return respond("scheduler", request);
    }

    @Override
    ResponseDefinition respond(String route, Request request) {
        Instant now = store.clock().instant();
        switch (route) {
            case "scheduler-available":
                return available(now);
            case "scheduler-stop":
                return stop(JobStatusResponder.percentDecode(path(request).substring(STOP_PREFIX.length())));
            default:
                ArrayNode list = responses.json().createArrayNode();
                store.running().forEach(j -> list.add(item(j, now)));
                return responses.json(200, SchemaName.SCHEDULER, list).build();
        }
    }

    private ResponseDefinition available(Instant now) {
        ObjectNode root = responses.json().createObjectNode();
        ArrayNode executing = root.putArray("executing");
        List<MockJob> running = store.running();
        running.forEach(j -> executing.add(item(j, now)));
        ArrayNode available = root.putArray("available");
        for (MockAccount a : store.accounts().all()) {
            long busy = running.stream().filter(j -> j.account().equals(a.email())).count();
            available.addObject().put("email", a.email()).put("maxJobs", a.maxJobs()).put("executing", busy)
                    .put("available", a.maxJobs() - busy);
        }
        return responses.json(200, SchemaName.SCHEDULER_AVAILABLE, root).build();
    }

    private ResponseDefinition stop(String jobId) {
        MockJob job = store.job(jobId).orElse(null);
        boolean running = job != null && job.tracked() && job.phaseAt(store.clock().instant()) == MockJob.Phase.ACTIVE;
        if (!running || !job.stopTracking()) {
            return responses.error(404, "Unable to locate running jobId " + jobId, null);
        }
        return responseDefinition().withStatus(204).build();
    }

    private ObjectNode item(MockJob job, Instant now) {
        ObjectNode o = responses.json().createObjectNode().put("jobId", job.id()).put("email", job.account())
                .put("started", ISO_MILLIS.format(job.createdAt())).put("elapsed", elapsed(Duration.between(job.createdAt(), now)));
        if (job.parameters().replyUrl() != null) {
            o.put("replyUrl", job.parameters().replyUrl());
        }
        if (job.parameters().replyRef() != null) {
            o.put("replyRef", job.parameters().replyRef());
        }
        return o;
    }

    /** {@code MM:SS}; minutes past 99 keep their digits. */
    static String elapsed(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return String.format("%02d:%02d", s / 60, s % 60);
    }
}
