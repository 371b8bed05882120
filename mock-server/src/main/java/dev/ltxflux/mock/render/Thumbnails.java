package dev.ltxflux.mock.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

/** Small previews for the dashboard: an image scaled to fit {@value #EDGE} pixels a side (never enlarged), as PNG. */
public final class Thumbnails {

    /** The longest side of a thumbnail. */
    public static final int EDGE = 96;

    private Thumbnails() {
    }

    /** The thumbnail of {@code image} (PNG, JPEG, GIF or BMP), or empty when it cannot be decoded (WebP, not an image). */
    public static Optional<byte[]> of(byte[] image) {
        return ImageEditor.decode(image).map(Thumbnails::scale).map(ImageEditor::encode);
    }

    static BufferedImage scale(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        double factor = Math.min(1.0, (double) EDGE / Math.max(w, h));
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
