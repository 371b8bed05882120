package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.UploadedAsset;

/** Incoming port: uploads one reference image (PNG, JPEG or WebP, checked before sending) for later edits. */
public interface UploadReferenceUseCase {

    /** Uploads the image and returns the asset an edit can reference. */
    UploadedAsset upload(AssetUpload upload);
}
