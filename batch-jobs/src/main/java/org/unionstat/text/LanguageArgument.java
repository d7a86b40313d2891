package org.unionstat.text;

/**
 * An argument of a text that is itself written in the text's language, such as a list of column names: resolved by
 * {@link Messages#text(String, Object...)} before the text is formatted.
 */
public interface LanguageArgument {

    String in(Messages messages);
}
