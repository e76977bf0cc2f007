package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.Resampler;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading reference files, their alignment, and moving a reference by a manual offset. */
class ReferenceTrackTest {
    private static final int RATE = EngineHarness.RATE;

    @Test
    void aMono44100HzFileLoadsAtTheMastersRateOnBothChannelsAndAlignsToIt(@TempDir Path folder) throws IOException {
        float[][] master = TestChains.programme(71, 4 * RATE);
        // The reference: the master folded to mono, at 44.1 kHz, starting 0.25 s late.
        int lateFrames44 = 11_025;
        float[] mono = new float[master[0].length];
        for (int t = 0; t < mono.length; t++) {
            mono[t] = 0.5f * (master[0][t] + master[1][t]);
        }
        float[] left44 = Resampler.resample(mono, RATE, 44_100);
        float[][] file = new float[1][lateFrames44 + left44.length];
        System.arraycopy(left44, 0, file[0], lateFrames44, left44.length);
        Path wav = folder.resolve("ref-44k.wav");
        try (WavWriter writer = WavWriter.create(wav, 44_100, 1, WavSampleFormat.FLOAT32, 1)) {
            writer.write(file, file[0].length);
            writer.commit();
        }

        ReferenceTrack track = ReferenceTrack.load(wav, master, RATE);

        assertEquals("ref-44k.wav", track.name());
        assertEquals(RATE, track.sampleRate());
        // 0.25 s at 48 kHz; the resampled file lines up to the frame.
        assertEquals(12_000, track.alignmentFrames());
        assertEquals(Math.round(file[0].length * 48_000.0 / 44_100), track.lengthFrames(), 1);
        // Resampled twice (in the test and on load) with filters flat to 0.0001 dB: a near-perfect match.
        assertTrue(track.correlationPeak() > 0.99, "peak " + track.correlationPeak());
        assertEquals(track.audio()[0][20_000], track.audio()[1][20_000], 0f);
    }

    @Test
    void aFileThatIsNotAudioIsReportedWithItsName(@TempDir Path folder) throws IOException {
        Path text = Files.writeString(folder.resolve("notes.wav"), "not audio at all");
        AudioFileException e = assertThrows(AudioFileException.class,
                () -> ReferenceTrack.load(text, new float[2][RATE], RATE));
        assertTrue(e.getMessage().startsWith("notes.wav: "), e.getMessage());
    }

    @Test
    void aDifferentPieceIsNotShiftedAndAManualOffsetMovesTheReferenceByThatManyFrames() throws Exception {
        float[][] master = TestChains.programme(72, 3 * RATE);
        float[][] other = new float[2][3 * RATE];
        Random random = new Random(73);
        for (int t = 0; t < other[0].length; t++) {
            other[0][t] = (float) (0.1 * random.nextGaussian());
            other[1][t] = (float) (0.1 * random.nextGaussian());
        }
        ReferenceTrack unrelated = ReferenceTrack.of("other", other, master, RATE);
        assertTrue(unrelated.correlationPeak() < ReferenceTrack.MIN_ALIGNMENT_PEAK, "" + unrelated.correlationPeak());
        assertEquals(0, unrelated.alignmentFrames());

        float[][] counter = EngineHarness.counter(3 * RATE);
        ReferenceTrack same = ReferenceTrack.of("same", counter, counter, RATE);
        assertEquals(0, same.alignmentFrames());
        int offsetMs = 10;
        float[][] out = EngineHarness.run(counter, List.of(), 64, RATE, engine -> {
            int slot = engine.addReference(same);
            engine.setReferenceOffsetMs(slot, offsetMs);
            engine.selectReference(slot);
            engine.play();
        }, (engine, written) -> { });

        // Past the fades the reference plays counter[t + 480]: frame t + 480 holds (t + 480) / 2^20, at unity gain
        // (the quick level estimate of an identical track is exactly 0 dB).
        for (int t = 1_000; t < 2_000; t++) {
            assertEquals((t + 480) * 0x1p-20f, out[0][t], 1e-6f, "frame " + t);
        }
    }
}
