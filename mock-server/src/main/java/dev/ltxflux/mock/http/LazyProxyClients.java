package dev.ltxflux.mock.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.client.ApacheHttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.HttpClient;
import com.github.tomakehurst.wiremock.http.client.HttpClientFactory;
import com.github.tomakehurst.wiremock.http.client.LazyHttpClient;
import java.util.List;

/**
 * WireMock builds its two proxy HTTP clients (Apache HttpClient with its TLS set-up) in its constructor, ~0.45 s of class
 * loading at every start, although the mock proxies only in record mode or for an enabled proxy stub. These clients are
 * built, with WireMock's own factory and the same arguments, on their first use instead.
 */
public final class LazyProxyClients implements HttpClientFactory {

    private final HttpClientFactory real;

    public LazyProxyClients() {
        this(new ApacheHttpClientFactory());
    }

    LazyProxyClients(HttpClientFactory real) {
        this.real = real;
    }

    @Override
    public HttpClient buildHttpClient(Options options, boolean trustAllCertificates, List<String> trustedHosts,
            boolean useSystemProperties) {
        return new LazyHttpClient(() -> real.buildHttpClient(options, trustAllCertificates, trustedHosts, useSystemProperties));
    }
}
