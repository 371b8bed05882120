package dev.ltxflux.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * The embedded mock's state files ({@link MockStateDir}): readable by their owner only, whatever the umask (folders
 * {@code 0700}, files {@code 0600}; a file system without POSIX permissions keeps its defaults), and replaced whole:
 * written aside, then moved into place, so a reader never sees half a file.
 */
final class PrivateFiles {

    private PrivateFiles() {
    }

    /** Creates {@code folder} (and its missing parents) as {@code 0700}. */
    static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException noPosix) {
            Files.createDirectories(folder);
        }
    }

    /** Creates an empty {@code 0600} file, or leaves an existing one as it is. */
    static Path createFile(Path file) throws IOException {
        createFolder(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            return file;
        }
        try {
            return Files.createFile(file, ownerOnly());
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            return file;
        } catch (UnsupportedOperationException noPosix) {
            return Files.exists(file) ? file : Files.createFile(file);
        }
    }

    /** Replaces {@code target} with {@code bytes}: a {@code 0600} file written aside, then moved into place. */
    static void replace(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        createFolder(folder);
        Path part = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            createFile(part);
            Files.write(part, bytes);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }
}
