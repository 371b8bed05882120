package dev.ltxflux.mock.render;

/**
 * An image's width and height read from its header bytes (PNG's IHDR, JPEG's SOF marker): no decoder, no pixel, no
 * ImageIO start-up, so a decompression bomb is refused before it costs anything.
 */
public final class ImageHeaders {

    private ImageHeaders() {
    }

    /** {@code {width, height}}, or null when the header is missing or malformed (or the type has no parser here). */
    public static int[] dimensions(String mime, byte[] b) {
        if ("image/png".equals(mime)) {
            return png(b);
        }
        if ("image/jpeg".equals(mime)) {
            return jpeg(b);
        }
        return null;
    }

    private static int[] png(byte[] b) {
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4)
        if (b.length < 24 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return null;
        }
        long w = u32(b, 16);
        long h = u32(b, 20);
        return w == 0 || h == 0 || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE ? null : new int[] {(int) w, (int) h};
    }

    private static int[] jpeg(byte[] b) {
        int i = 2;
        while (i + 3 < b.length) {
            if ((b[i] & 0xFF) != 0xFF) {
                return null;
            }
            int marker = b[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                i += 2;
                continue;
            }
            int length = u16(b, i + 2);
            if (length < 2) {
                return null;
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (i + 8 >= b.length) {
                    return null;
                }
                int h = u16(b, i + 5);
                int w = u16(b, i + 7);
                return w == 0 || h == 0 ? null : new int[] {w, h};
            }
            if (marker == 0xDA || marker == 0xD9) {
                return null;
            }
            i += 2 + length;
        }
        return null;
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
