package dev.ltxflux.mock.view;

import dev.ltxflux.mock.state.StoredUpload;
import java.time.Instant;

/**
 * An upload the mock holds, as {@code GET /__admin/ltx/uploads}, the dashboard and {@code LtxMockAdmin.uploads()} show it.
 *
 * @param fileId    the {@code fileId} the upload answered
 * @param account   the account it belongs to ({@code *} for the preloaded documented example, shared by all)
 * @param mimeType  its content type
 * @param bytes     its size
 * @param createdAt when it was uploaded
 * @param url       a freshly signed {@code /artifacts/...} link to its bytes
 */
public record UploadView(String fileId, String account, String mimeType, int bytes, Instant createdAt, String url) {

    public static UploadView of(StoredUpload upload, String signedUrl) {
        return new UploadView(upload.fileId(), upload.account(), upload.mimeType(), upload.bytes().length,
                upload.createdAt(), signedUrl);
    }
}
