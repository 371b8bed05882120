package dev.ltxflux.mock.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes the "edited" image: the reference re-framed (centre crop) to the requested aspect ratio and visibly changed
 * (a tint and a light sweep derived from the prompt and seed; warm words such as "sunset" tint it orange and cool words
 * such as "winter" blue, a toy: see {@link PromptMood}). Pure integer pixel arithmetic, so the same inputs give
 * the same PNG bytes on every machine.
 */
public final class ImageEditor {

    /** The longest side a reference is decoded at; larger ones are subsampled while decoding. */
    static final int DECODE_EDGE = 1024;

    private ImageEditor() {
    }

    /** Output size for a ratio; the API's default ratio is 16:9. */
    static int[] size(String aspectRatio) {
        if ("9:16".equals(aspectRatio)) {
            return new int[] {288, 512};
        }
        if ("1:1".equals(aspectRatio)) {
            return new int[] {384, 384};
        }
        return new int[] {512, 288};
    }

    /** The edited PNG. A reference ImageIO cannot decode (WebP) is replaced by a pattern derived from its bytes. */
    public static byte[] edit(byte[] reference, String aspectRatio, String prompt, Long seed) {
        byte[] digest = digest(reference, prompt, seed);
        BufferedImage source = decode(reference).orElseGet(() -> pattern(digest));
        int[] wh = size(aspectRatio);
        BufferedImage out = new BufferedImage(wh[0], wh[1], BufferedImage.TYPE_INT_RGB);
        int sw = source.getWidth();
        int sh = source.getHeight();
        // centre crop of the source with the target's ratio: compare sw/sh with w/h in integers
        int cropW = sw;
        int cropH = sh;
        if ((long) sw * wh[1] > (long) sh * wh[0]) {
            cropW = (int) ((long) sh * wh[0] / wh[1]);
        } else {
            cropH = (int) ((long) sw * wh[1] / wh[0]);
        }
        int x0 = (sw - cropW) / 2;
        int y0 = (sh - cropH) / 2;
        int[] tint = PromptMood.of(prompt).tint(new int[] {digest[0] & 0xFF, (digest[1] & 0xFF) / 2, (digest[2] & 0xFF) / 3});
        int tintR = tint[0];
        int tintG = tint[1];
        int tintB = tint[2];
        // whole rows at a time (getRGB/setRGB per pixel convert each one through the colour model: most of the cost)
        int[] sourceRow = new int[sw];
        int[] outRow = new int[wh[0]];
        int rowRead = -1;
        for (int y = 0; y < wh[1]; y++) {
            int sy = y0 + (int) ((long) y * cropH / wh[1]);
            if (sy != rowRead) {
                source.getRGB(0, sy, sw, 1, sourceRow, 0, sw);
                rowRead = sy;
            }
            for (int x = 0; x < wh[0]; x++) {
                int rgb = sourceRow[x0 + (int) ((long) x * cropW / wh[0])];
                int sweep = 255 * (x + (wh[1] - y)) / (wh[0] + wh[1]);
                int r = mix((rgb >> 16) & 0xFF, tintR, sweep);
                int g = mix((rgb >> 8) & 0xFF, tintG, sweep);
                int b = mix(rgb & 0xFF, tintB, sweep);
                outRow[x] = (r << 16) | (g << 8) | b;
            }
            out.setRGB(0, y, wh[0], 1, outRow, 0, wh[0]);
        }
        return encode(out);
    }

    /** A plain gradient PNG, used as the preloaded example reference. */
    public static byte[] sample(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = ((40 + 120 * x / width) << 16) | ((90 + 100 * y / height) << 8) | 160;
            }
            img.setRGB(0, y, width, 1, row, 0, width);
        }
        return encode(img);
    }

    private static int mix(int base, int tint, int sweep) {
        // 60 % original, 25 % tint, 15 % light sweep
        return Math.min(255, (base * 60 + tint * 25 + sweep * 15) / 100);
    }

    /**
     * Width and height from the image's header, without decoding its pixels (a decompression bomb costs nothing here);
     * null when ImageIO has no reader for it (WebP) or the header is unreadable.
     */
    public static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Decodes at most about {@link #DECODE_EDGE} pixels per side (subsampled): renders cost the same for any upload. */
    static java.util.Optional<BufferedImage> decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return java.util.Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int step = Math.max(1, Math.max(reader.getWidth(0), reader.getHeight(0)) / DECODE_EDGE);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return java.util.Optional.ofNullable(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static BufferedImage pattern(byte[] digest) {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                int v = digest[(x / 8 + y / 8) % digest.length] & 0xFF;
                img.setRGB(x, y, (v << 16) | ((255 - v) << 8) | ((x * 4) & 0xFF));
            }
        }
        return img;
    }

    private static byte[] digest(byte[] reference, String prompt, Long seed) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(reference);
            sha.update(String.valueOf(prompt).getBytes(StandardCharsets.UTF_8));
            sha.update(String.valueOf(seed).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    static byte[] encode(BufferedImage img) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
