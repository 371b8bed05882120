package dev.ltxflux.mock.planted;

/** Planted violation: diagnostics printed to the console instead of logged. */
public final class PrintsDiagnostics {
    public void report(RuntimeException bug) {
        System.err.println("something went wrong");
        bug.printStackTrace();
    }
}
