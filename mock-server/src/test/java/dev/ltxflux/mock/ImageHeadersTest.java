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

    @Test
    void readsTheThreeWebpHeaderKinds() {
        byte[] vp8x = webp("VP8X", 40);
        vp8x[24] = (byte) 0x1F; // width - 1 = 19999 = 0x4E1F
        vp8x[25] = 0x4E;
        vp8x[27] = (byte) 0x2F; // height - 1 = 29999 = 0x752F
        vp8x[28] = 0x75;
        assertThat(ImageHeaders.dimensions("image/webp", vp8x)).containsExactly(20_000, 30_000);
        byte[] lossy = webp("VP8 ", 40);
        lossy[23] = (byte) 0x9D;
        lossy[24] = 0x01;
        lossy[25] = 0x2A;
        lossy[26] = 64;
        lossy[28] = 48;
        assertThat(ImageHeaders.dimensions("image/webp", lossy)).containsExactly(64, 48);
        byte[] lossless = webp("VP8L", 40);
        lossless[20] = 0x2F;
        long bits = 63 | (47L << 14); // 64 x 48
        for (int i = 0; i < 4; i++) {
            lossless[21 + i] = (byte) (bits >> (8 * i));
        }
        assertThat(ImageHeaders.dimensions("image/webp", lossless)).containsExactly(64, 48);
    }

    private static byte[] webp(String chunk, int size) {
        byte[] b = new byte[size];
        System.arraycopy("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 8, 4);
        System.arraycopy(chunk.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 12, 4);
        return b;
    }
}
