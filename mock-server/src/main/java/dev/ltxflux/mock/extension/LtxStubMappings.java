package dev.ltxflux.mock.extension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * The stubs that route the LTX API to the mock's responders, as a WireMock mappings loader: a stock WireMock loads
 * them at start-up and again after {@code POST /__admin/reset}, so they cannot be lost.
 */
public final class LtxStubMappings implements MappingsLoaderExtension {

    public static final String NAME = "ltx-stub-mappings";

    /** The routes: submit, upload, job status, artifacts, and a documented-shape 404 for any other API path. */
    public static List<StubMapping> all() {
        return List.of(
                post(urlPathMatching("/v1/ltxstudio/images/(flux-edit|edit)")).atPriority(1)
                        .willReturn(aResponse().withTransformers(SubmitResponder.NAME)).build(),
                post(urlPathMatching("/v1/ltxstudio/assets/?")).atPriority(1)
                        .willReturn(aResponse().withTransformers(UploadResponder.NAME)).build(),
                get(urlPathMatching("/v1/ltxstudio/assets/.+")).atPriority(1)
                        .willReturn(aResponse().withTransformers(JobStatusResponder.NAME)).build(),
                get(urlPathMatching("/artifacts/.+")).atPriority(1)
                        .willReturn(aResponse().withTransformers(ArtifactResponder.NAME)).build(),
                any(urlPathMatching("/v1/ltxstudio/.*")).atPriority(10)
                        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":\"Not found: no such route in the LTX Studio API v1\",\"code\":404}"))
                        .build());
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        all().forEach(stubMappings::addMapping);
    }

    @Override
    public String getName() {
        return NAME;
    }
}
