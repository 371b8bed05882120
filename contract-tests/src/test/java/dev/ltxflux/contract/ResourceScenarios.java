package dev.ltxflux.contract;

import dev.ltxflux.contract.MockContractTest.Scenario;
import dev.ltxflux.mock.LtxMockServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The {@link MockContractTest} scenarios of the assets list, scheduler and accounts: every documented status. */
final class ResourceScenarios {

    private ResourceScenarios() {
    }

    private static HttpResponse<String> noToken(LtxMockServer mock, String method, String path) {
        return MockAdmin.send(HttpRequest.newBuilder(URI.create(mock.baseUrl() + path)).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    static String cookie(String email) {
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        return "lt_id=user1; lt_token=" + b.encodeToString("{}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln; lt_refresh_token=r-123456";
    }

    private static HttpResponse<String> addAccount(LtxMockServer server, String email) {
        return MockContractTest.call(server, "POST", "/accounts", "application/json",
                ("{\"cookie\":\"" + cookie(email) + "\",\"maxJobs\":4}").getBytes(StandardCharsets.UTF_8));
    }

    /** The assets list, scheduler and accounts answers, every documented status. */
    static void add(List<Scenario> s, LtxMockServer mock, LtxMockServer tight) {
        s.add(new Scenario("listAssets", 200, "uploads and artifacts", () -> {
            String id = MockContractTest.jobId(MockContractTest.submit(mock, ""));
            MockContractTest.sleep(mock.config().jobs().duration().plusMillis(100));
            MockContractTest.status(id);
            return MockContractTest.call(mock, "GET", "/assets/?limit=3", null, null);
        }));
        s.add(new Scenario("listAssets", 200, "page past the last", () -> MockContractTest.call(mock, "GET", "/assets/?page=999", null, null)));
        s.add(new Scenario("listAssets", 400, "bad filter", () -> MockContractTest.call(mock, "GET", "/assets/?filter=gifs", null, null)));
        s.add(new Scenario("listAssets", 401, "no token", () -> noToken(mock, "GET", "/assets/")));
        s.add(new Scenario("listRunningJobs", 200, "running", () -> {
            tight.reset();
            MockContractTest.submit(tight, ",\"replyRef\":\"r\"");
            return MockContractTest.call(tight, "GET", "/scheduler", null, null);
        }));
        s.add(new Scenario("listRunningJobs", 401, "no token", () -> noToken(mock, "GET", "/scheduler")));
        s.add(new Scenario("schedulerCapacity", 200, "one running", () -> {
            tight.reset();
            MockContractTest.submit(tight, "");
            return MockContractTest.call(tight, "GET", "/scheduler/available", null, null);
        }));
        s.add(new Scenario("schedulerCapacity", 401, "no token", () -> noToken(mock, "GET", "/scheduler/available")));
        s.add(new Scenario("stopTracking", 204, "running job", () -> {
            tight.reset();
            String id = MockContractTest.jobId(MockContractTest.submit(tight, ""));
            return MockContractTest.call(tight, "DELETE", "/scheduler/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null, null);
        }));
        s.add(new Scenario("stopTracking", 401, "no token", () -> noToken(mock, "DELETE", "/scheduler/x")));
        s.add(new Scenario("stopTracking", 404, "not running", () -> MockContractTest.call(mock, "DELETE", "/scheduler/email%3Ax", null, null)));
        s.add(new Scenario("listAccounts", 200, "configured", () -> MockContractTest.call(mock, "GET", "/accounts", null, null)));
        s.add(new Scenario("listAccounts", 401, "no token", () -> noToken(mock, "GET", "/accounts")));
        s.add(new Scenario("listAccounts", 404, "none configured", () -> {
            tight.reset();
            MockContractTest.call(tight, "DELETE", "/accounts/user@example.com", null, null);
            return MockContractTest.call(tight, "GET", "/accounts", null, null);
        }));
        s.add(new Scenario("configureAccount", 200, "from the cookie", () -> {
            tight.reset();
            return addAccount(tight, "second@example.com");
        }));
        s.add(new Scenario("configureAccount", 400, "cookie field missing", () -> MockContractTest.call(mock, "POST", "/accounts", "application/json",
                "{\"cookie\":\"lt_id=u; lt_token=x\"}".getBytes(StandardCharsets.UTF_8))));
        s.add(new Scenario("configureAccount", 401, "no token", () -> noToken(mock, "POST", "/accounts")));
        s.add(new Scenario("configureAccount", 402, "past the subscription's accounts", () -> {
            tight.reset();
            addAccount(tight, "b@example.com");
            addAccount(tight, "c@example.com");
            return addAccount(tight, "d@example.com");
        }));
        s.add(new Scenario("getAccount", 200, "with balance", () -> MockContractTest.call(mock, "GET", "/accounts/user@example.com", null, null)));
        s.add(new Scenario("getAccount", 401, "no token", () -> noToken(mock, "GET", "/accounts/user@example.com")));
        s.add(new Scenario("getAccount", 404, "unknown", () -> MockContractTest.call(mock, "GET", "/accounts/nobody@example.com", null, null)));
        s.add(new Scenario("removeAccount", 204, "configured", () -> {
            tight.reset();
            return MockContractTest.call(tight, "DELETE", "/accounts/user%40example.com", null, null);
        }));
        s.add(new Scenario("removeAccount", 401, "no token", () -> noToken(mock, "DELETE", "/accounts/user@example.com")));
        s.add(new Scenario("removeAccount", 404, "unknown", () -> MockContractTest.call(mock, "DELETE", "/accounts/nobody@example.com", null, null)));
    }

}
