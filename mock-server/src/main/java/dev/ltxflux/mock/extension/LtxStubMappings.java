package dev.ltxflux.mock.extension;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * The LTX routes ({@link LtxRoutes#apiRoutes()}) as a WireMock mappings loader: a stock WireMock loads them at start-up
 * and again after {@code POST /__admin/reset}, so they cannot be lost.
 */
public final class LtxStubMappings implements MappingsLoaderExtension {

    public static final String NAME = "ltx-stub-mappings";

    /** The routes: submit, upload, job status, artifacts, and a documented-shape 404 for any other API path. */
    public static List<StubMapping> all() {
        return LtxRoutes.apiRoutes();
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
