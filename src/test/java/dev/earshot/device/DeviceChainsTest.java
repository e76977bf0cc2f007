package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.LoudnessMeter;
import dev.earshot.analysis.LoudnessOptions;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Building chains from the shipped profiles, with and without folding the listening-level filter into the IR. */
class DeviceChainsTest {
    private static final Path PROFILES = Path.of("playback-profiles");
    private static final Path IRS = Path.of("impulse-responses");
    private static final int RATE = 48_000;

    @Test
    void foldingTheListeningLevelIntoTheImpulseResponseChangesNothingButRounding() throws Exception {
        // A quiet phone: stages before the IR, then the IR, then the ear at 70 dB SPL.
        PlaybackProfile phone = ProfileCodec.read(PROFILES.resolve("phone-portrait-mono.json"));
        assertTrue(phone.listeningLevelDbSpl() < PlaybackProfile.REFERENCE_LEVEL_DB_SPL);
        float[][] input = noise(3 * RATE, 11);
        float[][] fused = render(phone, input, true);
        float[][] separate = render(phone, input, false);
        assertEquals(separate[0].length, fused[0].length);
        // Float rounding of two FFT convolutions against one: far below the programme (< 1e-5 relative RMS).
        assertTrue(relativeRms(fused, separate) < 1e-5, "relative RMS " + relativeRms(fused, separate));
    }

    @Test
    void carNoiseKeepsItsLevelWhenTheEarFilterIsSplitOff() throws Exception {
        PlaybackProfile car = ProfileCodec.read(PROFILES.resolve("family-sedan-highway.json"));
        float[][] silence = new float[2][10 * RATE];
        // Only the noise bed sounds: the same seed through the same filter, only shifted in time.
        double fused = loudness(render(car, silence, true));
        double separate = loudness(render(car, silence, false));
        assertEquals(separate, fused, 0.05);
    }

    private static float[][] render(PlaybackProfile profile, float[][] input, boolean fuse) throws IOException {
        ImpulseResponse ir = IrFiles.load(IRS.resolve(profile.impulseResponse()), RATE);
        return Signals.renderWhole(DeviceChains.build(profile, ir, ImpulseResponseStage.OFFLINE, 7, fuse), input,
                RATE);
    }

    private static float[][] noise(int frames, long seed) {
        return Signals.gaussianStereo(frames, 0.1, seed);
    }

    private static double relativeRms(float[][] actual, float[][] expected) {
        double error = 0;
        double energy = 0;
        for (int c = 0; c < expected.length; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                double d = actual[c][i] - expected[c][i];
                error += d * d;
                energy += (double) expected[c][i] * expected[c][i];
            }
        }
        return Math.sqrt(error / energy);
    }

    private static double loudness(float[][] samples) {
        LoudnessMeter meter = new LoudnessMeter(RATE, 2, new LoudnessOptions(ChannelLayout.STEREO, false, false));
        meter.add(samples, samples[0].length);
        return meter.result().integratedLufs();
    }
}
