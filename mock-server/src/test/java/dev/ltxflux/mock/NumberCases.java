package dev.ltxflux.mock;

import dev.ltxflux.mock.BadInputCorpusTest.Case;
import dev.ltxflux.mock.BadInputCorpusTest.Req;
import dev.ltxflux.mock.state.JobStore;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus cases of numbers a client writes where the mock wants a whole number: the fault header, the admin API's
 * fault plans, clock and query parameters, the integer fields of the create, upscale and accounts routes, and the
 * {@code exp} claim of an account's token. Each is
 * refused with the documented {@code {"error","code"}} body naming the field, never truncated ({@code 1.5} as 1), rounded
 * ({@code 1e-999999999} as 0), clamped ({@code 1e20} as 2147483647) or wrapped ({@code 4294967796} as 500). Every case
 * here must be refused: one the mock took would change the state the other cases of the corpus meet (a planned fault,
 * a moved clock).
 */
final class NumberCases {

    private static final String ASSET = JobStore.EXAMPLE_ASSET_ID;
    private static final String JSON = "Content-Type: application/json\r\n";
    /** Numbers that are no integer, or no integer a long holds, however they are written. */
    private static final List<String> NOT_INTEGERS = List.of("1.5", "0.5", "-1.5", "1e-999999999", "-1e-999999999",
            "1.0000000000000001", "1.0000000000000000000001", "2E-1", "1e400", "-1e400", "1e999999999", "9223372036854775808",
            "-9223372036854775809", "99999999999999999999999999");
    /**
     * A few of those, one of each kind (a fraction, a fraction too small for a double, one lost in a double's rounding,
     * past a double, past a long), for the fields that share one reader: every form is read by {@link
     * dev.ltxflux.mock.state.ExactIntegers} (its own test takes each), so one field of each route takes the whole list
     * and its siblings these, to show they are wired to the same reader.
     */
    private static final List<String> SOME_NOT_INTEGERS = List.of("1.5", "1e-999999999", "1.0000000000000001", "1e400",
            "9223372036854775808");

    private NumberCases() {
    }

    static void add(List<Case> cases, Req r) {
        faultHeader(cases, r);
        faultPlans(cases, r);
        clock(cases, r);
        adminQueries(cases, r);
        apiQueries(cases, r);
        apiBodies(cases, r);
    }

    /** {@code X-Ltx-Mock-Fault}: a status from 400 to 599 or {@code delay=} milliseconds from 0 to 600000, in ASCII digits. */
    private static void faultHeader(List<Case> cases, Req r) {
        List<String> values = List.of("4294967796", "4294967696", "-4294966796", "8589934992", "9223372036854775807",
                "9223372036854776308", "99999999999999999999", "-0", "0", "200", "600", "500.0", "500.5", "5e2", "1e400", "+500",
                "0x1F4", "500 500", "5_00", "delay=1.5", "delay=1e400", "delay=1e3", "delay=-1", "delay=600001",
                "delay=9223372036854775808", "delay=4294967796", "delay=+5", "delay=", "delay=0x10", "delay= 5");
        for (String value : values) {
            String header = "X-Ltx-Mock-Fault: " + value + "\r\n";
            cases.add(new Case("fault header " + value + " on status", r.request("GET", "/v1/ltxstudio/assets/x", header, new byte[0]),
                    400, "X-Ltx-Mock-Fault"));
        }
        // the submit route reads the header through the same injector: one value of each kind
        for (String value : List.of("4294967796", "500.5", "+500", "delay=1e400")) {
            String header = "X-Ltx-Mock-Fault: " + value + "\r\n";
            cases.add(new Case("fault header " + value + " on submit", r.request("POST", "/v1/ltxstudio/images/flux-edit", JSON + header,
                    BadInputCorpusTest.base().toString().getBytes(StandardCharsets.UTF_8)), 400, "X-Ltx-Mock-Fault"));
        }
    }

    /** Every number of a fault plan: no fraction however small, no exponent past the range, no string or other type. */
    private static void faultPlans(List<Case> cases, Req r) {
        Map<String, String> plans = new LinkedHashMap<>();
        for (String field : List.of("status", "delayMillis", "times")) {
            for (String n : field.equals("times") ? NOT_INTEGERS : SOME_NOT_INTEGERS) {
                plans.put(plan(field, n), field);
            }
            for (String wrong : List.of("\"1\"", "\"500\"", "\"1e0\"", "true", "[1]", "{}", "-1")) {
                plans.put(plan(field, wrong), field);
            }
        }
        for (String[] fieldValue : new String[][] {{"status", "500.00000000000001"}, {"status", "499.99999999999999999"},
                {"status", "4294967796"}, {"status", "-0"}, {"status", "600"}, {"times", "1.0000000000000001"}, {"times", "2147483648"},
                {"times", "1e20"}, {"times", "-0"}, {"delayMillis", "1e-999999999"}, {"delayMillis", "-0.5"}, {"delayMillis", "600001"}}) {
            plans.put(plan(fieldValue[0], fieldValue[1]), fieldValue[0]);
        }
        plans.put("{\"route\":\"status\",\"action\":\"status\",\"status\":500,\"times\":1e20,\"times\":1}", "times");
        plans.put("{\"route\":\"status\",\"action\":\"status\",\"status\":500,\"times\":1} {\"times\":1e20}", "more data");
        plans.forEach((body, name) -> cases.add(new Case("fault plan " + body, r.noAuth("POST", "/__admin/ltx/faults", JSON,
                body.getBytes(StandardCharsets.UTF_8)), 400, name)));
    }

    /** A fault plan whose {@code field} is {@code value}, and otherwise one the mock would take. */
    private static String plan(String field, String value) {
        return switch (field) {
            case "status" -> "{\"route\":\"status\",\"action\":\"status\",\"status\":" + value + "}";
            case "delayMillis" -> "{\"route\":\"status\",\"action\":\"delay\",\"delayMillis\":" + value + "}";
            default -> "{\"route\":\"status\",\"action\":\"status\",\"status\":500,\"" + field + "\":" + value + "}";
        };
    }

    /** {@code advanceMillis}: whole milliseconds from 0 to ten years; {@code advance} no further; {@code freeze} a boolean. */
    private static void clock(List<Case> cases, Req r) {
        for (String n : NOT_INTEGERS) {
            clockCase(cases, r, "{\"advanceMillis\":" + n + "}", "advanceMillis");
        }
        for (String n : List.of("\"5000\"", "true", "[1]", "{}", "null", "-1", "315360000001", "1e20")) {
            clockCase(cases, r, "{\"advanceMillis\":" + n + "}", "advanceMillis");
        }
        for (String d : List.of("\"PT9999999999999H\"", "\"P3651D\"", "\"PT-1S\"", "\"-PT1S\"", "5", "\"PT1.5\"")) {
            clockCase(cases, r, "{\"advance\":" + d + "}", "advance");
        }
        for (String f : List.of("\"yes\"", "\"true\"", "1", "0", "null", "[]")) {
            clockCase(cases, r, "{\"freeze\":" + f + "}", "freeze");
        }
        clockCase(cases, r, "{\"advanceMillis\":1000,\"advanceMillis\":1e20}", "advanceMillis");
        clockCase(cases, r, "{\"advanceMillis\":1000} {\"advanceMillis\":1000}", "more data");
    }

    private static void clockCase(List<Case> cases, Req r, String body, String name) {
        cases.add(new Case("clock " + body, r.noAuth("POST", "/__admin/ltx/clock", JSON, body.getBytes(StandardCharsets.UTF_8)), 400, name));
    }

    /** Query numbers in ASCII digits only: no sign, no fraction, no exponent, no other script's digits. */
    private static List<String> badQueryNumbers() {
        return List.of("1.5", "1.0", "1e1", "%2B1", "+1", "%D9%A1", "%EF%BC%91", "2147483648", "99999999999999999999", "0x1", "1%20", "%201",
                "1_0", "-0", "0", "-1");
    }

    private static void adminQueries(List<Case> cases, Req r) {
        for (String n : badQueryNumbers()) {
            cases.add(new Case("admin assets page=" + n, r.noAuth("GET", "/__admin/ltx/assets?page=" + n, "", new byte[0]), 400, "page"));
        }
        for (String n : someBadQueryNumbers()) {
            cases.add(new Case("admin assets limit=" + n, r.noAuth("GET", "/__admin/ltx/assets?limit=" + n, "", new byte[0]), 400, "limit"));
            for (String p : List.of("assetPage", "assetLimit")) {
                cases.add(new Case("admin dashboard " + p + "=" + n, r.noAuth("GET", "/__admin/ltx/dashboard?" + p + "=" + n, "", new byte[0]),
                        400, p));
            }
        }
    }

    /** One of each kind of {@link #badQueryNumbers()}, for the parameters read by the same code. */
    private static List<String> someBadQueryNumbers() {
        return List.of("1.5", "+1", "%D9%A1", "2147483648", "-1");
    }

    private static void apiQueries(List<Case> cases, Req r) {
        for (String n : someBadQueryNumbers()) {
            for (String p : List.of("page", "limit")) {
                cases.add(new Case("assets list " + p + "=" + n, r.request("GET", "/v1/ltxstudio/assets/?" + p + "=" + n, "", new byte[0]), 400, p));
            }
        }
    }

    /** The integer fields of create, upscale and accounts, as JSON numbers that are none and as multipart text. */
    private static void apiBodies(List<Case> cases, Req r) {
        for (String n : NOT_INTEGERS) {
            String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"seed\":" + n + "}";
            cases.add(new Case("create seed=" + n, r.json("/v1/ltxstudio/images/create", body), 400, "seed"));
        }
        for (String n : SOME_NOT_INTEGERS) {
            for (String field : List.of("pollForResult", "maxJobs", "reference_strength")) {
                String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"" + field + "\":" + n + "}";
                cases.add(new Case("create " + field + "=" + n, r.json("/v1/ltxstudio/images/create", body), 400, field));
            }
            for (String field : List.of("pollForResult", "maxJobs")) {
                String body = "{\"jobId\":\"user:1-ltxstudio-x\",\"" + field + "\":" + n + "}";
                cases.add(new Case("upscale " + field + "=" + n, r.json("/v1/ltxstudio/images/upscale", body), 400, field));
            }
            String account = "{\"cookie\":\"lt_token=a; lt_refresh_token=b\",\"maxJobs\":" + n + "}";
            cases.add(new Case("accounts maxJobs=" + n, r.json("/v1/ltxstudio/accounts", account), 400, "maxJobs"));
        }
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        for (String exp : List.of("1e18", "1.5", "1900000000.5", "-1", "1e400", "253402300800", "9223372036854775808", "\"1900000000\"", "true")) {
            String claims = "{\"email\":\"exp@example.com\",\"exp\":" + exp + "}";
            String token = b64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".sig";
            cases.add(new Case("accounts token exp=" + exp, r.json("/v1/ltxstudio/accounts",
                    "{\"cookie\":\"lt_token=" + token + "; lt_refresh_token=r\"}"), 400, "exp claim"));
        }
        for (String text : List.of("1.5", "1e1", "+5", " 5", "5 ", "\u0665", "\uff15", "0x5", "99999999999999999999")) {
            for (String route : text.equals("1.5") || text.equals("+5") ? List.of("/v1/ltxstudio/images/create",
                    "/v1/ltxstudio/images/flux-edit") : List.of("/v1/ltxstudio/images/create")) {
                Map<String, String> fields = new LinkedHashMap<>(Map.of("prompt", "p", "referenceAssetId", ASSET));
                fields.put("seed", text);
                cases.add(new Case("multipart " + route + " seed='" + text + "'",
                        r.multipart(route, "B0undary", BadInputCorpusTest.multipart("B0undary", fields, true)), 400, "seed"));
            }
        }
    }
}
