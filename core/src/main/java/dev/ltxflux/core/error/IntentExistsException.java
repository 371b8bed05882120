package dev.ltxflux.core.error;

import dev.ltxflux.core.model.job.JobId;

/**
 * A paid call was refused before anything was sent: its key (the caller's {@code replyRef}) is already journaled, so
 * sending it would risk paying twice. Look the existing record up with {@code journal.find(new IntentKey(intentKey()))}.
 */
public final class IntentExistsException extends LtxException {

    private final String intentKey;
    private final String existingState;

    /**
     * @param intentKey     the key already journaled
     * @param existingState the state its record is in ({@code pending}, {@code unknown}, ...)
     * @param jobId         its job, when it has one, or null
     */
    public IntentExistsException(String intentKey, String existingState, JobId jobId) {
        super("not sent: intent '" + intentKey + "' is already journaled (" + existingState
                + "); use another replyRef, or settle that intent first", jobId, null);
        this.intentKey = intentKey;
        this.existingState = existingState;
    }

    /** The key already journaled. */
    public String intentKey() {
        return intentKey;
    }

    /** The state of the record that holds the key ({@code intent}, {@code unknown}, {@code pending}, ...). */
    public String existingState() {
        return existingState;
    }
}
