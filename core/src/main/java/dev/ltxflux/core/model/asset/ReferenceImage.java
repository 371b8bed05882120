package dev.ltxflux.core.model.asset;

import dev.ltxflux.core.error.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An image file to upload as a reference, checked before anything is sent: it exists, is readable, is not empty and
 * is PNG, JPEG or WebP by its content.
 */
public record ReferenceImage(Path file, ImageType type, long size) {

    /** Largest file the client uploads (the API documents none; this keeps a mistaken path from uploading gigabytes). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public ReferenceImage {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
    }

    /** Reads the file's head and size; every problem is an {@link InvalidRequestException} naming {@code image}. */
    public static ReferenceImage of(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) {
            throw new InvalidRequestException("image", "must be an existing file (" + file + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size == 0) {
                throw new InvalidRequestException("image", "must not be empty (" + file + ")");
            }
            if (size > MAX_BYTES) {
                throw new InvalidRequestException("image", "must be at most " + MAX_BYTES + " bytes (" + file + ")");
            }
            byte[] head = in.readNBytes(12);
            ImageType type = ImageType.detect(head).orElseThrow(() -> new InvalidRequestException("image",
                    "must be a PNG, JPEG or WebP image (" + file + ")"));
            return new ReferenceImage(file, type, size);
        } catch (IOException e) {
            throw new InvalidRequestException("image", "must be readable (" + file + ": " + e.getMessage() + ")");
        }
    }
}
