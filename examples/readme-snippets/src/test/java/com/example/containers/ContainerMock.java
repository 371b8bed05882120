package com.example.containers;

import dev.ltxflux.feign.LtxClient;
import dev.ltxflux.mock.testcontainers.LtxMockContainer;

/** The README's Testcontainers snippet, compiled (it needs a Docker engine to run, so no test runs it here). */
final class ContainerMock {

    private ContainerMock() {
    }

    static void run() {
        // README:begin testcontainers
        try (LtxMockContainer mock = new LtxMockContainer().withMockOption("--job-duration", "300ms")) {
            mock.start();                                   // waits for GET /__health to answer UP
            LtxClient client = LtxClient.builder().baseUrl(mock.baseUrl()).token(mock.token()).allowPlainHttp(true).build();
            mock.admin().jobs();                            // LtxMockAdmin of this container
        }
        // without a bridge network: new LtxMockContainer().withNetworkMode("host").withMockPort(freePort)
        // (and TESTCONTAINERS_RYUK_DISABLED=true where no Ryuk image can be pulled)
        // README:end
    }
}
