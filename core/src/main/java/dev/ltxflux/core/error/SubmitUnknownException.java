package dev.ltxflux.core.error;

/**
 * A paid call ended without an answer that says what happened (no answer, a cut-off or unreadable answer, a 5xx): a job
 * may exist and be paid for. It is journaled as {@code unknown} under {@link #intentKey()} and is never re-sent by any code
 * path: reconcile it (find its job by its {@code replyRef}) or settle it by hand. {@link #getCause()} is what ended the
 * call.
 */
public final class SubmitUnknownException extends LtxException {

    private final String intentKey;

    public SubmitUnknownException(String intentKey, Throwable cause) {
        super("the submit may have created a paid job (" + describe(cause) + "); it is journaled as intent '"
                + intentKey + "' (unknown) and will not be re-sent: reconcile it or settle it by hand", null, cause);
        this.intentKey = intentKey;
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The journaled intent, whose key is the {@code replyRef} the call carried. */
    public String intentKey() {
        return intentKey;
    }
}
