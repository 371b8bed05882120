package com.example.orders;

import dev.ltxflux.mock.junit5.LtxMockExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's field snippets: where an extension is declared decides what is shared between tests. */
class ExtensionFields {

    // README:begin instance-field
    @RegisterExtension
    LtxMockExtension ltx = new LtxMockExtension();          // instance field: a pooled server, as fresh for every test
    // README:end
}
