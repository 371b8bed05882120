package dev.ltxflux.core.model.journal;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.SafeText;
import java.util.UUID;

/**
 * The key of one paid call, chosen by the client before the call leaves: the caller's own {@code replyRef} when it gives
 * one, otherwise {@value #GENERATED_PREFIX} followed by a random UUID, which ltxflux then sends as the {@code replyRef} so
 * that {@code GET scheduler} can find the job again after a crash.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, no control characters
 */
public record IntentKey(String value) {

    /** Longest key: the longest {@code replyRef} the request schemas allow. */
    public static final int MAX_LENGTH = 1024;
    /** What a key that ltxflux generates starts with. */
    public static final String GENERATED_PREFIX = "ltxflux-";

    public IntentKey {
        if (value == null) {
            throw new InvalidRequestException("intentKey", "is required");
        }
        if (value.isBlank()) {
            throw new InvalidRequestException("intentKey", "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidRequestException("intentKey", "must be at most " + MAX_LENGTH + " characters (was " + value.length() + ")");
        }
        if (value.codePoints().anyMatch(SafeText::unsafe)) {
            throw new InvalidRequestException("intentKey", "must not contain control or bidi characters");
        }
    }

    /** A new random key, {@code ltxflux-<uuid>}. */
    public static IntentKey random() {
        return new IntentKey(GENERATED_PREFIX + UUID.randomUUID());
    }

    /** Whether ltxflux made this key (rather than the caller's {@code replyRef}). */
    public boolean generated() {
        return value.startsWith(GENERATED_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
