package dev.earshot.device;

import dev.earshot.dsp.BiquadFilter;

/**
 * Small-speaker excursion protection: a dynamic low shelf that cuts the bass below {@code cornerHz} when the low band
 * gets loud.
 *
 * <p>Detector: both channels are low-passed at {@code cornerHz} (4th-order Linkwitz-Riley, two Butterworth sections);
 * the mean square of the low band, averaged over the channels, is smoothed by two one-pole stages of
 * {@value #DETECTOR_MS} ms each and expressed as the peak level of a sine with that power (RMS + 3.01 dB), so a
 * low-band sine of peak level L dBFS reads L. Gain computer, at the end of every {@value #UPDATE_FRAMES}-frame period:
 * the wanted cut is {@code level - thresholdDbfs}, clamped to 0..{@code maxCutDb} (an infinite ratio above the
 * threshold); the applied cut moves towards it with time constant {@code attackMs} when rising and {@code releaseMs}
 * when falling (one step of {@value #UPDATE_FRAMES} frames of the exponential). Filter: a cookbook low shelf (slope
 * 1/sqrt(2)) with its half-gain point at {@code cornerHz} and gain {@code -cut}, linked across channels, updated with
 * the cut at the start of every period. (The detector's 10 ms smoothing changes little within a period of 0.7 ms at 48
 * kHz, so one gain computation per period, rather than per frame, costs the cut's course nothing audible and saves a
 * logarithm per frame.) With no cut the shelf is exactly the identity, so a signal whose low band stays below the
 * threshold passes bit for bit (apart from float rounding of the identity, which is exact).
 *
 * <p>A shelf rather than a crossover: bands split by a Linkwitz-Riley crossover sum to an all-pass, not to the input,
 * and splitting with a low-pass and its residual makes the cut depend on the low-pass phase; the shelf leaves the
 * signal untouched when idle and cuts a tone far below the corner by the full amount. Allocates nothing in
 * {@code process}; not thread-safe.
 */
public final class BassProtectionStage implements DeviceStage {
    static final int UPDATE_FRAMES = 32;
    static final double DETECTOR_MS = 10.0;
    private static final double SHELF_Q = 1.0 / Math.sqrt(2.0);

    private final double cornerHz;
    private final double thresholdDbfs;
    /** The threshold as a sine's peak power, 10^(thresholdDbfs / 10), compared with 2 × mean square. */
    private final double thresholdMeanSquare;
    private final double maxCutDb;
    private final double attackMs;
    private final double releaseMs;

    private int sampleRate;
    private int channels;
    private BiquadFilter detectorFirst;
    private BiquadFilter detectorSecond;
    private BiquadFilter shelf;
    private double detectorCoefficient;
    /** The attack and release smoothing over one period of {@value #UPDATE_FRAMES} frames. */
    private double attackCoefficient;
    private double releaseCoefficient;
    private double meanSquareFirst;
    private double meanSquare;
    private double cutDb;
    private double shelfCutDb;
    private int framesToUpdate;
    /** Scratch of one update period: the low band of one channel, then the summed low-band power per frame. */
    private final double[] low = new double[UPDATE_FRAMES];
    private final double[] power = new double[UPDATE_FRAMES];
    private final double[] lowRight = new double[UPDATE_FRAMES];

    /**
     * @param cornerHz      corner of the protected band in Hz, 20 to 2000
     * @param thresholdDbfs low-band peak level in dBFS above which the cut engages, -60 to 0
     * @param maxCutDb      largest cut in dB, 0 to 48
     * @param attackMs      time constant of the cut engaging in ms, 0.1 to 1000
     * @param releaseMs     time constant of the cut recovering in ms, 1 to 5000
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public BassProtectionStage(double cornerHz, double thresholdDbfs, double maxCutDb, double attackMs,
                               double releaseMs) {
        StageChecks.requireRange("cornerHz", cornerHz, 20.0, 2000.0);
        StageChecks.requireRange("thresholdDbfs", thresholdDbfs, -60.0, 0.0);
        StageChecks.requireRange("maxCutDb", maxCutDb, 0.0, 48.0);
        StageChecks.requireRange("attackMs", attackMs, 0.1, 1000.0);
        StageChecks.requireRange("releaseMs", releaseMs, 1.0, 5000.0);
        this.cornerHz = cornerHz;
        this.thresholdDbfs = thresholdDbfs;
        this.thresholdMeanSquare = Math.pow(10.0, thresholdDbfs / 10.0);
        this.maxCutDb = maxCutDb;
        this.attackMs = attackMs;
        this.releaseMs = releaseMs;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        StageChecks.requireRange("cornerHz at " + sampleRate + " Hz", cornerHz, 20.0, 0.4 * sampleRate);
        this.sampleRate = sampleRate;
        this.channels = channels;
        detectorFirst = BiquadFilter.lowPass(sampleRate, cornerHz, SHELF_Q, channels);
        detectorSecond = BiquadFilter.lowPass(sampleRate, cornerHz, SHELF_Q, channels);
        shelf = new BiquadFilter(channels);
        detectorCoefficient = coefficient(DETECTOR_MS, sampleRate);
        attackCoefficient = Math.pow(coefficient(attackMs, sampleRate), UPDATE_FRAMES);
        releaseCoefficient = Math.pow(coefficient(releaseMs, sampleRate), UPDATE_FRAMES);
        reset();
    }

    @Override
    public void process(float[][] block, int frames) {
        int done = 0;
        while (done < frames) {
            if (framesToUpdate == 0) {
                updateShelf();
            }
            int chunk = Math.min(frames - done, framesToUpdate);
            if (channels == 2) {
                detectStereo(block, done, chunk);
                shelf.processPair(block[0], block[1], done, done + chunk);
            } else {
                detect(block, done, chunk);
                for (int c = 0; c < channels; c++) {
                    shelf.process(block[c], done, done + chunk, c);
                }
            }
            done += chunk;
            framesToUpdate -= chunk;
            if (framesToUpdate == 0) {
                computeCut();
            }
        }
    }

    @Override
    public void reset() {
        detectorFirst.reset();
        detectorSecond.reset();
        shelf.reset();
        shelf.setLowShelf(sampleRate, cornerHz, SHELF_Q, 0.0);
        meanSquareFirst = 0;
        meanSquare = 0;
        cutDb = 0;
        shelfCutDb = 0;
        framesToUpdate = 0;
    }

    /** The cut currently applied below the corner, in dB, 0 or more. */
    public double currentCutDb() {
        return shelfCutDb;
    }

    /** Runs the detector over {@code block[c][from..from + chunk)}, chunk at most {@value #UPDATE_FRAMES}. */
    private void detect(float[][] block, int from, int chunk) {
        // Channel by channel through the low-pass sections (state in registers), summing the low band's power per
        // frame in channel order: the same arithmetic, in the same order, as filtering frame by frame.
        for (int c = 0; c < channels; c++) {
            float[] samples = block[c];
            for (int k = 0; k < chunk; k++) {
                low[k] = samples[from + k];
            }
            detectorFirst.process(low, 0, chunk, c);
            detectorSecond.process(low, 0, chunk, c);
            if (c == 0) {
                for (int k = 0; k < chunk; k++) {
                    power[k] = low[k] * low[k];
                }
            } else {
                for (int k = 0; k < chunk; k++) {
                    power[k] += low[k] * low[k];
                }
            }
        }
        for (int k = 0; k < chunk; k++) {
            smooth(power[k] / channels);
        }
    }

    /** As {@link #detect} for two channels, both filtered at once. */
    private void detectStereo(float[][] block, int from, int chunk) {
        float[] left = block[0];
        float[] right = block[1];
        for (int k = 0; k < chunk; k++) {
            low[k] = left[from + k];
            lowRight[k] = right[from + k];
        }
        detectorFirst.processPair(low, lowRight, 0, chunk);
        detectorSecond.processPair(low, lowRight, 0, chunk);
        for (int k = 0; k < chunk; k++) {
            smooth((low[k] * low[k] + lowRight[k] * lowRight[k]) / 2);
        }
    }

    private void smooth(double power) {
        meanSquareFirst += (1 - detectorCoefficient) * (power - meanSquareFirst);
        meanSquare += (1 - detectorCoefficient) * (meanSquareFirst - meanSquare);
    }

    /** Moves the cut one period towards what the detector now asks for. */
    private void computeCut() {
        double wanted = 0;
        // Below the threshold no cut is wanted: skip the logarithm, which would cost more than the filters.
        if (2.0 * meanSquare > thresholdMeanSquare) {
            // Peak level of a sine of this mean square: 10 log10(2 ms).
            double levelDbfs = 10.0 * Math.log10(2.0 * meanSquare);
            wanted = Math.max(0.0, Math.min(maxCutDb, levelDbfs - thresholdDbfs));
        }
        double smoothing = wanted > cutDb ? attackCoefficient : releaseCoefficient;
        cutDb = wanted + smoothing * (cutDb - wanted);
    }

    private void updateShelf() {
        double target = cutDb < 1e-4 ? 0.0 : cutDb;
        if (target != shelfCutDb) {
            shelfCutDb = target;
            shelf.setLowShelf(sampleRate, cornerHz, SHELF_Q, -target);
        }
        framesToUpdate = UPDATE_FRAMES;
    }

    private static double coefficient(double timeMs, int sampleRate) {
        return Math.exp(-1000.0 / (timeMs * sampleRate));
    }

    /** The detector averages the channels' power, so two equal channels read as one. */
    @Override
    public boolean keepsEqualChannelsEqual() {
        return true;
    }
}
