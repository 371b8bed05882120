package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.model.job.Artifact;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The answer to an upload: the {@code fileId} to pass as {@code referenceAssetId}, and where the copy lives. */
public record UploadedAsset(AssetId fileId, String mimeType, String type, URI assetUrl, Instant expiresAt) {

    public UploadedAsset {
        Objects.requireNonNull(fileId, "fileId");
    }

    /** From wire fields; {@code expirationDateString} is epoch milliseconds in a string. */
    public static UploadedAsset of(AssetId fileId, String mimeType, String type, URI assetUrl, String expirationDateString) {
        return new UploadedAsset(fileId, mimeType, type, assetUrl, Artifact.parseExpiry(expirationDateString).orElse(null));
    }

    public Optional<URI> assetUrlValue() {
        return Optional.ofNullable(assetUrl);
    }

    public Optional<Instant> expiresAtValue() {
        return Optional.ofNullable(expiresAt);
    }
}
