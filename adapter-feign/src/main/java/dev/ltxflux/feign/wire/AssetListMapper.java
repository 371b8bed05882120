package dev.ltxflux.feign.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.job.Artifact;
import dev.ltxflux.core.model.job.JobId;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/** {@code GET assets/} answers into {@link AssetPage}s. Items without an {@code id} are unusable and refused. */
public final class AssetListMapper {

    private static final String WHAT = "the asset list";

    public AssetPage page(byte[] body, int asked) {
        JsonNode root = ResourceJson.parse(body, false, WHAT);
        List<Asset> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String id = ResourceJson.text(item, "id");
            if (id == null || id.isBlank()) {
                throw ResourceJson.unexpected(WHAT + ": an item has no id", body);
            }
            String jobId = ResourceJson.text(item, "jobId");
            JsonNode large = item.path("relatedAssets").path("thumbnails").path("large");
            items.add(new Asset(id, jobId == null || jobId.isBlank() ? null : new JobId(jobId), artifact(item.path("signedAsset")),
                    large.isObject() ? artifact(large) : null));
        }
        JsonNode meta = root.path("meta");
        int total = number(meta, "totalItems", items.size(), body);
        int perPage = number(meta, "itemsPerPage", items.size(), body);
        return new AssetPage(items, total, number(meta, "itemCount", items.size(), body), perPage,
                number(meta, "totalPages", items.isEmpty() ? 0 : asked, body), number(meta, "currentPage", asked, body));
    }

    private static int number(JsonNode meta, String field, int fallback, byte[] body) {
        Long v = ResourceJson.whole(meta, field, WHAT, body);
        return v == null ? fallback : (int) Math.max(0, Math.min(Integer.MAX_VALUE, v));
    }

    private static Artifact artifact(JsonNode signed) {
        JsonNode asset = signed.path("asset");
        return Artifact.of(uri(ResourceJson.text(signed, "assetUrl")), ResourceJson.text(signed, "expirationDateString"),
                ResourceJson.text(asset, "fileId"), ResourceJson.text(asset, "mimeType"), ResourceJson.text(asset, "type"),
                ResourceJson.text(asset, "artifactSubtype"));
    }

    private static URI uri(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
