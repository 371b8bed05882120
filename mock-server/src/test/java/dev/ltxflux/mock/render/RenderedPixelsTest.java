package dev.ltxflux.mock.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import javax.imageio.ImageIO;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The mock's pictures are the same pixels from one version to the next, not only from one call to the next: a user's
 * snapshot test of an edit through the mock must not break when the renderer is made faster. The digests (of the
 * decoded pixels and the size, not of the PNG bytes, which the platform's zlib may pack differently) are those the
 * renderers gave before their rows were read and written whole; a deliberate change of the pictures updates them and
 * says so in the change log.
 */
class RenderedPixelsTest {

    private static final byte[] SAMPLE = ImageEditor.sample(200, 300);

    @Test
    void theSampleAndAnEditOfItAreThePixelsTheyWere() throws Exception {
        assertThat(sha(SAMPLE)).isEqualTo("fde88e122b30d7fc");
        assertThat(sha(ImageEditor.edit(SAMPLE, "9:16", "Add golden sunset lighting", 42L))).isEqualTo("e9ffebdd9c5582c7");
        assertThat(sha(ImageEditor.edit(ImageEditor.sample(64, 48), "1:1", "winter night", 7L))).isEqualTo("83997ba3c39eae4d");
        assertThat(sha(ImageEditor.edit(new byte[] {1, 2, 3}, "16:9", "p", null))).as("no image: the digest's pattern")
                .isEqualTo("a0d17597f7f106e1");
    }

    @Test
    void aCreationWithAndWithoutAReferenceAndAnUpscaleAreThePixelsTheyWere() throws Exception {
        assertThat(sha(ImageCreator.create("a castle", 5L, "1:1", null, null, null))).isEqualTo("e5e55c43cbfdf9c7");
        assertThat(sha(ImageCreator.create("a castle", 5L, "1:1", null, SAMPLE, 70))).isEqualTo("74d6ef163f29b93d");
        assertThat(sha(ImageCreator.create("a castle", 5L, "16:9", "film_noir", null, null))).isEqualTo("84eb8792cb37b8d6");
        assertThat(sha(ImageCreator.create("a castle", 5L, "16:9", "film_noir", SAMPLE, 70))).isEqualTo("c376ce8048c31e29");
        assertThat(sha(ImageCreator.upscale(ImageEditor.edit(SAMPLE, "9:16", "Add golden sunset lighting", 42L))))
                .isEqualTo("36262993278c3455");
    }

    /** SHA-256 of the image's width, height and ARGB pixels, row by row (16 hex digits). */
    static String sha(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int w = image.getWidth();
        int h = image.getHeight();
        ByteBuffer pixels = ByteBuffer.allocate(8 + 4 * w * h).putInt(w).putInt(h);
        for (int argb : image.getRGB(0, 0, w, h, null, 0, w)) {
            pixels.putInt(argb);
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pixels.array())).substring(0, 16);
    }
}
