package dev.earshot.device;

import dev.earshot.dsp.EqualLoudness;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.PartitionedConvolver;
import dev.earshot.dsp.StreamingConvolver;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Lets a listener at the reference level hear the tonal balance they would hear at a quieter (or louder) listening
 * level: the ear loses bass (and some extreme treble) as the level drops, following the ISO 226 equal-loudness
 * contours.
 *
 * <p>Target: a tone at frequency f that sounds, at the reference level, like the 1 kHz reference tone at
 * {@code P_ref = referenceLevelDbSpl} phon needs {@code L(f, P_ref)} dB SPL. Played {@code P_ref - P_lis} dB quieter,
 * it falls short of the {@code P_lis} contour by {@link #gainDb(double, double, double)}
 * {@code G(f) = [L(f, P_ref) - L(1k, P_ref)] - [L(f, P_lis) - L(1k, P_lis)]}, negative in the bass when listening
 * quieter. The stage applies G(f), so the 1 kHz level is unchanged (the overall level drop is not simulated: the
 * monitor volume is the user's). Contours come from {@link EqualLoudness}, clamped to its valid range: levels
 * above 90 dB SPL all behave as 90, and above 5 kHz, where ISO 226 stops at 80 phon, the contour's shape at 80 phon
 * is used for higher levels (each contour taken relative to its own 1 kHz value, so there is no step at 5 kHz).
 *
 * <p>Filter: a minimum-phase FIR designed by frequency sampling: G(f) is sampled on a fine grid, made minimum phase
 * by the real-cepstrum (homomorphic) method, truncated to about 170 ms (a power of two near a sixth of a second of
 * frames) with a raised-cosine tail, and run by a {@link PartitionedConvolver}. Minimum phase because a linear-phase
 * FIR resolving 20 Hz would delay the audio by a tenth of a second; the latency is one partition (offline, the one
 * large transform block's hop, {@link #latencyFrames()} after {@code prepare}). An FIR rather than
 * a biquad cascade because the target is a smooth curve with no closed-form filter and must be met within 1 dB at
 * 50 Hz. When the listening level equals the reference the stage is bypassed: exact identity, no latency.
 *
 * <p>{@code prepare} designs the filter (allocates, tens of milliseconds); {@code process} allocates nothing.
 * Not thread-safe.
 */
public final class ListeningLevelStage implements DeviceStage {
    /** Reference monitoring level in dB SPL (film and broadcast practice). */
    public static final double DEFAULT_REFERENCE_DB_SPL = 83.0;
    /** Partition of the convolution when none is given, in frames. */
    public static final int DEFAULT_PARTITION_FRAMES = 256;
    private static final double FIR_SECONDS = 1.0 / 6.0;
    private static final int GRID_OVERSAMPLING = 4;

    private final double listeningLevelDbSpl;
    private final double referenceLevelDbSpl;
    private final int partitionFrames;
    private StreamingConvolver convolver;
    private int firFrames;

    /**
     * As {@link #ListeningLevelStage(double, double, int)} with a {@value #DEFAULT_PARTITION_FRAMES}-frame
     * partition.
     */
    public ListeningLevelStage(double listeningLevelDbSpl, double referenceLevelDbSpl) {
        this(listeningLevelDbSpl, referenceLevelDbSpl, DEFAULT_PARTITION_FRAMES);
    }

    /**
     * @param listeningLevelDbSpl the level the device is heard at, in dB SPL (= phon at 1 kHz), 20 to 120
     * @param referenceLevelDbSpl the level the master is monitored at, in dB SPL, 20 to 120 (usually 83)
     * @param partitionFrames     latency of the filter in frames, 1 to 65 536 (powers of two are most efficient), or
     *                            {@link PartitionedConvolver#OFFLINE}
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public ListeningLevelStage(double listeningLevelDbSpl, double referenceLevelDbSpl, int partitionFrames) {
        StageChecks.requireRange("listeningLevelDbSpl", listeningLevelDbSpl, 20.0, 120.0);
        StageChecks.requireRange("referenceLevelDbSpl", referenceLevelDbSpl, 20.0, 120.0);
        PartitionedConvolver.requirePartition(partitionFrames);
        this.listeningLevelDbSpl = listeningLevelDbSpl;
        this.referenceLevelDbSpl = referenceLevelDbSpl;
        this.partitionFrames = partitionFrames;
    }

    /**
     * The target gain G(f) in dB at {@code frequencyHz} (see the class comment): 0 at 1 kHz, negative in the bass
     * when {@code listeningLevelDbSpl < referenceLevelDbSpl}. Frequencies outside 20 Hz..12.5 kHz take the value
     * at the nearer end of the ISO 226 table.
     */
    public static double gainDb(double frequencyHz, double listeningLevelDbSpl, double referenceLevelDbSpl) {
        return relativeContourDb(frequencyHz, referenceLevelDbSpl)
                - relativeContourDb(frequencyHz, listeningLevelDbSpl);
    }

    /**
     * {@code L(f, P) - L(1k, P)} with P clamped as ISO 226 allows at f. Normalising by the 1 kHz level at the same
     * clamped P holds the contour's shape above 80 phon above 5 kHz, instead of letting the clamp make a step of
     * several dB at 5 kHz.
     */
    private static double relativeContourDb(double frequencyHz, double phon) {
        double clamped = EqualLoudness.clampPhon(frequencyHz, phon);
        return EqualLoudness.splForPhon(frequencyHz, clamped) - EqualLoudness.splForPhon(1000.0, clamped);
    }

    /** True when the levels are equal and the stage passes audio through untouched. */
    public boolean isBypassed() {
        return listeningLevelDbSpl == referenceLevelDbSpl;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        if (isBypassed()) {
            convolver = null;
            firFrames = 0;
            return;
        }
        float[] fir = minimumPhaseFir(sampleRate);
        firFrames = fir.length;
        convolver = StreamingConvolver.create(ImpulseResponse.of(new float[][] {fir}, sampleRate), channels,
                partitionFrames);
    }

    @Override
    public void process(float[][] block, int frames) {
        if (convolver != null) {
            convolver.process(block, block, frames);
        }
    }

    @Override
    public void reset() {
        if (convolver != null) {
            convolver.reset();
        }
    }

    @Override
    public int latencyFrames() {
        return isBypassed() ? 0 : convolver != null ? convolver.latencyFrames() : partitionFrames;
    }

    /** The FIR length minus one (0 when bypassed). */
    @Override
    public int tailFrames() {
        return firFrames == 0 ? 0 : firFrames - 1;
    }

    /** The minimum-phase FIR of G(f) at {@code sampleRate}. */
    float[] minimumPhaseFir(int sampleRate) {
        int firFrames = Integer.highestOneBit((int) Math.ceil(sampleRate * FIR_SECONDS) - 1) << 1;
        int gridSize = GRID_OVERSAMPLING * firFrames;
        DoubleFFT_1D fft = new DoubleFFT_1D(gridSize);
        double[] spectrum = new double[2 * gridSize];
        GainGrid grid = new GainGrid(listeningLevelDbSpl, referenceLevelDbSpl);
        for (int k = 0; k <= gridSize / 2; k++) {
            double frequencyHz = Math.max(1.0, (double) k * sampleRate / gridSize);
            double logMagnitude = grid.gainDb(frequencyHz) * Math.log(10) / 20;
            spectrum[2 * k] = logMagnitude;
            if (k > 0 && k < gridSize / 2) {
                spectrum[2 * (gridSize - k)] = logMagnitude;
            }
        }
        // Real cepstrum of the log magnitude; folding it onto positive quefrencies gives the minimum-phase
        // log spectrum.
        fft.complexInverse(spectrum, true);
        for (int n = 1; n < gridSize / 2; n++) {
            spectrum[2 * n] *= 2;
            spectrum[2 * n + 1] = 0;
        }
        spectrum[1] = 0;
        spectrum[gridSize + 1] = 0;
        for (int n = gridSize / 2 + 1; n < gridSize; n++) {
            spectrum[2 * n] = 0;
            spectrum[2 * n + 1] = 0;
        }
        fft.complexForward(spectrum);
        for (int k = 0; k < gridSize; k++) {
            double magnitude = Math.exp(spectrum[2 * k]);
            double phase = spectrum[2 * k + 1];
            spectrum[2 * k] = magnitude * Math.cos(phase);
            spectrum[2 * k + 1] = magnitude * Math.sin(phase);
        }
        fft.complexInverse(spectrum, true);
        float[] fir = new float[firFrames];
        int fadeFrames = firFrames / 4;
        for (int n = 0; n < firFrames; n++) {
            double taper = 1.0;
            int intoFade = n - (firFrames - fadeFrames);
            if (intoFade >= 0) {
                taper = 0.5 * (1 + Math.cos(Math.PI * (intoFade + 1) / fadeFrames));
            }
            fir[n] = (float) (spectrum[2 * n] * taper);
        }
        return fir;
    }

    /**
     * {@link #gainDb} for one pair of levels at many frequencies, bit for bit the same values, evaluating each
     * distinct contour point once: the 1 kHz normalisation at each clamped level, and everything at or above the
     * ISO 226 table's top frequency ({@value #TABLE_TOP_HZ} Hz), where the contour's parameters are held constant.
     * Saves most of the set-up's {@code StrictMath.pow} calls (which allocate in JDK 17). Not thread-safe.
     */
    static final class GainGrid {
        static final double TABLE_TOP_HZ = 12_500.0;
        private final double listeningLevelDbSpl;
        private final double referenceLevelDbSpl;
        private final double[] oneKilohertzPhon = new double[4];
        private final double[] oneKilohertzDb = new double[4];
        private int remembered;
        private double aboveTableDb = Double.NaN;

        GainGrid(double listeningLevelDbSpl, double referenceLevelDbSpl) {
            this.listeningLevelDbSpl = listeningLevelDbSpl;
            this.referenceLevelDbSpl = referenceLevelDbSpl;
        }

        double gainDb(double frequencyHz) {
            if (frequencyHz >= TABLE_TOP_HZ) {
                if (Double.isNaN(aboveTableDb)) {
                    aboveTableDb = computeDb(frequencyHz);
                }
                return aboveTableDb;
            }
            return computeDb(frequencyHz);
        }

        private double computeDb(double frequencyHz) {
            return relativeDb(frequencyHz, referenceLevelDbSpl) - relativeDb(frequencyHz, listeningLevelDbSpl);
        }

        /** As {@link ListeningLevelStage#relativeContourDb}. */
        private double relativeDb(double frequencyHz, double phon) {
            double clamped = EqualLoudness.clampPhon(frequencyHz, phon);
            return EqualLoudness.splForPhon(frequencyHz, clamped) - oneKilohertzDb(clamped);
        }

        private double oneKilohertzDb(double clampedPhon) {
            for (int i = 0; i < remembered; i++) {
                if (oneKilohertzPhon[i] == clampedPhon) {
                    return oneKilohertzDb[i];
                }
            }
            double db = EqualLoudness.splForPhon(1000.0, clampedPhon);
            if (remembered < oneKilohertzPhon.length) {
                oneKilohertzPhon[remembered] = clampedPhon;
                oneKilohertzDb[remembered] = db;
                remembered++;
            }
            return db;
        }
    }

    /** One filter for every channel. */
    @Override
    public boolean keepsEqualChannelsEqual() {
        return true;
    }
}
