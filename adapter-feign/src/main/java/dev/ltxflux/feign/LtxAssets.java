package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.asset.UploadedAsset;
import java.nio.file.Path;

/** The assets of an account ({@code assets/}): {@code client.assets()}. */
public interface LtxAssets {

    /** Uploads a PNG, JPEG or WebP file (checked before sending) as a reference image of the default account. */
    default UploadedAsset upload(Path image) {
        return upload(AssetUpload.of(ReferenceImage.of(image)));
    }

    /** Uploads a reference image, optionally for a named account; the answer's {@code fileId} is its asset id. */
    UploadedAsset upload(AssetUpload upload);
}
