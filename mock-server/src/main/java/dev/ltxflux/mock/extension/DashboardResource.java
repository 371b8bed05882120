package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.ltxflux.mock.state.JobStore;
import dev.ltxflux.mock.state.MockJob;
import dev.ltxflux.mock.state.MockJob.Phase;
import dev.ltxflux.mock.render.Thumbnails;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard at {@code /__admin/ltx/ui} (plain HTML, CSS and a little JavaScript from the classpath, polling
 * {@code dashboard}, which {@link LedgerAdminRoutes} answers) and the admin routes it needs beyond {@link LtxAdminApi}: {@code uploads}, {@code requests}, {@code clock} (GET; POST: {@link ClockControl}), {@code artifact/{uuid}} (a redirect to a freshly signed
 * link of a completed job's image) and {@code jobs/{uuid}/thumbnail/result|input} (a small PNG of a job's image).
 */
public final class DashboardResource implements AdminApiExtension {

    public static final String NAME = "ltx-dashboard";
    private static final String UI = "/dev/ltxflux/mock/ui/";
    /** The page's ES modules, one concern each ({@code main.js} imports the others), all from the mock's jar. */
    public static final List<String> SCRIPTS = dev.ltxflux.mock.http.EdgeGuard.DASHBOARD_SCRIPTS;
    private static final Map<String, String> FILES = files();
    /** The page loads only its own files and talks only to its own origin. */
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static Map<String, String> files() {
        Map<String, String> files = new java.util.HashMap<>();
        SCRIPTS.forEach(name -> files.put(name, "text/javascript; charset=utf-8"));
        files.put("style.css", "text/css; charset=utf-8");
        return Map.copyOf(files);
    }

    private final JobStore store;
    private final ArtifactLinks links;
    private final AdminViews views;
    private final AdminAnswers answers;
    private final ClockControl clock;

    DashboardResource(JobStore store, ArtifactLinks links, AdminViews views) {
        this.store = store;
        this.links = links;
        this.views = views;
        this.answers = new AdminAnswers(views);
        this.clock = new ClockControl(store, views);
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/ltx/ui", (admin, event, params) -> file("index.html", "text/html; charset=utf-8"));
        router.add(RequestMethod.GET, "/ltx/ui/{file}", (admin, event, params) -> {
            String type = FILES.get(params.get("file"));
            return type == null ? error(404, "file: no such dashboard file") : file(params.get("file"), type);
        });
        router.add(RequestMethod.GET, "/ltx/uploads", (admin, event, params) -> ok(views.uploads()));
        router.add(RequestMethod.GET, "/ltx/requests", (admin, event, params) -> ok(views.requests()));
        router.add(RequestMethod.GET, "/ltx/clock", (admin, event, params) -> ok(views.clock()));
        router.add(RequestMethod.GET, "/ltx/jobs/{uuid}/thumbnail/{image}",
                (admin, event, params) -> thumbnail(params.get("uuid"), params.get("image")));
        router.add(RequestMethod.POST, "/ltx/clock", (admin, event, params) -> clock.move(event.getRequest().getBody()));
        router.add(RequestMethod.GET, "/ltx/artifact/{uuid}", (admin, event, params) -> artifact(params.get("uuid")));
    }

    private ResponseDefinition file(String name, String contentType) {
        try (InputStream in = DashboardResource.class.getResourceAsStream(UI + name)) {
            if (in == null) {
                return error(404, "file: " + name + " is missing from the mock's jar");
            }
            return responseDefinition().withStatus(200).withHeader("Content-Type", contentType)
                    .withHeader("Content-Security-Policy", CSP).withHeader("X-Content-Type-Options", "nosniff")
                    .withHeader("Referrer-Policy", "no-referrer").withHeader("Cache-Control", "no-store")
                    .withBody(in.readAllBytes()).build();
        } catch (IOException e) {
            return error(500, "file: " + name + " could not be read");
        }
    }

    private ResponseDefinition artifact(String uuid) {
        Instant now = store.clock().instant();
        return store.jobByUuid(uuid).filter(j -> j.phaseAt(now) == Phase.COMPLETED)
                .map(j -> responseDefinition().withStatus(302).withHeader("Location", signedArtifact(j, now))
                        .withHeader("Cache-Control", "no-store").build())
                .orElseGet(() -> error(404, "uuid: no completed job " + uuid));
    }

    private String signedArtifact(MockJob job, Instant now) {
        return links.url("", "jobs/" + job.uuid() + ".png", now.plus(store.config().storage().artifactTtl()));
    }

    /**
     * A small PNG of a job's image: {@code result} (404 until the job completed) or {@code input} (its reference). The
     * bytes never change for a uuid (renders are deterministic, uuids never repeat), so the browser may keep them.
     */
    private ResponseDefinition thumbnail(String uuid, String image) {
        if (!"result".equals(image) && !"input".equals(image)) {
            return error(404, "image: must be result or input");
        }
        MockJob job = store.jobByUuid(uuid).orElse(null);
        if (job == null) {
            return error(404, "uuid: no job " + uuid);
        }
        Optional<byte[]> png;
        if ("result".equals(image)) {
            if (job.phaseAt(store.clock().instant()) != Phase.COMPLETED) {
                return error(404, "uuid: job " + uuid + " has not completed: its input is at thumbnail/input");
            }
            png = Thumbnails.of(store.renders().get(job.uuid(), () -> ArtifactResponder.render(job)));
        } else {
            png = Thumbnails.of(job.parameters().reference());
        }
        return png.map(bytes -> responseDefinition().withStatus(200).withHeader("Content-Type", "image/png")
                        .withHeader("Cache-Control", "private, max-age=86400").withHeader("X-Content-Type-Options", "nosniff")
                        .withBody(bytes).build())
                .orElseGet(() -> error(404, "image: the " + image + " of job " + uuid + " is not a PNG, JPEG, GIF or BMP"));
    }

    private ResponseDefinition ok(Object body) {
        return answers.ok(body);
    }

    private ResponseDefinition error(int status, String message) {
        return answers.error(status, message);
    }
}
