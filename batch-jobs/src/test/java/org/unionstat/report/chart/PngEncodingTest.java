package org.unionstat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;

class PngEncodingTest {

    @Test
    void imageIoReadsBackTheSamePixelsAndResolution() throws IOException {
        BufferedImage image = new BufferedImage(301, 157, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 301, 157);
        g.setColor(new Color(0x4C, 0xA6, 0x6B));
        g.fillRect(20, 30, 100, 80);
        g.dispose();
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            image.setRGB(random.nextInt(301), random.nextInt(157), random.nextInt(1 << 24));
        }

        byte[] png = PngEncoding.png(image, 192);

        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage read = reader.read(0);
            assertThat(read.getWidth()).isEqualTo(301);
            assertThat(read.getHeight()).isEqualTo(157);
            for (int y = 0; y < 157; y++) {
                for (int x = 0; x < 301; x++) {
                    assertThat(read.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(image.getRGB(x, y));
                }
            }
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("7559");
            assertThat(physical.getAttribute("pixelsPerUnitYAxis")).isEqualTo("7559");
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
        }
    }

    @Test
    void onlyRgbImages() {
        BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
        assertThatThrownBy(() -> PngEncoding.png(argb, 192)).isInstanceOf(IllegalArgumentException.class);
    }
}
