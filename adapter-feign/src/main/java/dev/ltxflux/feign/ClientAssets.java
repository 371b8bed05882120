package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import dev.ltxflux.core.port.out.ListAssetsPort;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.core.service.AssetPager;
import java.nio.file.Path;

/** {@link LtxAssets} over core's use cases; refuses calls once its client is closed. */
final class ClientAssets implements LtxAssets {

    private final ClientGuard guard;
    private final UploadReferenceUseCase uploads;
    private final ListAssetsPort lists;

    ClientAssets(ClientGuard guard, UploadReferenceUseCase uploads, ListAssetsPort lists) {
        this.guard = guard;
        this.uploads = uploads;
        this.lists = lists;
    }

    @Override
    public AssetListing list(AssetQuery query) {
        guard.ensureOpen();
        return new AssetPager(q -> {
            guard.ensureOpen();
            return lists.list(q);
        }, query);
    }

    @Override
    public UploadedAsset upload(Path image) {
        guard.ensureOpen();
        return LtxAssets.super.upload(image);
    }

    @Override
    public UploadedAsset upload(AssetUpload upload) {
        guard.ensureOpen();
        return uploads.upload(upload);
    }
}
