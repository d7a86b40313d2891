package org.unionstat.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * unionstat in a separate JVM (the test class path, main class {@code org.unionstat.cli.Unionstat} unless another is
 * given), in the repository root so that it reads config/ as the jar does; its output is collected line by line.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    /** The output so far; guarded by itself, and notified of each line and of the end. */
    private final List<String> lines = new ArrayList<>();
    private boolean ended;
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                        lines.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process was killed
            } finally {
                synchronized (lines) {
                    ended = true;
                    lines.notifyAll();
                }
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildJvm start(Map<String, String> properties, String... args) throws IOException {
        return start(Map.of(), properties, "org.unionstat.cli.Unionstat", args);
    }

    /** {@code mainClass} of the test class path, with {@code environment} added to this process's environment. */
    public static ChildJvm start(Map<String, String> environment, Map<String, String> properties, String mainClass,
            String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Djava.awt.headless=true");
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .directory(Path.of("").toAbsolutePath().toFile());
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    /** Waits for the process to end and returns its exit code; kills it and fails after {@code timeout}. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child JVM did not end within " + timeout + "; its output:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    /**
     * Waits until a line of output matches, woken by each new line; false when the output ended first (the process
     * ended) or the time ran out.
     */
    public boolean awaitLine(Predicate<String> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            for (int next = 0; ; ) {
                for (; next < lines.size(); next++) {
                    if (matching.test(lines.get(next))) {
                        return true;
                    }
                }
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lines, left);
            }
        }
    }

    /** kill -9. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
