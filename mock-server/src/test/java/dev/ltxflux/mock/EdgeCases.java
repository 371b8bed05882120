package dev.ltxflux.mock;

import dev.ltxflux.mock.BadInputCorpusTest.Case;
import dev.ltxflux.mock.BadInputCorpusTest.Req;
import dev.ltxflux.mock.state.JobStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The corpus cases of the refusals the request guard makes before WireMock reads anything (issue 21): unsupported
 * transfer codings (501), methods in the wrong case (501), conflicting repeated query parameters, multipart parts
 * without a name, integers written as non-integral numbers, fault plans out of range, and paths that climb out of the
 * API. Each names the field or parameter at fault where there is one.
 */
final class EdgeCases {

    private static final String ASSET = JobStore.EXAMPLE_ASSET_ID;
    private static final String SUBMIT = "/v1/ltxstudio/images/flux-edit";
    private static final String UPLOAD = "/v1/ltxstudio/assets/?type=reference-image";

    private EdgeCases() {
    }

    static void add(List<Case> cases, Req r, int port) {
        transferCodings(cases, port);
        methods(cases, r);
        repeatedParameters(cases, r);
        unnamedParts(cases, r);
        nonIntegers(cases, r);
        faultPlans(cases, r);
        climbingPaths(cases, r);
        NumberCases.add(cases, r);
    }

    /** RFC 9112, 6.1: a transfer coding the server does not apply is 501, whatever comes after it. */
    private static void transferCodings(List<Case> cases, int port) {
        String head = "Host: 127.0.0.1:" + port + "\r\nAuthorization: Bearer user:12345-mock\r\nConnection: close\r\n";
        String chunkedBody = "\r\n\r\n2\r\n{}\r\n0\r\n\r\n";
        for (String coding : List.of("gzip, chunked", "deflate, chunked", "compress, chunked", "identity, chunked", "br, chunked",
                "x-custom, chunked", "GZIP, chunked", "gzip;q=1, chunked", ", chunked")) {
            for (String target : List.of(SUBMIT, UPLOAD)) {
                String type = target.equals(SUBMIT) ? "application/json" : "image/png";
                String raw = "POST " + target + " HTTP/1.1\r\n" + head + "Content-Type: " + type + "\r\nTransfer-Encoding: " + coding + chunkedBody;
                cases.add(new Case("Transfer-Encoding " + coding + " " + target, raw.getBytes(StandardCharsets.ISO_8859_1), 501, "Transfer-Encoding"));
            }
        }
        String twoLines = "POST " + SUBMIT + " HTTP/1.1\r\n" + head + "Content-Type: application/json\r\nTransfer-Encoding: gzip\r\n"
                + "Transfer-Encoding: chunked" + chunkedBody;
        cases.add(new Case("Transfer-Encoding gzip then chunked on two lines", twoLines.getBytes(StandardCharsets.ISO_8859_1), 501, "gzip"));
    }

    /**
     * RFC 9110, 9.1: methods are case-sensitive; an unrecognized one is 501 (documented choice: see RequestText). Not
     * {@code head}: Jetty takes it for HEAD and sends the 501 without its body.
     */
    private static void methods(List<Case> cases, Req r) {
        for (String m : List.of("get", "Get", "gET", "post", "Post", "delete", "put", "options")) {
            String method = m;
            cases.add(new Case(m + " status", r.request(method, "/v1/ltxstudio/assets/x", "", new byte[0]), 501, "case-sensitive"));
            cases.add(new Case(m + " admin stats", r.noAuth(method, "/__admin/ltx/stats", "", new byte[0]), 501, "case-sensitive"));
        }
        cases.add(new Case("post submit", r.request("post", SUBMIT, "Content-Type: application/json\r\n",
                BadInputCorpusTest.base().toString().getBytes(StandardCharsets.UTF_8)), 501, "case-sensitive"));
        for (String m : List.of("BREW", "PROPFIND", "X")) {
            cases.add(new Case(m + " status", r.request(m, "/v1/ltxstudio/assets/x", "", new byte[0]), 501, m + " is not implemented"));
        }
    }

    /** One value per name: two different ones are refused naming the parameter; the same one twice is harmless. */
    private static void repeatedParameters(List<Case> cases, Req r) {
        byte[] png = MockCalls.PNG;
        Map<String, String> queries = Map.of(
                "?type=image&type=video", "type",
                "?type=reference-image&type=video", "type",
                "?type=reference-image&email=a%40x.org&email=b%40x.org", "email",
                "?type=reference-image&email=a&email=", "email",
                "?type=reference-image&type=reference-image%20", "type",
                "?ty%70e=reference-image&type=video", "type");
        queries.forEach((q, name) -> {
            cases.add(new Case("upload " + q, r.request("POST", "/v1/ltxstudio/assets/" + q, "Content-Type: image/png\r\n", png), 400, name + ":"));
            cases.add(new Case("status " + q, r.request("GET", "/v1/ltxstudio/assets/x" + q, "", new byte[0]), 400, name + ":"));
        });
    }

    /** A part named {@code ""} is dropped by the multipart parser; the mock refuses it instead of judging the rest. */
    private static void unnamedParts(List<Case> cases, Req r) {
        String rest = "--abc\r\nContent-Disposition: form-data; name=\"prompt\"\r\n\r\np\r\n"
                + "--abc\r\nContent-Disposition: form-data; name=\"referenceAssetId\"\r\n\r\n" + ASSET + "\r\n";
        for (String disposition : List.of("form-data; name=\"\"", "form-data; name=", "form-data; name=\" \"", "form-data; filename=\"a.txt\"",
                "form-data; NAME=\"\"", "form-data;name=\"\"")) {
            String first = "--abc\r\nContent-Disposition: " + disposition + "\r\n\r\nx\r\n" + rest + "--abc--\r\n";
            String last = rest + "--abc\r\nContent-Disposition: " + disposition + "\r\n\r\nx\r\n--abc--\r\n";
            cases.add(new Case("multipart first part " + disposition, r.multipart(SUBMIT, "abc", first.getBytes(StandardCharsets.UTF_8)), 400, "name"));
            cases.add(new Case("multipart last part " + disposition, r.multipart(SUBMIT, "abc", last.getBytes(StandardCharsets.UTF_8)), 400, "name"));
        }
    }

    /** An integer field given as a number that is no integer (however small its fraction) is refused naming the field. */
    private static void nonIntegers(List<Case> cases, Req r) {
        for (String field : List.of("seed", "pollForResult", "maxJobs")) {
            for (String number : List.of("1e-999999999", "-1e-999999999", "1.5", "1.0000000000000000000001", "2E-1", "1e999999999", "1e400")) {
                String body = "{\"prompt\":\"p\",\"referenceAssetId\":\"" + ASSET + "\",\"" + field + "\":" + number + "}";
                cases.add(new Case(field + "=" + number, r.json(SUBMIT, body), 400, field));
            }
        }
    }

    /** Fault plans: out of range is refused, never clamped; non-integers and wrong types are refused naming the field. */
    private static void faultPlans(List<Case> cases, Req r) {
        Map<String, String> plans = Map.of(
                "\"times\":1e20", "times",
                "\"times\":-1e20", "times",
                "\"times\":2147483648", "times",
                "\"times\":1.5", "times",
                "\"times\":\"3\"", "times",
                "\"times\":1e9999", "times",
                "\"delayMillis\":1e30", "delayMillis",
                "\"status\":500.5", "status",
                "\"status\":4294967796", "status");
        plans.forEach((field, name) -> cases.add(new Case("fault plan " + field, r.noAuth("POST", "/__admin/ltx/faults", "Content-Type: application/json\r\n",
                ("{\"route\":\"status\",\"action\":\"status\"," + (name.equals("status") ? "" : "\"status\":500,") + field + "}").getBytes(StandardCharsets.UTF_8)), 400, name)));
    }

    /** Paths that climb (or could climb) out of the API: refused with the documented body, never reaching the admin API. */
    private static void climbingPaths(List<Case> cases, Req r) {
        for (String p : List.of("/v1/ltxstudio/assets/../../../__admin/ltx/stats", "/v1/ltxstudio/assets/%2e%2e/%2e%2e/%2e%2e/__admin/ltx/stats",
                "/v1/ltxstudio/assets/%2E%2E/%2E%2E/%2E%2E/__admin/ltx/stats", "/v1/ltxstudio/assets/.%2e/.%2e/%2e./__admin/ltx/stats",
                "/v1/ltxstudio/assets/..;/..;/..;/__admin/ltx/stats", "/v1/ltxstudio/assets/..;x=y/..;/..;/__admin/ltx/stats",
                "/v1/ltxstudio/assets/..\\..\\..\\__admin/ltx/stats", "/v1/ltxstudio/assets/..%5c..%5c..%5c__admin/ltx/stats",
                "/v1/ltxstudio/assets/..%5C..%5C..%5C__admin%5Cltx%5Cstats", "/v1/ltxstudio/assets/x%2f..%2f..%2f..%2f__admin%2fltx%2fstats",
                "/v1/ltxstudio/./assets/x", "/v1/ltxstudio/assets/x/.", "/v1/ltxstudio/assets/x;jsessionid=1", "/x/../__admin/ltx/stats",
                "/__admin/./ltx/stats", "/__admin/ltx/../ltx/stats", "/%5F%5Fadmin/ltx/stats", "/%5f%5fadmin/shutdown", "/__admin;x/ltx/stats",
                "/v1/ltxstudio/images/flux-edit/..", "/v1/ltxstudio/images/%2e%2e/images/flux-edit")) {
            cases.add(new Case("GET " + p, r.request("GET", p, "", new byte[0]), 400, "path:"));
            cases.add(new Case("POST " + p, r.request("POST", p, "Content-Type: application/json\r\n", "{}".getBytes(StandardCharsets.UTF_8)), 400, "path:"));
        }
    }
}
