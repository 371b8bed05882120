package dev.ltxflux.mock.view;

import java.time.Instant;
import java.util.List;

/**
 * One asset the mock lists (an upload, or a completed job's artifact), as {@code GET /__admin/ltx/assets} and the
 * dashboard show it: the same items as the API's {@code GET assets/}, of every account.
 *
 * @param id        the item id (the upload's uuid, or the uuid inside the job's id)
 * @param account   the account holding it
 * @param kind      {@code images}, {@code videos}, {@code audio} or {@code other} (the API's {@code filter} values)
 * @param mimeType  its MIME type
 * @param createdAt when it was made
 * @param jobId     the job that made it, or null for an upload
 * @param fileId    its {@code fileId}
 * @param url       a freshly signed {@code /artifacts/...} link to its bytes (same origin)
 * @param thumbnail the admin path of its large thumbnail (the image the API's thumbnail link serves), or null when not
 *                  an image
 */
public record AssetView(String id, String account, String kind, String mimeType, Instant createdAt, String jobId,
        String fileId, String url, String thumbnail) {

    /** The admin path of an asset's large thumbnail. */
    public static String thumbnailPath(String id) {
        return "/__admin/ltx/assets/" + id + "/thumbnail";
    }

    /**
     * One page of assets, newest first.
     *
     * @param items       the page's assets
     * @param filter      the kind asked for, or null for all
     * @param page        the page, from 1
     * @param limit       assets per page
     * @param totalItems  the assets that pass the filter, in all
     * @param totalPages  pages in all (0 when there is none)
     */
    public record Page(List<AssetView> items, String filter, int page, int limit, int totalItems, int totalPages) {

        public Page {
            items = List.copyOf(items);
        }
    }
}
