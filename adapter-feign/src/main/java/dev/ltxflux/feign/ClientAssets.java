package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import java.nio.file.Path;

/** {@link LtxAssets} over core's use cases; refuses calls once its client is closed. */
final class ClientAssets implements LtxAssets {

    private final ClientGuard guard;
    private final UploadReferenceUseCase uploads;

    ClientAssets(ClientGuard guard, UploadReferenceUseCase uploads) {
        this.guard = guard;
        this.uploads = uploads;
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
