package dev.ltxflux.cli;

import java.util.Arrays;
import java.util.List;

/**
 * The flags of every {@code java -jar ltxflux.jar} a process test starts: the suite's cheap-JVM flags (the parent pom's
 * {@code ltxflux.test.jvm}, handed over as the system property of that name; C1 alone, the serial collector, the JDK's
 * class-data archive), so a short-lived CLI process does not pay for C2 compiler and parallel GC threads on a small
 * machine. The program run is the same; only the JVM's start is cheaper.
 */
final class ChildJvm {

    /** Used when the tests run outside Maven (an IDE): the same flags as the parent pom's. */
    static final String DEFAULT = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto";

    private ChildJvm() {
    }

    /** The JVM flags, in order, to put between {@code java} and {@code -jar}. */
    static List<String> flags() {
        String flags = System.getProperty("ltxflux.test.jvm", DEFAULT).trim();
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+"));
    }
}
