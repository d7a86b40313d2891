"""Makes the chart font bundled in the jar: a subset of Noto Sans CJK SC with TrueType outlines.

Usage: subset.py SOURCE.ttc OUTPUT.ttf REPO_ROOT

Keeps the characters the charts draw (every name of config/districts.csv and config/industries.csv, every CJK
character of the chart code) plus a generous common set, so that names from another city's config render too:
ASCII, Latin-1, general punctuation, arrows, CJK symbols and punctuation, full-width forms and the 3,755 characters
of GB 2312 (levels 1 and 2, 6,763 characters: the code range B0A1-F7FE decoded with Python's own gb2312 codec, so
no data file is needed). The CFF
outlines are converted to quadratic TrueType outlines, which every Java font engine reads. The family is renamed:
the subset is a Modified Version under the SIL Open Font License and must not pass for the original.
"""

import pathlib
import re
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

FAMILY = "Unionstat Sans SC"
POSTSCRIPT = "UnionstatSansSC-Regular"
SOURCE_FAMILY = "Noto Sans CJK SC"
# the code files whose Chinese text the charts draw
CHART_SOURCES = [
    "batch-jobs/src/main/java/org/unionstat/report/chart",
    "batch-jobs/src/main/java/org/unionstat/domain/Indicator.java",
    "batch-jobs/src/main/java/org/unionstat/domain/Period.java",
    "batch-jobs/src/main/java/org/unionstat/report/figures/IndicatorTexts.java",
    "batch-jobs/src/main/java/org/unionstat/report/figures/AssessmentFiguresLoader.java",
]


def gb2312():
    chars = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes([high, low]).decode("gb2312"))
            except UnicodeDecodeError:
                pass  # D7FA-D7FE are unassigned
    return chars


def common_set():
    ranges = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x2027), (0x2030, 0x203B), (0x2190, 0x2193), (0x2460, 0x2473),
              (0x3000, 0x303F), (0xFF01, 0xFF5E), (0xFFE0, 0xFFE5)]
    chars = {chr(c) for low, high in ranges for c in range(low, high + 1)}
    chars.update("℃№×÷±≤≥≠√∞")
    return chars


def repository_text(root):
    chars = set()
    for name in ("config/districts.csv", "config/industries.csv"):
        chars.update((root / name).read_text(encoding="utf-8"))
    for source in CHART_SOURCES:
        path = root / source
        files = sorted(path.glob("*.java")) if path.is_dir() else [path]
        for f in files:
            chars.update(re.findall(r"[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]", f.read_text(encoding="utf-8")))
    return {c for c in chars if c.isprintable()}


def to_truetype(font):
    """Replaces the CFF outlines with quadratic ones (max error 1 unit of 1000)."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyphs.items():
        width, _ = hmtx[name]
        hmtx[name] = (width, getattr(glyph, "xMin", 0) if glyph.numberOfContours else 0)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones",):
        setattr(maxp, field, 1)
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs", "maxStackElements",
                  "maxSizeOfInstructions", "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, field, 0)
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: CID names serve nothing and cost space
    font["head"].indexToLocFormat = 1
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font):
    table = font["name"]
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22):
            table.removeNames(nameID=record.nameID)
    for nameID, value in ((1, FAMILY), (2, "Regular"), (3, POSTSCRIPT + ";unionstat-subset"), (4, FAMILY),
                          (6, POSTSCRIPT)):
        table.removeNames(nameID=nameID)
        table.setName(value, nameID, 3, 1, 0x409)
        table.setName(value, nameID, 1, 0, 0)
    table.setName("Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'. "
                  "Subset of " + SOURCE_FAMILY + " (characters for unionstat's charts), outlines converted "
                  "to TrueType.", 0, 3, 1, 0x409)
    table.setName(SOURCE_FAMILY + " subset: GB 2312, ASCII, CJK punctuation and the names of config/.",
                  5, 3, 1, 0x409)


def main(source, output, root):
    collection = TTCollection(source)
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SOURCE_FAMILY)
    needed = repository_text(pathlib.Path(root))
    wanted = set(gb2312()) | common_set() | needed
    cmap = font.getBestCmap()
    missing = sorted(c for c in needed if ord(c) not in cmap and not c.isspace())
    if missing:
        sys.exit("characters of config/ or the charts missing from " + SOURCE_FAMILY + ": " + "".join(missing))
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14]
    options.name_languages = [0x409]
    options.drop_tables += ["VORG", "vhea", "vmtx", "GSUB", "GPOS", "GDEF", "BASE", "DSIG"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted if ord(c) in cmap])
    subsetter.subset(font)
    rename(font)
    to_truetype(font)
    font.recalcTimestamp = False  # the source's dates: the same source makes the same file, byte for byte
    font.save(output)
    print("%d characters, %d glyphs, %d bytes" % (len(font.getBestCmap()), len(font.getGlyphOrder()),
                                                  pathlib.Path(output).stat().st_size))


if __name__ == "__main__":
    main(*sys.argv[1:])
