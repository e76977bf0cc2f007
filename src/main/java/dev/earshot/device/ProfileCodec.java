package dev.earshot.device;

import java.io.IOException;
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
        String text = ProfileFileIo.readText(jsonFile, fileName, MAX_FILE_BYTES);
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
            throw new ProfileException(ProfileException.located(fileName, e.line(),
                    "malformed JSON (" + e.getMessage() + ")"), e);
        }
        PlaybackProfile profile = new ProfileJsonReader(fileName, json).profile();
        String expectedId = fileName.substring(0, fileName.length() - SUFFIX.length());
        if (!profile.id().equals(expectedId)) {
            int line = json.lineOf("id");
            throw ProfileException.atLine(fileName, line, "field 'id': must equal the file name without " + SUFFIX
                    + " ('" + expectedId + "'), got '" + profile.id() + "'");
        }
        return profile;
    }

    /** The profile as file text: UTF-8 content, 2-space indent, fields in schema order, final newline. */
    public static String write(PlaybackProfile profile) {
        return ProfileJsonWriter.write(profile);
    }

    /**
     * Writes {@code profile} to {@code profilesDir/<id>.json}, replacing an existing file atomically (a temporary file
     * in the same folder is renamed onto it), and returns the path written.
     *
     * @throws IOException if the folder is missing or not writable; the old file, if any, is left as it was
     */
    public static Path writeFile(PlaybackProfile profile, Path profilesDir) throws IOException {
        Path target = profilesDir.resolve(fileNameOf(profile));
        ProfileFileIo.writeAtomically(target, write(profile));
        return target;
    }

    /**
     * Writes {@code profile} to {@code file}, replacing it atomically, whatever the file is called (an edited
     * profile keeps its file).
     *
     * @throws IOException if the folder is missing or not writable; the old file, if any, is left as it was
     */
    public static void writeTo(PlaybackProfile profile, Path file) throws IOException {
        ProfileFileIo.writeAtomically(file, write(profile));
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
