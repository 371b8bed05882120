package com.example.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.RequestView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The mock alone (no ltxflux client), for code under test that calls the API over HTTP itself. */
class WebhookTimeTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(10))).withManualClock();

    @Test
    void finishesWithoutSleeping() throws Exception {
        HttpResponse<String> submitted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ltx.baseUrl() + "/images/flux-edit"))
                .header("Authorization", "Bearer " + ltx.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"p\",\"referenceAssetId\":\""
                        + dev.ltxflux.mock.state.JobStore.EXAMPLE_ASSET_ID + "\",\"replyRef\":\"order-7\"}"))
                .build(), HttpResponse.BodyHandlers.ofString()); // what the code under test would send
        assertThat(submitted.statusCode()).isEqualTo(200);

        ltx.advance(Duration.ofSeconds(10)); // completed now; its webhook (if any) is sent at once
        assertThat(ltx.jobs()).singleElement().extracting(JobView::replyRef).isEqualTo("order-7");
        assertThat(ltx.admin().requests()).extracting(RequestView::url)
                .contains("/v1/ltxstudio/images/flux-edit");
    }
}
