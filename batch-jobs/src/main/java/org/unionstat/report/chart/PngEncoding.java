package org.unionstat.report.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A chart as a PNG file: 8-bit RGB, its resolution in a pHYs chunk, rows unfiltered and deflated at a low level.
 * ImageIO's writer tries every row filter on every row and deflates harder, which took most of a small report's chart
 * time; charts are flat colour, so unfiltered rows deflate well at little cost (files about 15 % larger).
 */
final class PngEncoding {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int DEFLATE_LEVEL = 3;
    private static final int RGB = 2;
    private static final int PER_METRE = 1;

    private PngEncoding() {
    }

    /** {@code image} (of type {@link BufferedImage#TYPE_INT_RGB}) as a PNG marked {@code dpi} dots per inch. */
    static byte[] png(BufferedImage image, int dpi) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("an RGB image is expected, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream(width * height / 4);
            file.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, RGB, 0, 0, 0}); // bit depth, colour type, compression, filter method, no interlace
            chunk(file, "IHDR", header.toByteArray());
            ByteArrayOutputStream physical = new ByteArrayOutputStream();
            DataOutputStream p = new DataOutputStream(physical);
            int perMetre = (int) Math.round(dpi / 0.0254);
            p.writeInt(perMetre);
            p.writeInt(perMetre);
            p.writeByte(PER_METRE);
            chunk(file, "pHYs", physical.toByteArray());
            chunk(file, "IDAT", pixels(image));
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows, each with filter type 0 (none) before its red, green and blue bytes, deflated. */
    private static byte[] pixels(BufferedImage image) throws IOException {
        int width = image.getWidth();
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[1 + 3 * width];
        Deflater deflater = new Deflater(DEFLATE_LEVEL);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(argb.length / 4);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            for (int y = 0, at = 0; y < image.getHeight(); y++) {
                for (int x = 0, i = 1; x < width; x++, at++) {
                    int pixel = argb[at];
                    row[i++] = (byte) (pixel >> 16);
                    row[i++] = (byte) (pixel >> 8);
                    row[i++] = (byte) pixel;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }
}
