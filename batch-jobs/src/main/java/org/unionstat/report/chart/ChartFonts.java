package org.unionstat.report.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The font the charts are drawn with. Chinese labels need a font with Chinese glyphs: the first of the usual CJK
 * families the JVM can see (Noto Sans CJK SC, Source Han Sans, WenQuanYi, …), else any installed font that can show
 * {@value #SAMPLE}. With none, the charts use English names (config name_en, {@code Indicator.englishName()}) in a
 * Latin font, and a warning says so once: a chart never shows boxes in place of characters.
 */
@Component
public class ChartFonts {

    /** What a chart font must be able to show. */
    static final String SAMPLE = "基层工会组建率";

    private static final Logger log = LoggerFactory.getLogger(ChartFonts.class);
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
            "Source Han Sans CN", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
            "SimHei", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN");
    /** Java's logical fonts map to whatever fontconfig picks; only a real family is a dependable choice. */
    private static final Set<String> LOGICAL = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF,
            Font.MONOSPACED);

    /** The chosen font (12 pt, plain) and whether charts label in Chinese with it. */
    record ChartFont(Font font, boolean chinese) {
    }

    private final Supplier<Optional<Font>> lookup;
    private ChartFont chosen;

    public ChartFonts() {
        this(ChartFonts::systemCjkFont);
    }

    /** @param lookup finds a font that can show Chinese, or none (tests inject one) */
    ChartFonts(Supplier<Optional<Font>> lookup) {
        this.lookup = lookup;
    }

    /** Looked up once, on first use: commands that draw no chart never scan the fonts. */
    synchronized ChartFont font() {
        if (chosen == null) {
            Optional<Font> cjk = lookup.get().filter(f -> f.canDisplayUpTo(SAMPLE) == -1);
            if (cjk.isEmpty()) {
                log.warn("No font with Chinese glyphs found (e.g. Noto Sans CJK SC: apt-get install fonts-noto-cjk); "
                        + "charts are labelled in English");
            }
            chosen = cjk.map(f -> new ChartFont(f.deriveFont(Font.PLAIN, 12f), true))
                    .orElseGet(() -> new ChartFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12), false));
        }
        return chosen;
    }

    /** The preferred CJK families first, then any installed family (in name order) that can show the sample. */
    static Optional<Font> systemCjkFont() {
        List<String> families = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(Locale.ROOT)).stream().sorted().toList();
        for (String family : PREFERRED) {
            if (families.contains(family) && displaysChinese(family)) {
                return Optional.of(new Font(family, Font.PLAIN, 12));
            }
        }
        return families.stream().filter(f -> !LOGICAL.contains(f)).filter(ChartFonts::displaysChinese).findFirst()
                .map(f -> new Font(f, Font.PLAIN, 12));
    }

    private static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
