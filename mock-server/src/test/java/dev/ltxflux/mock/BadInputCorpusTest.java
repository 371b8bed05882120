package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.state.JobStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile input, generated from the request schema and the routes: every answer is a documented 4xx (the
 * {@code {"error","code"}} body, or the API's plain-text 404 / the signed-URL plain-text refusals), never a 5xx, and
 * the server still serves afterwards. Everything goes over raw sockets, so protocol-level garbage is sent as is.
 */
class BadInputCorpusTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxBodyBytes(64 * 1024));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String ASSET = JobStore.EXAMPLE_ASSET_ID;
    private static final Set<String> PLAIN_TEXT_REFUSALS = Set.of("Job not found or has expired.", "Signature missing or malformed.",
            "Signature does not match.", "Request has expired.", "No such object.",
            "Account configuration not found for the specified email address.");

    /**
     * One hostile request, the status it must get (0: any 4xx) and, when given, what its {@code error} text must name
     * (the field or parameter at fault).
     */
    record Case(String name, byte[] request, int expected, String names) {
        Case(String name, byte[] request, int expected) {
            this(name, request, expected, null);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputGetsADocumented4xxAndTheServerKeepsServing() {
        int port = ltx.server().port();
        List<Case> cases = corpus(port);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        Stream<DynamicTest> hostile = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            RawHttp.Answer a;
            try {
                a = RawHttp.exchange(port, c.request());
            } catch (RuntimeException e) {
                throw new AssertionError(c.name() + ": " + e, e);
            }
            if (c.expected() != 0) {
                assertThat(a.status()).as(c.name() + " -> " + a).isEqualTo(c.expected());
            } else {
                assertThat(a.status()).as(c.name() + " -> " + a).isBetween(400, 499);
            }
            if (c.names() != null) {
                assertThat(a.text()).as(c.name() + " -> " + a).contains(c.names());
            }
            String type = String.valueOf(a.header("content-type"));
            if (type.startsWith("text/plain")) {
                assertThat(PLAIN_TEXT_REFUSALS).as(c.name() + " -> " + a).contains(a.text());
            } else {
                assertThat(type).as(c.name() + " -> " + a).startsWith("application/json");
                JsonNode body = JSON.readTree(a.body());
                assertThat(body.path("error").isTextual()).as(c.name() + " -> " + a).isTrue();
                assertThat(body.path("code").asInt()).as(c.name() + " -> " + a).isEqualTo(a.status());
                assertThat(a.text()).doesNotContain("Exception").doesNotContain("<html");
            }
        }));
        Stream<DynamicTest> after = Stream.of(DynamicTest.dynamicTest("the server still serves a whole flow", () -> {
            MockCalls calls = new MockCalls(ltx);
            String job = calls.submitJob("");
            assertThat(Http.get(ltx.baseUrl() + "/assets/" + MockCalls.encode(job), ltx.token()).statusCode()).isEqualTo(200);
            assertThat(ltx.server().store().drifts().all()).isEmpty();
        }));
        return Stream.concat(hostile, after);
    }

    // ---------------------------------------------------------------------------------------------------------------

    static List<Case> corpus(int port) {
        List<Case> cases = new ArrayList<>();
        Req r = new Req(port);
        for (String route : List.of("/v1/ltxstudio/images/flux-edit", "/v1/ltxstudio/images/edit")) {
            schemaCases(cases, r, route);
            syntaxCases(cases, r, route);
            contentTypeCases(cases, r, route);
        }
        multipartCases(cases, r);
        uploadCases(cases, r);
        routeCases(cases, r);
        protocolCases(cases, r, port);
        adminCases(cases, r);
        EdgeCases.add(cases, r, port);
        return cases;
    }

    /** Per property of the request schema: wrong types, lengths past maxLength, enum misses, range misses; missing and unknown fields. */
    private static void schemaCases(List<Case> cases, Req r, String route) {
        JsonNode schema = resource("flux-edit-request.schema.json");
        JsonNode defs = resource("defs.schema.json").get("$defs");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            String field = p.getKey();
            JsonNode rule = p.getValue().has("$ref") ? defs.get(p.getValue().get("$ref").asText().replaceAll(".*/", "")) : p.getValue();
            List<JsonNode> bad = new ArrayList<>();
            if (rule.has("enum")) {
                bad.add(F.textNode(""));
                bad.add(F.textNode(rule.get("enum").get(0).asText().toUpperCase() + "x"));
                bad.add(F.textNode(" " + rule.get("enum").get(0).asText()));
                bad.add(F.numberNode(1));
                bad.add(F.booleanNode(true));
                bad.add(F.nullNode());
                bad.add(F.arrayNode().add(rule.get("enum").get(0)));
            } else if ("integer".equals(rule.path("type").asText())) {
                bad.add(F.numberNode(rule.get("minimum").asLong() - 1));
                bad.add(F.numberNode(rule.get("maximum").asLong() + 1));
                bad.add(F.numberNode(1.5));
                bad.add(F.textNode("7"));
                bad.add(F.booleanNode(false));
                bad.add(F.nullNode());
                bad.add(F.numberNode(new java.math.BigInteger("123456789012345678901234567890")));
                bad.add(F.objectNode());
            } else {
                bad.add(F.numberNode(12345));
                bad.add(F.booleanNode(true));
                bad.add(F.nullNode());
                bad.add(F.arrayNode().add("x"));
                bad.add(F.objectNode().put("x", "y"));
                if (rule.has("maxLength")) {
                    int max = rule.get("maxLength").asInt();
                    bad.add(F.textNode("a".repeat(max + 1)));
                    bad.add(F.textNode("é".repeat(max + 1)));
                    bad.add(F.textNode("\uD83D\uDE00".repeat(max + 1)));
                }
                if (rule.path("minLength").asInt() > 0) {
                    bad.add(F.textNode(""));
                }
                if (rule.has("pattern")) {
                    bad.add(F.textNode("   "));
                    bad.add(F.textNode("\n"));
                }
            }
            for (JsonNode value : bad) {
                ObjectNode body = base();
                body.set(field, value);
                String shown = value.toString().length() > 30 ? value.toString().substring(0, 30) + "…(" + value.toString().length() + ")" : value.toString();
                cases.add(new Case(route + " " + field + "=" + shown, r.json(route, body.toString()), 400));
            }
        }
        for (JsonNode required : schema.get("required")) {
            ObjectNode body = base();
            body.remove(required.asText());
            cases.add(new Case(route + " without " + required.asText(), r.json(route, body.toString()), 400));
        }
        for (String unknown : List.of("promt", "Prompt", "PROMPT", "seed2", "__proto__", "constructor", "", " ", "referenceAssetId4",
                "callbackUrl", "x".repeat(300), "prompt ")) {
            ObjectNode body = base();
            body.put(unknown, "v");
            cases.add(new Case(route + " unknown field '" + unknown.substring(0, Math.min(20, unknown.length())) + "'",
                    r.json(route, body.toString()), 400));
        }
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("nano-banana with aspectRatio", "{\"model\":\"nano-banana\",\"aspectRatio\":\"1:1\"");
        rules.put("referenceAssetId3 with flux", "{\"referenceAssetId3\":\"" + ASSET + "\"");
        rules.put("referenceAssetId3 with default model", "{\"model\":\"flux\",\"referenceAssetId3\":\"" + ASSET + "\"");
        rules.put("unknown asset", "{\"referenceAssetId2\":\"asset:nope-type:image/png\"");
        rules.put("unconfigured account", "{\"email\":\"someone@else.org\"");
        rules.put("replyUrl at the admin API", "{\"replyUrl\":\"http://127.0.0.1:" + r.port + "/__admin/ltx/reset\"");
        rules.put("replyUrl at the shutdown route", "{\"replyUrl\":\"http://localhost:" + r.port + "/__admin/shutdown\"");
        rules.put("replyUrl at the mock itself", "{\"replyUrl\":\"http://127.0.0.1:" + r.port + "/v1/ltxstudio/assets/x\"");
        rules.put("replyUrl at the admin API elsewhere", "{\"replyUrl\":\"http://127.0.0.1:9/__admin/reset\"");
        rules.put("replyUrl at IPv6 loopback self", "{\"replyUrl\":\"http://[::1]:" + r.port + "/hook\"");
        rules.put("replyUrl at a private address", "{\"replyUrl\":\"http://10.1.2.3/hook\"");
        rules.put("replyUrl at the metadata address", "{\"replyUrl\":\"http://169.254.169.254/latest/meta-data\"");
        rules.put("replyUrl ftp", "{\"replyUrl\":\"ftp://127.0.0.1/x\"");
        rules.put("replyUrl javascript", "{\"replyUrl\":\"javascript:alert(1)\"");
        rules.put("replyUrl without host", "{\"replyUrl\":\"http://\"");
        for (Map.Entry<String, String> rule : rules.entrySet()) {
            String extra = rule.getValue().substring(1);
            String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\"," + extra + "}";
            cases.add(new Case(route + " " + rule.getKey(), r.json(route, body), 400));
        }
    }

    /** Bodies that are not one well-formed JSON object. */
    private static void syntaxCases(List<Case> cases, Req r, String route) {
        String ok = base().toString();
        Map<String, Object> bodies = new LinkedHashMap<>();
        bodies.put("trailing garbage", ok + " x");
        bodies.put("trailing comma object", ok + ",");
        bodies.put("two objects", ok + ok);
        bodies.put("two objects with newline", ok + "\n" + ok);
        bodies.put("object then array", ok + "[]");
        bodies.put("duplicate key", "{\"prompt\":\"p\",\"prompt\":\"q\",\"referenceAssetId\":\"" + ASSET + "\"}");
        bodies.put("duplicate key differing only later", "{\"referenceAssetId\":\"a\",\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\"}");
        bodies.put("empty", "");
        bodies.put("whitespace", "   \n ");
        bodies.put("null", "null");
        bodies.put("array", "[" + ok + "]");
        bodies.put("string", "\"prompt\"");
        bodies.put("number", "42");
        bodies.put("true", "true");
        bodies.put("truncated", ok.substring(0, ok.length() - 3));
        bodies.put("unterminated string", "{\"prompt\":\"p");
        bodies.put("single quotes", "{'prompt':'p','referenceAssetId':'" + ASSET + "'}");
        bodies.put("unquoted keys", "{prompt:\"p\",referenceAssetId:\"" + ASSET + "\"}");
        bodies.put("comment", "/*c*/" + ok);
        bodies.put("trailing comma", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",}");
        bodies.put("NaN seed", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"seed\":NaN}");
        bodies.put("hex seed", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"seed\":0x10}");
        bodies.put("leading zero seed", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"seed\":007}");
        bodies.put("huge exponent seed", "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"seed\":1e400}");
        bodies.put("control char in string", "{\"prompt\":\"a\u0001b\",\"referenceAssetId\":\"" + ASSET + "\"}");
        bodies.put("bad escape", "{\"prompt\":\"\\q\",\"referenceAssetId\":\"" + ASSET + "\"}");
        bodies.put("lone surrogate escape", "{\"prompt\":\"\\ud800\",\"referenceAssetId\":\"" + ASSET + "\"}");
        bodies.put("deep nesting", "{\"prompt\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        bodies.put("very long key", "{\"" + "k".repeat(50_000) + "\":1}");
        bodies.put("over the body limit", "{\"prompt\":\"" + "a".repeat(70 * 1024) + "\"}");
        bodies.put("invalid UTF-8", new byte[] {'{', '"', 'p', 'r', 'o', 'm', 'p', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        bodies.put("UTF-8 BOM then garbage", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'});
        bodies.put("NUL bytes", new byte[] {0, 0, 0, 0});
        for (Map.Entry<String, Object> b : bodies.entrySet()) {
            byte[] bytes = b.getValue() instanceof byte[] raw ? raw : ((String) b.getValue()).getBytes(StandardCharsets.UTF_8);
            int expected = b.getKey().equals("over the body limit") ? 413 : 400;
            cases.add(new Case(route + " body: " + b.getKey(), r.request("POST", route, "Content-Type: application/json\r\n", bytes), expected));
        }
    }

    private static void contentTypeCases(List<Case> cases, Req r, String route) {
        byte[] ok = base().toString().getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put(null, 415);
        types.put("text/plain", 415);
        types.put("text/plain; charset=utf-8", 415);
        types.put("application/x-www-form-urlencoded", 415);
        types.put("application/xml", 415);
        types.put("application/octet-stream", 415);
        types.put("image/png", 415);
        types.put("", 415);
        types.put("application/json; charset=", 415);
        types.put("application/json; charset=klingon", 415);
        types.put("application/json; charset=\"\"", 415);
        types.put("application/json; charset=utf-99", 415);
        types.put("application/json; charset=x;y", 415);
        types.put("application/json; charset=utf-16", 400);
        types.put("application/json; charset=utf-32le", 400);
        types.put("multipart/form-data", 400);
        types.put("multipart/form-data; boundary=", 400);
        types.put("multipart/form-data; boundary=\"\"", 400);
        types.put("multipart/form-data; boundary=" + "b".repeat(71), 400);
        types.put("multipart/form-data; boundary=abc", 400);
        types.put("multipart/form-data; charset=klingon; boundary=abc", 415);
        types.put("multipart/mixed; boundary=abc", 415);
        for (Map.Entry<String, Integer> t : types.entrySet()) {
            String header = t.getKey() == null ? "" : "Content-Type: " + t.getKey() + "\r\n";
            cases.add(new Case(route + " Content-Type " + t.getKey(), r.request("POST", route, header, ok), t.getValue()));
        }
    }

    private static void multipartCases(List<Case> cases, Req r) {
        String route = "/v1/ltxstudio/images/flux-edit";
        JsonNode schema = resource("flux-edit-request.schema.json");
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            Map<String, String> fields = new LinkedHashMap<>(Map.of("prompt", "p", "referenceAssetId", ASSET));
            int max = p.getValue().path("maxLength").asInt(0);
            fields.put(p.getKey(), max > 0 ? "a".repeat(max + 1) : "not-a-valid-value-\u0000");
            cases.add(new Case("multipart " + p.getKey() + " invalid", r.multipart(route, "B0undary", multipart("B0undary", fields, true)), 400));
        }
        Map<String, String> ok = Map.of("prompt", "p", "referenceAssetId", ASSET);
        cases.add(new Case("multipart unclosed", r.multipart(route, "abc", multipart("abc", ok, false)), 400));
        cases.add(new Case("multipart wrong boundary", r.multipart(route, "other", multipart("abc", ok, true)), 400));
        cases.add(new Case("multipart empty body", r.multipart(route, "abc", new byte[0]), 400));
        cases.add(new Case("multipart garbage", r.multipart(route, "abc", "garbage".getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("multipart only closing", r.multipart(route, "abc", "--abc--\r\n".getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("multipart part without name", r.multipart(route, "abc",
                ("--abc\r\nContent-Disposition: form-data\r\n\r\nx\r\n--abc--\r\n").getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("multipart duplicate part", r.multipart(route, "abc",
                ("--abc\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\nx\r\n--abc\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\ny\r\n"
                        + "--abc\r\nContent-Disposition: form-data; name=\"referenceAssetId\"\r\n\r\n" + ASSET + "\r\n--abc--\r\n").getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("multipart headers never end", r.multipart(route, "abc",
                ("--abc\r\nContent-Disposition: form-data; name=\"prompt\"\r\n" + "X: y\r\n".repeat(100)).getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("multipart over the body limit", r.multipart(route, "abc",
                multipart("abc", Map.of("prompt", "a".repeat(70 * 1024)), true)), 413));
    }

    private static void uploadCases(List<Case> cases, Req r) {
        byte[] png = MockCalls.PNG;
        String up = "/v1/ltxstudio/assets/?type=reference-image";
        cases.add(new Case("upload empty", r.request("POST", up, "Content-Type: image/png\r\n", new byte[0]), 400));
        cases.add(new Case("upload no type", r.request("POST", up, "", png), 400));
        cases.add(new Case("upload text/plain", r.request("POST", up, "Content-Type: text/plain\r\n", png), 400));
        cases.add(new Case("upload gif", r.request("POST", up, "Content-Type: image/gif\r\n", png), 400));
        cases.add(new Case("upload png claimed jpeg", r.request("POST", up, "Content-Type: image/jpeg\r\n", png), 400));
        cases.add(new Case("upload jpeg claimed png", r.request("POST", up, "Content-Type: image/png\r\n", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}), 400));
        cases.add(new Case("upload png magic only", r.request("POST", up, "Content-Type: image/png\r\n", new byte[] {(byte) 0x89, 'P', 'N', 'G'}), 400));
        cases.add(new Case("upload truncated png", r.request("POST", up, "Content-Type: image/png\r\n", java.util.Arrays.copyOf(png, 20)), 400));
        cases.add(new Case("upload decompression bomb", r.request("POST", up, "Content-Type: image/png\r\n", pngDeclaring(20_000, 20_000)), 400));
        cases.add(new Case("upload bomb wide", r.request("POST", up, "Content-Type: image/png\r\n", pngDeclaring(1_000_000, 100)), 400));
        cases.add(new Case("upload multipart instead of raw", r.request("POST", up, "Content-Type: multipart/form-data; boundary=abc\r\n",
                multipart("abc", Map.of("file", "x"), true)), 400));
        cases.add(new Case("upload bad type param", r.request("POST", "/v1/ltxstudio/assets/?type=video", "Content-Type: image/png\r\n", png), 400));
        cases.add(new Case("upload bad % in query", r.request("POST", "/v1/ltxstudio/assets/?type=%zz", "Content-Type: image/png\r\n", png), 400));
        cases.add(new Case("upload % at end of query", r.request("POST", "/v1/ltxstudio/assets/?type=reference-image&email=a%", "Content-Type: image/png\r\n", png), 400));
        cases.add(new Case("upload % one digit", r.request("POST", "/v1/ltxstudio/assets/?email=%4", "Content-Type: image/png\r\n", png), 400));
        cases.add(new Case("upload unknown account", r.request("POST", up + "&email=x%40y.org", "Content-Type: image/png\r\n", png), 400));
        cases.add(new Case("upload charset unknown", r.request("POST", up, "Content-Type: image/png; charset=klingon\r\n", png), 415));
        cases.add(new Case("upload over limit by Content-Length", r.head("POST", up, "Content-Type: image/png\r\nContent-Length: 999999999\r\n"), 413));
        cases.add(new Case("upload negative Content-Length", r.head("POST", up, "Content-Type: image/png\r\nContent-Length: -1\r\n"), 400));
        cases.add(new Case("upload non-numeric Content-Length", r.head("POST", up, "Content-Type: image/png\r\nContent-Length: abc\r\n"), 400));
    }

    private static void routeCases(List<Case> cases, Req r) {
        String[] statusPaths = {"/v1/ltxstudio/assets/x", "/v1/ltxstudio/assets/email%3Anobody", "/v1/ltxstudio/assets/..%2F..%2Fetc",
                "/v1/ltxstudio/assets/%00", "/v1/ltxstudio/assets/" + "a".repeat(4000), "/v1/ltxstudio/assets/%F0%9F%98%80",
                "/v1/ltxstudio/assets/%c0%ae", "/v1/ltxstudio/assets/x?type=%ff"};
        for (String p : statusPaths) {
            cases.add(new Case("GET status " + p.substring(0, Math.min(60, p.length())), r.request("GET", p, "", new byte[0]), 0));
        }
        for (String p : List.of("/v1/ltxstudio/nope", "/v1/ltxstudio/images/flux-edit2", "/v1/ltxstudio/", "/v1/ltxstudio/images", "/",
                "/favicon.ico", "/v2/ltxstudio/images/edit", "/v1/ltxstudio/videos/create", "/v1/ltxstudio/account")) {
            cases.add(new Case("GET unknown " + p, r.request("GET", p, "", new byte[0]), 404));
        }
        for (String p : List.of("/v1/ltxstudio/accounts/%00", "/v1/ltxstudio/accounts/%c0%ae", "/v1/ltxstudio/accounts/" + "a".repeat(4000),
                "/v1/ltxstudio/scheduler/%00", "/v1/ltxstudio/scheduler/%F0%9F%98%80")) {
            cases.add(new Case("DELETE resource " + p.substring(0, Math.min(60, p.length())), r.request("DELETE", p, "", new byte[0]), 0));
        }
        for (String q : List.of("page=-1", "page=99999999999", "limit=0", "limit=%ff", "filter=%00", "email=nobody@example.com", "page=1e3")) {
            cases.add(new Case("GET assets list " + q, r.request("GET", "/v1/ltxstudio/assets/?" + q, "", new byte[0]), 400));
        }
        for (String body : List.of("{", "[]", "{\"cookie\":5}", "{\"cookie\":\"lt_token=a; lt_refresh_token=b\",\"maxJobs\":\"x\"}",
                "{\"cookie\":\"lt_token=a; lt_refresh_token=b\",\"email\":\"a@b.c\"}", "{\"cookie\":\"\\ud800\"}")) {
            cases.add(new Case("POST accounts " + body, r.request("POST", "/v1/ltxstudio/accounts", "Content-Type: application/json\r\n",
                    body.getBytes(StandardCharsets.UTF_8)), 400));
        }
        for (String m : List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE")) {
            cases.add(new Case(m + " submit", r.request(m, "/v1/ltxstudio/images/flux-edit", "Content-Type: application/json\r\n",
                    base().toString().getBytes(StandardCharsets.UTF_8)), 0));
            cases.add(new Case(m + " status", r.request(m, "/v1/ltxstudio/assets/x", "", new byte[0]), 0));
        }
        for (String auth : List.of("", "Authorization: Bearer\r\n", "Authorization: Bearer wrong\r\n", "Authorization: Basic dXNlcjpwdw==\r\n",
                "Authorization: bearer user:12345-mock\r\n", "Authorization: Bearer user:12345-mock \r\nAuthorization: x\r\n",
                "Authorization: " + "B".repeat(6000) + "\r\n")) {
            cases.add(new Case("auth '" + auth.trim().substring(0, Math.min(30, auth.trim().length())) + "'",
                    r.noAuth("POST", "/v1/ltxstudio/images/flux-edit", "Content-Type: application/json\r\n" + auth,
                            base().toString().getBytes(StandardCharsets.UTF_8)), auth.length() > 5000 ? 0 : 401));
        }
        for (String q : List.of("", "?expires=%zz&sig=x", "?expires=abc&sig=x", "?expires=1&sig=", "?expires=99999999999999&sig=00",
                "?expires=-1&sig=ab", "?expires=1e3", "?sig=%")) {
            cases.add(new Case("artifact " + q, r.noAuth("GET", "/artifacts/uploads/x" + q, "", new byte[0]), 0));
        }
        cases.add(new Case("artifact with token", r.request("GET", "/artifacts/uploads/x?expires=1&sig=a", "", new byte[0]), 400));
    }

    private static void protocolCases(List<Case> cases, Req r, int port) {
        String host = "Host: 127.0.0.1:" + port + "\r\n";
        String auth = "Authorization: Bearer user:12345-mock\r\n";
        String submit = "POST /v1/ltxstudio/images/flux-edit HTTP/1.1\r\n" + host + auth + "Content-Type: application/json\r\n";
        Map<String, String> raw = new LinkedHashMap<>();
        raw.put("bad chunk size", submit + "Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
        raw.put("chunk longer than said", submit + "Transfer-Encoding: chunked\r\n\r\n2\r\nabcdef\r\n0\r\n\r\n");
        raw.put("chunked never finished", submit + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n");
        raw.put("chunk size overflow", submit + "Transfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFFFF\r\nabc\r\n0\r\n\r\n");
        raw.put("chunk extension garbage", submit + "Transfer-Encoding: chunked\r\n\r\n2;\u0001\r\n{}\r\n0\r\n\r\n");
        raw.put("gzip transfer coding", submit + "Transfer-Encoding: gzip\r\n\r\nabc");
        raw.put("chunked not last", submit + "Transfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n");
        raw.put("content length and chunked", submit + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        raw.put("two content lengths", submit + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}x");
        raw.put("body shorter than content length", submit + "Content-Length: 100\r\n\r\n{\"a\":1");
        raw.put("unknown HTTP version", "GET /v1/ltxstudio/assets/x HTTP/9.9\r\n" + host + "\r\n");
        raw.put("HTTP/2.0 in request line", "GET /v1/ltxstudio/assets/x HTTP/2.0\r\n" + host + "\r\n");
        raw.put("no version", "GET /v1/ltxstudio/assets/x\r\n" + host + "\r\n");
        raw.put("lower-case version", "GET /v1/ltxstudio/assets/x http/1.1\r\n" + host + "\r\n");
        raw.put("no Host", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + auth + "\r\n");
        raw.put("two Hosts", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + host + auth + "\r\n");
        raw.put("header without colon", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "Bad Header\r\n\r\n");
        raw.put("space before colon", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "X-A : b\r\n\r\n");
        raw.put("control char in header", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "X-A: b\u0001c\r\n\r\n");
        raw.put("obsolete line folding", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "X-A: b\r\n c\r\n\r\n");
        raw.put("bad % in path", "GET /v1/ltxstudio/assets/%zz HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("bad % at path end", "GET /v1/ltxstudio/assets/x% HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("NUL escape in path", "GET /v1/ltxstudio/assets/a%00b HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("64 KB URI", "GET /v1/ltxstudio/assets/" + "a".repeat(64 * 1024) + " HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("64 KB query", "GET /v1/ltxstudio/assets/x?q=" + "a".repeat(64 * 1024) + " HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("5000 headers", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + auth + "X-H: v\r\n".repeat(5000) + "\r\n");
        raw.put("one 20 KB header", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + auth + "X-Big: " + "v".repeat(20_000) + "\r\n\r\n");
        raw.put("TLS client hello", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003");
        raw.put("HTTP/2 upgrade with garbage settings", "GET /v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "Connection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: !!!\r\n\r\n");
        raw.put("request line garbage", "\u00ff\u00fe\u00fd\r\n\r\n");
        raw.put("absolute URI to another host", "GET http://evil.example/v1/ltxstudio/assets/x HTTP/1.1\r\n" + host + "\r\n");
        raw.put("CONNECT", "CONNECT evil.example:443 HTTP/1.1\r\n" + host + "\r\n");
        raw.put("space in path", "GET /v1/ltxstudio/assets/a b HTTP/1.1\r\n" + host + auth + "\r\n");
        raw.put("Expect continue then nothing", submit + "Expect: 100-continue\r\nContent-Length: 0\r\n\r\n");
        raw.put("unknown Expect", submit + "Expect: teapot\r\nContent-Length: 2\r\n\r\n{}");
        for (Map.Entry<String, String> e : raw.entrySet()) {
            cases.add(new Case("raw " + e.getKey(), e.getValue().getBytes(StandardCharsets.ISO_8859_1), 0));
        }
    }

    private static void adminCases(List<Case> cases, Req r) {
        for (String host : List.of("evil.example", "127.0.0.1.evil.example", "localhost.evil.example", "0.0.0.0", "10.0.0.1", "[::2]")) {
            cases.add(new Case("admin Host " + host, r.withHost("GET", "/__admin/ltx/jobs", host), 403));
            cases.add(new Case("admin Host " + host + " shutdown", r.withHost("POST", "/__admin/shutdown", host), 403));
            cases.add(new Case("admin Host " + host + " mappings", r.withHost("GET", "/__admin/mappings", host), 403));
        }
        for (String origin : List.of("http://evil.example", "null", "https://127.0.0.1.evil.example", "file://", "http://[::1].evil")) {
            cases.add(new Case("admin Origin " + origin, r.noAuth("POST", "/__admin/ltx/reset", "Origin: " + origin + "\r\n", new byte[0]), 403));
        }
        cases.add(new Case("admin fault not JSON", r.noAuth("POST", "/__admin/ltx/faults", "Content-Type: application/json\r\n", "{".getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("admin fault bad route", r.noAuth("POST", "/__admin/ltx/faults", "Content-Type: application/json\r\n",
                "{\"route\":\"x\",\"action\":\"status\",\"status\":500}".getBytes(StandardCharsets.UTF_8)), 400));
        cases.add(new Case("admin requests without journal? (journal on in tests: bad %)", r.noAuth("GET", "/__admin/requests?limit=%z", "", new byte[0]), 400));
        cases.add(new Case("admin persistent stub", r.noAuth("POST", "/__admin/mappings", "Content-Type: application/json\r\n",
                "{\"request\":{\"url\":\"/x\"},\"response\":{\"status\":200},\"persistent\":true}".getBytes(StandardCharsets.UTF_8)), 403));
        cases.add(new Case("admin proxy stub", r.noAuth("POST", "/__admin/mappings", "Content-Type: application/json\r\n",
                "{\"request\":{\"url\":\"/x\"},\"response\":{\"proxyBaseUrl\":\"http://evil.example\"}}".getBytes(StandardCharsets.UTF_8)), 403));
        cases.add(new Case("admin save mappings", r.noAuth("POST", "/__admin/mappings/save", "", new byte[0]), 403));
        cases.add(new Case("admin write file", r.noAuth("PUT", "/__admin/files/x.txt", "Content-Type: text/plain\r\n", "x".getBytes(StandardCharsets.UTF_8)), 403));
        cases.add(new Case("admin start recording", r.noAuth("POST", "/__admin/recordings/start", "Content-Type: application/json\r\n",
                "{\"targetBaseUrl\":\"http://evil.example\"}".getBytes(StandardCharsets.UTF_8)), 403));
        cases.add(new Case("admin delete LTX route", r.noAuth("DELETE", "/__admin/mappings/" + dev.ltxflux.mock.extension.LtxRoutes.TABLE.get(0).id(), "", new byte[0]), 409));
        cases.add(new Case("admin body over limit", r.noAuth("POST", "/__admin/mappings", "Content-Type: application/json\r\n",
                new byte[70 * 1024]), 413));
    }

    // ---------------------------------------------------------------------------------------------------------------

    static ObjectNode base() {
        return F.objectNode().put("prompt", "Add golden sunset lighting").put("referenceAssetId", ASSET);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = BadInputCorpusTest.class.getClassLoader().getResourceAsStream("dev/ltxflux/schemas/" + name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] multipart(String boundary, Map<String, String> fields, boolean closed) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> sb.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        if (closed) {
            sb.append("--").append(boundary).append("--\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG whose header declares {@code w} x {@code h} pixels, with one tiny IDAT: a decompression bomb's shape. */
    static byte[] pngDeclaring(int w, int h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** Builds raw requests to the mock. */
    static final class Req {
        final int port;

        Req(int port) {
            this.port = port;
        }

        byte[] json(String route, String body) {
            return request("POST", route, "Content-Type: application/json\r\n", body.getBytes(StandardCharsets.UTF_8));
        }

        byte[] multipart(String route, String boundary, byte[] body) {
            return request("POST", route, "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n", body);
        }

        byte[] request(String method, String target, String headers, byte[] body) {
            return noAuth(method, target, "Authorization: Bearer user:12345-mock\r\n" + headers, body);
        }

        byte[] noAuth(String method, String target, String headers, byte[] body) {
            String head = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n" + headers
                    + "Content-Length: " + body.length + "\r\n\r\n";
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(body);
            return out.toByteArray();
        }

        byte[] head(String method, String target, String headers) {
            return (method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n"
                    + "Authorization: Bearer user:12345-mock\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8);
        }

        byte[] withHost(String method, String target, String host) {
            return (method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
