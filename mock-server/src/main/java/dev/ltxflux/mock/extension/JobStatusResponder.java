package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET assets/{jobId}}: the job model, with the id raw or percent-encoded; unknown or expired ids get the
 * documented plain-text 404. A job's first {@code completed} read comes without its artifact (unless switched off).
 * A body without an artifact depends only on the job's phase and progress: the last one rendered per job is reused
 * while they stay the same (a client polling a job reads the same body many times; rendering it was ~5 % of a read).
 */
public final class JobStatusResponder extends LtxResponder {

    public static final String NAME = "ltx-job-status";
    static final String PREFIX = "/v1/ltxstudio/assets/";

    /** Bodies kept at most; beyond, the cache starts over (jobs come and go: this only bounds memory). */
    static final int RENDERED_MAX = 4096;

    private final JobStore store;
    private final Map<MockJob, Rendered> rendered = new ConcurrentHashMap<>();

    public JobStatusResponder(JobStore store, Responses responses, FaultInjector faults) {
        super("status", responses, faults);
        this.store = store;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        String raw = path(request).substring(PREFIX.length());
        Optional<MockJob> job = store.job(percentDecode(raw)).or(() -> store.job(raw));
        if (job.isEmpty()) {
            return responses.plain(404, Responses.JOB_NOT_FOUND);
        }
        Instant now = store.clock().instant();
        MockJob found = job.get();
        Phase phase = found.phaseAt(now);
        boolean withArtifact = !(phase == Phase.COMPLETED && store.config().jobs().completedWithoutArtifact()
                && found.claimFirstCompletedRead());
        if (phase == Phase.COMPLETED && withArtifact) {
            // the artifact link carries its own expiry, so this body changes with every read
            return responses.json(200, SchemaName.JOB, responses.jobModel(found, now, true)).build();
        }
        int progress = found.progressAt(now);
        Rendered last = rendered.get(found);
        if (last != null && last.phase() == phase && last.progress() == progress) {
            return responseDefinition().withStatus(200).withHeader("Content-Type", "application/json").withBody(last.body()).build();
        }
        ResponseDefinition answer = responses.json(200, SchemaName.JOB, responses.jobModel(found, now, false)).build();
        if (answer.getStatus() == 200) { // a strict-mode drift (500) is never kept
            if (rendered.size() >= RENDERED_MAX) {
                rendered.clear();
            }
            rendered.put(found, new Rendered(phase, progress, answer.getBody()));
        }
        return answer;
    }

    /** A status body as rendered for a phase and progress. */
    private record Rendered(Phase phase, int progress, String body) {
    }

    /** RFC 3986 percent-decoding of a path segment: {@code +} stays a plus; a malformed escape is kept as is. */
    static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
