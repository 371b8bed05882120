package dev.ltxflux.feign;

import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.EditRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The rules an {@link LtxClientOptions} must satisfy, each broken one reported (in setting order). */
final class OptionRules {

    private OptionRules() {
    }

    static List<Violation> violations(String baseUrl, String token, String email, boolean allowPlainHttp,
            Duration connectTimeout, Duration readTimeout, Duration callTimeout, int maxAttempts, Duration retryBaseDelay,
            Duration maxRetryDelay, long maxDownloadBytes, long maxAnswerBytes) {
        List<Violation> found = new ArrayList<>();
        if (token == null || token.isBlank()) {
            found.add(new Violation("token", "is required (useapi.net API token)"));
        } else if (!token.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            found.add(new Violation("token", "must be visible ASCII characters only (it is sent as an HTTP header; "
                    + "no spaces, control or non-ASCII characters)"));
        }
        checkBaseUrl(found, baseUrl, allowPlainHttp);
        if (email != null && !email.matches(EditRequest.EMAIL_PATTERN.replace("(?![\\s\\S])", "$"))) {
            found.add(new Violation("email", "must be an e-mail address"));
        }
        positive(found, "connectTimeout", connectTimeout);
        positive(found, "readTimeout", readTimeout);
        positive(found, "callTimeout", callTimeout);
        if (maxAttempts < 1 || maxAttempts > LtxClientOptions.MAX_ATTEMPTS_LIMIT) {
            found.add(new Violation("maxAttempts", "must be between 1 and " + LtxClientOptions.MAX_ATTEMPTS_LIMIT));
        }
        positive(found, "retryBaseDelay", retryBaseDelay);
        positive(found, "maxRetryDelay", maxRetryDelay);
        if (maxDownloadBytes < 1) {
            found.add(new Violation("maxDownloadBytes", "must be positive"));
        }
        if (maxAnswerBytes < 1) {
            found.add(new Violation("maxAnswerBytes", "must be positive"));
        }
        return found;
    }

    private static void checkBaseUrl(List<Violation> found, String baseUrl, boolean allowPlainHttp) {
        if (baseUrl == null) {
            found.add(new Violation("baseUrl", "is required"));
            return;
        }
        URI uri;
        try {
            uri = URI.create(baseUrl);
        } catch (IllegalArgumentException e) {
            found.add(new Violation("baseUrl", "must be an absolute URL"));
            return;
        }
        if (uri.getHost() == null || !uri.isAbsolute()) {
            found.add(new Violation("baseUrl", "must be an absolute URL with a host"));
        } else if (!"https".equalsIgnoreCase(uri.getScheme())
                && !("http".equalsIgnoreCase(uri.getScheme()) && (allowPlainHttp || isLoopback(uri.getHost())))) {
            found.add(new Violation("baseUrl", "must use https (http is allowed only for loopback hosts, "
                    + "or for a named host with allowPlainHttp(true))"));
        }
    }

    private static void positive(List<Violation> found, String field, Duration d) {
        if (d == null || d.isNegative() || d.isZero()) {
            found.add(new Violation(field, "must be positive"));
        }
    }

    /** localhost or a loopback address literal; no name is resolved. */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
