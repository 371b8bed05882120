package dev.ltxflux.core.port.in;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import java.util.stream.Stream;

/**
 * Every asset a query matches over all pages of {@code GET assets/}, newest first: what callers iterate. Pages are
 * fetched lazily as iteration reaches them; iteration stops at the last page or an empty one.
 */
public interface AssetListing extends Iterable<Asset> {

    /** The query's own page with its meta (total items, total pages), fetched on first use and kept. */
    AssetPage firstPage();

    /** How many pages have been requested so far. */
    int pagesFetched();

    /** The assets as a sequential stream that fetches pages as it is consumed. */
    Stream<Asset> stream();
}
