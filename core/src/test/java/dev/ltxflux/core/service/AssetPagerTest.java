package dev.ltxflux.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.port.out.ListAssetsPort;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class AssetPagerTest {

    /** A fake of the port: {@code total} assets in pages of the query's limit; records every page asked. */
    static final class Pages implements ListAssetsPort {
        final List<Integer> asked = new ArrayList<>();
        final int total;
        IntFunction<AssetPage> override;

        Pages(int total) {
            this.total = total;
        }

        @Override
        public AssetPage list(AssetQuery q) {
            asked.add(q.page());
            if (override != null) {
                return override.apply(q.page());
            }
            int pages = (total + q.limit() - 1) / q.limit();
            List<Asset> items = new ArrayList<>();
            for (int i = (q.page() - 1) * q.limit(); i < Math.min(total, q.page() * q.limit()); i++) {
                items.add(asset("a" + i));
            }
            return new AssetPage(items, total, items.size(), q.limit(), pages, q.page());
        }
    }

    static Asset asset(String id) {
        return new Asset(id, null, Artifact.of(null, null, "asset:" + id + "-type:image/png", "image/png", "image", null), null);
    }

    @Test
    void iteratesEveryItemOfEveryPageInOrderAndStopsAtTheLastPage() {
        Pages port = new Pages(45);
        AssetPager pager = new AssetPager(port, AssetQuery.all().limit(20));
        List<String> ids = pager.stream().map(Asset::id).toList();
        assertThat(ids).hasSize(45).startsWith("a0", "a1").endsWith("a44");
        assertThat(port.asked).containsExactly(1, 2, 3);
    }

    @Test
    void fetchesLazilyAndAShortCircuitedStreamStopsFetching() {
        Pages port = new Pages(1000);
        AssetPager pager = new AssetPager(port, AssetQuery.all().limit(10));
        assertThat(port.asked).isEmpty();
        assertThat(pager.stream().limit(15).count()).isEqualTo(15);
        assertThat(port.asked).containsExactly(1, 2);
    }

    @Test
    void theFirstPageAndItsMetaAreKnownBeforeIteratingAndFetchedOnce() {
        Pages port = new Pages(45);
        AssetPager pager = new AssetPager(port, AssetQuery.all().limit(20));
        assertThat(pager.firstPage().totalItems()).isEqualTo(45);
        assertThat(pager.firstPage().totalPages()).isEqualTo(3);
        pager.forEach(a -> { });
        assertThat(port.asked).containsExactly(1, 2, 3);
        assertThat(pager.pagesFetched()).isEqualTo(3);
    }

    @Test
    void anEmptyPageEndsIterationEvenWhenTheMetaPromisesMore() {
        Pages port = new Pages(0);
        port.override = n -> n == 1 ? new AssetPage(List.of(asset("x")), 100, 1, 1, 100, 1)
                : new AssetPage(List.of(), 100, 0, 1, 100, n);
        assertThat(new AssetPager(port, AssetQuery.all().limit(1)).stream().count()).isEqualTo(1);
        assertThat(port.asked).containsExactly(1, 2);
    }

    @Test
    void aServerThatRepeatsItsCurrentPageCannotMakeThePagerLoop() {
        Pages port = new Pages(0);
        port.override = n -> new AssetPage(List.of(asset("p" + n)), 3, 1, 1, 3, 1);
        assertThat(new AssetPager(port, AssetQuery.all().limit(1)).stream().map(Asset::id).toList()).containsExactly("p1", "p2", "p3");
    }

    @Test
    void noAssetsMeansOneRequestAndNothingIterated() {
        Pages port = new Pages(0);
        assertThat(new AssetPager(port, AssetQuery.all()).iterator().hasNext()).isFalse();
        assertThat(port.asked).containsExactly(1);
    }
}
