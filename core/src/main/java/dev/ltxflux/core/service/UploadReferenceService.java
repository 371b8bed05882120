package dev.ltxflux.core.service;

import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.port.in.UploadReferenceUseCase;
import dev.ltxflux.core.port.out.UploadAssetPort;
import java.util.Objects;

/** Uploads a reference image through the upload port (re-sent only when the server certainly did not take it). */
public final class UploadReferenceService implements UploadReferenceUseCase {

    private final UploadAssetPort uploader;

    public UploadReferenceService(UploadAssetPort uploader) {
        this.uploader = Objects.requireNonNull(uploader, "uploader");
    }

    @Override
    public UploadedAsset upload(AssetUpload upload) {
        return uploader.upload(Objects.requireNonNull(upload, "upload"));
    }
}
