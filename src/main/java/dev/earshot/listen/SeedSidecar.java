package dev.earshot.listen;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The seed of an unfinished session, kept next to the log as {@code <log>.seed} (64 hex digits and a line end) so
 * that a session can resume after a crash. Created owner-read/write only where the file system has POSIX
 * permissions, and deleted once the footer reveals the seed.
 *
 * <p>Honest limit: a listener who reads this file during the session knows every hidden assignment and can cheat;
 * nothing records whether it was read. Blind tests that matter should run on an account the listener does not
 * control, or be supervised.
 */
public final class SeedSidecar {
    private SeedSidecar() {
    }

    /** {@code <log>.seed} in the log's folder. */
    public static Path pathFor(Path log) {
        return log.resolveSibling(log.getFileName() + ".seed");
    }

    static void create(Path log, byte[] seed) throws IOException {
        Path file = pathFor(log);
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, options, attributes)) {
            channel.write(ByteBuffer.wrap((Sha256.toHex(seed) + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file.getFileName() + ": a seed file of another session is in the way; "
                    + "remove it or choose another log name", e);
        }
    }

    /** The seed stored for {@code log}, or null when there is no sidecar. */
    static byte[] readIfPresent(Path log) throws IOException {
        Path file = pathFor(log);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            byte[] seed = Sha256.fromHex(text);
            if (seed.length == TrialSchedule.SEED_BYTES) {
                return seed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IOException(file.getFileName() + ": not a session seed (expected 64 hex digits)");
    }

    static void delete(Path log) throws IOException {
        Files.deleteIfExists(pathFor(log));
    }
}
