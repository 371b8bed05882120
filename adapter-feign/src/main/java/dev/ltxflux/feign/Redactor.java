package dev.ltxflux.feign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Takes every secret a client carries (the API token; account cookies once registered) out of text before it can reach
 * an exception message, a log line or a terminal: an error body that echoes the request, a job message, a logged
 * header or body. One instance per client is shared by its logger, its error mapping and its transports, so a secret
 * {@linkplain #register(String) registered} once is hidden everywhere from then on. Each secret is also matched
 * JSON-escaped (standard and {@code &#92;u00XX} forms) and URL-encoded (either hex case). Values after
 * {@code lt_token=} and {@code lt_refresh_token=} are hidden even when the client never saw them. Thread-safe.
 */
final class Redactor implements UnaryOperator<String> {

    static final String REDACTED = "[redacted]";
    /** Shorter cookie values are not treated as secrets (they would blank out ordinary text). */
    static final int MIN_SECRET = 4;
    private static final Pattern COOKIE_VALUE = Pattern.compile("(lt_(?:token|refresh_token)\\s*=\\s*)[^;\"\\s\\\\&]+");
    private static final Pattern UPPER_HEX = Pattern.compile("%[0-9A-F]{2}");

    /** Every form of every secret, longest first (a secret inside another is not left half-hidden). */
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private volatile int shortest = Integer.MAX_VALUE;

    private Redactor() {
    }

    /** A redactor hiding {@code secrets} (null and empty ones are ignored). */
    static Redactor with(String... secrets) {
        Redactor r = new Redactor();
        for (String s : secrets) {
            r.register(s);
        }
        return r;
    }

    /** Hides {@code secret} from now on (null or empty: nothing to hide). Returns this redactor. */
    synchronized Redactor register(String secret) {
        if (secret == null || secret.isEmpty()) {
            return this;
        }
        String json = secret.replace("\\", "\\\\").replace("/", "\\/").replace("\"", "\\\"");
        String jsonUnicode = unicodeEscaped(secret);
        String url = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        String urlLower = UPPER_HEX.matcher(url).replaceAll(m -> m.group().toLowerCase(Locale.ROOT));
        List<String> all = Stream.concat(forms.stream(),
                        Stream.of(secret, json, json.replace("\\/", "/"), jsonUnicode, url, urlLower))
                .filter(f -> !f.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        forms.clear();
        forms.addAll(all);
        shortest = Math.min(shortest, all.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE));
        return this;
    }

    /** Hides each of {@code secrets} (an account cookie's values, before the call that carries them is sent) of at least {@value #MIN_SECRET} characters. */
    void remember(Collection<String> secrets) {
        for (String secret : secrets) {
            if (secret != null && secret.length() >= MIN_SECRET) {
                register(secret);
            }
        }
    }

    /** Whether {@code secret} is hidden by this redactor. */
    boolean hides(String secret) {
        return secret != null && forms.contains(secret);
    }

    /** The characters Gson-style writers escape as {@code &#92;u00XX} ({@code < > & = '}). */
    private static String unicodeEscaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '<' || c == '>' || c == '&' || c == '=' || c == '\'') {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (text.length() >= shortest) {
            for (String form : forms) {
                out = out.replace(form, REDACTED);
            }
        }
        return out.contains("lt_") ? COOKIE_VALUE.matcher(out).replaceAll("$1" + REDACTED) : out;
    }

    /** The body with every secret taken out; the same array when it held none. */
    byte[] apply(byte[] body) {
        if (body == null || body.length == 0) {
            return body;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        String safe = apply(text);
        return safe.equals(text) ? body : safe.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Redactor[" + forms.size() + " forms of secrets, none shown]";
    }
}
