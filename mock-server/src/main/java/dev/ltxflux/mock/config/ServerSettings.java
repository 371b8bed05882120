package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.util.List;
import java.util.Objects;

/**
 * Where the mock listens and whom its API routes accept.
 *
 * @param port           TCP port; 0 picks a free one ({@code --port})
 * @param bindAddress    the address to listen on: 127.0.0.1 (this machine only) unless told otherwise, e.g.
 *                       {@code 0.0.0.0} inside a container ({@code --bind})
 * @param corsOrigins    browser origins allowed to call the API routes ({@code https://app.example:3000}, or {@code *}
 *                       for any); empty means no CORS headers. Admin routes never get CORS ({@code --cors})
 * @param token          the one API token accepted as {@code Authorization: Bearer <token>} ({@code --token})
 * @param verbose        print one line per request to stderr ({@code --verbose})
 * @param requestJournal keep WireMock's request journal ({@code /__admin/requests}, last 10,000): useful in tests, off
 *                       by default because trimming a capped journal costs O(n) per request ({@code --journal})
 */
public record ServerSettings(int port, String bindAddress, List<String> corsOrigins, String token, boolean verbose,
        boolean requestJournal) {

    public ServerSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(bindAddress, "bindAddress");
        corsOrigins = List.copyOf(corsOrigins);
        check(port >= 0 && port <= 65535, "--port", "must be between 0 and 65535");
        check(Checks.isToken(token), "--token", "must be a non-blank token without spaces");
        check(bindAddress.matches("localhost|[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*"), "--bind",
                "must be an IP address such as 127.0.0.1 or 0.0.0.0 (was '" + bindAddress + "')");
        check(corsOrigins.stream().allMatch(o -> o.equals("*") || o.matches("https?://[^/\\s]+")), "--cors",
                "must be * or origins like http://localhost:3000 (scheme://host[:port], no path)");
    }

    /** Hides the token: it is a credential even in a mock (users paste real ones). */
    @Override
    public String toString() {
        return "ServerSettings[port=" + port + ", bindAddress=" + bindAddress + ", corsOrigins=" + corsOrigins
                + ", token=***, verbose=" + verbose + ", requestJournal=" + requestJournal + "]";
    }
}
