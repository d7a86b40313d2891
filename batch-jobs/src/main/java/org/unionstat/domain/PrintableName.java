package org.unionstat.domain;

import java.nio.file.Path;

/**
 * A file name or path as printed to the terminal, a summary line, a log or the job list: control characters (a newline,
 * a carriage return, an escape that starts a terminal code, DEL and the C1 controls) are written as {@code \n},
 * {@code \r}, {@code \t} or {@code \x1b}, so that a name can neither forge a line nor drive the terminal. A backslash
 * stays as it is (Windows paths).
 */
public final class PrintableName {

    private PrintableName() {
    }

    public static String of(Path path) {
        return path == null ? "null" : of(path.toString());
    }

    public static String of(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder text = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && text == null) {
                text = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (text != null) {
                if (!control) {
                    text.append(c);
                } else if (c == '\n') {
                    text.append("\\n");
                } else if (c == '\r') {
                    text.append("\\r");
                } else if (c == '\t') {
                    text.append("\\t");
                } else {
                    text.append(String.format(c > 0xff ? "\\u%04x" : "\\x%02x", (int) c));
                }
            }
        }
        return text == null ? name : text.toString();
    }
}
