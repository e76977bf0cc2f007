package dev.earshot.playback;

import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.IntegratedLoudnessMeter;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;

/**
 * Level matching for the player: the gain that brings a source to the master's integrated loudness (BS.1770), and
 * offline measurements of what the player would play. Measurements run on the caller's thread (seconds of CPU for a
 * whole master), never on the audio thread.
 */
public final class LevelMatch {
    private static final int BLOCK_FRAMES = ImpulseResponseStage.REALTIME_PARTITION_FRAMES;

    private LevelMatch() {
    }

    /**
     * @return the gain in dB that brings a source measuring {@code sourceLufs} to {@code masterLufs}; 0 when either is
     *         not finite (silence measures minus infinity, and silence cannot be matched)
     */
    public static double gainDb(double masterLufs, double sourceLufs) {
        if (!Double.isFinite(masterLufs) || !Double.isFinite(sourceLufs)) {
            return 0.0;
        }
        return masterLufs - sourceLufs;
    }

    /**
     * Integrated loudness of {@code audio} as the player plays it (a mono master on both channels).
     *
     * @param audio one or two rows of equal length, full scale 1.0; read only
     * @return LUFS, minus infinity for silence or less than 400 ms
     */
    public static double loudnessLufs(float[][] audio, int sampleRate) {
        float[][] stereo = stereo(audio);
        IntegratedLoudnessMeter meter = new IntegratedLoudnessMeter(sampleRate, ChannelLayout.STEREO, 2);
        meter.add(stereo, stereo[0].length);
        return meter.integratedLufs();
    }

    /**
     * Integrated loudness of {@code master} through {@code chain}, processed as the player processes it (blocks of
     * {@link ImpulseResponseStage#REALTIME_PARTITION_FRAMES}). Prepares and resets {@code chain}: pass a chain built
     * for measuring, not one an engine is playing.
     *
     * @return LUFS, minus infinity for silence or less than 400 ms
     */
    public static double measureLufs(float[][] master, int sampleRate, DeviceChain chain) {
        float[][] stereo = stereo(master);
        chain.prepare(sampleRate, BLOCK_FRAMES);
        chain.reset();
        IntegratedLoudnessMeter meter = new IntegratedLoudnessMeter(sampleRate, ChannelLayout.STEREO, 2);
        float[][] block = new float[2][BLOCK_FRAMES];
        int length = stereo[0].length;
        for (int start = 0; start < length; start += BLOCK_FRAMES) {
            int frames = Math.min(BLOCK_FRAMES, length - start);
            System.arraycopy(stereo[0], start, block[0], 0, frames);
            System.arraycopy(stereo[1], start, block[1], 0, frames);
            chain.process(block, frames);
            meter.add(block, frames);
        }
        return meter.integratedLufs();
    }

    private static float[][] stereo(float[][] audio) {
        if (audio.length == 2) {
            return audio;
        }
        if (audio.length == 1) {
            return new float[][] {audio[0], audio[0]};
        }
        throw new IllegalArgumentException("the player takes mono or stereo, not " + audio.length + " channels");
    }
}
