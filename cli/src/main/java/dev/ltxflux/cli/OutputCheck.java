package dev.ltxflux.cli;

import dev.ltxflux.core.error.InvalidRequestException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before anything is uploaded or submitted, that the result file can be written where the user asked. */
final class OutputCheck {

    private OutputCheck() {
    }

    /** @throws InvalidRequestException naming {@code --out} when the file or its folder cannot be written */
    static void writable(Path out) {
        Path file = out.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new InvalidRequestException("output", "is a folder: name a file (" + file + ")");
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new InvalidRequestException("output", "exists and is not writable (" + file + ")");
        }
        Path dir = file.getParent();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new InvalidRequestException("output", "cannot be created: " + existing + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new InvalidRequestException("output", "cannot be created: the folder " + existing + " is not writable");
        }
    }
}
