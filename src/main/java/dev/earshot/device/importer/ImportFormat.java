package dev.earshot.device.importer;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.SampleEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The kinds of file the importer reads, recognised by their content, never by their names. */
public enum ImportFormat {
    /** A WAV (RIFF, RF64 or BW64) impulse response. */
    WAV_IMPULSE_RESPONSE("WAV impulse response", false),
    /** An AIFF or AIFF-C impulse response. */
    AIFF_IMPULSE_RESPONSE("AIFF impulse response", false),
    /** A FLAC impulse response. */
    FLAC_IMPULSE_RESPONSE("FLAC impulse response", false),
    /** A REW impulse response text export. */
    REW_IMPULSE_RESPONSE("REW impulse response export", false),
    /** A REW frequency response text export, or any two- or three-column text of frequency and level. */
    REW_FREQUENCY_RESPONSE("REW frequency response export", true),
    /** An AutoEq-style measurement CSV ({@code frequency,raw,...}). */
    AUTOEQ_CSV("AutoEq CSV", true);

    private static final int HEAD_BYTES = 64 * 1024;
    private static final int HEAD_LINES = 64;

    private final String label;
    private final boolean magnitudeOnly;

    ImportFormat(String label, boolean magnitudeOnly) {
        this.label = label;
        this.magnitudeOnly = magnitudeOnly;
    }

    /** A name for messages and provenance, e.g. "REW frequency response export". */
    public String label() {
        return label;
    }

    /** Whether the format holds a magnitude response only (and so becomes a minimum-phase IR). */
    public boolean magnitudeOnly() {
        return magnitudeOnly;
    }

    /**
     * The format of {@code file} from its first 64 KB: RIFF/RF64/BW64 magic is a WAV; any other binary file is
     * probed with {@link AudioFiles#probe} and accepted when it is an AIFF (or AIFF-C) or FLAC file; text mentioning an
     * impulse response, a sample interval or {@code * Data start} in its {@code *} or {@code //} lines is a REW impulse
     * response; text whose first non-blank line starts with {@code frequency,} is an AutoEq CSV; other text whose
     * lines start with {@code *}, a letter or a number is read as a REW frequency response.
     *
     * @throws ImportException naming the file if it is missing, empty, a lossy (MP3) file, or neither lossless audio
     *                         Earshot reads nor text
     * @throws IOException     if it cannot be read
     */
    public static ImportFormat detect(Path file) throws ImportException, IOException {
        String name = TextFile.fileName(file);
        if (Files.isDirectory(file)) {
            throw ImportException.inFile(name, "is a folder, not a file");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (NoSuchFileException e) {
            throw ImportException.inFile(name, "file not found");
        }
        if (head.length == 0) {
            throw ImportException.inFile(name, "is empty (0 bytes)");
        }
        if (startsWith(head, "RIFF") || startsWith(head, "RF64") || startsWith(head, "BW64")) {
            return WAV_IMPULSE_RESPONSE;
        }
        for (byte b : head) {
            if (b == 0) {
                return binaryAudio(file, name);
            }
        }
        List<String> lines = TextFile.of(name, TextFile.decode(head)).lines();
        String first = lines.stream().filter(line -> !line.isBlank()).findFirst().orElse("").strip()
                .toLowerCase(Locale.ROOT);
        if (first.startsWith("frequency,") || first.startsWith("frequency ,")) {
            return AUTOEQ_CSV;
        }
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String line = lines.get(i).strip().toLowerCase(Locale.ROOT);
            boolean header = line.startsWith("*") || line.contains("//");
            if (header && (line.contains("impulse response") || line.contains("sample interval")
                    || line.replace("*", "").strip().startsWith("data start"))) {
                return REW_IMPULSE_RESPONSE;
            }
        }
        if (first.isEmpty()) {
            throw ImportException.inFile(name, "holds only blank lines");
        }
        char c = first.charAt(0);
        if (c == '*' || Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+') {
            return REW_FREQUENCY_RESPONSE;
        }
        throw ImportException.atLine(name, 1 + lines.indexOf(lines.stream().filter(l -> !l.isBlank()).findFirst()
                .orElseThrow()), "not a recognised format; expected a WAV impulse response, a REW text export "
                + "(header lines starting with '*') or an AutoEq CSV (header 'frequency,raw')");
    }

    /** The impulse-response format of a binary file that is not a WAV, from what the audio readers make of it. */
    private static ImportFormat binaryAudio(Path file, String name) throws ImportException, IOException {
        AudioFormatInfo format;
        try {
            format = AudioFiles.probe(file);
        } catch (AudioFileException e) {
            throw ImportException.inFile(name, "is a binary file but not a WAV, AIFF or FLAC file; expected an "
                    + "impulse response (WAV, AIFF or FLAC), a REW text export or an AutoEq CSV");
        }
        if (format.encoding() == SampleEncoding.LOSSY) {
            throw ImportException.inFile(name, "is a lossy " + format.container() + " file; an impulse response must "
                    + "be lossless: WAV, AIFF or FLAC");
        }
        return switch (format.container()) {
            case "AIFF", "AIFF-C" -> AIFF_IMPULSE_RESPONSE;
            case "FLAC" -> FLAC_IMPULSE_RESPONSE;
            default -> throw ImportException.inFile(name, "is a " + format.container() + " file; expected an "
                    + "impulse response (WAV, AIFF or FLAC), a REW text export or an AutoEq CSV");
        };
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
