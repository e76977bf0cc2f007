package dev.earshot.device.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lines of a text export, read whole: UTF-8, or ISO-8859-1 when the bytes are not UTF-8 (older Windows exports
 * write degree signs and micro signs in a single-byte code page; the numbers are ASCII either way). A leading byte
 * order mark is dropped. Immutable.
 *
 * @param fileName the file's name, for messages
 * @param lines    the lines without their terminators; line {@code n} (counting from 1) is {@code lines.get(n - 1)}
 */
record TextFile(String fileName, List<String> lines) {
    /** Larger text files are rejected unread: a dense REW export is a few MB. */
    static final long MAX_BYTES = 64L << 20;

    TextFile {
        lines = List.copyOf(lines);
    }

    /** Reads {@code file}; a missing, oversized or unreadable file is an {@link ImportException} naming it. */
    static TextFile read(Path file) throws ImportException, IOException {
        String name = fileName(file);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw ImportException.inFile(name, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ImportException.inFile(name, size + " bytes is too large for a text export (at most "
                        + MAX_BYTES + ")");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ImportException.inFile(name, "file not found");
        }
        return of(name, decode(bytes));
    }

    /** The lines of {@code text} as if read from a file called {@code fileName}. */
    static TextFile of(String fileName, String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new TextFile(fileName, body.lines().toList());
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The last file name element of {@code file}, or the whole path if it has none. */
    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
