package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.error.InvalidRequestException;
import dev.ltxflux.core.error.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page request of {@code GET assets/}: the account, the page (from 1), the page size (1 to {@value #MAX_LIMIT}) and
 * the kind of asset, every broken rule reported at once ({@code images}, {@code videos}, {@code audio}, {@code other}; null for every kind).
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
        List<Violation> problems = new ArrayList<>();
        if (email != null && !email.matches("^[^\\s@]+@[^\\s@]+$")) {
            problems.add(new Violation("email", "must be an e-mail address (one '@', no whitespace)"));
        }
        if (page < 1) {
            problems.add(new Violation("page", "must be 1 or more (was " + page + ")"));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            problems.add(new Violation("limit", "must be 1 to " + MAX_LIMIT + " (was " + limit + ")"));
        }
        if (filter != null && !FILTERS.contains(filter)) {
            problems.add(new Violation("filter", "must be images, videos, audio or other (was '" + filter + "')"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    /** The documented {@code filter} values. */
    public static final List<String> FILTERS = List.of("images", "videos", "audio", "other");

    /** The same query for another account (null: the token's only one). */
    public AssetQuery email(String account) {
        return new AssetQuery(account, page, limit, filter);
    }

    /** The same query with another page size. */
    public AssetQuery limit(int size) {
        return new AssetQuery(email, page, size, filter);
    }

    /** The same query for one kind (null: every kind). */
    public AssetQuery filter(String kind) {
        return new AssetQuery(email, page, limit, kind);
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
