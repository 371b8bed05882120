package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.http.Request;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which page of assets a request asks for: the API's {@code assets/?page&limit&filter} and the admin API's
 * {@code assets?page&limit&filter} and {@code dashboard?assetPage&assetLimit&assetFilter} alike. Numbers are read by
 * {@link ExactIntegers} (ASCII digits only: {@code +1}, {@code 1.0}, {@code 1e1} and other scripts' digits are
 * refused, so is an empty value); an empty filter means all; every violation is named at once, under the parameter's own
 * name.
 *
 * @param filter {@code images}, {@code videos}, {@code audio}, {@code other}, or null for all
 */
record AssetQuery(int page, int limit, String filter) {

    static final Set<String> FILTERS = Set.of("images", "videos", "audio", "other");

    /** The names of the three parameters and the limit's default and most. */
    record Names(String page, String limit, String filter, int defaultLimit, int maxLimit) {
    }

    AssetQuery {
        List<String> problems = new ArrayList<>();
        if (page < 1) {
            problems.add("page: must be a whole number from 1 to " + Integer.MAX_VALUE + " (was " + page + ")");
        }
        if (limit < 1) {
            problems.add("limit: must be a whole number from 1 (was " + limit + ")");
        }
        check(filter, "filter", problems);
        refuse(problems);
    }

    /** The query of {@code request}, or a 400 naming every parameter at fault. */
    static AssetQuery of(Request request, Names names) {
        List<String> problems = new ArrayList<>();
        int page = number(LtxResponder.query(request, names.page()), names.page(), 1, Integer.MAX_VALUE, problems);
        int limit = number(LtxResponder.query(request, names.limit()), names.limit(), names.defaultLimit(), names.maxLimit(), problems);
        String filter = LtxResponder.query(request, names.filter());
        filter = filter == null || filter.isEmpty() ? null : filter;
        check(filter, names.filter(), problems);
        refuse(problems);
        return new AssetQuery(page, limit, filter);
    }

    private static int number(String raw, String name, int absent, int max, List<String> problems) {
        if (raw == null) {
            return absent; // an empty value is given, and no whole number

        }
        try {
            return (int) ExactIntegers.within(raw, name, 1, max);
        } catch (Rejection r) {
            problems.add(r.getMessage());
            return absent;
        }
    }

    private static void check(String filter, String name, List<String> problems) {
        if (filter != null && !FILTERS.contains(filter)) {
            problems.add(name + ": must be one of images, videos, audio, other");
        }
    }

    private static void refuse(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Rejection(400, String.join("; ", problems));
        }
    }
}
