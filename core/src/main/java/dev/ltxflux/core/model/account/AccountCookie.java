package dev.ltxflux.core.model.account;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The LTX Studio cookie string that registers an account ({@code lt_id=…; lt_token=…; lt_refresh_token=…}). Its values
 * are secrets exactly like the API token: {@link #toString()} shows every value but {@code lt_id} as
 * {@value #SECURED}, as the API's answers do; only {@link #wireValue()} (for the request body) and {@link #secrets()}
 * (for redaction) hand them out.
 */
public final class AccountCookie {

    /** How the API (and ltxflux) shows a secret cookie value. */
    public static final String SECURED = "…secured…";
    /** The cookie fields the API requires. */
    public static final List<String> REQUIRED = List.of("lt_token", "lt_refresh_token");

    private static final Pattern EMAIL_CLAIM = Pattern.compile("\"email\"\\s*:\\s*\"([^\"\\\\]*)\"");

    private final String raw;
    private final Map<String, String> fields;

    private AccountCookie(String raw, Map<String, String> fields) {
        this.raw = raw;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * Reads a cookie string; refuses one without {@code lt_token} or {@code lt_refresh_token}, naming each missing field.
     *
     * @throws InvalidRequestException on field {@code cookie}
     */
    public static AccountCookie parse(String raw) {
        List<Violation> problems = problems(raw);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new AccountCookie(raw.strip(), fields(raw));
    }

    /** Every rule {@code raw} breaks (empty when it is a usable cookie), without echoing any value. */
    public static List<Violation> problems(String raw) {
        List<Violation> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            out.add(new Violation("cookie", "is required (the LTX Studio cookie string with lt_token and lt_refresh_token)"));
            return out;
        }
        if (raw.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            out.add(new Violation("cookie", "must be one line (no line breaks)"));
        }
        Map<String, String> f = fields(raw);
        for (String name : REQUIRED) {
            if (f.getOrDefault(name, "").isBlank()) {
                out.add(new Violation("cookie", "must contain " + name + " (Missing required cookie fields: lt_token | lt_refresh_token)"));
            }
        }
        return out;
    }

    private static Map<String, String> fields(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : raw.strip().split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.putIfAbsent(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            }
        }
        return out;
    }

    /** The cookie string as the request body's {@code cookie} sends it (a secret: never log it). */
    public String wireValue() {
        return raw;
    }

    /** Every value that must never be shown: all but {@code lt_id}, plus the whole string. */
    public List<String> secrets() {
        List<String> out = new ArrayList<>();
        out.add(raw);
        fields.forEach((k, v) -> {
            if (!"lt_id".equals(k) && v.length() >= 4) {
                out.add(v);
            }
        });
        return List.copyOf(out);
    }

    /** {@code lt_id}, which is not secret (the API shows it). */
    public Optional<String> ltId() {
        return Optional.ofNullable(fields.get("lt_id"));
    }

    /**
     * The e-mail claim of {@code lt_token} when it is a JWT (three dot-separated base64url parts), as the API derives the
     * account from the cookie; empty when it is not a JWT or has no such claim.
     */
    public Optional<String> email() {
        String[] parts = fields.getOrDefault("lt_token", "").split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            Matcher m = EMAIL_CLAIM.matcher(payload);
            return m.find() ? Optional.of(m.group(1)).filter(AccountEmail::isValid) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("AccountCookie[");
        String sep = "";
        for (String name : fields.keySet()) {
            sb.append(sep).append(name).append('=').append("lt_id".equals(name) ? fields.get(name) : SECURED);
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccountCookie other && raw.equals(other.raw);
    }

    @Override
    public int hashCode() {
        return raw.hashCode();
    }
}
