package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.feign.wire.AssetListMapper;

/** Core's asset-list port over {@code GET assets/}: a read, retried by the policy; the client's e-mail fills a query without one. */
final class FeignAssetList implements ListAssetsPort {

    private final LtxApi api;
    private final FeignCalls calls;
    private final RetryPolicy retry;
    private final String defaultEmail;
    private final AssetListMapper mapper = new AssetListMapper();

    FeignAssetList(LtxApi api, FeignCalls calls, RetryPolicy retry, String defaultEmail) {
        this.api = api;
        this.calls = calls;
        this.retry = retry;
        this.defaultEmail = defaultEmail;
    }

    @Override
    public AssetPage list(AssetQuery query) {
        String email = query.account().orElse(defaultEmail);
        return retry.idempotent("assets", () -> mapper.page(calls.body(
                () -> api.listAssets(email, query.page(), query.limit(), query.kind().orElse(null)), null), query.page()));
    }
}
