package dev.earshot.device.importer;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads an impulse response from an audio file {@link AudioFiles} reads (WAV in any sample format: 8 to 32-bit
 * integer, 32 or 64-bit float, RF64; AIFF and AIFF-C; FLAC) with 1, 2 or 4 channels. Stateless and thread-safe.
 */
public final class WavImpulseResponseReader {
    /** Most frames read (about 87 s at 48 kHz); the importer later requires at most 10 s after trimming. */
    public static final int MAX_FRAMES = 1 << 22;
    private static final int BLOCK_FRAMES = 16_384;

    private WavImpulseResponseReader() {
    }

    /**
     * Reads every frame of {@code file}.
     *
     * @throws ImportException naming the file if it is not readable audio, has a channel count other than 1, 2 or 4,
     *                         holds no frames or more than {@link #MAX_FRAMES}, or holds NaN or infinite samples
     * @throws IOException     for an I/O failure other than a damaged or unsupported file
     */
    public static MeasuredImpulseResponse read(Path file) throws ImportException, IOException {
        String name = TextFile.fileName(file);
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            if (channels != 1 && channels != 2 && channels != 4) {
                throw ImportException.inFile(name, "has " + channels + " channels; an impulse response needs 1 (same "
                        + "on every channel), 2 (left→left, right→right) or 4 (true stereo LL, LR, RL, RR)");
            }
            float[][] all = readAll(name, source, channels);
            return new MeasuredImpulseResponse(all, source.format().sampleRate());
        } catch (AudioFileException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    private static float[][] readAll(String name, AudioSource source, int channels) throws IOException,
            ImportException {
        long declared = source.lengthFrames();
        int capacity = (int) Math.min(MAX_FRAMES, Math.max(BLOCK_FRAMES, declared));
        float[][] all = new float[channels][capacity];
        float[][] block = new float[channels][BLOCK_FRAMES];
        int length = 0;
        int read;
        while ((read = source.read(block, BLOCK_FRAMES)) > 0) {
            if ((long) length + read > MAX_FRAMES) {
                throw ImportException.inFile(name, "is longer than " + MAX_FRAMES + " frames; trim the impulse "
                        + "response to the part above the noise floor");
            }
            if (length + read > all[0].length) {
                int grown = (int) Math.min(MAX_FRAMES, Math.max(2L * all[0].length, length + read));
                for (int c = 0; c < channels; c++) {
                    all[c] = Arrays.copyOf(all[c], grown);
                }
            }
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < read; i++) {
                    float sample = block[c][i];
                    if (!Float.isFinite(sample)) {
                        throw ImportException.inFile(name, "frame " + (length + i) + " of channel " + (c + 1)
                                + " is not a finite number (" + sample + ")");
                    }
                    all[c][length + i] = sample;
                }
            }
            length += read;
        }
        if (length == 0) {
            throw ImportException.inFile(name, "holds no audio (0 frames)");
        }
        for (int c = 0; c < channels; c++) {
            all[c] = Arrays.copyOf(all[c], length);
        }
        return all;
    }
}
