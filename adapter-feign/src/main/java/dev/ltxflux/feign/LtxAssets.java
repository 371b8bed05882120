package dev.ltxflux.feign;

import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.model.asset.AssetUpload;
import dev.ltxflux.core.model.asset.ReferenceImage;
import dev.ltxflux.core.model.asset.UploadedAsset;
import dev.ltxflux.core.port.in.AssetListing;
import java.nio.file.Path;

/** The assets of an account ({@code assets/}): {@code client.assets()}: upload, and list with an auto-pager. */
public interface LtxAssets {

    /** Uploads a PNG, JPEG or WebP file (checked before sending) as a reference image of the default account. */
    default UploadedAsset upload(Path image) {
        return upload(AssetUpload.of(ReferenceImage.of(image)));
    }

    /** Uploads a reference image, optionally for a named account; the answer's {@code fileId} is its asset id. */
    UploadedAsset upload(AssetUpload upload);

    /**
     * Every asset the query matches, newest first, over all pages: an {@link Iterable} (and {@link AssetListing#stream()})
     * that fetches pages lazily as iteration reaches them and stops at the last or an empty page. Nothing is sent until
     * it is iterated or its {@link AssetListing#firstPage() first page} (with the meta) is asked for.
     */
    AssetListing list(AssetQuery query);

    /** Every asset of the client's account, pages of {@value AssetQuery#DEFAULT_LIMIT}. */
    default AssetListing list() {
        return list(AssetQuery.all());
    }
}
