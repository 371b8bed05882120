package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.core.service.AssetPager;

/**
 * {@link LtxAssets} over core's use cases. The client's {@link ClientGuard} refuses its calls once the client is closed,
 * and {@code lists} is guarded too, so a listing made before the close fetches no page after it.
 */
final class ClientAssets implements LtxAssets {

    private final UploadReferenceUseCase uploads;
    private final ListAssetsPort lists;

    ClientAssets(UploadReferenceUseCase uploads, ListAssetsPort lists) {
        this.uploads = uploads;
        this.lists = lists;
    }

    @Override
    public AssetListing list(AssetQuery query) {
        return new AssetPager(lists, query);
    }

    @Override
    public UploadedAsset upload(AssetUpload upload) {
        return uploads.upload(upload);
    }
}
