package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The mock's HTTP edge: who may use the admin API, and the request limits that keep threads bounded whatever a client
 * sends. Defaults are safe on a developer's machine.
 *
 * @param admin            whether the admin API ({@code /__admin/...}) exists at all ({@code --no-admin} drops it)
 * @param adminToken       when set, every admin request needs {@code Authorization: Bearer <adminToken>} ({@code --admin-token})
 * @param adminHosts       Host names the admin API answers besides loopback ({@code localhost}, {@code 127.0.0.1},
 *                         {@code [::1]}): the DNS-rebinding defence ({@code --admin-host})
 * @param allowAdminWrites whether WireMock's admin API may write files (persistent stubs, {@code mappings/save},
 *                         {@code __files}, recordings) ({@code --allow-admin-writes})
 * @param allowProxyStubs  whether stubs added through the admin API may proxy to other hosts ({@code --allow-proxy-stubs})
 * @param maxBodyBytes     largest request body except uploads (submit, admin); 413 beyond ({@code --max-body-bytes})
 * @param maxUploadBytes   largest accepted upload; 413 beyond ({@code --max-upload-bytes})
 * @param bodyReadTimeout  how long a request body may take to arrive, and how long a connection may stay silent, before
 *                         the request is answered 408 and its thread freed ({@code --body-read-timeout})
 * @param acceptQueue      TCP accept backlog ({@code --accept-queue})
 * @param containerThreads Jetty's request threads ({@code --container-threads})
 */
public record EdgeSettings(boolean admin, String adminToken, List<String> adminHosts, boolean allowAdminWrites,
        boolean allowProxyStubs, long maxBodyBytes, long maxUploadBytes, Duration bodyReadTimeout, int acceptQueue,
        int containerThreads) {

    public EdgeSettings {
        adminHosts = adminHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        check(adminToken == null || Checks.isToken(adminToken), "--admin-token", "must be a non-blank token without spaces");
        check(adminHosts.stream().allMatch(h -> h.matches("[a-z0-9.\\-\\[\\]:]+")), "--admin-host", "must be host names");
        check(maxBodyBytes >= 1024, "--max-body-bytes", "must be at least 1024");
        check(maxUploadBytes >= 1, "--max-upload-bytes", "must be positive");
        check(Checks.positive(bodyReadTimeout), "--body-read-timeout", "must be positive");
        check(acceptQueue >= 1, "--accept-queue", "must be positive");
        check(containerThreads >= 8 && containerThreads <= 1000, "--container-threads", "must be between 8 and 1000");
    }

    /** Hides the admin token. */
    @Override
    public String toString() {
        return "EdgeSettings[admin=" + admin + ", adminToken=" + (adminToken == null ? "none" : "***") + ", adminHosts="
                + adminHosts + ", allowAdminWrites=" + allowAdminWrites + ", allowProxyStubs=" + allowProxyStubs
                + ", maxBodyBytes=" + maxBodyBytes + ", maxUploadBytes=" + maxUploadBytes + ", bodyReadTimeout="
                + bodyReadTimeout + ", acceptQueue=" + acceptQueue + ", containerThreads=" + containerThreads + "]";
    }
}
