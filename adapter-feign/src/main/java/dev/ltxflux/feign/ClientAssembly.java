package dev.ltxflux.feign;

import dev.ltxflux.core.port.out.ClientEventsPort;
import dev.ltxflux.core.port.out.DownloadArtifactPort;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.core.service.AwaitJobService;
import dev.ltxflux.core.model.journal.IntentKey;
import dev.ltxflux.core.service.CreateImageService;
import dev.ltxflux.core.service.DownloadService;
import dev.ltxflux.core.service.EditImageService;
import dev.ltxflux.core.service.GuardedEvents;
import dev.ltxflux.core.service.PaidJobService;
import dev.ltxflux.core.service.ReadJobService;
import dev.ltxflux.core.service.UploadReferenceService;
import dev.ltxflux.core.service.UpscaleImageService;
import dev.ltxflux.feign.wire.WireMapper;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root of the client: the only place that builds Feign, the HTTP transports and the retry policy and
 * wires them into core's services. Everything it builds comes from one {@link LtxClientOptions}.
 */
final class ClientAssembly {

    private ClientAssembly() {
    }

    /** The options' clock, or the wall clock (read here, in the composition root, only). */
    static Clock clock(LtxClientOptions o) {
        return o != null && o.clock() != null ? o.clock() : Clock.systemUTC();
    }

    static LtxClient assemble(LtxClientOptions o) {
        Clock clock = clock(o);
        Redactor redactor = Redactor.with(o.token());
        WireMapper mapper = new WireMapper(clock, redactor);
        ClientEventsPort events = GuardedEvents.of(o.events());
        RetryPolicy retry = new RetryPolicy(o.maxAttempts(), o.retryBaseDelay(), o.maxRetryDelay(), o.delays(),
                new Random(), clock, events, o.callTimeout());
        LtxApi api = api(o, mapper, redactor, LtxApi.class);
        FeignCalls calls = new FeignCalls(mapper, redactor);
        SubmitCalls submits = new SubmitCalls(mapper, calls, retry);
        FeignPorts ports = new FeignPorts(api, mapper, calls, retry, submits, o.email());
        FeignImagePorts imagePorts = new FeignImagePorts(api(o, mapper, redactor, LtxImageApi.class), submits, o.email());
        HttpClient assets = HttpClient.newBuilder().connectTimeout(o.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        DownloadArtifactPort downloader = new HttpArtifactDownloader(assets, o.readTimeout(), o.maxDownloadBytes(), retry,
                redactor);
        ExecutorService ownedExecutor = o.executor() == null ? Executors.newFixedThreadPool(4, daemonThreads()) : null;
        AwaitJobService awaiter = new AwaitJobService(ports::readOnce, clock, o.delays(),
                o.executor() == null ? ownedExecutor : o.executor(), o.polling(), events);
        DownloadService downloads = new DownloadService(ports, downloader, clock);
        PaidJobService paid = new PaidJobService(o.journal(), awaiter, downloads, clock, IntentKey::random, events);
        ClientGuard guard = new ClientGuard();
        // await and awaitAsync are left to the awaiter, which ends a wait of a closed client itself (awaitAsync with a
        // failed future, never a throw)
        LtxImages images = guard.around(LtxImages.class, new ClientImages(new EditImageService(ports, ports, paid),
                new CreateImageService(ports, imagePorts, paid), new UpscaleImageService(imagePorts, paid), awaiter,
                new ReadJobService(ports), downloads), "await", "awaitAsync");
        LtxAssets assetResource = guard.around(LtxAssets.class, new ClientAssets(new UploadReferenceService(ports),
                guard.around(ListAssetsPort.class, new FeignAssetList(api, calls, retry, o.email()))));
        LtxScheduler scheduler = guard.around(LtxScheduler.class, new ClientScheduler(new FeignScheduler(api, calls, retry)));
        LtxAccounts accounts = guard.around(LtxAccounts.class, new ClientAccounts(new FeignAccounts(api, calls, retry, redactor)));
        return new DefaultLtxClient(o, guard, images, assetResource, scheduler, accounts, awaiter, ports, ownedExecutor);
    }

    /**
     * The one Feign builder, for each Feign interface of the client: our transport (bounded JDK client), no Feign
     * retries (ours decide), every secret redacted.
     */
    private static <T> T api(LtxClientOptions o, WireMapper mapper, Redactor redactor, Class<T> type) {
        boolean loopback = OptionRules.isLoopback(URI.create(o.baseUrl()).getHost());
        HttpClient http = HttpClient.newBuilder().connectTimeout(o.connectTimeout())
                .version(loopback ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2).build();
        String token = o.token();
        return Feign.builder()
                .client(new BoundedJdkClient(http, o.readTimeout(), o.maxAnswerBytes()))
                .encoder(new BodyEncoder(mapper.json()))
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(o.connectTimeout(), o.readTimeout(), false))
                .requestInterceptor(template -> template.header("Authorization", "Bearer " + token))
                .logger(new RedactingLogger(redactor))
                .logLevel(feignLevel(o.logLevel()))
                .target(type, o.baseUrl());
    }

    private static Logger.Level feignLevel(LtxClient.LogLevel level) {
        return switch (level) {
            case NONE -> Logger.Level.NONE;
            case BASIC -> Logger.Level.BASIC;
            case HEADERS -> Logger.Level.HEADERS;
            case FULL -> Logger.Level.FULL;
        };
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "ltxflux-await-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
