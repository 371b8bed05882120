package dev.ltxflux.mock.state;

import java.time.Instant;

/**
 * One entry of an account's asset list: an upload, or the artifact of a job.
 *
 * @param id        the item id: the upload's uuid, or the uuid inside the job's id
 * @param account   the account holding it
 * @param createdAt when it was made (the list is newest first)
 * @param jobId     the job that made it, or null for an upload
 * @param fileId    {@code asset:<uuid>-type:<mime>}
 * @param mimeType  its MIME type
 * @param name      its storage name (the part of an artifact URL after {@code /artifacts/})
 */
public record IndexedAsset(String id, String account, Instant createdAt, String jobId, String fileId, String mimeType, String name) {

    /** The {@code filter} kind: {@code images}, {@code videos}, {@code audio} or {@code other}. */
    public String kind() {
        if (mimeType.startsWith("image/")) {
            return "images";
        }
        if (mimeType.startsWith("video/")) {
            return "videos";
        }
        return mimeType.startsWith("audio/") ? "audio" : "other";
    }

    static IndexedAsset of(StoredUpload u) {
        String uuid = u.name().substring(u.name().lastIndexOf('/') + 1);
        return new IndexedAsset(uuid, u.account(), u.createdAt(), null, u.fileId(), u.mimeType(), u.name());
    }

    static IndexedAsset of(MockJob j) {
        return new IndexedAsset(j.uuid(), j.account(), j.createdAt(), j.id(), "asset:" + j.uuid() + "-type:image/png", "image/png",
                "jobs/" + j.uuid() + ".png");
    }
}
