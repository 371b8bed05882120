package dev.ltxflux.mock.extension;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Json;
import com.github.tomakehurst.wiremock.common.NetworkAddressRules;
import com.github.tomakehurst.wiremock.core.Admin;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Record mode ({@code --record-from}): every proxied exchange is written as a WireMock mapping the moment it completes
 * (a killed recorder loses nothing), without cookies ({@code Set-Cookie} is dropped), without the token (request headers
 * are never recorded) and without secret query parameters (they are left out of the matcher). Artifacts named by a
 * recorded {@code assetUrl} are fetched (without credentials) and recorded too, and the recorded body points at them.
 */
public final class RecordingWriter implements ServeEventListener {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingWriter.class);

    public static final String NAME = "ltx-recording-writer";
    static final UUID PROXY_ID = UUID.fromString("00000000-0000-4000-8000-000000001180");
    private static final Pattern SECRET = Pattern.compile("(?i).*(token|key|secret|sig|signature|password|passwd|auth|credential|session).*");
    private static final Set<String> DROPPED_HEADERS = Set.of("set-cookie", "set-cookie2", "content-length", "transfer-encoding",
            "content-encoding", "connection", "date", "authorization", "www-authenticate", "proxy-authenticate");
    private static final Pattern ASSET_URL = Pattern.compile("\"assetUrl\"\\s*:\\s*\"(https?://[^\"]+)\"");

    private final Path mappings;
    private final String target;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile HttpClient http;

    public RecordingWriter(Path recordDir, String target) {
        this.mappings = recordDir.resolve("mappings");
        this.target = target;
    }

    /** {@code scheme://host[:port]} of the record target: {@code https://api.useapi.net/v1/ltxstudio} gives {@code https://api.useapi.net}. */
    public static String origin(String recordFrom) {
        URI uri = URI.create(recordFrom.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("--record-from must be an http(s) URL, e.g. https://api.useapi.net/v1/ltxstudio");
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    /** Proxying may reach the record target and nothing else (the caller's token goes there only). */
    public static NetworkAddressRules onlyTarget(String recordFrom) {
        return NetworkAddressRules.builder().allow(URI.create(recordFrom.trim()).getHost()).build();
    }

    /** Puts the recording proxy back (after an admin reset). */
    public void ensureProxy(Admin admin) {
        if (admin.getStubMapping(PROXY_ID).getItem() == null) {
            admin.addStubMapping(any(anyUrl()).withId(PROXY_ID).willReturn(aResponse().proxiedFrom(target)).build());
        }
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void afterComplete(ServeEvent event, Parameters parameters) {
        LoggedResponse response = event.getResponse();
        if (response == null || response.getStatus() <= 0 || event.getResponseDefinition() == null
                || !event.getResponseDefinition().isProxyResponse()) {
            return;
        }
        try {
            Request request = event.getRequest();
            byte[] body = unzip(response.getBody() == null ? new byte[0] : response.getBody());
            String contentType = response.getHeaders() == null ? null : response.getHeaders().getContentTypeHeader().firstValue();
            boolean text = contentType != null && (contentType.contains("json") || contentType.startsWith("text/"));
            ResponseDefinitionBuilder answer = aResponse().withStatus(response.getStatus());
            if (response.getHeaders() != null) {
                for (HttpHeader h : response.getHeaders().all()) {
                    if (!DROPPED_HEADERS.contains(h.key().toLowerCase(Locale.ROOT))) {
                        answer = answer.withHeader(h.key(), h.values().toArray(String[]::new));
                    }
                }
            }
            if (text) {
                String s = new String(body, StandardCharsets.UTF_8);
                String rewritten = recordArtifacts(s);
                answer = answer.withBody(rewritten);
                if (!rewritten.equals(s)) {
                    answer = answer.withTransformers("response-template");
                }
            } else {
                answer = answer.withBody(body);
            }
            write(matcher(request.getMethod(), request), answer, request.getMethod() + " " + path(request.getUrl()));
        } catch (RuntimeException e) {
            LOG.warn("could not record {} {}: {}", event.getRequest().getMethod(), path(event.getRequest().getUrl()), e.toString());
        }
    }

    private static MappingBuilder matcher(RequestMethod method, Request request) {
        MappingBuilder m = WireMock.request(method.getName(), urlPathEqualTo(path(request.getUrl())));
        String url = request.getUrl();
        if (url.contains("?")) {
            for (Map.Entry<String, QueryParameter> q : com.github.tomakehurst.wiremock.common.Urls.splitQuery(URI.create("http://x" + url)).entrySet()) {
                if (!SECRET.matcher(q.getKey()).matches() && !q.getValue().values().isEmpty()) {
                    m = m.withQueryParam(q.getKey(), equalTo(q.getValue().firstValue()));
                }
            }
        }
        return m;
    }

    /** Fetches every {@code assetUrl} (no credentials), records it under {@code /recorded-artifacts/}, points the body there. */
    private String recordArtifacts(String body) {
        Matcher m = ASSET_URL.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(1).replace("\\/", "/");
            String replacement = m.group(0);
            try {
                HttpResponse<byte[]> r = client().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 200) {
                    String local = "/recorded-artifacts/" + UUID.nameUUIDFromBytes(path(URI.create(url).getRawPath()).getBytes(StandardCharsets.UTF_8));
                    ResponseDefinitionBuilder artifact = aResponse().withStatus(200).withBody(r.body());
                    String type = r.headers().firstValue("Content-Type").orElse(null);
                    if (type != null) {
                        artifact = artifact.withHeader("Content-Type", type);
                    }
                    write(WireMock.get(urlPathEqualTo(local)), artifact, "GET " + local);
                    replacement = "\"assetUrl\":\"{{request.baseUrl}}" + local + "\"";
                }
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("could not record the artifact of a recorded assetUrl: {}", e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void write(MappingBuilder request, ResponseDefinitionBuilder response, String what) {
        StubMapping mapping = request.willReturn(response).build();
        String name = String.format("%05d-%s.json", sequence.incrementAndGet(), what.replaceAll("[^A-Za-z0-9]+", "-"));
        if (name.length() > 120) {
            name = name.substring(0, 115) + ".json";
        }
        try {
            Files.createDirectories(mappings);
            Path tmp = Files.createTempFile(mappings, ".rec", ".tmp");
            Files.writeString(tmp, Json.write(mapping));
            Files.move(tmp, mappings.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String path(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    private static byte[] unzip(byte[] body) {
        if (body.length < 2 || (body[0] & 0xFF) != 0x1f || (body[1] & 0xFF) != 0x8b) {
            return body;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            return body;
        }
    }

    private HttpClient client() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
                }
                c = http;
            }
        }
        return c;
    }
}
