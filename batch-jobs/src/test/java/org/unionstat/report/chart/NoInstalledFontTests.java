package org.unionstat.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.unionstat.testing.ChildJvm;
import org.unionstat.testing.Reports;

/**
 * Charts, and a whole {@code run} down to the leaders' report, on a JVM that sees no installed font at all: a child
 * JVM whose fontconfig lists no font (the JDK's font system then cannot even start), or lists only a font file the JDK
 * cannot use (it starts, and then finds "No physical fonts"). Both must draw every chart text with real glyphs, in
 * the bundled font.
 */
class NoInstalledFontTests {

    /** How the machine is without fonts. */
    enum Machine {
        /** fontconfig knows no font directory. */
        NO_FONT_AT_ALL,
        /** fontconfig lists one font, in a file whose name the JDK does not take for a font. */
        NO_FONT_THE_JDK_CAN_USE
    }

    @TempDir
    Path dir;

    /** The child's environment: its own fontconfig file and font cache, and a home for the JDK's font cache. */
    Map<String, String> environment(Machine machine) throws IOException {
        String fontDirs = "";
        if (machine == Machine.NO_FONT_THE_JDK_CAN_USE) {
            Path fonts = Files.createDirectories(dir.resolve("fonts"));
            try (InputStream in = ChartFonts.class.getResourceAsStream(ChartFonts.BUNDLED_RESOURCE)) {
                Files.copy(in, fonts.resolve("chart.font"));
            }
            fontDirs = "<dir>" + fonts + "</dir>";
        }
        Path config = Files.writeString(dir.resolve("fonts.conf"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>" + fontDirs + "<cachedir>"
                + dir.resolve("fontcache") + "</cachedir></fontconfig>\n");
        return Map.of("FONTCONFIG_FILE", config.toString(), "FONTCONFIG_PATH", dir.toString(), "HOME",
                dir.resolve("home").toString());
    }

    /** The JDK keeps what fontconfig said under user.home: a fresh home, so that nothing comes from a cache. */
    Map<String, String> properties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("user.home", dir.resolve("home").toString());
        return properties;
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void everyChartTextIsDrawnWithRealGlyphsInTheBundledFont(Machine machine) throws Exception {
        Path charts = dir.resolve("charts");
        try (ChildJvm probe = ChildJvm.start(environment(machine), properties(), NoFontProbe.class.getName(),
                charts.toString())) {
            int exit = probe.exitCode(Duration.ofMinutes(3));
            String output = probe.output();
            assertThat(output).as("the child sees no installed font").contains("installed fonts: none");
            assertThat(output).contains("chart font: " + ChartFonts.BUNDLED_FAMILY + ", chinese true, bundled true")
                    .contains("without glyphs: []");
            assertThat(exit).as(output).isZero();
        }
        assertThat(ImageIO.read(charts.resolve("district-scores.png").toFile()).getWidth()).isEqualTo(2_000);
    }

    @ParameterizedTest
    @EnumSource(Machine.class)
    void aWholeRunWritesEveryOutputOnAMachineWithoutFonts(Machine machine) throws Exception {
        Path inbox = dir.resolve("in").resolve("2079Q1");
        Reports.reportsFile(inbox.resolve("reports.csv"), "2079Q1", 1, 4, true);
        Map<String, String> properties = properties();
        properties.put("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db").resolve("unionstat")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        properties.put("unionstat.ingest.spool-dir", dir.resolve("spool").toString());
        Path out = dir.resolve("out");
        try (ChildJvm run = ChildJvm.start(environment(machine), properties, "org.unionstat.cli.Unionstat", "run",
                "--period", "2079Q1", "--out", out.toString(), inbox.toString())) {
            int exit = run.exitCode(Duration.ofMinutes(5));
            assertThat(exit).as(run.output()).isZero();
        }
        Path period = out.resolve("2079Q1");
        for (String file : List.of("indicators-2079Q1.csv", "scores-2079Q1.csv", "assessment-2079Q1.xlsx",
                "report-2079Q1.docx", "charts/district-scores.png", "charts/city-indicators.png")) {
            assertThat(period.resolve(file)).as(file).isNotEmptyFile();
        }
    }
}
