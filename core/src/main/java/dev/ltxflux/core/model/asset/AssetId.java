package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.model.text.Text;

/**
 * An asset's {@code fileId}, e.g. {@code asset:3b18…-type:image/png}. Opaque: only "not blank" is checked, since the
 * published ids contain {@code /} and placeholder characters.
 */
public record AssetId(String value) {

    public AssetId {
        if (value == null) {
            throw new InvalidRequestException("assetId", "is required");
        }
        if (Text.isBlank(value)) {
            throw new InvalidRequestException("assetId", "must not be blank");
        }
    }

    /** An asset id for a named request field, so that an error names that field. */
    public static AssetId of(String field, String value) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (Text.isBlank(value)) {
            throw new InvalidRequestException(field, "must not be blank");
        }
        return new AssetId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
