package dev.ltxflux.core.service;

import dev.ltxflux.core.model.asset.Asset;
import dev.ltxflux.core.model.asset.AssetPage;
import dev.ltxflux.core.model.asset.AssetQuery;
import dev.ltxflux.core.port.in.AssetListing;
import dev.ltxflux.core.port.out.ListAssetsPort;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every asset a query matches, newest first, over all pages of {@code GET assets/}: pages are fetched lazily, one at a
 * time as iteration reaches them, and iteration stops at the last page ({@code currentPage >= totalPages}) or at an empty
 * one, whatever the meta says. Only one page is held at a time. The first page is fetched once and kept, so its
 * {@link #firstPage() meta} (total items, total pages) is known before iterating; every further iteration re-reads the
 * later pages. Not thread-safe per iterator; the pager itself may be iterated by several threads.
 */
public final class AssetPager implements AssetListing {

    private final ListAssetsPort port;
    private final AssetQuery query;
    private final AtomicInteger fetched = new AtomicInteger();
    private volatile AssetPage first;

    public AssetPager(ListAssetsPort port, AssetQuery query) {
        this.port = Objects.requireNonNull(port, "port");
        this.query = Objects.requireNonNull(query, "query");
    }

    /** The query's own page (its {@code page}, usually 1), fetched on first use and kept. */
    @Override
    public AssetPage firstPage() {
        AssetPage page = first;
        if (page == null) {
            synchronized (this) {
                if (first == null) {
                    first = fetch(query.page());
                }
                page = first;
            }
        }
        return page;
    }

    /** How many pages this pager has requested so far (the kept first page counts once). */
    @Override
    public int pagesFetched() {
        return fetched.get();
    }

    /** The assets as a sequential stream that fetches pages as it is consumed (short-circuiting stops fetching). */
    @Override
    public Stream<Asset> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Iterator<Asset> iterator() {
        return new Iterator<>() {
            private AssetPage page = firstPage();
            private int number = query.page();
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.items().size()) {
                    // counted here, not taken from the answer's currentPage: a server repeating a page cannot loop us
                    if (page.items().isEmpty() || number >= page.totalPages()) {
                        return false;
                    }
                    page = fetch(++number);
                    index = 0;
                }
                return true;
            }

            @Override
            public Asset next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more assets");
                }
                return page.items().get(index++);
            }
        };
    }

    private AssetPage fetch(int n) {
        fetched.incrementAndGet();
        return port.list(query.page(n));
    }
}
