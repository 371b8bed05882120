package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.ltxflux.core.error.UnexpectedResponseException;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.AccountCapacity;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every field of the scheduler, asset-list and account answers reaches core's values as the API sent it (the published
 * examples' quirks included), absent fields take their documented fallbacks, and unusable values are refused as an
 * unexpected answer rather than guessed. Real HTTP to a WireMock on loopback.
 */
class ResourceAnswersTest extends WireMockSupport {

    static final String RUNNING = "{\"jobId\":\"email:a@example.com:8b45c932-0ae1-316f-e32c-5bcd7g8940f8-type:video\","
            + "\"email\":\"a@example.com\",\"started\":\"2025-06-03T12:45:67.890Z\",\"elapsed\":\"02:34\","
            + "\"replyUrl\":\"https://example.com/webhook\",\"replyRef\":\"reference-id-2\"}";

    private void answer(String path, String json) {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio" + path)).willReturn(okJson(json)));
    }

    @Test
    void aRunningJobKeepsEveryFieldAsSentEvenTheInvalidTimeAndUuidOfThePublishedExample() {
        answer("/scheduler", "[" + RUNNING + "]");

        assertThat(client.scheduler().running()).containsExactly(new RunningJob(
                "email:a@example.com:8b45c932-0ae1-316f-e32c-5bcd7g8940f8-type:video", "a@example.com",
                "2025-06-03T12:45:67.890Z", "02:34", "https://example.com/webhook", "reference-id-2"));
    }

    @Test
    void theRunningListMustBeATopLevelArray() {
        answer("/scheduler", "{\"jobs\":[]}");

        assertThatThrownBy(() -> client.scheduler().running()).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("expected a JSON array");
    }

    @Test
    void capacityMapsTheExecutingJobsAndEachAccountsSlots() {
        answer("/scheduler/available", "{\"executing\":[" + RUNNING + "],\"available\":["
                + "{\"email\":\"a@example.com\",\"maxJobs\":5,\"executing\":1,\"available\":4},"
                + "{\"email\":\"b@example.com\",\"maxJobs\":3,\"executing\":0,\"available\":3}]}");

        Capacity capacity = client.scheduler().capacity();

        assertThat(capacity.executing()).extracting(RunningJob::replyRef).containsExactly("reference-id-2");
        assertThat(capacity.available()).containsExactly(new AccountCapacity("a@example.com", 5, 1, 4),
                new AccountCapacity("b@example.com", 3, 0, 3));
    }

    @Test
    void capacityKeepsAnInconsistentAvailableAsSentAndComputesAMissingOneAsMaxJobsMinusExecuting() {
        answer("/scheduler/available", "{\"available\":["
                + "{\"email\":\"a@example.com\",\"maxJobs\":5,\"executing\":2,\"available\":1},"
                + "{\"email\":\"b@example.com\",\"maxJobs\":7,\"executing\":2},"
                + "{\"maxJobs\":2.0}]}");

        List<AccountCapacity> slots = client.scheduler().capacity().available();

        assertThat(slots.get(0)).isEqualTo(new AccountCapacity("a@example.com", 5, 2, 1));
        assertThat(slots.get(0).consistent()).isFalse();
        assertThat(slots.get(1)).isEqualTo(new AccountCapacity("b@example.com", 7, 2, 5));
        assertThat(slots.get(2)).as("no e-mail, no executing: blank and zero; 2.0 is a whole number")
                .isEqualTo(new AccountCapacity("", 2, 0, 2));
    }

    @Test
    void aSlotCountThatIsNotAWholeNumberIsAnUnexpectedAnswerNamingTheField() {
        answer("/scheduler/available", "{\"available\":[{\"email\":\"a@example.com\",\"maxJobs\":2.5}]}");
        assertThatThrownBy(() -> client.scheduler().capacity()).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("maxJobs must be a whole number (was 2.5)");

        answer("/scheduler/available", "{\"available\":[{\"email\":\"a@example.com\",\"executing\":\"1\"}]}");
        assertThatThrownBy(() -> client.scheduler().capacity()).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("executing must be a whole number");
    }

    @Test
    void capacityMustBeAnObject() {
        answer("/scheduler/available", "[]");
        assertThatThrownBy(() -> client.scheduler().capacity()).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("expected a JSON object");
    }

    @Test
    void anAssetPageMapsEveryItemFieldAndTheMeta() {
        answer("/assets/", "{\"items\":[{\"id\":\"7a34b821-9fd0-205e-d21b-4abc6f7839e7\",\"jobId\":\"" + JOB_ID + "\","
                + "\"signedAsset\":{\"assetUrl\":\"http://127.0.0.1:1/a.png\",\"expirationDateString\":\"4102444800000\","
                + "\"asset\":{\"type\":\"artifact\",\"fileId\":\"asset:1-type:image/png\",\"mimeType\":\"image/png\",\"artifactSubtype\":\"vertex-ai\"}},"
                + "\"relatedAssets\":{\"thumbnails\":{\"large\":{\"assetUrl\":\"http://127.0.0.1:1/t.webp\","
                + "\"asset\":{\"mimeType\":\"image/webp\"}}}}}],"
                + "\"meta\":{\"totalItems\":41,\"itemCount\":1,\"itemsPerPage\":20,\"totalPages\":3,\"currentPage\":2}}");

        AssetPage page = client.assets().list(AssetQuery.all().page(2)).firstPage();

        assertThat(page.totalItems()).isEqualTo(41);
        assertThat(page.itemCount()).isEqualTo(1);
        assertThat(page.itemsPerPage()).isEqualTo(20);
        assertThat(page.totalPages()).isEqualTo(3);
        assertThat(page.currentPage()).isEqualTo(2);
        Asset asset = page.items().get(0);
        assertThat(asset.id()).isEqualTo("7a34b821-9fd0-205e-d21b-4abc6f7839e7");
        assertThat(asset.job()).contains(new JobId(JOB_ID));
        assertThat(asset.signed().assetUrl()).contains(URI.create("http://127.0.0.1:1/a.png"));
        assertThat(asset.signed().expiresAt()).contains(Instant.ofEpochMilli(4102444800000L));
        assertThat(asset.signed().fileId()).contains("asset:1-type:image/png");
        assertThat(asset.signed().mimeType()).contains("image/png");
        assertThat(asset.signed().type()).contains("artifact");
        assertThat(asset.signed().subtype()).contains("vertex-ai");
        assertThat(asset.largeThumbnail()).hasValueSatisfying(t -> {
            assertThat(t.assetUrl()).contains(URI.create("http://127.0.0.1:1/t.webp"));
            assertThat(t.mimeType()).contains("image/webp");
        });
    }

    @Test
    void anUploadHasNoJobAnUnusableLinkIsAbsentAndAMissingThumbnailIsEmpty() {
        answer("/assets/", "{\"items\":["
                + "{\"id\":\"u1\",\"jobId\":\"\",\"signedAsset\":{\"assetUrl\":\"http://bad host/x\"}},"
                + "{\"id\":\"u2\",\"signedAsset\":{\"assetUrl\":\"  \"},\"relatedAssets\":{\"thumbnails\":{\"large\":\"none\"}}}],"
                + "\"meta\":{\"totalItems\":2,\"itemCount\":2,\"itemsPerPage\":20,\"totalPages\":1,\"currentPage\":1}}");

        List<Asset> items = client.assets().list(AssetQuery.all()).firstPage().items();

        assertThat(items).extracting(Asset::id).containsExactly("u1", "u2");
        assertThat(items).allSatisfy(a -> {
            assertThat(a.job()).isEmpty();
            assertThat(a.signed().assetUrl()).isEmpty();
            assertThat(a.largeThumbnail()).isEmpty();
        });
    }

    @Test
    void withoutMetaAPageCountsItsOwnItemsAndIsTheOneAsked() {
        answer("/assets/", "{\"items\":[{\"id\":\"a\",\"signedAsset\":{}},{\"id\":\"b\",\"signedAsset\":{}}]}");

        AssetPage page = client.assets().list(AssetQuery.all().page(3)).firstPage();

        assertThat(List.of(page.totalItems(), page.itemCount(), page.itemsPerPage(), page.totalPages(), page.currentPage()))
                .containsExactly(2, 2, 2, 3, 3);
        assertThat(page.hasNextPage()).isFalse();
    }

    @Test
    void anEmptyPageWithoutMetaHasNoPagesAndEndsTheListing() {
        answer("/assets/", "{\"items\":[]}");

        var listing = client.assets().list(AssetQuery.all().page(4));

        assertThat(listing.firstPage().totalPages()).isZero();
        assertThat(listing.firstPage().currentPage()).isEqualTo(4);
        assertThat(listing.stream()).isEmpty();
        assertThat(listing.pagesFetched()).isEqualTo(1);
    }

    @Test
    void metaCountsAreClampedToZeroAndToTheLargestInt() {
        answer("/assets/", "{\"items\":[],\"meta\":{\"totalItems\":-5,\"itemCount\":0,\"itemsPerPage\":20,"
                + "\"totalPages\":99999999999,\"currentPage\":1}}");

        AssetPage page = client.assets().list(AssetQuery.all()).firstPage();

        assertThat(page.totalItems()).isZero();
        assertThat(page.totalPages()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anItemWithoutAnIdIsAnUnexpectedAnswer() {
        answer("/assets/", "{\"items\":[{\"id\":\" \",\"signedAsset\":{}}]}");
        assertThatThrownBy(() -> client.assets().list(AssetQuery.all()).firstPage())
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("an item has no id");

        answer("/assets/", "{\"items\":[{\"signedAsset\":{}}]}");
        assertThatThrownBy(() -> client.assets().list(AssetQuery.all()).firstPage())
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("an item has no id");
    }

    @Test
    void aNonNumericMetaCountIsAnUnexpectedAnswer() {
        answer("/assets/", "{\"items\":[],\"meta\":{\"totalPages\":\"many\"}}");
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.assets().list(AssetQuery.all()).firstPage());
        assertThat(e).hasMessageContaining("totalPages must be a whole number");
        assertThat(e.body()).contains("\"many\"");
    }

    @Test
    void anUnreadableAnswerIsAnUnexpectedResponseCarryingTheBody() {
        answer("/assets/", "{\"items\": [ oops");
        UnexpectedResponseException e = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.assets().list(AssetQuery.all()).firstPage());
        assertThat(e).hasMessageContaining("unreadable JSON");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.body()).isEqualTo("{\"items\": [ oops");
    }

    @Test
    void anAccountMapsEveryFieldAndRoundsItsBalance() {
        answer("/accounts/a%40example.com", "{\"email\":\"a@example.com\",\"cookie\":{\"lt_id\":\"user123\","
                + "\"lt_token\":\"…secured…\",\"lt_refresh_token\":\"…secured…\"},\"maxJobs\":20,"
                + "\"updatedUTC\":\"2025-06-03T12:13:14.000Z\",\"tokenExpireUTC\":\"2025-07-03T12:13:14.000Z\","
                + "\"balance\":{\"LTXStudio_token\":149.6},\"latestCreatedAtMs\":{\"LTXStudio_token\":1717401194000},"
                + "\"error\":\"cookie expired\",}");

        assertThat(client.accounts().get("a@example.com")).isEqualTo(new Account("a@example.com", "user123", 20,
                "2025-06-03T12:13:14.000Z", "2025-07-03T12:13:14.000Z", 150L, 1717401194000L, "cookie expired"));
    }

    @Test
    void anAccountWithoutOptionalFieldsHasThemAbsent() {
        answer("/accounts/a%40example.com", "{\"email\":\"a@example.com\",\"balance\":{\"LTXStudio_token\":\"lots\"},"
                + "\"latestCreatedAtMs\":1717401194000}");

        Account account = client.accounts().get("a@example.com");

        assertThat(account).isEqualTo(new Account("a@example.com", null, null, null, null, null, null, null));
        assertThat(account.tokens()).isEmpty();
        assertThat(account.problem()).isEmpty();
    }

    @Test
    void anAccountAnswerWithoutAnEmailTakesTheOneAskedAndOneWithItsOwnKeepsIt() {
        answer("/accounts/a%40example.com", "{\"email\":\"\",\"maxJobs\":3}");
        assertThat(client.accounts().get("a@example.com").email()).isEqualTo("a@example.com");

        answer("/accounts/a%40example.com", "{\"email\":\"other@example.com\",\"maxJobs\":3}");
        assertThat(client.accounts().get("a@example.com").email()).isEqualTo("other@example.com");
    }

    @Test
    void theAccountListIsKeyedByEmailWithTrailingCommasAndSkipsWhatIsNotAnAccount() {
        answer("/accounts", "{\"a@example.com\":{\"maxJobs\":2,},\"b@example.com\":{\"email\":\"b@example.com\",\"maxJobs\":5},"
                + "\"count\":2,}");

        assertThat(client.accounts().list()).extracting(Account::email, Account::maxJobs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a@example.com", 2),
                        org.assertj.core.groups.Tuple.tuple("b@example.com", 5));
    }

    @Test
    void anAccountWithNoEmailAnywhereIsAnUnexpectedAnswer() {
        wm.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathEqualTo("/v1/ltxstudio/accounts"))
                .willReturn(okJson("{\"maxJobs\":3}")));
        String cookieWithoutEmail = "lt_id=u; lt_token=opaque-token-value; lt_refresh_token=opaque-refresh-value";

        assertThatThrownBy(() -> client.accounts().add(dev.ltxflux.core.model.account.AccountSetup.of(cookieWithoutEmail, 3)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("the account: no email");
    }

    @Test
    void aNullTopLevelAnswerIsRefusedNotReadAsEmpty() {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/accounts")).willReturn(aResponse().withStatus(200).withBody("null")));
        assertThatThrownBy(() -> client.accounts().list()).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("expected a JSON object");
    }
}
