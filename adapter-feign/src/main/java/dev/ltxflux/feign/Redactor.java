package dev.ltxflux.feign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes every secret a call carries out of text (an error body that echoes the request, a job message, a log line)
 * before it can reach an exception message, a log or a terminal: the API token, and each account cookie value this
 * client has sent ({@link #remember}), each also matched JSON-escaped and URL-encoded. Values after {@code lt_token=}
 * and {@code lt_refresh_token=} are hidden even when the client never saw them. One instance per client, shared by its
 * logger and its calls; thread-safe.
 */
final class Redactor implements UnaryOperator<String> {

    static final String REDACTED = "[redacted]";
    /** Shorter values are not treated as secrets (they would blank out ordinary text). */
    static final int MIN_SECRET = 4;
    private static final Pattern COOKIE_VALUE = Pattern.compile("(lt_(?:token|refresh_token)\\s*=\\s*)[^;\"\\s\\\\&]+");

    private final List<String> forms = new CopyOnWriteArrayList<>();

    Redactor(String token) {
        if (token != null && !token.isEmpty()) {
            add(List.of(token), 1);
        }
    }

    /** Adds secrets (e.g. a cookie's values, before the call that carries them is sent) to everything hidden from now on. */
    void remember(Collection<String> secrets) {
        add(secrets, MIN_SECRET);
    }

    private synchronized void add(Collection<String> secrets, int minLength) {
        for (String secret : secrets) {
            if (secret == null || secret.length() < minLength) {
                continue;
            }
            Stream.of(secret, jsonEscaped(secret), URLEncoder.encode(secret, StandardCharsets.UTF_8), lowerHex(secret))
                    .filter(f -> !f.isEmpty() && !forms.contains(f)).forEach(forms::add);
        }
        // longest first, so that a secret containing another is replaced whole
        List<String> sorted = forms.stream().sorted((a, b) -> b.length() - a.length()).toList();
        forms.clear();
        forms.addAll(sorted);
    }

    /** How many distinct forms are hidden (for tests). */
    Set<String> forms() {
        return Set.copyOf(forms);
    }

    @Override
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, REDACTED);
        }
        return out.contains("lt_") ? COOKIE_VALUE.matcher(out).replaceAll("$1" + REDACTED) : out;
    }

    /** The body with the secrets taken out; the same array when it held none. */
    byte[] apply(byte[] body) {
        if (body == null || body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String safe = apply(text);
        return safe.equals(text) ? body : safe.getBytes(StandardCharsets.UTF_8);
    }

    private static String jsonEscaped(String s) {
        return s.replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\"");
    }

    private static String lowerHex(String s) {
        return Pattern.compile("%[0-9A-F]{2}").matcher(URLEncoder.encode(s, StandardCharsets.UTF_8))
                .replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
    }
}
