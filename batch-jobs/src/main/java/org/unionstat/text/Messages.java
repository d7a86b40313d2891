package org.unionstat.text;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.unionstat.domain.FollowUpProblem;
import org.unionstat.domain.QualityRule;
import org.unionstat.domain.RejectCode;

/**
 * The bundles in one language: texts by key, with their arguments. Immutable and safe to share between the validation
 * threads (the message source caches each pattern and formats under its lock). A missing key throws: a test keeps
 * the bundles and the declared keys equal. Numbers passed as arguments are written without grouping (line numbers,
 * counts); a limit or a count of items left out comes already grouped, the same on every machine. An argument that is
 * itself words ({@link LanguageArgument}: column names, a job's status) is written in the same language.
 */
public final class Messages {

    /** The bundles' base name: messages_zh_CN.properties, messages_en.properties (UTF-8). */
    static final String BASENAME = "messages";

    private final MessageSource source;
    private final Locale locale;

    private Messages(MessageSource source, Locale locale) {
        this.source = source;
        this.locale = locale;
    }

    /** The bundles in {@code locale}, without Spring's context (the {@code check} command). */
    public static Messages of(Locale locale) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false); // never the machine's language instead of the one set
        source.setAlwaysUseMessageFormat(true); // one quoting rule for every text: '' is an apostrophe
        return new Messages(source, locale);
    }

    public static Messages inChinese() {
        return of(Locale.SIMPLIFIED_CHINESE);
    }

    public static Messages inEnglish() {
        return of(Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** Whether columns are named by their Chinese headers (else by their English keys). */
    public boolean isChinese() {
        return locale.getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    public String text(MessageKey key, Object... args) {
        return text(key.key(), args);
    }

    public String text(String key, Object... args) {
        Object[] plain = args.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number || plain[i] instanceof Character) {
                plain[i] = String.valueOf(plain[i]);
            } else if (plain[i] instanceof LanguageArgument argument) {
                plain[i] = argument.in(this);
            }
        }
        return source.getMessage(key, plain, locale);
    }

    /** The rule of a reject code: "必填项为空" / "a required cell is empty". */
    public String rule(RejectCode code) {
        return text(code.messageKey());
    }

    public String rule(QualityRule rule) {
        return text(rule.messageKey());
    }

    public String rule(FollowUpProblem problem) {
        return text(problem.messageKey());
    }
}
