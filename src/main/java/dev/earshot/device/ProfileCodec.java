package dev.earshot.device;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes playback profile files ({@code playback-profiles/<id>.json}, UTF-8). Reading is strict: unknown
 * fields anywhere, missing required fields, wrong JSON types, duplicate fields, out-of-range values, an id that is not
 * kebab-case or differs from the file name, and an {@code impulseResponse} that is not a plain {@code .wav} file name
 * are each a {@link ProfileException} whose one-line message names the file, the line and the field path. Writing
 * gives the layout of the shipped files; {@code read(write(p))} equals {@code p} for every valid profile.
 * Thread-safe: no shared mutable state. Whether the impulse response file exists and is usable is
 * {@link ProfileValidator}'s job.
 */
public final class ProfileCodec {
    /** File name suffix of profile files. */
    public static final String SUFFIX = ".json";
    /** Larger files are rejected unread; a profile is well under 10 kB. */
    public static final long MAX_FILE_BYTES = 1 << 20;

    private ProfileCodec() {
    }

    /**
     * Reads the profile in {@code jsonFile}.
     *
     * @throws ProfileException if the file cannot be read or is not a valid profile; the message names the file
     */
    public static PlaybackProfile read(Path jsonFile) throws ProfileException {
        String fileName = fileName(jsonFile);
        byte[] bytes;
        try {
            long size = Files.size(jsonFile);
            if (size > MAX_FILE_BYTES) {
                throw new ProfileException(fileName + ": " + size + " bytes is too large for a profile (at most "
                        + MAX_FILE_BYTES + ")");
            }
            bytes = Files.readAllBytes(jsonFile);
        } catch (NoSuchFileException e) {
            throw new ProfileException(fileName + ": file not found", e);
        } catch (IOException e) {
            throw new ProfileException(fileName + ": cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(fileName + ": not UTF-8 text", e);
        }
        return parse(text, fileName);
    }

    /**
     * Parses profile JSON text as if read from a file called {@code fileName} (which must end in {@code .json} and
     * whose stem must equal the id).
     *
     * @throws ProfileException if the text is not a valid profile; the message starts with {@code fileName}
     */
    public static PlaybackProfile parse(String jsonText, String fileName) throws ProfileException {
        if (!fileName.endsWith(SUFFIX)) {
            throw new ProfileException(fileName + ": a profile file name must end in " + SUFFIX);
        }
        String text = jsonText.startsWith("\uFEFF") ? jsonText.substring(1) : jsonText;
        LocatedJson json;
        try {
            json = LocatedJson.parse(text);
        } catch (LocatedJson.MalformedJsonException e) {
            String where = e.line() > 0 ? "line " + e.line() + ": " : "";
            throw new ProfileException(fileName + ": " + where + "malformed JSON (" + e.getMessage() + ")", e);
        }
        PlaybackProfile profile = new ProfileJsonReader(fileName, json).profile();
        String expectedId = fileName.substring(0, fileName.length() - SUFFIX.length());
        if (!profile.id().equals(expectedId)) {
            int line = json.lineOf("id");
            throw new ProfileException(fileName + ": " + (line > 0 ? "line " + line + ": " : "")
                    + "field 'id': must equal the file name without " + SUFFIX + " ('" + expectedId + "'), got '"
                    + profile.id() + "'");
        }
        return profile;
    }

    /** The profile as file text: UTF-8 content, 2-space indent, fields in schema order, final newline. */
    public static String write(PlaybackProfile profile) {
        return ProfileJsonWriter.write(profile);
    }

    /** The file name a profile is stored under: {@code <id>.json}. */
    public static String fileNameOf(PlaybackProfile profile) {
        return profile.id() + SUFFIX;
    }

    private static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
