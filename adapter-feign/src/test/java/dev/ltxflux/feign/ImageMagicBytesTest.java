package dev.ltxflux.feign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A download is kept only when its first bytes are a PNG, JPEG or WebP signature: every byte of each counts. */
class ImageMagicBytesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] WEBP = {'R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P'};

    @Test
    void eachSignatureAloneIsAnImage() {
        assertThat(HttpArtifactDownloader.isImage(PNG)).isTrue();
        assertThat(HttpArtifactDownloader.isImage(JPEG)).isTrue();
        assertThat(HttpArtifactDownloader.isImage(WEBP)).isTrue();
        assertThat(HttpArtifactDownloader.isImage(Arrays.copyOf(PNG, 64))).isTrue();
    }

    @Test
    void aSignatureCutShortIsNotAnImage() {
        assertThat(HttpArtifactDownloader.isImage(Arrays.copyOf(PNG, 7))).isFalse();
        assertThat(HttpArtifactDownloader.isImage(Arrays.copyOf(JPEG, 2))).isFalse();
        assertThat(HttpArtifactDownloader.isImage(Arrays.copyOf(WEBP, 11))).isFalse();
        assertThat(HttpArtifactDownloader.isImage(new byte[0])).isFalse();
    }

    @Test
    void anyWrongSignatureByteIsNotAnImage() {
        for (byte[] signature : new byte[][] {PNG, JPEG, WEBP}) {
            for (int i = 0; i < signature.length; i++) {
                if (signature == WEBP && i >= 4 && i < 8) {
                    continue; // the RIFF chunk size: any value
                }
                byte[] wrong = signature.clone();
                wrong[i] ^= 0x01;
                assertThat(HttpArtifactDownloader.isImage(wrong)).as("byte %d of %s flipped", i, Arrays.toString(signature)).isFalse();
            }
        }
    }

    @Test
    void theRiffSizeOfAWebpMayBeAnything() {
        byte[] webp = WEBP.clone();
        webp[4] = (byte) 0xFF;
        webp[7] = 0;
        assertThat(HttpArtifactDownloader.isImage(webp)).isTrue();
    }
}
