package dev.ltxflux.core.model.job;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A job's result: {@code status.artifact}. The signed {@code assetUrl} may be missing while the job already says
 * {@code completed} (the documented out-of-sync quirk); {@code expirationDateString} is epoch milliseconds in a string.
 */
public final class Artifact {

    private final URI assetUrl;
    private final Instant expiresAt;
    private final String fileId;
    private final String mimeType;
    private final String type;
    private final String subtype;

    private Artifact(URI assetUrl, Instant expiresAt, String fileId, String mimeType, String type, String subtype) {
        this.assetUrl = assetUrl;
        this.expiresAt = expiresAt;
        this.fileId = fileId;
        this.mimeType = mimeType;
        this.type = type;
        this.subtype = subtype;
    }

    /**
     * An artifact from its wire fields; any may be null.
     *
     * @param expirationDateString epoch milliseconds as the API sends them; a value that is not a number is ignored
     */
    public static Artifact of(URI assetUrl, String expirationDateString, String fileId, String mimeType, String type,
            String subtype) {
        return new Artifact(assetUrl, parseExpiry(expirationDateString).orElse(null), fileId, mimeType, type, subtype);
    }

    /** Epoch milliseconds in a string to an instant; empty when absent or not a number. */
    public static Optional<Instant> parseExpiry(String epochMillis) {
        if (epochMillis == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(epochMillis.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public Optional<URI> assetUrl() {
        return Optional.ofNullable(assetUrl);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Whether the signed URL's expiry has passed at {@code now} (false when the expiry is unknown). */
    public boolean isExpiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
    }

    public Optional<String> mimeType() {
        return Optional.ofNullable(mimeType);
    }

    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    public Optional<String> subtype() {
        return Optional.ofNullable(subtype);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Artifact a && Objects.equals(assetUrl, a.assetUrl) && Objects.equals(expiresAt, a.expiresAt)
                && Objects.equals(fileId, a.fileId) && Objects.equals(mimeType, a.mimeType)
                && Objects.equals(type, a.type) && Objects.equals(subtype, a.subtype);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assetUrl, expiresAt, fileId, mimeType, type, subtype);
    }

    /** Shows the URL without its query string: a signed URL's signature is a credential. */
    @Override
    public String toString() {
        String url = assetUrl == null ? "none" : assetUrl.getScheme() + "://" + assetUrl.getRawAuthority() + assetUrl.getRawPath();
        return "Artifact[assetUrl=" + url + ", expiresAt=" + expiresAt + ", fileId=" + fileId + ", mimeType=" + mimeType + "]";
    }
}
