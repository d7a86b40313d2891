package org.unionstat.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.unionstat.domain.UserFacingException;

/** The output (or archive, quarantine) directory: checked before a run writes into it. */
public final class OutputDirectory {

    /** The job parameter (not identifying) that names the output directory of a job that writes files. */
    public static final String JOB_PARAMETER = "out";

    private OutputDirectory() {
    }

    /**
     * Creates the directory if needed and checks that a file can be written there, so that a run fails at once with
     * a clear message rather than after its imports.
     *
     * @throws UserFacingException naming the directory and the problem (not writable, disk full, a file in the way)
     */
    public static void requireWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".unionstat-", ".probe");
            try {
                Files.write(probe, new byte[] {'o', 'k', '\n'});
            } finally {
                Files.deleteIfExists(probe);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException("cannot write to the directory " + dir + ": " + problem(e), e);
        }
    }

    /** The problem an I/O failure names, in words a statistician understands. */
    public static String problem(Exception failure) {
        Throwable t = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (message.contains("No space left on device") || message.contains("Disk quota exceeded")) {
            return "the disk is full (" + message.strip() + "); free some space and run the same command again";
        }
        if (t instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (t instanceof FileAlreadyExistsException exists) {
            return "a file is in the way (" + exists.getFile() + ")";
        }
        if (t instanceof NotDirectoryException notDirectory) {
            return "not a directory (" + notDirectory.getFile() + ")";
        }
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return message;
    }

    /** How many regular files under {@code dir} were modified at or after {@code since}. */
    public static long countWrittenSince(Path dir, Instant since) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return !Files.getLastModifiedTime(f).toInstant().isBefore(since);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
