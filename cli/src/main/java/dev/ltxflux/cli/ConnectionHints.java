package dev.ltxflux.cli;

import dev.ltxflux.core.error.SafeText;
import dev.ltxflux.core.error.TransportException;
import dev.ltxflux.mock.config.MockConfig;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a failed call says about the connection, in plain words: which host and port could not be reached and why
 * ("cannot resolve", "connection refused"), where the base URL and the token came from, and what to do next. No Java
 * class names: those are for {@code --verbose}.
 */
final class ConnectionHints {

    /** The path every API URL starts with. */
    static final String API_PATH = "/v1/ltxstudio";
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z]\\w*\\.)*[A-Z]\\w*(?:Exception|Error)\\b:? ?");

    private ConnectionHints() {
    }

    /** The lines of a transport failure: what could not be reached, why, and the next step. */
    static String transport(TransportException e, Connection connection) {
        String url = connection.url();
        String where = url == null ? "the API" : hostAndPort(url) + " (" + SafeText.escape(url) + ", from " + connection.baseUrlSource() + ")";
        String sent = e.mayHaveReachedServer() ? "the request may have reached the server" : "nothing reached the server";
        Optional<Throwable> unresolved = find(e, UnresolvedAddressException.class, UnknownHostException.class);
        if (unresolved.isPresent() && url != null) {
            return "error: cannot resolve the host '" + SafeText.escape(host(url)) + "' (base URL " + SafeText.escape(url)
                    + ", from " + connection.baseUrlSource() + "); " + sent + ".\n" + nextStep(connection);
        }
        if (find(e, HttpConnectTimeoutException.class).isPresent()) {
            return "error: no connection to " + where + " within the connect timeout; " + sent + ".\n" + nextStep(connection);
        }
        Optional<Throwable> connect = find(e, ConnectException.class);
        if (connect.isPresent() && url != null) {
            String why = connect.get().getMessage() == null || connect.get().getMessage().toLowerCase().contains("refused")
                    ? "connection refused (nothing listens there)" : plain(connect.get().getMessage());
            return "error: cannot connect to " + where + ": " + why + "; " + sent + ".\n" + nextStep(connection);
        }
        return "error: " + plain(e.getMessage()) + (url == null ? "" : " [" + where + "]");
    }

    /** A Java message without the class names it names. */
    static String plain(String message) {
        String text = CLASS_NAME.matcher(String.valueOf(message)).replaceAll("").replace("()", "").replace("( ", "(");
        return SafeText.escape(text.replaceAll(" {2,}", " ").strip());
    }

    private static String nextStep(Connection connection) {
        String source = connection.baseUrlSource();
        return "Check the host and port" + (source.startsWith("the ") ? "" : " in " + source)
                + ". A mock of your own: 'java -jar cli/target/ltxflux.jar mock' prints its URL"
                + " (default http://127.0.0.1:" + MockConfig.DEFAULT_PORT + API_PATH + ").";
    }

    /** After a 401: where the token came from and what the mock accepts. */
    static String unauthorized(Connection connection) {
        String source = connection.tokenSource();
        String from = source == null ? "no token was given" : "the token came from " + source
                + (source.equals("--token") ? "" : " (--token overrides it)");
        String url = connection.url();
        boolean local = url != null && isLoopback(url);
        return "note: " + from + " and " + (url == null ? "the API" : hostAndPort(url)) + " refused it. "
                + (local ? "A mock accepts the token it was started with (its --token; 'ltxflux mock' prints it, default '"
                        + MockConfig.DEFAULT_TOKEN + "')." : "Check the token in your useapi.net account.")
                + " Without any token the CLI uses its embedded mock.";
    }

    /** After a 404: a hint when the base URL does not end in {@value #API_PATH}. */
    static Optional<String> notFound(Connection connection) {
        String url = connection.url();
        if (url == null || stripSlash(path(url)).endsWith(API_PATH)) {
            return Optional.empty();
        }
        return Optional.of("note: the base URL " + SafeText.escape(url) + " (from " + connection.baseUrlSource()
                + ") does not end in " + API_PATH + ", where the API's paths are: try " + SafeText.escape(stripSlash(url)) + API_PATH + ".");
    }

    @SafeVarargs
    private static Optional<Throwable> find(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return Optional.of(t);
                }
            }
        }
        return Optional.empty();
    }

    private static String hostAndPort(String url) {
        URI uri = uri(url);
        if (uri == null || uri.getHost() == null) {
            return "'" + SafeText.escape(url) + "'";
        }
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return "host " + SafeText.escape(uri.getHost()) + " port " + port;
    }

    private static String host(String url) {
        URI uri = uri(url);
        return uri == null || uri.getHost() == null ? url : uri.getHost();
    }

    private static String path(String url) {
        URI uri = uri(url);
        return uri == null || uri.getPath() == null ? "" : uri.getPath();
    }

    private static boolean isLoopback(String url) {
        String host = host(url).toLowerCase();
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static URI uri(String url) {
        try {
            return URI.create(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
