package dev.ltxflux.mock.view;

import java.time.Instant;
import java.util.List;

/**
 * The scheduler as {@code GET /__admin/ltx/scheduler} and the dashboard show it: the same running jobs that the API's
 * {@code GET scheduler} lists and the 429 rule counts, and each account's free slots ({@code scheduler/available}).
 *
 * @param running   the running jobs, oldest first
 * @param available per account: its limit, running jobs and free slots
 */
public record SchedulerView(List<Running> running, List<Slots> available) {

    public SchedulerView {
        running = List.copyOf(running);
        available = List.copyOf(available);
    }

    /**
     * One running job.
     *
     * @param jobId    its id
     * @param uuid     the uuid inside it (the admin route {@code DELETE scheduler/{uuid}} takes it, like the jobId)
     * @param account  its account
     * @param started  when it was submitted
     * @param elapsed  time since, {@code MM:SS} as the API writes it
     * @param replyUrl its webhook URL, or null
     * @param replyRef its webhook reference, or null
     */
    public record Running(String jobId, String uuid, String account, Instant started, String elapsed, String replyUrl,
            String replyRef) {
    }

    /**
     * One account's slots.
     *
     * @param email     the account
     * @param maxJobs   its limit
     * @param executing its running jobs
     * @param available {@code maxJobs - executing}
     */
    public record Slots(String email, int maxJobs, int executing, int available) {
    }
}
