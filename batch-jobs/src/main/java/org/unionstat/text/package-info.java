/**
 * What the code says to a statistician, in the language of {@code unionstat.locale} (Chinese unless set to English):
 * message keys, the bundles {@code messages_zh_CN.properties} and {@code messages_en.properties}, and {@link
 * org.unionstat.text.Messages}, which formats them. Beneath every stage except the domain, whose codes (E01…, Q01…,
 * F01…) name their texts by key; knows nothing of the data.
 */
package org.unionstat.text;
