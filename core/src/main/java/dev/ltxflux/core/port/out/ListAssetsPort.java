package dev.ltxflux.core.port.out;

import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;

/** Outgoing port: one page of an account's assets ({@code GET assets/}), newest first. Idempotent; may be retried. */
public interface ListAssetsPort {

    /** The page the query names. */
    AssetPage list(AssetQuery query);
}
