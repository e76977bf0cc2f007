package dev.earshot.render;

import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.audio.ArraySource;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.SampleEncoding;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.DeviceChains;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;

/**
 * A blind-test stimulus heard through a playback profile, rendered offline into memory (aligned: the chain's latency
 * is removed). The profile's noise bed uses one fixed seed, so the command line and the app, and a resumed session,
 * hear the same renders. Stateless; any thread.
 */
public final class StimulusRender {
    /** Seed of the profiles' procedural noise beds in blind tests. */
    public static final long NOISE_SEED = 0x5EED_AB7L;

    private StimulusRender() {
    }

    /**
     * Renders decoded samples through {@code profile}'s device chain.
     *
     * @param samples    the input, one row a channel (not changed, not kept)
     * @param sampleRate the input's sample rate in Hz
     * @param profile    the profile, from {@code library}
     * @param library    where the profile's impulse response is found
     * @return two new rows of the input's length, aligned with the input
     * @throws IOException if the impulse response cannot be read
     */
    public static float[][] throughProfile(float[][] samples, int sampleRate, PlaybackProfile profile,
                                           ProfileLibrary library) throws IOException {
        DeviceChain chain = DeviceChains.build(profile, IrFiles.load(library.irPath(profile), sampleRate),
                ImpulseResponseStage.OFFLINE, NOISE_SEED);
        int length = samples[0].length;
        float[][] out = new float[2][length];
        int[] filled = {0};
        try (AudioSource source = new ArraySource(samples, new AudioFormatInfo(sampleRate, samples.length, 32,
                SampleEncoding.PCM_FLOAT, "memory"))) {
            DeviceChain.render(source, chain, false, (block, frames) -> {
                int n = Math.min(frames, length - filled[0]);
                System.arraycopy(block[0], 0, out[0], filled[0], n);
                System.arraycopy(block[1], 0, out[1], filled[0], n);
                filled[0] += n;
            }, ProgressListener.NONE);
        }
        return out;
    }

    /**
     * Integrated loudness of rendered or decoded rows, for the level match.
     *
     * @param samples    one row a channel (not changed, not kept)
     * @param sampleRate their sample rate in Hz
     * @return LUFS; not finite when no block is above the -70 LUFS gate (the caller says what is too quiet)
     */
    public static double integratedLufs(float[][] samples, int sampleRate) throws IOException {
        try (AudioSource source = ArraySource.of(sampleRate, samples)) {
            return LoudnessAnalyzer.analyze(source, null, false, ProgressListener.NONE).integratedLufs();
        }
    }
}
