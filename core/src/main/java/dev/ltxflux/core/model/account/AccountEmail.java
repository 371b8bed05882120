package dev.ltxflux.core.model.account;

import dev.ltxflux.core.error.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * An LTX Studio account's e-mail, as the {@code accounts/{email}} paths and the {@code email} query take it: one
 * {@code @}, no whitespace (the same rule as the request schema's {@code email}).
 *
 * @param value the address
 */
public record AccountEmail(String value) {

    private static final Pattern FORM = Pattern.compile("^[^\\s@]+@[^\\s@]+(?![\\s\\S])");

    public AccountEmail {
        if (value == null) {
            throw new InvalidRequestException("email", "is required");
        }
        if (!FORM.matcher(value).find()) {
            throw new InvalidRequestException("email", "must be an e-mail address (one '@', no whitespace)");
        }
    }

    /** Whether {@code value} would be accepted. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).find();
    }

    @Override
    public String toString() {
        return value;
    }
}
