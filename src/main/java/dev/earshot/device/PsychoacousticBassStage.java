package dev.earshot.device;

import dev.earshot.dsp.BiquadFilter;
import dev.earshot.dsp.MinimumWindow;

/**
 * Psychoacoustic bass as phones and laptops apply it: harmonics of the content below {@code cutoffHz} are added so
 * that the ear infers a fundamental the speaker cannot play (the "missing fundamental").
 *
 * <p>Per channel: the input is low-passed at {@code cutoffHz} (4th-order Linkwitz-Riley); its envelope {@code e} is
 * the largest magnitude over the last {@value #ENVELOPE_MS} ms (longer than half a period of 20 Hz, so a steady tone
 * reads its peak without ripple); the normalised low band {@code u = low / e} goes through the memoryless
 * Chebyshev polynomials {@code T2(u) = 2u^2 - 1} and {@code T3(u) = 4u^3 - 3u}, which turn {@code cos t} into exactly
 * {@code cos 2t} and {@code cos 3t}; their sum, scaled back by {@code e}, is band-passed to {@code cutoffHz ..
 * 4 cutoffHz} (2nd-order Butterworth high-pass and low-pass) and added to the input at {@code harmonicsGainDb}.
 * A low-band sine of amplitude A therefore adds, at its 2nd and 3rd harmonics, sines of amplitude
 * {@code A * 10^(harmonicsGainDb / 20) * |band-pass(k f)|}, whatever A is (level-independent, unlike a plain
 * polynomial). The input itself is kept, fundamental included; the IR of the device removes what it cannot play.
 *
 * <p>Allocates nothing in {@code process}; not thread-safe.
 */
public final class PsychoacousticBassStage implements DeviceStage {
    static final double ENVELOPE_MS = 25.0;
    private static final double BUTTERWORTH_Q = 1.0 / Math.sqrt(2.0);
    private static final double SILENT = 1e-9;

    private final double cutoffHz;
    private final double harmonicsGain;

    private int channels;
    private BiquadFilter lowFirst;
    private BiquadFilter lowSecond;
    private BiquadFilter bandHighPass;
    private BiquadFilter bandLowPass;
    private MinimumWindow[] envelopes;
    private int envelopeFrames;

    /**
     * @param cutoffHz        upper edge of the band whose harmonics are generated, in Hz, 40 to 1000
     * @param harmonicsGainDb level of the added harmonics relative to the low band, in dB, -40 to 12
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public PsychoacousticBassStage(double cutoffHz, double harmonicsGainDb) {
        StageChecks.requireRange("cutoffHz", cutoffHz, 40.0, 1000.0);
        StageChecks.requireRange("harmonicsGainDb", harmonicsGainDb, -40.0, 12.0);
        this.cutoffHz = cutoffHz;
        this.harmonicsGain = Math.pow(10.0, harmonicsGainDb / 20.0);
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        this.channels = channels;
        lowFirst = BiquadFilter.lowPass(sampleRate, cutoffHz, BUTTERWORTH_Q, channels);
        lowSecond = BiquadFilter.lowPass(sampleRate, cutoffHz, BUTTERWORTH_Q, channels);
        bandHighPass = BiquadFilter.highPass(sampleRate, cutoffHz, BUTTERWORTH_Q, channels);
        bandLowPass = BiquadFilter.lowPass(sampleRate, Math.min(4 * cutoffHz, 0.45 * sampleRate), BUTTERWORTH_Q,
                channels);
        envelopeFrames = Math.max(1, (int) Math.round(ENVELOPE_MS * sampleRate / 1000.0));
        envelopes = new MinimumWindow[channels];
        for (int c = 0; c < channels; c++) {
            envelopes[c] = new MinimumWindow();
            envelopes[c].allocate(envelopeFrames);
        }
        reset();
    }

    @Override
    public void process(float[][] block, int frames) {
        for (int c = 0; c < channels; c++) {
            float[] samples = block[c];
            MinimumWindow envelope = envelopes[c];
            for (int i = 0; i < frames; i++) {
                double low = lowSecond.process(lowFirst.process(samples[i], c), c);
                // The window keeps minima, so it is fed negated magnitudes to give the running peak.
                double peak = -envelope.push(-Math.abs(low));
                double harmonics = 0;
                if (peak > SILENT) {
                    double u = low / peak;
                    double u2 = u * u;
                    harmonics = peak * ((2 * u2 - 1) + u * (4 * u2 - 3));
                }
                double shaped = bandLowPass.process(bandHighPass.process(harmonics, c), c);
                samples[i] = (float) (samples[i] + harmonicsGain * shaped);
            }
        }
    }

    @Override
    public void reset() {
        lowFirst.reset();
        lowSecond.reset();
        bandHighPass.reset();
        bandLowPass.reset();
        for (MinimumWindow envelope : envelopes) {
            envelope.clear();
        }
    }

    /** Each channel is processed on its own. */
    @Override
    public boolean keepsEqualChannelsEqual() {
        return true;
    }
}
