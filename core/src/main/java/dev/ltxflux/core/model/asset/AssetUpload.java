package dev.ltxflux.core.model.asset;

import java.util.Objects;
import java.util.Optional;

/** One upload: the checked image and, when several accounts are configured, the account to store it in. */
public record AssetUpload(ReferenceImage image, String email) {

    public AssetUpload {
        Objects.requireNonNull(image, "image");
    }

    public static AssetUpload of(ReferenceImage image) {
        return new AssetUpload(image, null);
    }

    /** The account e-mail, when one was chosen. */
    public Optional<String> account() {
        return Optional.ofNullable(email);
    }
}
