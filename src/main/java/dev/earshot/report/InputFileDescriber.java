package dev.earshot.report;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.report.model.ReportMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Describes an input file for the report's meta data: its name, SHA-256 and audio format. Stateless. */
final class InputFileDescriber {
    private static final int BUFFER_BYTES = 1 << 16;

    private InputFileDescriber() {
    }

    /**
     * @param role the file's role ({@code master}, {@code reference}, {@code album}, {@code impulse-response})
     * @param file an audio file
     * @throws IOException if the file cannot be read
     */
    static ReportMeta.InputFile describe(String role, Path file) throws IOException {
        double durationSeconds;
        int sampleRate;
        int channels;
        try (AudioSource source = AudioFiles.open(file)) {
            sampleRate = source.format().sampleRate();
            channels = source.format().channels();
            long frames = source.lengthFrames();
            durationSeconds = frames < 0 ? Double.NaN : source.format().secondsOf(frames);
        }
        return new ReportMeta.InputFile(role, file.getFileName().toString(), sha256(file), durationSeconds,
                sampleRate, channels);
    }

    /** Lower-case hex SHA-256 of the file's bytes. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
