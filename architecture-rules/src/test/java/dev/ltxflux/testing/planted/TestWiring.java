package dev.ltxflux.testing.planted;

/** Stands for the testing module's wiring, which a planted class outside it depends on. */
public final class TestWiring {
    public static String baseUrl() {
        return "http://127.0.0.1:1/v1/ltxstudio";
    }
}
