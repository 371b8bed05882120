package dev.ltxflux.consumer;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The client's jars and their run-time dependencies, as Maven resolved them for this project (see the pom). */
final class ClientModulePath {

    private ClientModulePath() {
    }

    static List<Path> jars() {
        String path = System.getProperty("ltxflux.client.module.path", "");
        if (path.isBlank()) {
            throw new IllegalStateException("ltxflux.client.module.path is not set: run through Maven (consumer-tests/pom.xml)");
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(Path::of).collect(Collectors.toList());
    }

    static String asArgument() {
        return jars().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    static ModuleFinder finder() {
        return ModuleFinder.of(jars().toArray(Path[]::new));
    }

    /** The descriptor of one module on the path, as the JDK reads it from the jar. */
    static ModuleDescriptor descriptor(String module) {
        return finder().find(module)
                .orElseThrow(() -> new AssertionError("no module " + module + " on " + jars()))
                .descriptor();
    }
}
