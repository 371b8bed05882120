package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockAdmin;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.ClockView;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admin API, the fault header and the clock read every whole number exactly (the corpus proves the refusals): a
 * number that equals an integer is that integer, whatever way it is written; one that does not is refused and changes
 * nothing, neither the plan, the clock, the jobs nor the credits.
 */
class ExactNumbersTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.maxJobs(50)).withManualClock();

    @AfterEach
    void clearFaults() {
        ltx.admin().clearFaults();
    }

    private static HttpResponse<byte[]> admin(String route, String json) {
        return Http.postJson(ltx.server().origin() + "/__admin/ltx/" + route, null, json);
    }

    @Test
    void aFaultPlanWrittenWithExactDecimalsIsReadAsTheIntegersTheyEqual() {
        HttpResponse<byte[]> r = admin("faults", "{\"route\":\"status\",\"action\":\"status\",\"status\":5e2,\"times\":2.000}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(201);
        assertThat(ltx.admin().faults()).containsExactly(LtxMockAdmin.Fault.status("status", 500, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"times\":1.0000000000000001", "\"times\":1e20", "\"status\":500.00000000000001", "\"delayMillis\":1e-999999999"})
    void aFaultPlanWithAnInexactNumberIsRefusedAndPlansNothing(String field) {
        String body = "{\"route\":\"status\",\"action\":\"" + (field.contains("delay") ? "delay" : "status") + "\""
                + (field.contains("status") ? "" : ",\"status\":500") + "," + field + "}";
        HttpResponse<byte[]> r = admin("faults", body);
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(400);
        assertThat(Http.json(r).get("code").asInt()).isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).startsWith(field.substring(1, field.indexOf('"', 1)) + ": must be a whole number");
        assertThat(ltx.admin().faults()).isEmpty();
    }

    @Test
    void aWrappingStatusInTheFaultHeaderIsRefusedAndMakesNoJobNorCharge() {
        int jobs = ltx.server().store().jobCount();
        long balance = ltx.admin().accounts().get(0).balance();
        HttpResponse<byte[]> r = Http.send(Http.request(ltx.baseUrl() + "/images/flux-edit", ltx.token())
                .header("Content-Type", "application/json").header("X-Ltx-Mock-Fault", "4294967796")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(BadInputCorpusTest.base().toString())).build());
        assertThat(r.statusCode()).as("4294967796 is no 500 (it is 500 only modulo 2^32)").isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).isEqualTo("X-Ltx-Mock-Fault: must be a whole number from 400 to 599 (was 4294967796)");
        assertThat(ltx.server().store().jobCount()).isEqualTo(jobs);
        assertThat(ltx.admin().accounts().get(0).balance()).isEqualTo(balance);
    }

    @Test
    void theFaultHeaderStillTakesAStatusAndADelay() {
        HttpResponse<byte[]> r = Http.send(Http.request(ltx.baseUrl() + "/assets/x", ltx.token()).header("X-Ltx-Mock-Fault", "503").GET().build());
        assertThat(r.statusCode()).isEqualTo(503);
        HttpResponse<byte[]> slow = Http.send(Http.request(ltx.baseUrl() + "/scheduler", ltx.token()).header("X-Ltx-Mock-Fault", "delay=0")
                .GET().build());
        assertThat(slow.statusCode()).isEqualTo(200);
    }

    @Test
    void theClockMovesByExactlyTheWholeMillisecondsAskedAndNotAtAllWhenRefused() {
        ClockView before = ltx.admin().clock();
        assertThat(before.frozen()).as("a manual clock: real time does not move it").isTrue();
        HttpResponse<byte[]> moved = admin("clock", "{\"advanceMillis\":1000.000}");
        assertThat(moved.statusCode()).as(Http.text(moved)).isEqualTo(200);
        assertThat(Duration.between(before.now(), ltx.admin().clock().now())).isEqualTo(Duration.ofSeconds(1));
        for (String body : new String[] {"{\"advanceMillis\":1.5}", "{\"advanceMillis\":1e-999999999}", "{\"advanceMillis\":1e400}",
                "{\"advanceMillis\":5000,\"freeze\":\"no\"}", "{\"advance\":\"PT1S\",\"advanceMillis\":1000}", "{\"advance\":\"P3651D\"}"}) {
            HttpResponse<byte[]> refused = admin("clock", body);
            assertThat(refused.statusCode()).as(body + " -> " + Http.text(refused)).isEqualTo(400);
            assertThat(Http.json(refused).get("code").asInt()).isEqualTo(400);
        }
        assertThat(Duration.between(before.now(), ltx.admin().clock().now())).as("nothing refused moved the clock")
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(ltx.admin().clock().frozen()).as("nor resumed it").isTrue();
    }

    @Test
    void aTokenWhoseExpiryIsPastWhatTheMockCanShowIsRefusedNotA500() {
        String claims = "{\"email\":\"far@example.com\",\"exp\":1e18}";
        java.util.Base64.Encoder b = java.util.Base64.getUrlEncoder().withoutPadding();
        String token = b.encodeToString("{\"alg\":\"HS256\"}".getBytes()) + "." + b.encodeToString(claims.getBytes()) + ".sig";
        HttpResponse<byte[]> r = Http.postJson(ltx.baseUrl() + "/accounts", ltx.token(),
                "{\"cookie\":\"lt_token=" + token + "; lt_refresh_token=r\"}");
        assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(400);
        assertThat(Http.json(r).get("error").asText()).startsWith("cookie (the exp claim of lt_token): must be a whole number from 0 to 253402300799");
    }
}
