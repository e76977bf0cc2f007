package dev.earshot.playback;

import dev.earshot.device.BassProtectionStage;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.LimiterStage;
import dev.earshot.device.MonoSumStage;
import dev.earshot.device.RoadNoiseStage;
import dev.earshot.device.StereoWidthStage;
import dev.earshot.dsp.ImpulseResponse;
import java.util.List;
import java.util.Random;

/** Device chains and programme material for engine tests, all seeded. */
final class TestChains {

    private TestChains() {
    }

    /** Four chains as different from each other as real devices: filters, polarity, width, limiting, noise. */
    static List<DeviceChain> devices() {
        int partition = ImpulseResponseStage.REALTIME_PARTITION_FRAMES;
        return List.of(
                new DeviceChain(List.of(new ImpulseResponseStage(decaying(180, 2_000, 0.8), partition),
                        new LimiterStage(-1, 2, 80))),
                new DeviceChain(List.of(new MonoSumStage(0.5, 0.5),
                        new ImpulseResponseStage(decaying(900, 600, -0.7), partition))),
                new DeviceChain(List.of(new StereoWidthStage(150), new BassProtectionStage(200, -20, 12, 5, 200))),
                new DeviceChain(List.of(new ImpulseResponseStage(decaying(90, 4_000, 0.6), partition),
                        new RoadNoiseStage(100, 60, 83, 7))));
    }

    /**
     * A stereo response like a small box: {@code gain} at the first tap plus a decaying resonance at
     * {@code resonanceHz} (slightly detuned on the right).
     */
    static ImpulseResponse decaying(double resonanceHz, int frames, double gain) {
        float[][] h = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            h[c][0] = (float) gain;
            for (int i = 1; i < frames; i++) {
                double phase = 2 * Math.PI * resonanceHz * (1 + 0.03 * c) * i / EngineHarness.RATE;
                h[c][i] = (float) (0.02 * gain * Math.sin(phase) * Math.exp(-6.0 * i / frames));
            }
        }
        return ImpulseResponse.of(h, EngineHarness.RATE);
    }

    /**
     * Music-like stereo material about 0.3 full scale: three tones with a slow tremolo and one-pole low-passed noise,
     * different on each side.
     */
    static float[][] programme(long seed, int frames) {
        Random random = new Random(seed);
        float[][] out = new float[2][frames];
        double rate = EngineHarness.RATE;
        for (int c = 0; c < 2; c++) {
            double smooth = 0.0;
            for (int i = 0; i < frames; i++) {
                double t = i / rate;
                smooth += 0.05 * (random.nextGaussian() - smooth);
                double tones = 0.12 * Math.sin(2 * Math.PI * 110 * t + c) + 0.08 * Math.sin(2 * Math.PI * 440 * t)
                        + 0.04 * Math.sin(2 * Math.PI * 1250 * t + 2 * c);
                out[c][i] = (float) ((tones + 0.15 * smooth) * (0.8 + 0.2 * Math.sin(2 * Math.PI * 0.5 * t)));
            }
        }
        return out;
    }
}
