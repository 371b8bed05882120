package dev.ltxflux.mock.extension;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ltxflux.mock.state.ControllableClock;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.StoredUpload;
import dev.ltxflux.mock.view.ClockView;
import dev.ltxflux.mock.view.DashboardView;
import dev.ltxflux.mock.view.DeliveryView;
import dev.ltxflux.mock.view.JobView;
import dev.ltxflux.mock.view.Redactor;
import dev.ltxflux.mock.view.RequestView;
import dev.ltxflux.mock.view.SettingsView;
import dev.ltxflux.mock.view.UploadView;
import dev.ltxflux.mock.view.ViewJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The mock's state as the admin views ({@code dev.ltxflux.mock.view}), for the admin API and the dashboard alike, and
 * their JSON: written by {@link ViewJson}'s mapper and passed through the {@link Redactor} last, so no answer of the
 * admin API carries the API token, the admin token or an account cookie, whatever a client put where.
 */
final class AdminViews {

    private final JobStore store;
    private final ArtifactLinks links;
    private final ServerControl control;
    private final Redactor redactor;
    private final ObjectMapper json = ViewJson.mapper();

    AdminViews(JobStore store, ArtifactLinks links, ServerControl control) {
        this.store = store;
        this.links = links;
        this.control = control;
        this.redactor = new Redactor(java.util.Arrays.asList(store.config().server().token(), store.config().edge().adminToken()));
    }

    /** Oldest first, in the order they were submitted. */
    List<JobView> jobs() {
        Instant now = store.clock().instant();
        return store.jobs().stream().map(j -> JobView.of(j, now)).toList();
    }

    /** Oldest first; each with a freshly signed link. */
    List<UploadView> uploads() {
        Instant expires = store.clock().instant().plus(store.config().storage().artifactTtl());
        return store.uploads().all().stream().sorted(Comparator.comparing(StoredUpload::createdAt))
                .map(u -> UploadView.of(u, links.url("", u.name(), expires))).toList();
    }

    /** Oldest first. */
    List<RequestView> requests() {
        return store.requests().all().stream().map(r -> RequestView.of(r, redactor)).toList();
    }

    /** Oldest first. */
    List<DeliveryView> webhooks() {
        return store.deliveries().all().stream().map(DeliveryView::of).toList();
    }

    ClockView clock() {
        Instant now = store.clock().instant();
        if (store.clock() instanceof ControllableClock c) {
            return new ClockView(now, true, c.isFrozen(), c.offset().toMillis());
        }
        return new ClockView(now, false, false, 0);
    }

    SettingsView settings() {
        var config = store.config();
        List<SettingsView.Account> accounts = config.accounts().emails().stream()
                .map(a -> new SettingsView.Account(a, store.creditsLeft(a), config.accounts().maxJobs())).toList();
        return new SettingsView(control.origin() + "/v1/ltxstudio", config.jobs().strict(), config.server().requestJournal(),
                config.edge().adminToken() != null, config.jobs().duration().toMillis(), config.jobs().pollInterval().toMillis(),
                config.jobs().completedWithoutArtifact(), accounts);
    }

    /** Everything at once; lists newest first, as the page shows them. */
    DashboardView dashboard() {
        return new DashboardView(settings(), clock(), reversed(jobs()), store.faults(), reversed(webhooks()),
                reversed(uploads()), store.drifts().all(), reversed(requests()));
    }

    /** {@code value} as JSON with every secret hidden. */
    byte[] write(Object value) throws JsonProcessingException {
        return redactor.hide(json.writeValueAsString(value)).getBytes(StandardCharsets.UTF_8);
    }

    ObjectMapper json() {
        return json;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }
}
