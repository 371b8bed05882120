package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockAccount;
import dev.ltxflux.mock.state.Rejection;
import dev.ltxflux.schemas.SchemaCatalog;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import dev.ltxflux.schemas.SchemaCatalog.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET accounts}, {@code GET accounts/{email}}, {@code POST accounts}, {@code DELETE accounts/{email}} over the
 * mock's mutable accounts: the ones submits, uploads and the asset list act for, whose {@code maxJobs} the 429 and whose
 * balance the 402 use. Cookie values are never answered ({@value #SECURED}) nor kept: only {@code lt_id}.
 */
public final class AccountsResponder extends LtxResponder {

    public static final String NAME = "ltx-accounts";
    static final String SECURED = "…secured…";
    static final String NONE_CONFIGURED = "Configuration not found. To create configuration use POST /accounts.";
    static final String ACCOUNT_NOT_FOUND = "Account configuration not found for the specified email address.";
    static final String MISSING_COOKIE_FIELDS = "Missing required cookie fields: lt_token | lt_refresh_token";
    private static final String PREFIX = BearerAuth.API_PREFIX + "accounts/";
    private static final int MAX_JOBS = 100;
    /** 9999-12-31T23:59:59Z: the latest {@code exp} a cookie's token may carry. */
    private static final long LAST_EXP = ClockControl.LAST.getEpochSecond();

    private final JobStore store;
    private final SchemaCatalog catalog;
    private final RequestBodies bodies = new RequestBodies();

    public AccountsResponder(JobStore store, SchemaCatalog catalog, Responses responses, FaultInjector faults, BearerAuth auth) {
        super("accounts", responses, faults, auth);
        this.store = store;
        this.catalog = catalog;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        return respond("accounts", request);
    }

    @Override
    ResponseDefinition respond(String route, Request request) {
        switch (route) {
            case "account":
                return store.accounts().get(email(request)).map(a -> responses.json(200, SchemaName.ACCOUNT, model(a, true)).build())
                        .orElseGet(() -> responses.plain(404, ACCOUNT_NOT_FOUND));
            case "account-remove":
                return store.accounts().remove(email(request)) ? responseDefinition().withStatus(204).build()
                        : responses.plain(404, ACCOUNT_NOT_FOUND);
            case "account-create":
                return create(request);
            default:
                List<MockAccount> all = store.accounts().all();
                if (all.isEmpty()) {
                    return responses.plain(404, NONE_CONFIGURED);
                }
                ObjectNode root = responses.json().createObjectNode();
                all.forEach(a -> root.set(a.email(), model(a, false)));
                return responses.json(200, SchemaName.ACCOUNTS, root).build();
        }
    }

    private static String email(Request request) {
        return JobStatusResponder.percentDecode(path(request).substring(PREFIX.length()));
    }

    private ResponseDefinition create(Request request) {
        ObjectNode body = bodies.fields(request, Set.of("maxJobs"));
        JsonNode cookie = body.get("cookie");
        if (cookie == null || !cookie.isTextual() || cookie.asText().isBlank()) {
            throw new Rejection(400, "cookie: is required (" + MISSING_COOKIE_FIELDS + ")");
        }
        Cookie parsed = Cookie.parse(cookie.asText());
        if (parsed.token() == null || parsed.refreshToken() == null) {
            throw new Rejection(400, MISSING_COOKIE_FIELDS);
        }
        List<Violation> violations = catalog.violations(SchemaName.ACCOUNT_CREATE_REQUEST, body);
        if (!violations.isEmpty()) {
            throw new Rejection(400, violations.stream().map(v -> (v.field().isEmpty() ? "body" : v.field()) + ": " + v.rule())
                    .distinct().collect(Collectors.joining("; ")));
        }
        String email = parsed.email();
        if (email == null) {
            throw new Rejection(400, "cookie: lt_token must be the LTX Studio JWT whose email claim names the account");
        }
        Long maxJobs = ExactIntegers.field(body, "maxJobs", 1, MAX_JOBS); // the schema's range: judged above
        MockAccount account = store.accounts().configure(email, parsed.ltId(), maxJobs == null ? 20 : maxJobs.intValue(), parsed.expires());
        return responses.json(200, SchemaName.ACCOUNT, model(account, false)).build();
    }

    private ObjectNode model(MockAccount a, boolean withBalance) {
        ObjectNode o = responses.json().createObjectNode().put("email", a.email());
        ObjectNode cookie = o.putObject("cookie");
        if (a.ltId() != null) {
            cookie.put("lt_id", a.ltId());
        }
        cookie.put("lt_token", SECURED).put("lt_refresh_token", SECURED);
        o.put("maxJobs", a.maxJobs()).put("updated", a.updatedAt().toEpochMilli())
                .put("updatedUTC", SchedulerResponder.ISO_MILLIS.format(a.updatedAt()))
                .put("tokenExpire", a.tokenExpire().toEpochMilli()).put("tokenExpireUTC", SchedulerResponder.ISO_MILLIS.format(a.tokenExpire()));
        if (withBalance) {
            o.putObject("balance").put("LTXStudio_token", a.balance());
            if (a.latestJobAt() != null) {
                o.putObject("latestCreatedAtMs").put("LTXStudio_token", a.latestJobAt().toEpochMilli());
            }
        }
        return o;
    }

    /** The parts of a cookie string the mock reads; the token values themselves are dropped once read. */
    private record Cookie(String ltId, String token, String refreshToken, String email, Instant expires) {

        static Cookie parse(String raw) {
            String ltId = null;
            String token = null;
            String refresh = null;
            for (String part : raw.split(";")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = part.substring(0, eq).strip();
                String value = part.substring(eq + 1).strip();
                if (value.isEmpty()) {
                    continue;
                }
                switch (name) {
                    case "lt_id" -> ltId = ltId == null ? value : ltId;
                    case "lt_token" -> token = token == null ? value : token;
                    case "lt_refresh_token" -> refresh = refresh == null ? value : refresh;
                    default -> { }
                }
            }
            JsonNode claims = JwtClaims.of(token);
            String email = claims.path("email").isTextual() && claims.get("email").asText().matches("[^\\s@]+@[^\\s@]+")
                    ? claims.get("email").asText() : null;
            // whole seconds up to the last instant the views show: 1.5 is not read as 1, 1e18 is no 500
            JsonNode exp = claims.get("exp");
            Instant expires = exp == null || exp.isNull() ? null
                    : Instant.ofEpochSecond(ExactIntegers.within(exp, "cookie (the exp claim of lt_token)", 0, LAST_EXP));
            return new Cookie(ltId, token, refresh, email, expires);
        }
    }
}
