package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.AssetIndex;
import dev.ltxflux.mock.state.IndexedAsset;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.schemas.SchemaCatalog.SchemaName;
import java.time.Instant;
import java.util.Set;

/**
 * {@code GET assets/?email&page&limit&filter}: the account's uploads and completed job artifacts, newest first, each with
 * a signed link and a real large thumbnail (PNG; a WebP upload is its own WebP thumbnail). A page past the last answers
 * 200 with no items. A job's artifact is listed once the job completed (a failed or running job has none). The preloaded
 * example asset is shared by every account and listed by none.
 */
public final class AssetListResponder extends LtxResponder {

    public static final String NAME = "ltx-asset-list";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;
    static final Set<String> FILTERS = AssetQuery.FILTERS;
    private static final AssetQuery.Names NAMES = new AssetQuery.Names("page", "limit", "filter", DEFAULT_LIMIT, MAX_LIMIT);

    private final JobStore store;
    private final ArtifactLinks links;
    private final ServerControl control;

    public AssetListResponder(JobStore store, Responses responses, FaultInjector faults, ArtifactLinks links, ServerControl control,
            BearerAuth auth) {
        super("assets-list", responses, faults, auth);
        this.store = store;
        this.links = links;
        this.control = control;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    ResponseDefinition respond(Request request) {
        AssetQuery query = AssetQuery.of(request, NAMES);
        int page = query.page();
        int limit = query.limit();
        String filter = query.filter();
        String account = store.account(query(request, "email"));
        Instant now = store.clock().instant();
        AssetIndex.Page found = store.assetIndex().page(account, page, limit,
                a -> (filter == null || filter.equals(a.kind())) && listed(store, a, now));
        ObjectNode root = responses.json().createObjectNode();
        ArrayNode items = root.putArray("items");
        Instant expires = now.plus(store.config().storage().artifactTtl());
        found.items().forEach(a -> items.add(item(a, expires)));
        int totalPages = (found.total() + limit - 1) / limit;
        root.putObject("meta").put("totalItems", found.total()).put("itemCount", found.items().size()).put("itemsPerPage", limit)
                .put("totalPages", totalPages).put("currentPage", page);
        return responses.json(200, SchemaName.ASSET_LIST, root).build();
    }

    /** An upload while it is kept; a job's artifact once the job completed and while it is kept. */
    static boolean listed(JobStore store, IndexedAsset a, Instant now) {
        if (a.jobId() == null) {
            return store.uploadByName(a.name()).isPresent();
        }
        return store.job(a.jobId()).map(j -> j.phaseAt(now) == MockJob.Phase.COMPLETED).orElse(false);
    }

    private ObjectNode item(IndexedAsset a, Instant expires) {
        String origin = a.jobId() == null ? control.origin()
                : store.job(a.jobId()).map(j -> j.parameters().origin()).orElse(control.origin());
        ObjectNode o = responses.json().createObjectNode().put("id", a.id());
        ObjectNode signed = o.putObject("signedAsset");
        signed.put("assetUrl", links.url(origin, a.name(), expires)).put("expirationDateString", Long.toString(expires.toEpochMilli()));
        ObjectNode asset = signed.putObject("asset").put("type", a.jobId() == null ? "image" : "artifact").put("fileId", a.fileId())
                .put("mimeType", a.mimeType());
        if (a.jobId() != null) {
            asset.put("artifactSubtype", "vertex-ai");
        }
        if ("images".equals(a.kind())) {
            boolean webp = "image/webp".equals(a.mimeType());
            ObjectNode large = o.putObject("relatedAssets").putObject("thumbnails").putObject("large");
            large.put("assetUrl", links.url(origin, ArtifactResponder.THUMBS + a.id(), expires))
                    .put("expirationDateString", Long.toString(expires.toEpochMilli()));
            large.putObject("asset").put("type", "image").put("fileId", a.id() + "-thumbnail-large")
                    .put("mimeType", webp ? "image/webp" : "image/png");
        }
        if (a.jobId() != null) {
            o.put("jobId", a.jobId());
        }
        return o;
    }
}
