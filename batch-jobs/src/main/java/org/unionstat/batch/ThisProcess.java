package org.unionstat.batch;

import java.net.InetAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The identity of this process as recorded with the jobs it runs (host name, pid, start time), and whether a process
 * recorded so is still alive. The start time guards against a pid reused by another process.
 */
@Component
public class ThisProcess {

    private final String host;
    private final long pid;
    private final String start;

    public ThisProcess() {
        this.host = hostName();
        this.pid = ProcessHandle.current().pid();
        this.start = startOf(ProcessHandle.current()).orElse(null);
    }

    public String host() {
        return host;
    }

    public long pid() {
        return pid;
    }

    /** When this process started (ISO-8601, whole seconds), or null when the platform cannot tell. */
    public String start() {
        return start;
    }

    public boolean isThisHost(String otherHost) {
        return host.equals(otherHost);
    }

    /** Whether the process recorded as (pid, start) on this host is still running. */
    public boolean isAlive(long otherPid, String otherStart) {
        if (otherPid == pid && (otherStart == null || otherStart.equals(start))) {
            return true;
        }
        return ProcessHandle.of(otherPid)
                .filter(ProcessHandle::isAlive)
                .map(p -> otherStart == null || startOf(p).map(otherStart::equals).orElse(true))
                .orElse(false);
    }

    private static Optional<String> startOf(ProcessHandle process) {
        return process.info().startInstant().map(i -> i.truncatedTo(ChronoUnit.SECONDS)).map(Instant::toString);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
