package org.unionstat.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;

import org.unionstat.domain.ReferenceData;
import org.unionstat.reference.ReferenceDataFiles;
import org.unionstat.report.chart.AssessmentCharts.ChartImage;
import org.unionstat.report.chart.ChartFonts.ChartFont;
import org.unionstat.report.figures.AssessmentFigures;

/**
 * Run in a child JVM by {@link NoInstalledFontTests}: says which fonts the JVM sees before anything else touches
 * them, then lets {@link ChartFonts} choose, checks every text of every chart against the chosen font and writes
 * the charts as PNG files into the directory given. Prints one line per finding; exits 0 when every text is drawn
 * with real glyphs.
 */
public final class NoFontProbe {

    private static final Set<String> LOGICAL = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF,
            Font.MONOSPACED);

    private NoFontProbe() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("installed fonts: " + installedFonts());
        ReferenceData config = ReferenceDataFiles.load(Path.of("config/districts.csv"),
                Path.of("config/industries.csv"));
        ChartFonts fonts = new ChartFonts(config);
        ChartFont font = fonts.font();
        System.out.println("chart font: " + font.font().getFamily() + ", chinese " + font.chinese() + ", bundled "
                + font.bundled());
        AssessmentFigures figures = ChartTexts.everyName(config);
        AssessmentCharts charts = new AssessmentCharts(fonts);
        List<String> missing = new ArrayList<>();
        int texts = 0;
        for (JFreeChart chart : ChartTexts.every(charts, figures, font)) {
            for (ChartTexts.Text text : ChartTexts.of(chart)) {
                texts++;
                if (!text.displayable()) {
                    missing.add(text.text());
                }
            }
        }
        System.out.println("chart texts: " + texts + ", without glyphs: " + missing);
        Path dir = Files.createDirectories(Path.of(args[0]));
        for (ChartImage image : charts.render(figures)) {
            Files.write(dir.resolve(image.fileName()), image.png());
        }
        System.out.println("charts written: " + charts.render(figures).size());
        System.exit(missing.isEmpty() && texts > 0 && font.chinese() ? 0 : 1);
    }

    /** "none", or the families of the physical fonts the JDK finds (logical ones aside), or why it finds none. */
    private static String installedFonts() {
        try {
            List<String> physical = new ArrayList<>();
            for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
                if (!LOGICAL.contains(font.getFamily())) {
                    physical.add(font.getFamily());
                }
            }
            if (!physical.isEmpty()) {
                return physical.toString();
            }
            // the logical fonts are listed even when they map to nothing: drawing with one tells
            BufferedImage image = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
            image.createGraphics().getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 12)).stringWidth("A");
            return "logical fonts only, yet drawable";
        } catch (Error e) {
            return "none (" + e.getClass().getSimpleName() + ": " + rootMessage(e) + ")";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
