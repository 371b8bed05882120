package dev.ltxflux.mock.extension;

/** What the extensions may ask of the running server: where it is, and to end it. */
public interface ServerControl {

    /** {@code http://<bound address>:<port>}: the base of every link the mock hands out (never the request's Host). */
    String origin();

    /** The bound port (webhooks must not target it). */
    int port();

    /** Stops serving and ends the process (the JUnit extension's server only stops). Returns at once. */
    void shutdown();
}
