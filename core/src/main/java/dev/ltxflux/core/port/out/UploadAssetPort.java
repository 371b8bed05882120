package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;

/** Outgoing port: uploads a reference image. Not idempotent: re-sent only when the server certainly did not take it. */
public interface UploadAssetPort {

    /** Uploads the image bytes with their own MIME type and returns the asset to reference. */
    UploadedAsset upload(AssetUpload upload);
}
