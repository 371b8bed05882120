package dev.ltxflux.mock.extension;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may go. The rule, in order:
 * <ol>
 * <li>never the mock's own admin API (a path under {@code /__admin}, on any host);</li>
 * <li>never the mock itself (a loopback or wildcard address on the mock's port);</li>
 * <li>loopback on other ports: allowed (webhook receivers in tests are local);</li>
 * <li>private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10),
 * multicast: refused unless {@code --webhook-allow-private};</li>
 * <li>everything else: allowed.</li>
 * </ol>
 * Checked at submit for what the URL says literally (400 naming {@code replyUrl}) and again before each delivery with
 * the host resolved (the delivery is recorded as not sent).
 */
final class WebhookTargets {

    private final int ownPort;
    private final boolean allowPrivate;

    WebhookTargets(int ownPort, boolean allowPrivate) {
        this.ownPort = ownPort;
        this.allowPrivate = allowPrivate;
    }

    /** Why {@code url} must not receive a webhook, or null. {@code resolve}: look the host name up too. */
    String problem(String url, boolean resolve) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return "is not a valid URL";
        }
        if (uri.getHost() == null || uri.getScheme() == null) {
            return "needs an http(s) URL with a host";
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (path.toLowerCase(Locale.ROOT).startsWith("/__admin")) {
            return "must not target an admin API (/__admin)";
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return port == ownPort ? "must not target the mock itself" : null;
        }
        boolean literal = host.matches("[0-9.]+") || host.contains(":");
        if (!literal && !resolve) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return resolve ? "host " + host + " does not resolve" : null;
        }
        for (InetAddress a : addresses) {
            String why = problem(a, port);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private String problem(InetAddress a, int port) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
            return port == ownPort ? "must not target the mock itself" : null;
        }
        if (allowPrivate) {
            return null;
        }
        boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC;
        if (a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isMulticastAddress() || uniqueLocal) {
            return "must not target a private, link-local or multicast address (" + a.getHostAddress()
                    + "); start the mock with --webhook-allow-private to allow it";
        }
        return null;
    }
}
