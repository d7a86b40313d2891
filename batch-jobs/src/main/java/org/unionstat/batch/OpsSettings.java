package org.unionstat.batch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code unionstat.ops} in config/application.yml: how a running job shows that it is alive, and how often progress
 * is logged when the output is not a terminal.
 *
 * @param heartbeatInterval how often a running job refreshes its lock (seen by processes on other hosts)
 * @param staleAfter a lock held from another host without a heartbeat for this long belongs to a dead process
 * @param progressInterval a progress line this often when the output is not a terminal (a log, cron, systemd)
 */
@ConfigurationProperties(prefix = "unionstat.ops")
public record OpsSettings(@DefaultValue("30s") Duration heartbeatInterval, @DefaultValue("5m") Duration staleAfter,
        @DefaultValue("10s") Duration progressInterval) {

    public OpsSettings {
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("unionstat.ops.heartbeat-interval must be positive: " + heartbeatInterval);
        }
        if (staleAfter.compareTo(heartbeatInterval.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("unionstat.ops.stale-after (" + staleAfter
                    + ") must be at least twice unionstat.ops.heartbeat-interval (" + heartbeatInterval + ")");
        }
        if (progressInterval.isNegative() || progressInterval.isZero()) {
            throw new IllegalArgumentException("unionstat.ops.progress-interval must be positive: " + progressInterval);
        }
    }
}
