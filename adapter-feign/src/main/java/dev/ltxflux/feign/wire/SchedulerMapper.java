package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.scheduler.AccountCapacity;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET scheduler} and {@code GET scheduler/available} answers into core's values. Times and ids are kept as sent:
 * the published example's {@code 12:45:67.890} and uuid with a {@code g} are read, not refused.
 */
public final class SchedulerMapper {

    public List<RunningJob> running(byte[] body) {
        return jobs(ResourceJson.parse(body, true, "the scheduler"));
    }

    public Capacity capacity(byte[] body) {
        String what = "the scheduler capacity";
        JsonNode root = ResourceJson.parse(body, false, what);
        List<AccountCapacity> available = new ArrayList<>();
        for (JsonNode a : root.path("available")) {
            String email = ResourceJson.text(a, "email");
            Long max = ResourceJson.whole(a, "maxJobs", what, body);
            Long executing = ResourceJson.whole(a, "executing", what, body);
            Long free = ResourceJson.whole(a, "available", what, body);
            int maxJobs = max == null ? 0 : max.intValue();
            int busy = executing == null ? 0 : executing.intValue();
            available.add(new AccountCapacity(email == null ? "" : email, maxJobs, busy, free == null ? maxJobs - busy : free.intValue()));
        }
        return new Capacity(jobs(root.path("executing")), available);
    }

    private static List<RunningJob> jobs(JsonNode array) {
        List<RunningJob> out = new ArrayList<>();
        for (JsonNode j : array) {
            out.add(new RunningJob(ResourceJson.text(j, "jobId"), ResourceJson.text(j, "email"), ResourceJson.text(j, "started"),
                    ResourceJson.text(j, "elapsed"), ResourceJson.text(j, "replyUrl"), ResourceJson.text(j, "replyRef")));
        }
        return out;
    }
}
