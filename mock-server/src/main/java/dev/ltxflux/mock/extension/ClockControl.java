package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.ExactIntegers;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code POST /__admin/ltx/clock}: {@code {"advance":"PT5S"}} or {@code {"advanceMillis":5000}} (one of them), and/or
 * {@code {"freeze":true|false}}. The whole body is judged before the clock moves: an amount that is no whole number of
 * milliseconds ({@code 1.5}, {@code 1e-999999999}), negative, or past {@link #MAX_ADVANCE} is refused naming the field;
 * so is a {@code freeze} that is no boolean, and a move past the last instant the views can show.
 */
final class ClockControl {

    /** The most one move may advance the clock: ten years, past any job's or link's life, far short of any overflow. */
    static final Duration MAX_ADVANCE = Duration.ofDays(3650);
    /** The clock goes no further: every instant before it has a four-digit year and fits in epoch milliseconds. */
    static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");
    static final String USAGE = "body: give {\"advance\":\"PT5S\"}, {\"advanceMillis\":5000} or {\"freeze\":true|false}";

    private final JobStore store;
    private final AdminViews views;
    private final AdminAnswers answers;
    private final StrictJson bodies = new StrictJson();

    ClockControl(JobStore store, AdminViews views) {
        this.store = store;
        this.views = views;
        this.answers = new AdminAnswers(views);
    }

    ResponseDefinition move(byte[] body) {
        if (!(store.clock() instanceof ControllableClock clock)) {
            return answers.error(409, "clock: this mock was given a fixed clock");
        }
        try {
            JsonNode n = bodies.read(body);
            if (!n.isObject() || !(n.has("advance") || n.has("advanceMillis") || n.has("freeze"))) {
                throw new Rejection(400, USAGE);
            }
            Duration amount = amount(n);
            JsonNode freeze = n.get("freeze");
            if (freeze != null && !freeze.isBoolean()) {
                throw new Rejection(400, "freeze: must be true or false (was " + freeze + ")");
            }
            if (clock.instant().isAfter(LAST.minus(amount))) {
                throw new Rejection(400, (n.has("advance") ? "advance" : "advanceMillis") + ": would move the clock past " + LAST
                        + " (it reads " + clock.instant() + ")");
            }
            if (freeze != null && freeze.booleanValue()) {
                clock.freeze();
            } else if (freeze != null) {
                clock.resume();
            }
            clock.advance(amount);
            return answers.ok(views.clock());
        } catch (Rejection r) {
            return answers.error(r.status(), r.getMessage());
        }
    }

    /** The amount the body asks for: zero when it only freezes or resumes. */
    private static Duration amount(JsonNode n) {
        if (n.has("advance") && n.has("advanceMillis")) {
            throw new Rejection(400, "advance: give advance or advanceMillis, not both");
        }
        if (n.has("advanceMillis")) {
            JsonNode millis = n.get("advanceMillis");
            if (ExactIntegers.exact(millis, "advanceMillis").filter(m -> m.signum() < 0).isPresent()) {
                throw new Rejection(400, "advanceMillis: must not be negative (time does not go back; was " + millis + ")");
            }
            return Duration.ofMillis(ExactIntegers.within(millis, "advanceMillis", 0, MAX_ADVANCE.toMillis()));
        }
        if (!n.has("advance")) {
            return Duration.ZERO;
        }
        JsonNode text = n.get("advance");
        Duration amount;
        try {
            amount = text.isTextual() ? Duration.parse(text.asText()) : null;
        } catch (DateTimeParseException e) {
            amount = null;
        }
        if (amount == null) {
            throw new Rejection(400, "advance: must be an ISO-8601 duration such as PT5S or PT1M (a string)");
        }
        if (amount.isNegative()) {
            throw new Rejection(400, "advance: must not be negative (time does not go back)");
        }
        if (amount.compareTo(MAX_ADVANCE) > 0) {
            throw new Rejection(400, "advance: must be at most " + MAX_ADVANCE + " (was " + amount + ")");
        }
        return amount;
    }
}
