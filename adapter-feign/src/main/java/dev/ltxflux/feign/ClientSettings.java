package dev.ltxflux.feign;

import dev.ltxflux.core.error.Violation;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.JobJournalPort;
import dev.ltxflux.core.service.Backoff;
import dev.ltxflux.core.service.Scheduler;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What an {@link LtxClient.Builder} collects, and the rules it must satisfy: the builder is the public face, this is the
 * state and its checks. A client keeps its own copy, so changing the builder later never changes a built client.
 */
final class ClientSettings {

    String baseUrl = LtxClient.DEFAULT_BASE_URL;
    String token;
    boolean tokenFromEnvironment;
    String email;
    boolean allowPlainHttp;
    Duration connectTimeout = LtxClient.Builder.DEFAULT_CONNECT_TIMEOUT;
    Duration readTimeout = LtxClient.Builder.DEFAULT_READ_TIMEOUT;
    int maxAttempts = LtxClient.Builder.DEFAULT_MAX_ATTEMPTS;
    Duration retryBaseDelay = LtxClient.Builder.DEFAULT_RETRY_BASE_DELAY;
    Duration maxRetryDelay = LtxClient.Builder.DEFAULT_MAX_RETRY_DELAY;
    long maxDownloadBytes = LtxClient.Builder.DEFAULT_MAX_DOWNLOAD_BYTES;
    long maxAnswerBytes = LtxClient.Builder.DEFAULT_MAX_ANSWER_BYTES;
    Backoff polling = Backoff.DEFAULT_POLLING;
    LtxClient.LogLevel logLevel = LtxClient.LogLevel.NONE;
    JobJournalPort journal = JobJournalPort.none();
    Executor executor;
    ClientEventsPort events = ClientEventsPort.NONE;
    /** Null: the system UTC clock, chosen by the composition root ({@link LtxClient}). */
    Clock clock;
    Scheduler scheduler = SystemScheduler.INSTANCE;

    ClientSettings copy() {
        ClientSettings c = new ClientSettings();
        c.baseUrl = baseUrl;
        c.token = token;
        c.tokenFromEnvironment = tokenFromEnvironment;
        c.email = email;
        c.allowPlainHttp = allowPlainHttp;
        c.connectTimeout = connectTimeout;
        c.readTimeout = readTimeout;
        c.maxAttempts = maxAttempts;
        c.retryBaseDelay = retryBaseDelay;
        c.maxRetryDelay = maxRetryDelay;
        c.maxDownloadBytes = maxDownloadBytes;
        c.maxAnswerBytes = maxAnswerBytes;
        c.polling = polling;
        c.logLevel = logLevel;
        c.journal = journal;
        c.executor = executor;
        c.events = events;
        c.clock = clock;
        c.scheduler = scheduler;
        return c;
    }

    /** Every broken rule, in setting order; normalises the base URL (no trailing slash) on the way. */
    List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (token == null || token.isBlank()) {
            found.add(new Violation(tokenFromEnvironment ? LtxClient.ENV_TOKEN : "token", "is required"
                    + (tokenFromEnvironment ? ": set it to your useapi.net API token" : " (useapi.net API token)")));
        } else if (!token.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            found.add(new Violation("token", "must be visible ASCII characters only (it is sent as an HTTP header; "
                    + "no spaces, control or non-ASCII characters)"));
        }
        checkBaseUrl(found);
        if (email != null && !email.matches(EditRequest.EMAIL_PATTERN.replace("(?![\\s\\S])", "$"))) {
            found.add(new Violation("email", "must be an e-mail address"));
        }
        positive(found, "connectTimeout", connectTimeout);
        positive(found, "readTimeout", readTimeout);
        if (maxAttempts < 1 || maxAttempts > 10) {
            found.add(new Violation("maxAttempts", "must be between 1 and 10"));
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

    private void checkBaseUrl(List<Violation> found) {
        if (baseUrl == null) {
            found.add(new Violation("baseUrl", "is required"));
            return;
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
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
