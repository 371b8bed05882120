package dev.ltxflux.mock.config;

import static dev.ltxflux.mock.config.Checks.check;

import java.time.Duration;

/**
 * How long the mock keeps what it made, and how much of it: the bounds that keep memory flat whatever clients send.
 *
 * @param retention            how long jobs and uploads are kept before they expire (404) and are evicted ({@code --retention})
 * @param artifactTtl          lifetime of a signed artifact URL ({@code --artifact-ttl})
 * @param maxStoredUploads     uploads kept at once; a full store answers 429 with Retry-After ({@code --max-stored-uploads})
 * @param maxStoredUploadBytes bytes of uploads kept at once; 429 beyond ({@code --max-stored-upload-bytes})
 * @param maxPixels            largest image (width × height) accepted at upload, read from the header before decoding;
 *                             400 beyond ({@code --max-pixels})
 * @param renderCache          rendered artifacts kept in memory (least recently used go first; re-rendered on demand)
 *                             ({@code --render-cache})
 */
public record StorageSettings(Duration retention, Duration artifactTtl, int maxStoredUploads, long maxStoredUploadBytes,
        long maxPixels, int renderCache) {

    public StorageSettings {
        check(Checks.positive(retention), "--retention", "must be positive");
        check(Checks.positive(artifactTtl), "--artifact-ttl", "must be positive");
        check(maxStoredUploads >= 1, "--max-stored-uploads", "must be positive");
        check(maxStoredUploadBytes >= 1, "--max-stored-upload-bytes", "must be positive");
        check(maxPixels >= 1, "--max-pixels", "must be positive");
        check(renderCache >= 1, "--render-cache", "must be positive");
    }
}
