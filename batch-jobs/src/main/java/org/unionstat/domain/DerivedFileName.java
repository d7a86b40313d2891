package org.unionstat.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The name of a file unionstat derives from an input file's name ({@code 110105.csv} → {@code 110105.csv.rejects.csv}):
 * the input's name and a suffix, fitted into {@link #MAX_BYTES} bytes of UTF-8 (file systems count bytes, and a
 * Chinese character is three). A name that does not fit is cut at a character boundary and gets a short hash of the
 * whole name, so that two long names that begin alike still give two files. {@code distinguishing}, when given, is
 * hashed into the name too: two inputs of the same name from different directories get different files.
 */
public final class DerivedFileName {

    /** Below the 255 bytes of ext4, XFS and NTFS, leaving room for a temporary file's own suffix. */
    public static final int MAX_BYTES = 200;

    private static final int HASH_CHARS = 8;

    private DerivedFileName() {
    }

    public static String of(String name, String distinguishing, String suffix) {
        String tag = distinguishing == null ? "" : "-" + hash(distinguishing);
        if (utf8Length(name) + utf8Length(tag) + utf8Length(suffix) <= MAX_BYTES) {
            return name + tag + suffix;
        }
        String hash = "~" + hash(name + "\0" + (distinguishing == null ? "" : distinguishing));
        int room = MAX_BYTES - utf8Length(hash) - utf8Length(suffix);
        return cutToBytes(name, room) + hash + suffix;
    }

    private static String cutToBytes(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = utf8Length(new String(Character.toChars(codePoint)));
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
