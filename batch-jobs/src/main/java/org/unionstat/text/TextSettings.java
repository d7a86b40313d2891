package org.unionstat.text;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.unionstat.domain.UserFacingException;

/**
 * {@code unionstat.locale} in config/application.yml: the language of what the code says to statisticians, zh-CN
 * (the default) or en.
 */
@ConfigurationProperties(prefix = "unionstat")
public record TextSettings(@DefaultValue("zh-CN") String locale) {

    public static final String KEY = "unionstat.locale";
    public static final String DEFAULT = "zh-CN";

    public TextSettings {
        toLocale(locale);
    }

    /** The language named by {@code value}: zh-CN (also zh_CN, zh) or en, any case. */
    public static Locale toLocale(String value) {
        String v = value == null ? "" : value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (v) {
            case "zh-cn", "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            // one line naming the key, whether Spring binds it at start or check reads it
            default -> throw new UserFacingException(KEY + " must be zh-CN or en, not '" + value + "' (config/application.yml)");
        };
    }

    public Locale toLocale() {
        return toLocale(locale);
    }
}
