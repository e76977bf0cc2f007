package dev.earshot.ui;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.dsp.demo.DemoMaster;
import dev.earshot.dsp.demo.DemoSong;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Decodes masters into memory for the player: audio files, and the built-in demo (generated once, then read from a
 * cache file). Runs on a worker thread, never on the EDT. Stateless.
 */
public final class MasterLoader {
    /** The longest master the player takes, in frames per channel (about 37 minutes at 96 kHz). */
    public static final int MAX_FRAMES = 1 << 28;
    private static final int BLOCK_FRAMES = 65_536;

    private MasterLoader() {
    }

    /**
     * Decodes {@code file}: mono stays mono, stereo stays stereo, more channels keep the first two (said in the note).
     *
     * @throws AudioFileException naming the file if it cannot be read or is too long for the player
     */
    public static LoadedMaster load(Path file, ProgressListener progress) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            AudioFormatInfo format = source.format();
            int kept = Math.min(2, format.channels());
            long length = source.lengthFrames();
            if (length > MAX_FRAMES) {
                throw new AudioFileException(file, "too long for the player (" + Math.round(format.secondsOf(length))
                        + " s); render it with 'earshot render' instead");
            }
            float[][] samples = new float[kept][(int) Math.max(BLOCK_FRAMES, length)];
            float[][] block = new float[format.channels()][BLOCK_FRAMES];
            int frames = 0;
            int n;
            while ((n = source.read(block, BLOCK_FRAMES)) > 0) {
                if ((long) frames + n > MAX_FRAMES) {
                    throw new AudioFileException(file, "too long for the player; render it with 'earshot render'");
                }
                if (frames + n > samples[0].length) {
                    int grown = (int) Math.min(MAX_FRAMES, Math.max(frames + n, 2L * samples[0].length));
                    for (int c = 0; c < kept; c++) {
                        samples[c] = Arrays.copyOf(samples[c], grown);
                    }
                }
                for (int c = 0; c < kept; c++) {
                    System.arraycopy(block[c], 0, samples[c], frames, n);
                }
                frames += n;
                if (length > 0) {
                    progress.progress(Math.min(1.0, frames / (double) length));
                }
            }
            if (frames == 0) {
                throw new AudioFileException(file, "holds no audio frames");
            }
            for (int c = 0; c < kept; c++) {
                samples[c] = samples[c].length == frames ? samples[c] : Arrays.copyOf(samples[c], frames);
            }
            String note = format.channels() > 2 ? "playing the first 2 of " + format.channels() + " channels" : "";
            return new LoadedMaster(file.getFileName().toString(), file, samples, format.sampleRate(), note);
        }
    }

    /**
     * The built-in demo master: read from {@code cacheDir/demo-master-SEED.wav} when that file exists, otherwise
     * generated (a few seconds) and written there for the next start. A cache that cannot be written is skipped.
     */
    public static LoadedMaster demo(Path cacheDir, ProgressListener progress) throws IOException {
        Path cached = cacheDir.resolve("demo-master-" + DemoMaster.DEFAULT_SEED + ".wav");
        if (Files.isRegularFile(cached)) {
            try {
                LoadedMaster loaded = load(cached, progress);
                return new LoadedMaster("demo-master.wav", null, loaded.samples(), loaded.sampleRate(),
                        "the built-in demo master");
            } catch (IOException e) {
                Files.deleteIfExists(cached); // damaged cache: generate again
            }
        }
        DemoSong song = DemoMaster.generate();
        progress.progress(0.9);
        writeCache(song, cacheDir, cached);
        progress.progress(1.0);
        return new LoadedMaster("demo-master.wav", null, song.samples(), song.sampleRate(),
                "the built-in demo master");
    }

    private static void writeCache(DemoSong song, Path cacheDir, Path cached) {
        try {
            Files.createDirectories(cacheDir);
            Path partial = Files.createTempFile(cacheDir, "demo-", ".partial");
            try (WavWriter writer = WavWriter.create(partial, song.sampleRate(), song.channels(),
                    WavSampleFormat.FLOAT32, song.seed())) {
                writer.write(song.samples(), song.lengthFrames());
                writer.commit();
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // the cache only saves start-up time; the demo in memory is complete without it
        }
    }
}
