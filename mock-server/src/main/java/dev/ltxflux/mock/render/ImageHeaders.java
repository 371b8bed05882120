package dev.ltxflux.mock.render;

/**
 * An image's width and height read from its header bytes (PNG's IHDR, JPEG's SOF marker, WebP's VP8/VP8L/VP8X): no decoder, no pixel, no
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
        if ("image/webp".equals(mime)) {
            return webp(b);
        }
        return null;
    }

    /** RIFF....WEBP, then the first chunk: VP8 (lossy), VP8L (lossless) or VP8X (extended). */
    private static int[] webp(byte[] b) {
        if (b.length < 30 || b[8] != 'W' || b[9] != 'E' || b[10] != 'B' || b[11] != 'P') {
            return null;
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        switch (chunk) {
            case "VP8 ":
                // frame tag (3), start code 9d 01 2a (3), then 14-bit width and height, little-endian
                if ((b[23] & 0xFF) != 0x9D || (b[24] & 0xFF) != 0x01 || (b[25] & 0xFF) != 0x2A) {
                    return null;
                }
                return positive(u16le(b, 26) & 0x3FFF, u16le(b, 28) & 0x3FFF);
            case "VP8L":
                if ((b[20] & 0xFF) != 0x2F) {
                    return null;
                }
                long bits = (b[21] & 0xFFL) | (b[22] & 0xFFL) << 8 | (b[23] & 0xFFL) << 16 | (b[24] & 0xFFL) << 24;
                return positive((int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
            case "VP8X":
                return positive(u24le(b, 24) + 1, u24le(b, 27) + 1);
            default:
                return null;
        }
    }

    private static int[] positive(int w, int h) {
        return w <= 0 || h <= 0 ? null : new int[] {w, h};
    }

    private static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u24le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16;
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
