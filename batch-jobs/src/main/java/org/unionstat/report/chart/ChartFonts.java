package org.unionstat.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.unionstat.domain.District;
import org.unionstat.domain.Industry;
import org.unionstat.domain.ReferenceData;

/**
 * The font the charts are drawn with. Chinese labels need a font with Chinese glyphs: the first of the usual CJK
 * families the machine has (Noto Sans CJK SC, Source Han Sans, WenQuanYi, …; else any installed font that can show
 * {@value #SAMPLE}), when it shows every district and industry name of config/; else the font bundled in the jar,
 * {@value #BUNDLED_FAMILY} (a subset of Noto Sans CJK SC under the SIL Open Font License, fonts/OFL.txt), which needs
 * no installed font at all. A name that the chosen font cannot show is drawn by its English name (config name_en);
 * only if the bundled font cannot be read either are the charts English throughout. A chart never shows boxes in
 * place of characters.
 */
@Component
public class ChartFonts {

    /** What a chart font must be able to show. */
    static final String SAMPLE = "基层工会组建率";
    static final String BUNDLED_RESOURCE = "/fonts/UnionstatSansSC-Regular.ttf";
    static final String BUNDLED_FAMILY = "Unionstat Sans SC";

    private static final Logger log = LoggerFactory.getLogger(ChartFonts.class);
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "SimHei", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN");
    /** Java's logical fonts map to whatever fontconfig picks; only a real family is a dependable choice. */
    private static final Set<String> LOGICAL = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF,
            Font.MONOSPACED);
    /** The JDK's own logical-font configuration file (its documented properties format), read at its font start-up. */
    private static final String JDK_FONT_CONFIGURATION = "sun.awt.fontconfig";

    /**
     * The chosen font (12 pt, plain), whether charts label in Chinese with it, and where it came from.
     *
     * @param bundled whether it is the font of the jar rather than one of the machine
     */
    record ChartFont(Font font, boolean chinese, boolean bundled) {

        /** Whether every character of {@code text} has a glyph of its own in this font. */
        boolean displays(String text) {
            return font.canDisplayUpTo(text) == -1;
        }
    }

    private final Supplier<Optional<Font>> system;
    private final Supplier<Optional<Font>> bundled;
    private final List<String> names;
    private ChartFont chosen;

    @Autowired
    public ChartFonts(ReferenceData reference) {
        this(ChartFonts::systemCjkFont, ChartFonts::bundledFont, reference);
    }

    /**
     * @param system  finds an installed font that can show Chinese, or none (tests inject one)
     * @param bundled reads the font of the jar, or none when it cannot be read
     */
    ChartFonts(Supplier<Optional<Font>> system, Supplier<Optional<Font>> bundled, ReferenceData reference) {
        this.system = system;
        this.bundled = bundled;
        List<String> all = new ArrayList<>();
        reference.districts().stream().map(District::name).forEach(all::add);
        reference.industries().stream().map(Industry::name).forEach(all::add);
        this.names = List.copyOf(all);
    }

    /** Looked up once, on first use: commands that draw no chart never scan the fonts. */
    synchronized ChartFont font() {
        if (chosen == null) {
            chosen = choose();
        }
        return chosen;
    }

    private ChartFont choose() {
        Optional<Font> installed = system.get().filter(f -> f.canDisplayUpTo(SAMPLE) == -1);
        if (installed.isPresent() && names.stream().allMatch(n -> installed.get().canDisplayUpTo(n) == -1)) {
            return new ChartFont(installed.get().deriveFont(Font.PLAIN, 12f), true, false);
        }
        Optional<Font> own = bundled.get().filter(f -> f.canDisplayUpTo(SAMPLE) == -1);
        if (own.isPresent()) {
            log.debug("charts are drawn with the bundled font {}", BUNDLED_FAMILY);
            return new ChartFont(own.get().deriveFont(Font.PLAIN, 12f), true, true);
        }
        if (installed.isPresent()) {
            return new ChartFont(installed.get().deriveFont(Font.PLAIN, 12f), true, false);
        }
        log.warn("No font with Chinese glyphs found and the bundled font {} could not be read; charts are labelled "
                + "in English", BUNDLED_FAMILY);
        return new ChartFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12), false, false);
    }

    /**
     * The preferred CJK families first, then any installed family (in name order) that can show the sample. None
     * when the JDK's font system cannot start for want of any installed font (it then throws an Error of its own).
     */
    static Optional<Font> systemCjkFont() {
        try {
            List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                    .getAvailableFontFamilyNames(Locale.ROOT)).stream().sorted().toList();
            for (String family : PREFERRED) {
                if (families.contains(family) && displaysChinese(family)) {
                    return Optional.of(new Font(family, Font.PLAIN, 12));
                }
            }
            return families.stream().filter(f -> !LOGICAL.contains(f)).filter(ChartFonts::displaysChinese)
                    .findFirst().map(f -> new Font(f, Font.PLAIN, 12));
        } catch (Error e) {
            log.debug("no installed fonts: {}", e.toString());
            return Optional.empty();
        }
    }

    private static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }

    /**
     * The font of the jar. On a machine without any font, the JDK's font system refuses to start, even to read a
     * font from a file: it is then given a font configuration of its own that names the bundled font for every
     * logical font, and asked again.
     */
    static Optional<Font> bundledFont() {
        try {
            return Optional.of(readBundled());
        } catch (IOException | FontFormatException | Error first) {
            log.debug("reading the bundled font failed ({}); configuring the JDK's fonts with it", first.toString());
        }
        try {
            configureJdkFonts();
            return Optional.of(readBundled());
        } catch (IOException | FontFormatException | UncheckedIOException | Error e) {
            log.debug("the bundled font cannot be used: {}", e.toString());
            return Optional.empty();
        }
    }

    private static Font readBundled() throws IOException, FontFormatException {
        try (InputStream in = ChartFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException(BUNDLED_RESOURCE + " is not in the jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    /**
     * Writes the bundled font and a logical-font configuration naming it into a temporary directory and points the
     * JDK at it; the JDK reads that file when its font system starts, which it retries after a failed start.
     */
    private static synchronized void configureJdkFonts() throws IOException {
        if (System.getProperty(JDK_FONT_CONFIGURATION) != null) {
            return;
        }
        Path dir = Files.createTempDirectory("unionstat-fonts");
        dir.toFile().deleteOnExit(); // deleted last: files registered later are deleted first
        Path ttf = dir.resolve("UnionstatSansSC-Regular.ttf");
        ttf.toFile().deleteOnExit();
        try (InputStream in = ChartFonts.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException(BUNDLED_RESOURCE + " is not in the jar");
            }
            Files.copy(in, ttf);
        }
        StringBuilder properties = new StringBuilder("version=1\n");
        for (String logical : List.of("serif", "sansserif", "monospaced", "dialog", "dialoginput")) {
            for (String style : List.of("plain", "bold", "italic", "bolditalic")) {
                properties.append(logical).append('.').append(style).append(".latin-1=").append(BUNDLED_FAMILY)
                        .append('\n');
            }
        }
        properties.append("sequence.allfonts=latin-1\n");
        properties.append("filename.").append(BUNDLED_FAMILY.replace(' ', '_')).append('=')
                .append(propertyText(ttf.toAbsolutePath().toString())).append('\n');
        Path file = dir.resolve("fontconfig.properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, properties, StandardCharsets.ISO_8859_1);
        System.setProperty(JDK_FONT_CONFIGURATION, file.toAbsolutePath().toString());
        log.info("No installed fonts: charts are drawn with the bundled font {}", BUNDLED_FAMILY);
    }

    /** A value of a properties file (ISO 8859-1): separators as slashes, other characters as Unicode escapes. */
    private static String propertyText(String value) {
        StringBuilder text = new StringBuilder();
        for (char c : value.replace('\\', '/').toCharArray()) {
            text.append(c < 0x7F ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return text.toString();
    }
}
