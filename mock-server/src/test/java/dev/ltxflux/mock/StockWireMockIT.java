package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The LTX behaviour inside a stock {@code wiremock-standalone} jar: the thin extension jar beside it on the classpath
 * is found through {@code META-INF/services}, nothing else is configured. The stock jar runs as a child process.
 */
class StockWireMockIT {

    private static final Pattern PORT = Pattern.compile("^port:\\s+(\\d+)");
    private static final String TOKEN = "user:stock-it";

    static Process wiremock;
    static String origin;
    static final StringBuffer output = new StringBuffer();

    @BeforeAll
    static void startStockWireMock() throws Exception {
        Path stock = Path.of(System.getProperty("ltxflux.stock.wiremock"));
        Path extension = Path.of(System.getProperty("ltxflux.mock.extension.jar"));
        assertThat(stock).exists();
        assertThat(extension).exists();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dltxflux.mock.token=" + TOKEN, "-Dltxflux.mock.jobDuration=200ms", "-Dltxflux.mock.strict=true",
                "-cp", stock + File.pathSeparator + extension, "wiremock.Run",
                "--port", "0", "--bind-address", "127.0.0.1", "--disable-banner");
        wiremock = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(wiremock.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("WireMock exited:\n" + output));
        }, "stock-wiremock-output");
        reader.setDaemon(true);
        reader.start();
        origin = "http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (wiremock != null) {
            wiremock.destroy();
            if (!wiremock.waitFor(10, TimeUnit.SECONDS)) {
                wiremock.destroyForcibly();
            }
        }
    }

    @Test
    void theStockJarLoadsTheExtensionsFromTheClasspath() throws InterruptedException {
        // WireMock prints the port before the rest of its banner (the extensions): on a busy machine they come later
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!output.toString().contains("ltx-dashboard") && wiremock.isAlive() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        assertThat(output.toString()).contains("ltx-submit", "ltx-job-status", "ltx-stub-mappings", "ltx-dashboard");
    }

    @Test
    void theEditFlowRunsOnStockWireMock() throws Exception {
        String api = origin + "/v1/ltxstudio";
        assertThat(Http.get(api + "/assets/x", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<byte[]> upload = Http.upload(api + "/assets/?type=reference-image", TOKEN, "image/png", MockCalls.PNG);
        assertThat(upload.statusCode()).as(Http.text(upload)).isEqualTo(200);
        String asset = Http.json(upload).at("/asset/fileId").asText();
        HttpResponse<byte[]> refused = Http.postJson(api + "/images/flux-edit", TOKEN,
                "{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\",\"aspectRatio\":\"4:3\"}");
        assertThat(Http.text(refused)).as("schema validation works beside WireMock's own networknt").contains("aspectRatio");
        HttpResponse<byte[]> submitted = Http.postJson(api + "/images/flux-edit", TOKEN,
                "{\"prompt\":\"p\",\"referenceAssetId\":\"" + asset + "\"}");
        String id = Http.json(submitted).get("jobId").asText();
        Http.postJson(origin + "/__admin/ltx/clock", null, "{\"advance\":\"PT1S\"}");
        JsonNode status = Http.json(Http.get(api + "/assets/" + MockCalls.encode(id), TOKEN));
        assertThat(status.at("/status/type").asText()).isEqualTo("completed");
        assertThat(Http.json(Http.get(origin + "/__admin/ltx/jobs", null)).get(0).get("jobId").asText()).isEqualTo(id);
        assertThat(Http.get(origin + "/__admin/ltx/ui", null).statusCode()).isEqualTo(200);
    }

    @Test
    void wireMocksOwnResetKeepsTheLtxRoutes() {
        assertThat(Http.postJson(origin + "/__admin/reset", null, "").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> submitted = Http.postJson(origin + "/v1/ltxstudio/images/flux-edit", TOKEN,
                "{\"prompt\":\"p\",\"referenceAssetId\":\"asset:3b18…-type:image/png\"}");
        assertThat(submitted.statusCode()).as(Http.text(submitted)).isEqualTo(200);
        assertThat(Http.json(submitted).get("jobId").asText()).startsWith("email:user@example.com-job:");
    }
}
