package dev.ltxflux.mock.state;

import java.time.Instant;

/**
 * An uploaded file, kept until it expires.
 *
 * @param name      the storage name (the part of the URL after {@code /artifacts/})
 * @param fileId    {@code asset:<uuid>-type:<mime>}
 * @param account   the account it belongs to
 * @param mimeType  its Content-Type
 * @param bytes     its content
 * @param createdAt when it was stored
 */
public record StoredUpload(String name, String fileId, String account, String mimeType, byte[] bytes, Instant createdAt) {
}
