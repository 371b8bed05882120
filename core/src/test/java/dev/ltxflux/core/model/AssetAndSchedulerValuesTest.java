package dev.ltxflux.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import dev.ltxflux.core.model.scheduler.RunningJob;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of the asset list and the scheduler: ranges checked, quirks of the published examples kept. */
class AssetAndSchedulerValuesTest {

    @Test
    void aQueryChecksPageLimitAndFilter() {
        assertThat(AssetQuery.all()).isEqualTo(new AssetQuery(null, 1, 20, null));
        assertThat(AssetQuery.images().kind()).contains("images");
        assertThat(AssetQuery.all().page(3).page()).isEqualTo(3);
        assertThat(new AssetQuery("a@b.c", 1, 100, "other").account()).contains("a@b.c");
        assertThatThrownBy(() -> new AssetQuery(null, 0, 20, null)).hasMessageContaining("'page' must be 1 or more (was 0)");
        assertThatThrownBy(() -> new AssetQuery(null, 1, 0, null)).hasMessageContaining("'limit' must be 1 to 100 (was 0)");
        assertThatThrownBy(() -> new AssetQuery(null, 1, 101, null)).hasMessageContaining("(was 101)");
        assertThatThrownBy(() -> new AssetQuery(null, 1, 20, "pictures")).hasMessageContaining("'filter' must be images");
        assertThat(AssetQuery.all().kind()).isEmpty();
        assertThat(AssetQuery.all().account()).isEmpty();
    }

    @Test
    void aPageHasANextPageOnlyWithItemsBeforeTheLast() {
        Asset a = new Asset("7a34", new JobId("email:a@b.c-job:7a34-type:image"), Artifact.of(null, null, "asset:1", null, null, null), null);
        assertThat(new AssetPage(List.of(a), 3, 1, 1, 3, 2).hasNextPage()).isTrue();
        assertThat(new AssetPage(List.of(a), 3, 1, 1, 3, 3).hasNextPage()).isFalse();
        assertThat(new AssetPage(List.of(), 3, 0, 1, 3, 1).hasNextPage()).isFalse();
        assertThat(a.job()).isPresent();
        assertThat(a.largeThumbnail()).isEmpty();
    }

    @Test
    void aRunningJobKeepsThePublishedQuirksAsText() {
        RunningJob odd = new RunningJob("email:a@b.c-job:8b45c932-0ae1-316f-e32c-5bcd7g8940f8-type:video", "a@b.c",
                "2025-06-03T12:45:67.890Z", "02:34", null, "reference-id-2");
        assertThat(odd.job()).map(JobId::uuid).contains(java.util.Optional.of("8b45c932-0ae1-316f-e32c-5bcd7g8940f8"));
        assertThat(odd.started()).isEqualTo("2025-06-03T12:45:67.890Z");
        assertThat(odd.reference()).contains("reference-id-2");
        RunningJob empty = new RunningJob(" ", null, null, null, null, "");
        assertThat(empty.job()).isEmpty();
        assertThat(empty.reference()).isEmpty();
    }
}
