package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET assets/{jobId}}: the job model, with the id raw or percent-encoded; unknown or expired ids get the
 * documented plain-text 404. A job's first {@code completed} read comes without its artifact (unless switched off).
 * A body without an artifact depends only on the job's phase and progress: the last one rendered is kept per id as the
 * client wrote it, and reused while the store still holds that job and its phase and progress stay the same (a client
 * polling a job reads the same body many times: rendering it was ~5 % of a read, decoding its id ~2 %).
 */
public final class JobStatusResponder extends LtxResponder {

    public static final String NAME = "ltx-job-status";
    static final String PREFIX = "/v1/ltxstudio/assets/";

    /** Bodies kept at most; beyond, the cache starts over (jobs come and go: this only bounds memory). */
    static final int RENDERED_MAX = 4096;

    private final JobStore store;
    /** By the id as it came in the path (raw or percent-encoded). */
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    public JobStatusResponder(JobStore store, Responses responses, FaultInjector faults, BearerAuth auth) {
        super("status", responses, faults, auth);
        this.store = store;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        String raw = path(request).substring(PREFIX.length());
        Rendered last = rendered.get(raw);
        MockJob found = last != null && store.job(last.job().id()).orElse(null) == last.job() ? last.job() : find(raw);
        if (found == null) {
            return responses.plain(404, Responses.JOB_NOT_FOUND);
        }
        Instant now = store.clock().instant();
        Phase phase = found.phaseAt(now);
        boolean withArtifact = !(phase == Phase.COMPLETED && store.config().jobs().completedWithoutArtifact()
                && found.claimFirstCompletedRead());
        if (phase == Phase.COMPLETED && withArtifact) {
            // the artifact link carries its own expiry, so this body changes with every read
            return responses.json(200, SchemaName.JOB, responses.jobModel(found, now, true)).build();
        }
        int progress = found.progressAt(now);
        if (last != null && last.job() == found && last.phase() == phase && last.progress() == progress) {
            return last.answer(); // WireMock copies the definition it is given, so one instance serves every read
        }
        ResponseDefinition answer = responses.json(200, SchemaName.JOB, responses.jobModel(found, now, false)).build();
        if (answer.getStatus() == 200) { // a strict-mode drift (500) is never kept
            if (rendered.size() >= RENDERED_MAX) {
                rendered.clear();
            }
            rendered.put(raw, new Rendered(found, phase, progress, answer));
        }
        return answer;
    }

    /** The job an id names, percent-encoded or raw; null when unknown or expired. */
    private MockJob find(String raw) {
        return store.job(percentDecode(raw)).or(() -> store.job(raw)).orElse(null);
    }

    /** A status answer as rendered for a job's phase and progress. */
    private record Rendered(MockJob job, Phase phase, int progress, ResponseDefinition answer) {
    }

    /**
     * RFC 3986 percent-decoding of a path segment: {@code +} stays a plus; a malformed escape is kept as is; a run of
     * escapes is decoded as UTF-8 together (a character's bytes span several escapes). Without a {@code %} the text is
     * returned as it is (no copy: this runs on every status read).
     */
    static String percentDecode(String s) {
        int i = s.indexOf('%');
        if (i < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        byte[] run = null;
        while (i < s.length()) {
            if (!escapeAt(s, i)) {
                out.append(s.charAt(i++));
                continue;
            }
            if (run == null) {
                run = new byte[(s.length() - i) / 3]; // the longest run that can start here or later
            }
            int n = 0;
            for (; escapeAt(s, i); i += 3) {
                run[n++] = (byte) (Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16));
            }
            out.append(new String(run, 0, n, StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2));
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
