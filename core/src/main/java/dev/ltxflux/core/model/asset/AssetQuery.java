package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.error.InvalidRequestException;
import java.util.Optional;

/**
 * One page request of {@code GET assets/}: the account, the page (from 1), the page size (1 to {@value #MAX_LIMIT}) and
 * the kind of asset ({@code images}, {@code videos}, {@code audio}, {@code other}; null for every kind).
 *
 * @param email  the account, or null for the token's only account
 * @param page   the page number, 1 or more
 * @param limit  items per page
 * @param filter the kind, or null
 */
public record AssetQuery(String email, int page, int limit, String filter) {

    /** The API's default page size. */
    public static final int DEFAULT_LIMIT = 20;
    /** The largest page size ltxflux asks for (the docs state no maximum). */
    public static final int MAX_LIMIT = 100;

    public AssetQuery {
        if (page < 1) {
            throw new InvalidRequestException("page", "must be 1 or more (was " + page + ")");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidRequestException("limit", "must be 1 to " + MAX_LIMIT + " (was " + limit + ")");
        }
        if (filter != null && !filter.matches("images|videos|audio|other")) {
            throw new InvalidRequestException("filter", "must be images, videos, audio or other (was '" + filter + "')");
        }
    }

    /** Every asset of the default account, first page, default size. */
    public static AssetQuery all() {
        return new AssetQuery(null, 1, DEFAULT_LIMIT, null);
    }

    /** The images of the default account, first page, default size. */
    public static AssetQuery images() {
        return new AssetQuery(null, 1, DEFAULT_LIMIT, "images");
    }

    /** The same query for page {@code n}. */
    public AssetQuery page(int n) {
        return new AssetQuery(email, n, limit, filter);
    }

    public Optional<String> account() {
        return Optional.ofNullable(email);
    }

    public Optional<String> kind() {
        return Optional.ofNullable(filter);
    }
}
