package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.ltxflux.core.error.ApiException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.NotFoundException;
import dev.ltxflux.core.error.ServerException;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.JobId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the scheduler, accounts and asset-list calls send and how their failures surface: each error status becomes its
 * typed error, a 404 of these calls is a {@link NotFoundException} that is not a {@link JobNotFoundException}, reads are
 * retried while the DELETEs and the account setup are sent once, and an account cookie never shows in an error.
 */
class ResourceCallsTest extends WireMockSupport {

    static final String REFRESH = "refresh-SECRET-value-123";
    static final String ACCOUNT_TOKEN = jwt("a@example.com");
    static final String COOKIE = "lt_id=user7; lt_token=" + ACCOUNT_TOKEN + "; lt_refresh_token=" + REFRESH;

    static String jwt(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        return b.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    static final Map<String, Consumer<LtxClient>> CALLS = Map.of(
            "running", c -> c.scheduler().running(),
            "capacity", c -> c.scheduler().capacity(),
            "stop", c -> c.scheduler().stop(new JobId(JOB_ID)),
            "accounts", c -> c.accounts().list(),
            "account", c -> c.accounts().get("a@example.com"),
            "add", c -> c.accounts().add(AccountSetup.of(COOKIE, 2)),
            "remove", c -> c.accounts().remove(new AccountEmail("a@example.com")),
            "assets", c -> c.assets().list(AssetQuery.all()).firstPage());

    @ParameterizedTest(name = "{0} answered {1} -> {2}")
    @CsvSource({
            "running,400,BadRequestException", "running,401,UnauthorizedException", "running,429,RateLimitedException",
            "running,500,ServerException", "capacity,401,UnauthorizedException", "capacity,503,ServerException",
            "stop,400,BadRequestException", "stop,401,UnauthorizedException", "stop,404,NotFoundException",
            "accounts,401,UnauthorizedException", "accounts,500,ServerException",
            "account,404,NotFoundException", "account,401,UnauthorizedException",
            "add,400,BadRequestException", "add,402,InsufficientCreditsException", "add,429,RateLimitedException",
            "remove,404,NotFoundException", "remove,500,ServerException",
            "assets,400,BadRequestException", "assets,402,InsufficientCreditsException", "assets,404,NotFoundException",
            "assets,596,AccountNeedsAttentionException"})
    void eachErrorStatusOfAResourceCallBecomesItsTypedErrorWithNoJobAttached(String call, int status, String type) {
        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody("{\"error\":\"said " + status + "\",\"code\":" + status + "}")));

        ApiException e = catchThrowableOfType(ApiException.class, () -> CALLS.get(call).accept(client));

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.apiMessage()).isEqualTo("said " + status);
        assertThat(e.jobId()).isEmpty();
    }

    @Test
    void aPlainText404OfAnAccountIsNotFoundWithTheSentenceAsItsMessage() {
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)
                .withBody("Account configuration not found for the specified email address.")));

        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client.accounts().get("a@example.com"));

        assertThat(e).isNotInstanceOf(JobNotFoundException.class);
        assertThat(e.apiMessage()).isEqualTo("Account configuration not found for the specified email address.");
    }

    @Test
    void noAccountsConfiguredIsAnEmptyListButOtherFailuresOfTheListAreNot() {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/accounts")).willReturn(aResponse().withStatus(404).withBody("No accounts")));
        assertThat(client.accounts().list()).isEmpty();

        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/accounts")).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"x\"}")));
        assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(ServerException.class);
    }

    @Test
    void anUpscaleOfAnUnknownJobIsAJobNotFoundNamingTheSourceJob() {
        wm.stubFor(post(urlPathEqualTo("/v1/ltxstudio/images/upscale")).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":\"Job not found\",\"code\":404}")));

        JobNotFoundException e = catchThrowableOfType(JobNotFoundException.class,
                () -> client.images().submitUpscale(UpscaleRequest.of(new JobId(JOB_ID))));

        assertThat(e.jobId()).contains(new JobId(JOB_ID));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/ltxstudio/images/upscale"))
                .withRequestBody(equalToJson("{\"jobId\":\"" + JOB_ID + "\"}", true, true)));
    }

    @Test
    void theAssetListAsksForThePageLimitFilterAndTheQuerysAccountOrTheClientsDefault() {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/assets/")).willReturn(okJson("{\"items\":[]}")));
        client.close();
        client = clientBuilder().email("default@example.com").build();

        client.assets().list(AssetQuery.images().limit(7).page(3)).firstPage();
        client.assets().list(AssetQuery.all().email("other@example.com")).firstPage();

        wm.verify(getRequestedFor(urlPathEqualTo("/v1/ltxstudio/assets/")).withQueryParam("email", equalTo("default@example.com"))
                .withQueryParam("page", equalTo("3")).withQueryParam("limit", equalTo("7")).withQueryParam("filter", equalTo("images")));
        wm.verify(getRequestedFor(urlPathEqualTo("/v1/ltxstudio/assets/")).withQueryParam("email", equalTo("other@example.com"))
                .withQueryParam("page", equalTo("1")).withQueryParam("limit", equalTo("20")).withQueryParam("filter", absent()));
    }

    @Test
    void aSchedulerReadIsRetriedAfterA503() {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/scheduler")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}")).willSetStateTo("up"));
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/scheduler")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("[" + ResourceAnswersTest.RUNNING + "]")));

        assertThat(client.scheduler().running()).hasSize(1);
        wm.verify(2, getRequestedFor(urlPathEqualTo("/v1/ltxstudio/scheduler")));
    }

    @Test
    void aStopIsSentOnceEvenWhenItFailsAndItsPathCarriesTheEncodedJobId() {
        wm.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(503).withBody("{\"error\":\"busy\"}")));

        assertThatThrownBy(() -> client.scheduler().stop(new JobId(JOB_ID))).isInstanceOf(ServerException.class);

        wm.verify(1, deleteRequestedFor(anyUrl()));
        wm.verify(deleteRequestedFor(urlPathEqualTo("/v1/ltxstudio/scheduler/" + dev.ltxflux.feign.wire.WireMapper.pathSegment(JOB_ID))));
    }

    @Test
    void aStopAnswered204Succeeds() {
        wm.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
        client.scheduler().stop(new JobId(JOB_ID));
        wm.verify(1, deleteRequestedFor(urlPathEqualTo("/v1/ltxstudio/scheduler/" + dev.ltxflux.feign.wire.WireMapper.pathSegment(JOB_ID))));
    }

    @Test
    void anAccountRemoveAndAnAccountSetupAreSentOnceOnAServerError() {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("{\"error\":\"boom\"}")));

        assertThatThrownBy(() -> client.accounts().remove(new AccountEmail("a@example.com"))).isInstanceOf(ServerException.class);
        assertThatThrownBy(() -> client.accounts().add(AccountSetup.of(COOKIE, 2))).isInstanceOf(ServerException.class);

        wm.verify(1, deleteRequestedFor(urlPathEqualTo("/v1/ltxstudio/accounts/a%40example.com")));
        wm.verify(1, postRequestedFor(urlPathEqualTo("/v1/ltxstudio/accounts")));
    }

    @Test
    void theAccountSetupSendsTheCookieAndMaxJobsOnlyWhenSet() {
        wm.stubFor(post(urlPathEqualTo("/v1/ltxstudio/accounts")).willReturn(okJson("{\"email\":\"a@example.com\",\"maxJobs\":20}")));

        assertThat(client.accounts().add(AccountSetup.of(COOKIE, 4)).email()).isEqualTo("a@example.com");
        client.accounts().add(AccountSetup.of(COOKIE, null));

        wm.verify(postRequestedFor(urlPathEqualTo("/v1/ltxstudio/accounts"))
                .withRequestBody(equalToJson("{\"cookie\":\"" + COOKIE + "\",\"maxJobs\":4}")));
        wm.verify(postRequestedFor(urlPathEqualTo("/v1/ltxstudio/accounts"))
                .withRequestBody(equalToJson("{\"cookie\":\"" + COOKIE + "\"}")));
    }

    @Test
    void anAnswerWithoutAnEmailTakesTheOneInTheCookie() {
        wm.stubFor(post(urlPathEqualTo("/v1/ltxstudio/accounts")).willReturn(okJson("{\"maxJobs\":4}")));
        assertThat(client.accounts().add(AccountSetup.of(COOKIE, 4)).email()).isEqualTo("a@example.com");
    }

    @Test
    void cookieValuesEchoedBareByTheServerAreHiddenInThatErrorAndInEveryLaterOne() {
        client.close();
        client = clientBuilder().maxAttempts(1).build();
        wm.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":\"bad cookie: " + ACCOUNT_TOKEN + " / " + REFRESH + "\",\"code\":400}")));
        wm.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500)
                .withBody("{\"error\":\"still holding " + REFRESH + "\",\"code\":500}")));

        ApiException setup = catchThrowableOfType(ApiException.class, () -> client.accounts().add(AccountSetup.of(COOKIE, 2)));
        ApiException later = catchThrowableOfType(ApiException.class, () -> client.scheduler().running());

        for (ApiException e : new ApiException[] {setup, later}) {
            assertThat(e.getMessage()).doesNotContain(REFRESH).contains(Redactor.REDACTED);
            assertThat(e.body()).doesNotContain(REFRESH);
            assertThat(e.apiMessage()).doesNotContain(REFRESH);
        }
        assertThat(setup.getMessage()).doesNotContain(ACCOUNT_TOKEN);
    }
}
