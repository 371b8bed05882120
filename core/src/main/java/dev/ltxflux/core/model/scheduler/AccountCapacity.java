package dev.ltxflux.core.model.scheduler;

/**
 * One account's slots in {@code GET scheduler/available}: {@code available = maxJobs - executing} in every answer the
 * docs show (kept as sent; {@link #consistent()} tells whether it holds).
 *
 * @param email     the account
 * @param maxJobs   its concurrency limit
 * @param executing jobs running now
 * @param available free slots
 */
public record AccountCapacity(String email, int maxJobs, int executing, int available) {

    /** Whether {@code available == maxJobs - executing}. */
    public boolean consistent() {
        return available == maxJobs - executing;
    }

    /** Whether a submit to this account can start now. */
    public boolean hasFreeSlot() {
        return available > 0;
    }
}
