package dev.earshot.device;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.AWeighting;
import dev.earshot.dsp.BiquadFilter;

/**
 * Adds procedural road and tyre noise, as heard in a car cabin, to the programme.
 *
 * <p><b>Spectrum (a modeling choice, not a measurement):</b> cabin noise is dominated by road and tyre noise at low
 * frequencies. The generator shapes white noise with a 2nd-order Butterworth high-pass at 20 Hz (nothing subsonic), a
 * one-pole low-pass at {@code fc = 60 + 0.6 speedKmh} Hz (90 Hz at 50 km/h, 120 Hz at 100 km/h, clamped to 60..200
 * Hz; faster means brighter tyre roar) and a second one-pole low-pass at {@code 5 fc}: flat up to fc, falling 6 dB per
 * octave to 5 fc and 12 dB per octave above, about 8 dB per octave on average between 100 Hz and 2 kHz.
 *
 * <p><b>Stereo:</b> each channel is {@code sqrt(0.5) common + sqrt(0.5) own}: a correlation of 0.5 between the
 * channels, a diffuse field that is still partly common to both ears.
 *
 * <p><b>Level:</b> the programme is assumed to be mastered at -14 LUFS and played at {@code listeningLevelDbSpl};
 * the cabin noise measures {@code levelDbA} dB(A). The noise is therefore set to the loudness
 * {@link #noiseLoudnessDb() levelDbA - listeningLevelDbSpl - 14} dB on the programme's scale, measured like a
 * stereo loudness ({@code -0.691 + 10 log10(sum of the channels' mean squares)}, as BS.1770 sums channels) but with
 * A-weighting in place of K-weighting: for noise concentrated in the bass the two weightings differ, so this is an
 * approximation of how loud the noise is relative to the programme, not an exact LUFS figure. The gain is computed
 * exactly from the energy of the shaping filter's A-weighted impulse response, so the expected A-weighted level of
 * the output is the target; a finite stretch of it deviates only by the statistical spread of noise.
 *
 * <p><b>Determinism:</b> a SplitMix64 generator seeded with {@code seed} drives it; after {@link #prepare} or
 * {@link #reset} the same seed gives the same noise, sample for sample. Allocates nothing in {@code process}; not
 * thread-safe.
 */
public final class RoadNoiseStage implements DeviceStage {
    private static final double COMMON_WEIGHT = Math.sqrt(0.5);
    private static final double OWN_WEIGHT = Math.sqrt(0.5);
    private static final double HIGH_PASS_HZ = 20.0;
    private static final double CALIBRATION_SECONDS = 2.0;
    /** Sum of four uniforms in [-1, 1) has variance 4/3; this scales it to unit variance. */
    private static final double NORMAL_SCALE = Math.sqrt(0.75);

    private final double speedKmh;
    private final double levelDbA;
    private final double listeningLevelDbSpl;
    private final long seed;

    private int channels;
    private ShapingFilter shaping;
    private double gain;
    private final SplitMix64 random;

    /**
     * @param speedKmh            vehicle speed in km/h, 0 to 250; shapes the spectrum (see the class comment)
     * @param levelDbA            cabin noise level in dB(A) at that speed, 20 to 110 (58 to 78 at 100 km/h in
     *                            published tests)
     * @param listeningLevelDbSpl level the programme plays at in dB SPL, 20 to 120
     * @param seed                seed of the noise generator
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public RoadNoiseStage(double speedKmh, double levelDbA, double listeningLevelDbSpl, long seed) {
        StageChecks.requireRange("speedKmh", speedKmh, 0.0, 250.0);
        StageChecks.requireRange("levelDbA", levelDbA, 20.0, 110.0);
        StageChecks.requireRange("listeningLevelDbSpl", listeningLevelDbSpl, 20.0, 120.0);
        this.speedKmh = speedKmh;
        this.levelDbA = levelDbA;
        this.listeningLevelDbSpl = listeningLevelDbSpl;
        this.seed = seed;
        this.random = new SplitMix64(seed);
    }

    /** Loudness of the added noise on the programme's scale (programme = -14), A-weighted, in dB. */
    public double noiseLoudnessDb() {
        return levelDbA - listeningLevelDbSpl - 14.0;
    }

    /** Corner of the spectrum in Hz: flat below, falling above. */
    public double cornerHz() {
        return Math.max(60.0, Math.min(200.0, 60.0 + 0.6 * speedKmh));
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        this.channels = channels;
        this.shaping = new ShapingFilter(sampleRate, cornerHz(), 2);
        // Per-channel A-weighted mean square the target loudness asks for, with both channels equally loud.
        double perChannelMeanSquare = Math.pow(10.0, (noiseLoudnessDb() + 0.691) / 10.0) / 2.0;
        gain = Math.sqrt(perChannelMeanSquare / weightedImpulseEnergy(sampleRate));
        reset();
    }

    @Override
    public void process(float[][] block, int frames) {
        for (int i = 0; i < frames; i++) {
            double common = COMMON_WEIGHT * nextNormal();
            double left = shaping.process(common + OWN_WEIGHT * nextNormal(), 0);
            double right = shaping.process(common + OWN_WEIGHT * nextNormal(), 1);
            block[0][i] += (float) (gain * left);
            if (channels > 1) {
                block[1][i] += (float) (gain * right);
            }
        }
    }

    @Override
    public void reset() {
        shaping.reset();
        random.reseed(seed);
    }

    /** A-weighted energy of the shaping filter's impulse response: the output mean square for unit white noise. */
    private double weightedImpulseEnergy(int sampleRate) {
        ShapingFilter filter = new ShapingFilter(sampleRate, cornerHz(), 1);
        AWeighting weighting = new AWeighting(sampleRate, 1);
        double energy = 0;
        int frames = (int) (CALIBRATION_SECONDS * sampleRate);
        for (int i = 0; i < frames; i++) {
            double y = weighting.process(filter.process(i == 0 ? 1.0 : 0.0, 0), 0);
            energy += y * y;
        }
        return energy;
    }

    /** Approximately normal, unit variance: the sum of four uniforms (Irwin-Hall), plenty for noise. */
    private double nextNormal() {
        // Four uniforms of 32 bits each from two 64-bit draws: plenty of resolution for noise, half the draws.
        long a = random.nextLong();
        long b = random.nextLong();
        double sum = ((a >>> 32) + (a & 0xFFFF_FFFFL) + (b >>> 32) + (b & 0xFFFF_FFFFL)) * 0x1.0p-31 - 4.0;
        return sum * NORMAL_SCALE;
    }

    /** High-pass at 20 Hz, one-pole low-passes at fc and 5 fc. */
    private static final class ShapingFilter {
        private final BiquadFilter highPass;
        private final BiquadFilter lowPass;
        private final BiquadFilter secondLowPass;

        ShapingFilter(int sampleRate, double cornerHz, int channels) {
            highPass = BiquadFilter.highPass(sampleRate, HIGH_PASS_HZ, 1.0 / Math.sqrt(2.0), channels);
            lowPass = onePoleLowPass(sampleRate, cornerHz, channels);
            secondLowPass = onePoleLowPass(sampleRate, 5.0 * cornerHz, channels);
        }

        double process(double x, int channel) {
            return secondLowPass.process(lowPass.process(highPass.process(x, channel), channel), channel);
        }

        void reset() {
            highPass.reset();
            lowPass.reset();
            secondLowPass.reset();
        }

        private static BiquadFilter onePoleLowPass(int sampleRate, double cornerHz, int channels) {
            double w = 2.0 * sampleRate * Math.tan(Math.PI * cornerHz / sampleRate);
            return BiquadFilter.bilinear(new double[] {w, 0, 0}, new double[] {w, 1, 0}, sampleRate, channels);
        }
    }
}
