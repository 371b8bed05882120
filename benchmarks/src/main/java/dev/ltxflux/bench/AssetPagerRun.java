package dev.ltxflux.bench;

import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.LtxMockServer;
import dev.ltxflux.mock.config.MockConfig;
import dev.ltxflux.mock.render.ImageEditor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client's auto-pager over {@code N} assets of the in-process mock: pages fetched, wall time and the heap held while
 * iterating (sampled every 500 items after a GC, so it shows what the pager keeps, not what it has let go).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar dev.ltxflux.bench.AssetPagerRun [assets] [pageSize]}.
 */
public final class AssetPagerRun {

    private AssetPagerRun() {
    }

    public static void main(String[] args) {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        LtxMockServer mock = new LtxMockServer(MockConfig.builder().port(0).maxStoredUploads(assets + 10)
                .maxStoredUploadBytes(1L << 30).build()).start();
        byte[] png = ImageEditor.sample(16, 16);
        for (int i = 0; i < assets; i++) {
            mock.store().storeUpload(MockConfig.DEFAULT_ACCOUNT, "image/png", png);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (LtxClient client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).build()) {
            for (int round = 1; round <= 3; round++) {
                System.gc();
                long before = memory.getHeapMemoryUsage().getUsed();
                AtomicLong maxHeld = new AtomicLong();
                AtomicLong n = new AtomicLong();
                long start = System.nanoTime();
                AssetListing pager = client.assets().list(AssetQuery.all().limit(pageSize));
                pager.forEach(a -> {
                    if (n.incrementAndGet() % 500 == 0) {
                        System.gc();
                        maxHeld.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - before, Math::max);
                    }
                });
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("round %d: %d assets, %d pages fetched (totalPages %d), %d ms (incl. GC samples), "
                        + "heap held above baseline at most %.1f MiB%n", round, n.get(), pager.pagesFetched(),
                        pager.firstPage().totalPages(), millis, Math.max(0, maxHeld.get()) / 1048576.0);
                start = System.nanoTime();
                long count = client.assets().list(AssetQuery.all().limit(pageSize)).stream().count();
                System.out.printf("round %d: stream().count() of %d assets without sampling: %d ms%n", round, count,
                        (System.nanoTime() - start) / 1_000_000);
            }
        } finally {
            mock.stop();
        }
    }
}
