package dev.ltxflux.feign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.error.ClientClosedException;
import dev.ltxflux.core.model.account.AccountEmail;
import dev.ltxflux.core.model.account.AccountSetup;
import dev.ltxflux.core.model.asset.AssetId;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.edit.CreateRequest;
import dev.ltxflux.core.model.edit.EditRequest;
import dev.ltxflux.core.model.edit.UpscaleRequest;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.core.port.in.AwaitJobUseCase.AwaitOptions;
import dev.ltxflux.core.port.in.CreateImageCommand;
import dev.ltxflux.core.port.in.EditImageCommand;
import dev.ltxflux.mock.render.ImageEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Once closed, a client refuses every call of every resource with {@link ClientClosedException} before anything is
 * validated or sent: the server sees no request. A listing made before the close refuses to fetch its pages after it.
 */
class ClosedClientTest extends WireMockSupport {

    @TempDir
    Path dir;

    /** Each call by name; {@code png} need exist only when the call runs. */
    static Map<String, Consumer<LtxClient>> calls(Path dir) {
        Path png = dir.resolve("in.png");
        Path out = dir.resolve("out.png");
        AwaitOptions await = AwaitOptions.defaults();
        return Map.ofEntries(
                Map.entry("images().edit", c -> c.images().edit(EditImageCommand.forAsset(new AssetId("asset:1"),
                        EditRequest.builder().prompt("fog"), out, await))),
                Map.entry("images().submitEdit", c -> c.images().submitEdit(
                        EditRequest.builder().prompt("fog").referenceAssetId("asset:1").build())),
                Map.entry("images().create", c -> c.images().create(CreateImageCommand.of(CreateRequest.builder().prompt("a cat"),
                        out, await))),
                Map.entry("images().submitCreate", c -> c.images().submitCreate(CreateRequest.builder().prompt("a cat").build())),
                Map.entry("images().upscale", c -> c.images().upscale(UpscaleRequest.of(new JobId(JOB_ID)), out, await)),
                Map.entry("images().submitUpscale", c -> c.images().submitUpscale(UpscaleRequest.of(new JobId(JOB_ID)))),
                Map.entry("images().status", c -> c.images().status(new JobId(JOB_ID))),
                Map.entry("assets().upload(Path)", c -> c.assets().upload(png)),
                Map.entry("assets().upload(AssetUpload)", c -> c.assets().upload(AssetUpload.of(ReferenceImage.of(png)))),
                Map.entry("assets().list", c -> c.assets().list(AssetQuery.all()).firstPage()),
                Map.entry("scheduler().running", c -> c.scheduler().running()),
                Map.entry("scheduler().capacity", c -> c.scheduler().capacity()),
                Map.entry("scheduler().stop", c -> c.scheduler().stop(new JobId(JOB_ID))),
                Map.entry("accounts().list", c -> c.accounts().list()),
                Map.entry("accounts().get", c -> c.accounts().get("a@example.com")),
                Map.entry("accounts().add", c -> c.accounts().add(AccountSetup.of(ResourceCallsTest.COOKIE, 2))),
                Map.entry("accounts().remove", c -> c.accounts().remove(new AccountEmail("a@example.com"))));
    }

    static Iterable<String> names() {
        return new java.util.TreeSet<>(calls(Path.of("unused")).keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyResourceCallOfAClosedClientIsRefusedAndSendsNothing(String name) throws Exception {
        wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)));
        Files.write(dir.resolve("in.png"), ImageEditor.sample(16, 16));
        Consumer<LtxClient> call = calls(dir).get(name);
        client.close();

        assertThatThrownBy(() -> call.accept(client)).isInstanceOf(ClientClosedException.class).hasMessage("the client is closed");
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aListingMadeBeforeTheCloseFetchesNoPageAfterIt() {
        wm.stubFor(get(urlPathEqualTo("/v1/ltxstudio/assets/")).willReturn(okJson("{\"items\":[]}")));
        AssetListing listing = client.assets().list(AssetQuery.all());
        client.close();

        assertThatThrownBy(listing::firstPage).isInstanceOf(ClientClosedException.class);
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aWaitOfAClosedClientIsEndedByTheAwaiterNamingTheJobAndAnAsyncOneFailsItsFutureRatherThanThrowing() {
        client.close();

        var future = client.images().awaitAsync(new JobId(JOB_ID), AwaitOptions.defaults());
        assertThat(future).isCompletedExceptionally();
        assertThat(future.handle((job, failure) -> failure).join()).isInstanceOfSatisfying(ClientClosedException.class,
                e -> assertThat(e.jobId()).contains(new JobId(JOB_ID)));
        assertThatThrownBy(() -> client.images().await(new JobId(JOB_ID), AwaitOptions.defaults()))
                .isInstanceOfSatisfying(ClientClosedException.class, e -> assertThat(e.jobId()).contains(new JobId(JOB_ID)));
        assertThat(wm.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void theResourcesOfAClosedClientStillAnswerObjectMethodsWithoutThrowing() {
        client.close();

        assertThat(client.scheduler()).isEqualTo(client.scheduler()).hasSameHashCodeAs(client.scheduler());
        assertThat(client.accounts().toString()).isNotBlank();
    }
}
