package dev.ltxflux.mock.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.imageio.ImageIO;

/**
 * Makes the "created" image of {@code images/create}: a landscape (sky, sun, two mountain ridges) whose colours and
 * shapes derive from the prompt and seed, in the requested ratio; a style recolours it visibly (each style its own
 * palette rule); a reference image is blended in by {@code reference_strength}. And the upscale: the source at twice
 * its width and height. Integer pixel arithmetic only, so the same inputs give the same PNG bytes everywhere.
 */
public final class ImageCreator {

    /** The longest side an upscale may produce; a larger result is refused by the mock (400). */
    public static final int MAX_UPSCALED_EDGE = 4096;

    private ImageCreator() {
    }

    /**
     * The created PNG.
     *
     * @param reference the reference image's bytes, or null
     * @param strength  how much of the reference shows, 0..100 (null: the API's default 50)
     */
    public static byte[] create(String prompt, Long seed, String aspectRatio, String style, byte[] reference, Integer strength) {
        byte[] d = digest(prompt, seed);
        int[] wh = ImageEditor.size(aspectRatio);
        int w = wh[0];
        int h = wh[1];
        BufferedImage ref = reference == null ? null : readScaled(reference, w, h);
        int weight = strength == null ? 50 : Math.max(0, Math.min(100, strength));
        int sunX = w / 5 + (d[3] & 0xFF) * w * 3 / 5 / 255;
        int sunY = h / 6 + (d[4] & 0xFF) * h / 3 / 255;
        int sunR = Math.max(6, Math.min(w, h) / 10);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        // computed column by column, written once (setRGB per pixel converts each one through the colour model)
        int[] pixels = new int[w * h];
        int[] refPixels = ref == null ? null : ref.getRGB(0, 0, w, h, null, 0, w);
        for (int x = 0; x < w; x++) {
            int far = h / 2 + wave(x, w, d[5], d[6]) * h / 8 / 100;
            int near = h * 3 / 4 + wave(x, w, d[7], d[8]) * h / 10 / 100;
            for (int y = 0; y < h; y++) {
                int r;
                int g;
                int b;
                long dx = x - sunX;
                long dy = y - sunY;
                if (y >= near) {
                    r = (d[9] & 0x3F) + 20;
                    g = (d[10] & 0x7F) + 40;
                    b = (d[11] & 0x3F) + 20;
                } else if (y >= far) {
                    r = (d[12] & 0x7F) + 40;
                    g = (d[13] & 0x7F) + 30;
                    b = (d[14] & 0x7F) + 60;
                } else if (dx * dx + dy * dy <= (long) sunR * sunR) {
                    r = 255;
                    g = 200 + (d[15] & 0x37);
                    b = 90;
                } else {
                    r = (d[0] & 0xFF) * (h - y) / h / 2 + 60 * y / h + 40;
                    g = (d[1] & 0xFF) * (h - y) / h / 2 + 50;
                    b = 120 + (d[2] & 0x7F) * (h - y) / h;
                }
                int rgb = styled(style, Math.min(255, r), Math.min(255, g), Math.min(255, b), x, y);
                if (refPixels != null) {
                    rgb = blend(rgb, refPixels[y * w + x], weight);
                }
                pixels[y * w + x] = rgb;
            }
        }
        out.setRGB(0, 0, w, h, pixels, 0, w);
        return encode(out);
    }

    /** The PNG at twice its width and height (each pixel becomes a 2×2 block); null when it is not a readable image. */
    public static byte[] upscale(byte[] png) {
        BufferedImage src = read(png);
        if (src == null) {
            return null;
        }
        int w = src.getWidth();
        BufferedImage out = new BufferedImage(w * 2, src.getHeight() * 2, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        int[] doubled = new int[w * 2];
        for (int y = 0; y < src.getHeight(); y++) {
            src.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w * 2; x++) {
                doubled[x] = row[x / 2];
            }
            out.setRGB(0, 2 * y, w * 2, 1, doubled, 0, w * 2);
            out.setRGB(0, 2 * y + 1, w * 2, 1, doubled, 0, w * 2);
        }
        return encode(out);
    }

    /** -100..100, a smooth ridge line from two bytes of the digest. */
    private static int wave(int x, int w, byte a, byte b) {
        double t = (double) x / w;
        return (int) Math.round(60 * Math.sin(t * (3 + (a & 7)) + (b & 0xFF) / 40.0) + 40 * Math.sin(t * 11 + (a & 0xFF) / 30.0));
    }

    /** The style's palette rule; none (base) keeps the colours. */
    static int styled(String style, int r, int g, int b, int x, int y) {
        int grey = (r * 30 + g * 59 + b * 11) / 100;
        switch (style == null ? "base" : style) {
            case "film_noir", "low_key" -> {
                int v = grey > 110 ? Math.min(255, grey + 60) : grey / 3;
                return rgb(v, v, v);
            }
            case "vintage" -> {
                return rgb(Math.min(255, grey + 40), Math.min(255, grey + 20), Math.max(0, grey - 20));
            }
            case "pop", "boost", "colored", "y2k" -> {
                return rgb(r > 127 ? 255 : 40, g > 100 ? 230 : 20, b > 127 ? 255 : 60);
            }
            case "anime", "3d_cartoon", "2d_novel", "hand_drawn", "scribble" -> {
                return rgb(r / 64 * 64 + 32, g / 64 * 64 + 32, b / 64 * 64 + 32);
            }
            case "grunge", "indy" -> {
                int n = ((x * 31 + y * 17) % 7) * 8;
                return rgb(Math.max(0, r - 50 + n), Math.max(0, g - 40 + n), Math.max(0, b - 60 + n));
            }
            case "dreamy" -> {
                return rgb((r + 255) / 2, (g + 220) / 2, (b + 255) / 2);
            }
            case "cinematic" -> {
                return rgb(Math.min(255, r + 30), Math.max(0, g - 10), Math.max(0, b - 40) + (255 - grey) / 6);
            }
            default -> {
                return rgb(r, g, b);
            }
        }
    }

    private static int blend(int a, int b, int weightOfB) {
        int r = (((a >> 16) & 0xFF) * (100 - weightOfB) + ((b >> 16) & 0xFF) * weightOfB) / 100;
        int g = (((a >> 8) & 0xFF) * (100 - weightOfB) + ((b >> 8) & 0xFF) * weightOfB) / 100;
        int bl = ((a & 0xFF) * (100 - weightOfB) + (b & 0xFF) * weightOfB) / 100;
        return rgb(r, g, bl);
    }

    private static int rgb(int r, int g, int b) {
        return (r << 16) | (g << 8) | b;
    }

    /** The reference fitted to {@code w}×{@code h} (nearest pixel); a pattern of its bytes when unreadable (WebP). */
    private static BufferedImage readScaled(byte[] bytes, int w, int h) {
        byte[] edited = ImageEditor.edit(bytes, w > h ? "16:9" : w < h ? "9:16" : "1:1", "", 0L);
        return read(edited);
    }

    private static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] digest(String prompt, Long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.valueOf(prompt).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(String.valueOf(seed).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static byte[] encode(BufferedImage img) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
