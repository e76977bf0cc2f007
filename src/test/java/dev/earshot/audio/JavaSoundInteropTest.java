package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Files written by the JDK's own encoder (javax.sound.sampled), an implementation independent of ours. */
class JavaSoundInteropTest {
    private static final int FRAMES = 4410;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}-bit {1} channels {2}")
    @CsvSource({"8, 1, WAVE", "8, 2, WAVE", "16, 2, WAVE", "24, 2, WAVE", "16, 1, AIFF", "16, 2, AIFF",
        "24, 2, AIFF"})
    void readsFilesWrittenByJavaSound(int bits, int channels, String type) throws IOException {
        boolean wave = type.equals("WAVE");
        int[][] samples = TestAudio.randomInts(channels, FRAMES, bits, bits * channels);
        boolean unsigned8 = wave && bits == 8;
        byte[] pcm = TestWavBytes.ints(samples, bits / 8, !wave, unsigned8);
        AudioFormat format = new AudioFormat(unsigned8 ? AudioFormat.Encoding.PCM_UNSIGNED
                : AudioFormat.Encoding.PCM_SIGNED, 44100, bits, channels, channels * bits / 8, 44100, !wave);
        Path file = folder.resolve("js." + (wave ? "wav" : "aiff"));
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, FRAMES)) {
            AudioSystem.write(in, wave ? AudioFileFormat.Type.WAVE : AudioFileFormat.Type.AIFF, file.toFile());
        }
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals(new AudioFormatInfo(44100, channels, bits, SampleEncoding.PCM_INTEGER,
                    wave ? "WAV" : "AIFF"), source.format());
            TestAudio.assertIntSamples(samples, bits, TestAudio.readAll(source));
        }
    }
}
