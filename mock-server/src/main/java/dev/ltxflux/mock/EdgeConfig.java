package dev.ltxflux.mock;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The mock's edges: who may use the admin API, how webhooks may be aimed, and the limits that keep memory and threads
 * bounded whatever a client sends. Defaults are safe on a developer's machine; each has a command-line option.
 *
 * @param admin                whether the admin API ({@code /__admin/...}) exists at all ({@code --no-admin} drops it)
 * @param adminToken           when set, every admin request needs {@code Authorization: Bearer <adminToken>} ({@code --admin-token})
 * @param adminHosts           Host names the admin API answers besides loopback ({@code localhost}, {@code 127.0.0.1},
 *                             {@code [::1]}): the DNS-rebinding defence ({@code --admin-host})
 * @param allowAdminWrites     whether WireMock's admin API may write files (persistent stubs, {@code mappings/save},
 *                             {@code __files}, recordings) ({@code --allow-admin-writes})
 * @param allowProxyStubs      whether stubs added through the admin API may proxy to other hosts ({@code --allow-proxy-stubs})
 * @param webhookAllowPrivate  whether webhooks may target private, link-local and unique-local addresses; loopback is
 *                             always allowed except the mock's own port ({@code --webhook-allow-private})
 * @param webhookTimeout       total time one delivery attempt may take, connect to last byte read ({@code --webhook-timeout})
 * @param webhookThreads       deliveries in flight at once; each runs on its own thread of this pool ({@code --webhook-threads})
 * @param maxBodyBytes         largest request body except uploads (submit, admin); 413 beyond ({@code --max-body-bytes})
 * @param maxStoredUploads     uploads kept at once; a full store answers 429 with Retry-After ({@code --max-stored-uploads})
 * @param maxStoredUploadBytes bytes of uploads kept at once; 429 beyond ({@code --max-stored-upload-bytes})
 * @param maxPixels            largest image (width × height) accepted at upload, read from the header before decoding;
 *                             400 beyond ({@code --max-pixels})
 * @param renderCache          rendered artifacts kept in memory (least recently used go first; re-rendered on demand)
 *                             ({@code --render-cache})
 * @param bodyReadTimeout      how long a request body may take to arrive, and how long a connection may stay silent,
 *                             before the request is answered 408 and its thread freed ({@code --body-read-timeout})
 * @param acceptQueue          TCP accept backlog ({@code --accept-queue})
 * @param containerThreads     Jetty's request threads ({@code --container-threads})
 */
public record EdgeConfig(boolean admin, String adminToken, List<String> adminHosts, boolean allowAdminWrites,
        boolean allowProxyStubs, boolean webhookAllowPrivate, Duration webhookTimeout, int webhookThreads, long maxBodyBytes,
        int maxStoredUploads, long maxStoredUploadBytes, long maxPixels, int renderCache, Duration bodyReadTimeout,
        int acceptQueue, int containerThreads) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_MAX_STORED_UPLOADS = 2000;
    public static final long DEFAULT_MAX_STORED_UPLOAD_BYTES = 256L * 1024 * 1024;
    public static final long DEFAULT_MAX_PIXELS = 40_000_000L;
    public static final int DEFAULT_RENDER_CACHE = 256;
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

    public EdgeConfig {
        adminHosts = adminHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        check(adminToken == null || (!adminToken.isBlank() && adminToken.chars().noneMatch(Character::isWhitespace)),
                "--admin-token", "must be a non-blank token without spaces");
        check(adminHosts.stream().allMatch(h -> h.matches("[a-z0-9.\\-\\[\\]:]+")), "--admin-host", "must be host names");
        check(!webhookTimeout.isNegative() && !webhookTimeout.isZero(), "--webhook-timeout", "must be positive");
        check(webhookThreads >= 1 && webhookThreads <= 256, "--webhook-threads", "must be between 1 and 256");
        check(maxBodyBytes >= 1024, "--max-body-bytes", "must be at least 1024");
        check(maxStoredUploads >= 1, "--max-stored-uploads", "must be positive");
        check(maxStoredUploadBytes >= 1, "--max-stored-upload-bytes", "must be positive");
        check(maxPixels >= 1, "--max-pixels", "must be positive");
        check(renderCache >= 1, "--render-cache", "must be positive");
        check(!bodyReadTimeout.isNegative() && !bodyReadTimeout.isZero(), "--body-read-timeout", "must be positive");
        check(acceptQueue >= 1, "--accept-queue", "must be positive");
        check(containerThreads >= 8 && containerThreads <= 1000, "--container-threads", "must be between 8 and 1000");
    }

    /** The safe defaults: admin API on, loopback only, no token, no file writes, no proxy stubs. */
    public static EdgeConfig defaults() {
        return new EdgeConfig(true, null, List.of(), false, false, false, DEFAULT_WEBHOOK_TIMEOUT, 16,
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_STORED_UPLOADS, DEFAULT_MAX_STORED_UPLOAD_BYTES, DEFAULT_MAX_PIXELS,
                DEFAULT_RENDER_CACHE, DEFAULT_BODY_READ_TIMEOUT, 1024, 64);
    }

    public EdgeConfig withAdmin(boolean v) {
        return new EdgeConfig(v, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withAdminToken(String v) {
        return new EdgeConfig(admin, v, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withAdminHosts(List<String> v) {
        return new EdgeConfig(admin, adminToken, v, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withAllowAdminWrites(boolean v) {
        return new EdgeConfig(admin, adminToken, adminHosts, v, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withAllowProxyStubs(boolean v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, v, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withWebhookAllowPrivate(boolean v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, v, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withWebhookTimeout(Duration v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, v, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withWebhookThreads(int v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, v, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withMaxBodyBytes(long v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, v, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withMaxStoredUploads(int v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, v, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withMaxStoredUploadBytes(long v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, v, maxPixels, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withMaxPixels(long v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, v, renderCache, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withRenderCache(int v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, v, bodyReadTimeout, acceptQueue, containerThreads);
    }

    public EdgeConfig withBodyReadTimeout(Duration v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, v, acceptQueue, containerThreads);
    }

    public EdgeConfig withAcceptQueue(int v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, v, containerThreads);
    }

    public EdgeConfig withContainerThreads(int v) {
        return new EdgeConfig(admin, adminToken, adminHosts, allowAdminWrites, allowProxyStubs, webhookAllowPrivate, webhookTimeout, webhookThreads, maxBodyBytes, maxStoredUploads, maxStoredUploadBytes, maxPixels, renderCache, bodyReadTimeout, acceptQueue, v);
    }

    /** Hides the admin token. */
    @Override
    public String toString() {
        return "EdgeConfig[admin=" + admin + ", adminToken=" + (adminToken == null ? "none" : "***") + ", adminHosts=" + adminHosts
                + ", allowAdminWrites=" + allowAdminWrites + ", allowProxyStubs=" + allowProxyStubs + ", webhookAllowPrivate="
                + webhookAllowPrivate + ", maxBodyBytes=" + maxBodyBytes + ", maxStoredUploads=" + maxStoredUploads
                + ", maxStoredUploadBytes=" + maxStoredUploadBytes + ", maxPixels=" + maxPixels + "]";
    }

    private static void check(boolean ok, String option, String rule) {
        if (!ok) {
            throw new IllegalArgumentException(option + " " + rule);
        }
    }
}
