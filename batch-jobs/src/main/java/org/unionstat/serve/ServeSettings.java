package org.unionstat.serve;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code unionstat.serve} in config/application.yml: the inbox that {@code serve} watches, where processed and refused
 * files go, and when it runs.
 *
 * @param cron when {@code serve} processes the inbox: a Spring cron expression (second minute hour day month weekday)
 * @param inbox where new files are dropped: {@code registry-YYYY.csv|xlsx}, {@code YYYYQn/*.csv|xlsx}
 * @param archive processed files go to {@code archive/<period>/}
 * @param quarantine refused files go to {@code quarantine/<period>/}, with {@code <file>.error.txt} beside them
 * @param settle a file is taken only once its size and modification time have not changed for this long
 */
@ConfigurationProperties(prefix = "unionstat.serve")
public record ServeSettings(@DefaultValue("0 0 2 * * *") String cron, @DefaultValue("inbox") Path inbox,
        @DefaultValue("archive") Path archive, @DefaultValue("quarantine") Path quarantine,
        @DefaultValue("30s") Duration settle) {

    public ServeSettings {
        if (settle.isNegative()) {
            throw new IllegalArgumentException("unionstat.serve.settle must not be negative: " + settle);
        }
    }
}
