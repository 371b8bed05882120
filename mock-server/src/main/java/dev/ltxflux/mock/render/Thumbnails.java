package dev.ltxflux.mock.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Scaled previews, as PNG, never enlarged: the dashboard's small ones ({@value #EDGE} pixels a side, {@link #of}) and
 * the asset list's large thumbnails ({@value #LARGE} pixels a side, {@link #large}).
 */
public final class Thumbnails {

    /** The longest side of a dashboard thumbnail. */
    public static final int EDGE = 96;
    /** The longest side of a large thumbnail (asset list). */
    public static final int LARGE = 256;

    private Thumbnails() {
    }

    /** The thumbnail of {@code image} (PNG, JPEG, GIF or BMP), or empty when it cannot be decoded (WebP, not an image). */
    public static Optional<byte[]> of(byte[] image) {
        return ImageEditor.decode(image).map(Thumbnails::scale).map(ImageEditor::encode);
    }

    /** The large PNG thumbnail, or null when the image cannot be decoded (WebP: the caller serves the image itself). */
    public static byte[] large(byte[] image) {
        try {
            return ImageEditor.decode(image).map(s -> scale(s, LARGE)).map(ImageEditor::encode).orElse(null);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    static BufferedImage scale(BufferedImage source) {
        return scale(source, EDGE);
    }

    static BufferedImage scale(BufferedImage source, int edge) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) edge / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * factor));
        int th = Math.max(1, (int) Math.round(h * factor));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
