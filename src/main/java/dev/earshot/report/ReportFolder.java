package dev.earshot.report;

import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a report folder all or nothing: the writers fill a hidden temporary sibling folder, which is renamed into
 * place (atomically where the file system allows) only when every writer has finished. A failure or a cancellation
 * removes the temporary folder, so no half-written report is ever visible. Stateless.
 */
public final class ReportFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private ReportFolder() {
    }

    /** {@code parent/<master name without extension>-<yyyyMMdd-HHmmss>}. */
    public static Path defaultFolder(Path parent, Path master, LocalDateTime time) {
        String name = master.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return parent.resolve(stem + "-" + STAMP.format(time));
    }

    /**
     * Runs every writer into a temporary folder next to {@code target} and moves it to {@code target}.
     *
     * @param target       the report folder to create; must not exist, or be an empty folder
     * @param cancellation checked before each writer and before the move
     * @return {@code target}
     * @throws IOException if a writer fails (nothing is left behind), {@code target} exists and is not an empty
     *                     folder, or the build was cancelled ({@link InterruptedIOException})
     */
    public static Path write(ReportDocument document, List<ReportFormatWriter> writers, Path target,
                             ReportCancellation cancellation) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IOException(target + ": cannot write a report at the file-system root");
        }
        requireUsable(absolute);
        Files.createDirectories(parent);
        Path temporary = parent.resolve("." + absolute.getFileName() + ".partial-" + UUID.randomUUID());
        Files.createDirectory(temporary);
        boolean moved = false;
        try {
            for (ReportFormatWriter writer : writers) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("report cancelled");
                }
                writer.write(document, temporary);
            }
            if (cancellation.isCancelled()) {
                throw new InterruptedIOException("report cancelled");
            }
            requireUsable(absolute);
            Files.deleteIfExists(absolute);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute);
            }
            moved = true;
            return target;
        } finally {
            if (!moved) {
                deleteTree(temporary);
            }
        }
    }

    private static void requireUsable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            if (entries.iterator().hasNext()) {
                throw new FileAlreadyExistsException(target.toString(), null,
                        "folder exists and is not empty; choose another -o folder");
            }
        }
    }

    /** Deletes a folder and everything in it; a failure to delete one entry does not hide the original problem. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    // Best effort: the folder is hidden and named ".partial"; the caller is already failing.
                }
            }
        } catch (IOException e) {
            // Same: nothing more can be done while another failure is being reported.
        }
    }
}
