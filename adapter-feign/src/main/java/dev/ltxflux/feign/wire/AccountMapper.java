package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountSetup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accounts answers into {@link Account}s (cookie values are never read: only {@code lt_id}), and the {@code POST accounts}
 * body. Trailing commas, as in the published accounts examples, are tolerated.
 */
public final class AccountMapper {

    private static final String WHAT = "the account";

    /** {@code GET accounts}: the object keyed by e-mail; an entry without {@code email} takes its key. */
    public List<Account> accounts(byte[] body) {
        JsonNode root = ResourceJson.parse(body, false, "the accounts");
        List<Account> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (e.getValue().isObject()) {
                out.add(account(e.getValue(), e.getKey(), body));
            }
        }
        return out;
    }

    /** One account ({@code GET accounts/{email}}, {@code POST accounts}). */
    public Account account(byte[] body, String fallbackEmail) {
        return account(ResourceJson.parse(body, false, WHAT), fallbackEmail, body);
    }

    private static Account account(JsonNode a, String fallbackEmail, byte[] body) {
        String email = ResourceJson.text(a, "email");
        if (email == null || email.isBlank()) {
            email = fallbackEmail;
        }
        if (email == null || email.isBlank()) {
            throw ResourceJson.unexpected(WHAT + ": no email", body);
        }
        Long maxJobs = ResourceJson.whole(a, "maxJobs", WHAT, body);
        JsonNode balance = a.path("balance").path("LTXStudio_token");
        Long latest = a.path("latestCreatedAtMs").isObject() ? ResourceJson.whole(a.get("latestCreatedAtMs"), "LTXStudio_token", WHAT, body) : null;
        return new Account(email, ResourceJson.text(a.path("cookie"), "lt_id"), maxJobs == null ? null : maxJobs.intValue(),
                ResourceJson.text(a, "updatedUTC"), ResourceJson.text(a, "tokenExpireUTC"),
                balance.isNumber() ? (Long) Math.round(balance.asDouble()) : null, latest, ResourceJson.text(a, "error"));
    }

    /** The {@code POST accounts} body: {@code cookie} and, when set, {@code maxJobs}. Holds the cookie: never log it. */
    public Map<String, Object> toWire(AccountSetup setup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("cookie", setup.cookie().wireValue());
        if (setup.maxJobs() != null) {
            body.put("maxJobs", setup.maxJobs());
        }
        return body;
    }
}
