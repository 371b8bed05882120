package dev.ltxflux.mock.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.util.Locale;

/** Checks of a request's text that need no server: percent-encoding, the Content-Type's parameters, the admin Origin rule. */
public final class RequestText {

    private RequestText() {
    }

    /** A {@code %} not followed by two hex digits; null when the part is well formed. */
    static String malformedEscape(String part, String name) {
        if (part == null) {
            return null;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) == '%' && (i + 2 >= part.length() || Character.digit(part.charAt(i + 1), 16) < 0
                    || Character.digit(part.charAt(i + 2), 16) < 0)) {
                return name + ": malformed percent-encoding at character " + (i + 1);
            }
        }
        return null;
    }

    /** An unusable charset, or a multipart type without a usable boundary; null when fine or absent. */
    static String contentTypeProblem(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.split(";");
        String mime = parts[0].trim().toLowerCase(Locale.ROOT);
        String boundary = null;
        boolean hasBoundary = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : unquote(p.substring(eq + 1).trim());
            if (key.equals("charset")) {
                if (value.isEmpty()) {
                    return "Content-Type: empty charset";
                }
                try {
                    if (!Charset.isSupported(value)) {
                        return "Content-Type: unsupported charset " + value;
                    }
                } catch (IllegalArgumentException e) {
                    return "Content-Type: unsupported charset " + value;
                }
            } else if (key.equals("boundary")) {
                hasBoundary = true;
                boundary = value;
            }
        }
        if (mime.startsWith("multipart/")) {
            if (!hasBoundary || boundary.isEmpty()) {
                return "Content-Type: multipart needs a boundary parameter";
            }
            if (boundary.length() > 70 || !boundary.matches("[0-9A-Za-z'()+_,\\-./:=? ]*[0-9A-Za-z'()+_,\\-./:=?]")) {
                return "Content-Type: malformed multipart boundary (RFC 2046: 1-70 characters)";
            }
        }
        return null;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /**
     * Only the mock's own pages (same scheme-less authority as the request's Host) may call the admin API from a
     * browser: any other page, even one on another loopback port, is a web page the developer merely visits.
     */
    public static boolean sameOrigin(String origin, String host) {
        try {
            URI uri = URI.create(origin.trim());
            return host != null && uri.getRawAuthority() != null && "http".equalsIgnoreCase(uri.getScheme())
                    && uri.getRawAuthority().equalsIgnoreCase(host.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
