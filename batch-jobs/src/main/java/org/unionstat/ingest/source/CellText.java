package org.unionstat.ingest.source;

/** Cell text as the rules see it: trimmed of whitespace, the full-width space and a stray byte-order mark included. */
final class CellText {

    private CellText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        while (s.startsWith("\uFEFF")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    static boolean allBlank(Iterable<String> cells) {
        for (String cell : cells) {
            if (!clean(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
