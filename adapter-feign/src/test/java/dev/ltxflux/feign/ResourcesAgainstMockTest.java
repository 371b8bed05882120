package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.JobNotFoundException;
import dev.ltxflux.core.error.NotFoundException;
import dev.ltxflux.core.model.account.Account;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.Capacity;
import dev.ltxflux.core.model.scheduler.RunningJob;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.mock.junit5.LtxMockExtension;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code assets().list}, {@code scheduler()} and {@code accounts()} against the real mock over HTTP. */
class ResourcesAgainstMockTest {

    @RegisterExtension
    static LtxMockExtension ltx = LtxMockExtension.with(b -> b.jobDuration(Duration.ofSeconds(30))).withManualClock();

    static final String REFRESH = "refresh-SECRET-value-123";

    @TempDir
    Path dir;

    private LtxClient client;

    static String cookie(String email) {
        Base64.Encoder b = Base64.getUrlEncoder().withoutPadding();
        String jwt = b.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b.encodeToString(("{\"email\":\"" + email + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
        return "lt_id=user7; lt_token=" + jwt + "; lt_refresh_token=" + REFRESH;
    }

    @BeforeEach
    void setUp() {
        client = LtxClient.builder().baseUrl(ltx.baseUrl()).token(ltx.token()).build();
    }

    @AfterEach
    void tearDown() {
        client.close();
        assertThat(ltx.server().store().drifts().all()).isEmpty();
    }

    private JobId submitOne() throws Exception {
        Path in = Files.write(dir.resolve("in-" + System.nanoTime() + ".png"), ImageEditor.sample(64, 48));
        var asset = client.upload(in);
        return client.submit(EditRequest.builder().prompt("Add fog").referenceAssetId(asset.fileId().value()).build()).jobId();
    }

    @Test
    void theAutoPagerWalksEveryPageLazilyAndStopsAtTheLast() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.write(dir.resolve("u" + i + ".png"), ImageEditor.sample(32, 32));
            client.upload(dir.resolve("u" + i + ".png"));
            ltx.advance(Duration.ofMillis(10));
        }
        AssetListing pager = client.assets().list(AssetQuery.images().limit(2));
        assertThat(pager.pagesFetched()).isZero();
        assertThat(pager.firstPage().totalItems()).isEqualTo(5);
        assertThat(pager.firstPage().totalPages()).isEqualTo(3);
        List<Asset> all = pager.stream().toList();
        assertThat(all).hasSize(5);
        assertThat(all).allSatisfy(a -> {
            assertThat(a.job()).isEmpty();
            assertThat(a.largeThumbnail()).isPresent();
        });
        assertThat(all.get(0).signed().expiresAt()).isPresent();
        assertThat(pager.pagesFetched()).isEqualTo(3);
        assertThat(client.assets().list(AssetQuery.all().filter("audio")).stream()).isEmpty();
    }

    @Test
    void aBadQueryIsRefusedBeforeSendingWithEveryViolation() {
        assertThatThrownBy(() -> client.assets().list(new AssetQuery("x y", 0, 0, "gifs")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations()).hasSize(4));
    }

    @Test
    void theSchedulerShowsTheRunningJobAndCapacityAndAStopMakesItUntracked() throws Exception {
        JobId job = submitOne();
        List<RunningJob> running = client.scheduler().running();
        assertThat(running).singleElement().satisfies(r -> assertThat(r.job()).contains(job));
        Capacity capacity = client.scheduler().capacity();
        assertThat(capacity.available()).singleElement().satisfies(a -> {
            assertThat(a.executing()).isEqualTo(1);
            assertThat(a.consistent()).isTrue();
        });
        client.scheduler().stop(job);
        assertThat(client.scheduler().running()).isEmpty();
        assertThat(client.status(job).id()).isEqualTo(job);
        assertThatThrownBy(() -> client.scheduler().stop(job)).isInstanceOf(NotFoundException.class)
                .isNotInstanceOf(JobNotFoundException.class).hasMessageContaining("Unable to locate running jobId");
    }

    @Test
    void anAccountIsAddedFromItsCookieShownWithItsBalanceAndRemoved() {
        Account added = client.accounts().add(AccountSetup.of(cookie("second@example.com"), 4));
        assertThat(added.email()).isEqualTo("second@example.com");
        assertThat(added.maxJobs()).isEqualTo(4);
        assertThat(client.accounts().list()).extracting(Account::email).containsExactly("user@example.com", "second@example.com");
        Account shown = client.accounts().get("second@example.com");
        assertThat(shown.tokens()).isPresent();
        assertThat(shown.ltId()).isEqualTo("user7");
        client.accounts().remove(new dev.ltxflux.core.model.account.AccountEmail("second@example.com"));
        assertThatThrownBy(() -> client.accounts().get("second@example.com")).isInstanceOf(NotFoundException.class)
                .isNotInstanceOf(JobNotFoundException.class).hasMessageContaining("Account configuration not found");
    }

    @Test
    void withNoAccountTheListIsEmptyNotAnError() {
        client.accounts().remove(new dev.ltxflux.core.model.account.AccountEmail("user@example.com"));
        assertThat(client.accounts().list()).isEmpty();
    }

    @Test
    void theCookieNeverReachesAnErrorMessageOrTheRequestLog() {
        String bad = "lt_id=u; lt_token=NOT-A-JWT-SECRET; lt_refresh_token=" + REFRESH;
        assertThatThrownBy(() -> client.accounts().add(AccountSetup.of(bad, null)))
                .hasMessageNotContaining("NOT-A-JWT-SECRET").hasMessageNotContaining(REFRESH);
        assertThat(ltx.server().store().requests().all().toString()).doesNotContain(REFRESH).doesNotContain("NOT-A-JWT-SECRET");
    }
}
