package dev.ltxflux.core.model.asset;

import java.util.List;
import java.util.Objects;

/**
 * One page of {@code GET assets/}, newest first, with its {@code meta}. A page past the last has no items.
 *
 * @param items        the assets of this page
 * @param totalItems   assets in all
 * @param itemCount    items on this page
 * @param itemsPerPage the page size
 * @param totalPages   pages in all
 * @param currentPage  this page's number
 */
public record AssetPage(List<Asset> items, int totalItems, int itemCount, int itemsPerPage, int totalPages, int currentPage) {

    public AssetPage {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }

    /** Whether a next page may hold items: this one had some and is not the last. */
    public boolean hasNextPage() {
        return !items.isEmpty() && currentPage < totalPages;
    }
}
