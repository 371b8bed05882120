package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code GET assets/{jobId}}: the job model, with the id raw or percent-encoded; unknown or expired ids get the
 * documented plain-text 404. A job's first {@code completed} read comes without its artifact (unless switched off).
 */
public final class JobStatusResponder extends LtxResponder {

    public static final String NAME = "ltx-job-status";
    static final String PREFIX = "/v1/ltxstudio/assets/";

    private final JobStore store;

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
        boolean withArtifact = !(found.phaseAt(now) == Phase.COMPLETED && store.config().jobs().completedWithoutArtifact()
                && found.claimFirstCompletedRead());
        return responses.json(200, SchemaName.JOB, responses.jobModel(found, now, withArtifact)).build();
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
