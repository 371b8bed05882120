package dev.ltxflux.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ltxflux.mock.render.ImageEditor;
import dev.ltxflux.mock.render.ImageHeaders;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Dimensions from header bytes agree with ImageIO's reader, and malformed headers give null. */
class ImageHeadersTest {

    @Test
    void readsPngAndJpegDimensionsLikeImageIo() throws Exception {
        byte[] png = ImageEditor.sample(37, 21);
        assertThat(ImageHeaders.dimensions("image/png", png)).containsExactly(37, 21);
        assertThat(ImageEditor.dimensions(png)).containsExactly(37, 21);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(53, 29, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg);
        assertThat(ImageHeaders.dimensions("image/jpeg", jpeg.toByteArray())).containsExactly(53, 29);
        assertThat(ImageHeaders.dimensions("image/png", BadInputCorpusTest.pngDeclaring(20_000, 30_000))).containsExactly(20_000, 30_000);
    }

    @Test
    void malformedHeadersGiveNull() {
        assertThat(ImageHeaders.dimensions("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isNull();
        assertThat(ImageHeaders.dimensions("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isNull();
        assertThat(ImageHeaders.dimensions("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, 4, 5})).isNull();
        assertThat(ImageHeaders.dimensions("image/webp", new byte[32])).isNull();
    }
}
