package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterLoaderTest {
    @TempDir
    Path folder;

    private Path write(String name, float[][] samples) throws Exception {
        Path file = folder.resolve(name);
        try (WavWriter writer = WavWriter.create(file, 44_100, samples.length, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, samples[0].length);
            writer.commit();
        }
        return file;
    }

    private static float[][] ramp(int channels, int frames) {
        float[][] x = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = (float) Math.sin(0.001 * i * (c + 1));
            }
        }
        return x;
    }

    @Test
    void aFloatWavDecodesSampleExactKeepingItsRateAndChannels() throws Exception {
        float[][] x = ramp(2, 150_001);
        LoadedMaster master = MasterLoader.load(write("song.wav", x), ProgressListener.NONE);
        assertEquals("song.wav", master.displayName());
        assertEquals(44_100, master.sampleRate());
        assertEquals(2, master.samples().length);
        assertArrayEquals(x[0], master.samples()[0]);
        assertArrayEquals(x[1], master.samples()[1]);
        assertEquals("", master.note());
    }

    @Test
    void moreThanTwoChannelsKeepTheFirstTwoAndSaySo() throws Exception {
        float[][] x = ramp(4, 1000);
        LoadedMaster master = MasterLoader.load(write("quad.wav", x), ProgressListener.NONE);
        assertEquals(2, master.samples().length);
        assertArrayEquals(x[1], master.samples()[1]);
        assertTrue(master.note().contains("4 channels"), master.note());
    }

    @Test
    void aFileThatIsNotAudioFailsNamingTheFile() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.wav"), "not audio at all");
        AudioFileException e = assertThrows(AudioFileException.class,
                () -> MasterLoader.load(text, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("notes.wav"), e.getMessage());
    }
}
