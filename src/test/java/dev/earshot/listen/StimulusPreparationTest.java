package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StimulusPreparationTest {
    @TempDir
    Path dir;

    @Test
    void delayedQuieterCopyIsFoundAtItsOffsetAndGain() throws Exception {
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        StimulusWavs.writePair(a, b, 3.0, 123, -6.0, 42);
        PreparedStimuli p = StimulusPreparation.prepare(a, b, 0.5);
        assertEquals(123, p.offsetFrames());
        // Same noise 6 dB down; only the 123 missing frames (0.1 % of the file) change the loudness.
        assertEquals(6.0, p.matchGainDb(), 0.05);
        assertEquals(6.5, p.gainBDb(), 0.05);
        // The copy is exact apart from the 123 edge frames.
        assertTrue(p.correlationPeak() > 0.99, "peak " + p.correlationPeak());
        assertEquals(sha256(a), p.sha256A());
        assertEquals(sha256(b), p.sha256B());
        assertEquals(p.gainBDb(), p.toStimuli("a.wav", "b.wav").get(1).gainDb(), 0.0);
    }

    @Test
    void earlierSecondSignalGivesANegativeLag() {
        SplittableRandom random = new SplittableRandom(7);
        float[] a = new float[5000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (random.nextDouble() - 0.5);
        }
        float[] b = new float[5000];
        System.arraycopy(a, 250, b, 0, a.length - 250);
        StimulusPreparation.Alignment found = StimulusPreparation.align(a, b, 400);
        assertEquals(-250, found.offsetFrames());
    }

    @Test
    void differentSampleRatesAreRefusedNamingTheFile() throws Exception {
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        StimulusWavs.writePair(a, b, 1.0, 0, 0, 1);
        Path other = dir.resolve("other.wav");
        try (WavWriter writer = WavWriter.create(other, 48_000, 2, WavSampleFormat.FLOAT32, 1)) {
            float[][] block = new float[2][48_000];
            for (int i = 0; i < block[0].length; i++) {
                block[0][i] = (float) Math.sin(i * 0.05) * 0.3f;
                block[1][i] = block[0][i];
            }
            writer.write(block, block[0].length);
            writer.commit();
        }
        AudioFileException e = assertThrows(AudioFileException.class,
                () -> StimulusPreparation.prepare(a, other, 0));
        assertTrue(e.getMessage().startsWith("other.wav: sample rate 48000 Hz"), e.getMessage());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
