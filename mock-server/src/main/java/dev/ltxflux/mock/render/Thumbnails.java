package dev.ltxflux.mock.render;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Large thumbnails of the asset list: the image scaled to fit {@value #LARGE} pixels, as PNG. */
public final class Thumbnails {

    /** The longest side of a large thumbnail. */
    public static final int LARGE = 256;

    private Thumbnails() {
    }

    /** The PNG thumbnail, or null when ImageIO cannot decode the image (WebP: the caller serves the image itself). */
    public static byte[] large(byte[] image) {
        try {
            BufferedImage src = ImageIO.read(new ByteArrayInputStream(image));
            if (src == null) {
                return null;
            }
            double scale = Math.min(1.0, (double) LARGE / Math.max(src.getWidth(), src.getHeight()));
            int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
            BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            var g = out.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(src, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(out, "png", png);
            return png.toByteArray();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
