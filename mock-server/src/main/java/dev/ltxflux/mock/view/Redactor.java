package dev.ltxflux.mock.view;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Hides secrets from what the admin API and the dashboard show: every occurrence of the mock's API token and admin
 * token (as sent, percent-encoded or JSON-escaped), and account cookies ({@code "cookie":"…"}, {@code lt_token=…},
 * {@code lt_refresh_token=…}) in request bodies. A client that put its token in a prompt or a query string still
 * never sees it on the page.
 */
public final class Redactor {

    /** What a hidden secret reads as. */
    public static final String HIDDEN = "…secured…";

    private static final Pattern COOKIE_FIELD = Pattern.compile("(\"cookie\"\\s*:\\s*\")(?:[^\"\\\\]|\\\\.)*(\")",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COOKIE_VALUE = Pattern.compile("(lt_token|lt_refresh_token)=[^;\\s\"&\\\\]*",
            Pattern.CASE_INSENSITIVE);

    private final List<String> forms;

    /** Hides each of {@code secrets} (nulls are skipped: e.g. no admin token). */
    public Redactor(List<String> secrets) {
        List<String> all = new ArrayList<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                continue;
            }
            all.add(secret);
            all.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            all.add(secret.replace("\\", "\\\\").replace("\"", "\\\""));
        }
        // longest first, so that a secret inside another is not hidden only in part
        all.sort((a, b) -> Integer.compare(b.length(), a.length()));
        this.forms = all.stream().distinct().toList();
    }

    /** {@code text} with every form of every secret replaced by {@link #HIDDEN}. */
    public String hide(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String form : forms) {
            out = out.replace(form, HIDDEN);
        }
        return out;
    }

    /** {@code body} with account cookie values replaced by {@link #HIDDEN}. */
    public String hideCookies(String body) {
        if (body == null) {
            return null;
        }
        String out = COOKIE_FIELD.matcher(body).replaceAll("$1" + HIDDEN + "$2");
        return COOKIE_VALUE.matcher(out).replaceAll("$1=" + HIDDEN);
    }

    @Override
    public String toString() {
        return "Redactor[" + forms.size() + " forms hidden]";
    }
}
