package dev.earshot.device;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

/** Profile file bytes: strict UTF-8 reading with a size limit, and atomic writing. */
final class ProfileFileIo {
    private ProfileFileIo() {
    }

    /** The text of {@code file}; every failure is a {@link ProfileException} starting with {@code fileName}. */
    static String readText(Path file, String fileName, long maxBytes) throws ProfileException {
        byte[] bytes;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ProfileException(fileName + ": is not a regular file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new ProfileException(fileName + ": " + size + " bytes is too large for a profile (at most "
                        + maxBytes + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProfileException(fileName + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new ProfileException(fileName + ": cannot read (permission denied)", e);
        } catch (IOException e) {
            throw new ProfileException(fileName + ": cannot read (" + reason(e) + ")", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(fileName + ": not UTF-8 text", e);
        }
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target} through a temporary file in the same folder that is renamed onto
     * the target, so a reader never sees a half-written profile and a failure leaves the old file in place.
     */
    static void writeAtomically(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = folder.resolve("." + target.getFileName() + ".partial-"
                + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE));
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String reason(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
