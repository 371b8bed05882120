package dev.ltxflux.mock.http;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks of a request's text that need no server: the method, the transfer coding, the path's shape, repeated query
 * parameters, percent-encoding, the Content-Type's parameters, the admin Origin rule.
 */
public final class RequestText {

    /** The methods of RFC 9110 (CONNECT is refused separately: the mock is no proxy). */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "CONNECT");

    private RequestText() {
    }

    /**
     * A method the mock does not implement: 501 (RFC 9110, 9.1: methods are case-sensitive, and an unrecognized one
     * gets 501). {@code get} is not {@code GET}: serving it as GET, as WireMock would, lets a client's bug pass unseen.
     */
    static String methodProblem(String method) {
        if (method == null || METHODS.contains(method)) {
            return null;
        }
        String upper = method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper)
                ? "method: " + method + " is not implemented; methods are case-sensitive (RFC 9110, 9.1): send " + upper
                : "method: " + method + " is not implemented";
    }

    /**
     * A transfer coding other than {@code chunked} (RFC 9112, 6.1: 501 for a coding the server does not understand).
     * The mock never decodes {@code gzip} or {@code deflate} transfer codings: serving such a body as if it were plain
     * would read other bytes than a server that decodes them (a request smuggling shape). Jetty itself refuses, with
     * 400, a chunked that is not last or appears twice.
     */
    static String transferCodingProblem(String transferEncoding) {
        if (transferEncoding == null) {
            return null;
        }
        for (String coding : transferEncoding.split(",")) {
            String c = coding.trim().toLowerCase(Locale.ROOT);
            int semicolon = c.indexOf(';');
            c = (semicolon < 0 ? c : c.substring(0, semicolon)).trim();
            if (!c.equals("chunked")) {
                return "Transfer-Encoding: " + (c.isEmpty() ? "an empty coding" : c) + " is not supported; the mock applies only chunked";
            }
        }
        return null;
    }

    /**
     * A path whose segments are not plain: {@code .} or {@code ..} (also as {@code %2e}, or before a {@code ;}), a
     * backslash (raw or {@code %5c}), or a {@code ;} path parameter. Jetty routes by the normalized, decoded path while
     * WireMock matches the raw one, so such a path can mean two things at once (e.g. {@code /v1/ltxstudio/assets/../../../__admin});
     * the API has no path that needs them. Null when the path is plain.
     */
    static String pathProblem(String rawPath) {
        if (rawPath == null) {
            return null;
        }
        if (rawPath.indexOf(';') >= 0) {
            return "path: ';' parameters are not allowed";
        }
        String decoded = decode(rawPath, false);
        if (rawPath.indexOf('\\') >= 0 || decoded.indexOf('\\') >= 0) {
            return "path: backslashes are not allowed";
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "path: dot segments ('.' and '..') are not allowed";
            }
        }
        return null;
    }

    /**
     * The first query parameter given more than once with different values (after percent-decoding), as
     * {@code "type: given more than once with different values"}; the API reads one value per name, and which one a
     * server picks differs between servers. The same value twice is harmless. Null when none.
     */
    static String repeatedParameter(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        Map<String, String> seen = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            String before = seen.putIfAbsent(name, value);
            if (before != null && !before.equals(value)) {
                String shown = name.length() > 60 ? name.substring(0, 60) + "…" : name;
                return shown + ": given more than once with different values; send it once";
            }
        }
        return null;
    }

    /** Percent-decodes {@code part} as UTF-8 ({@code plusIsSpace}: the query's form convention); malformed escapes stay as they are. */
    private static String decode(String part, boolean plusIsSpace) {
        if (part.indexOf('%') < 0 && !(plusIsSpace && part.indexOf('+') >= 0)) {
            return part;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            int hi = i + 2 < part.length() && c == '%' ? Character.digit(part.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(part.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else if (plusIsSpace && c == '+') {
                out.write(' ');
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
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
