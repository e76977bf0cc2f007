package dev.earshot.measure;

import java.util.ArrayList;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Harmonic distortion from the separated harmonic responses of a sweep measurement. The k-th harmonic's response
 * sits L·ln(k) before the linear one (see {@link SweepSettings#harmonicAdvanceSeconds}); it is cut out between its
 * own start and the next lower harmonic's start. Because the k-th harmonic of a sweep is the sweep advanced in time,
 * the product excited by a tone at f appears in the k-th response at k·f, so the level of harmonic k for
 * excitation f is |H_k(k·f)| / |H_1(f)|, both as they arrive at the microphone. Levels are power averages over a
 * band of excitation frequencies; bands that reach outside the unfaded sweep are left out. Immutable.
 */
public final class HarmonicDistortion {
    private final double[][] power;
    private final double binHz;
    private final double lowestHz;
    private final double highestHz;

    private HarmonicDistortion(double[][] power, double binHz, double lowestHz, double highestHz) {
        this.power = power;
        this.binHz = binHz;
        this.lowestHz = lowestHz;
        this.highestHz = highestHz;
    }

    /**
     * @param block       the averaged response period; only read
     * @param peak        index of the linear peak in {@code block}
     * @param linearStart where the linear response starts (its onset less the pre-delay)
     */
    static HarmonicDistortion measure(double[] block, int peak, int linearStart, SweepSettings settings) {
        int rate = settings.sampleRate();
        int pre = peak - linearStart;
        int[] starts = new int[ResponseExtractor.MAX_HARMONIC + 1];
        int[] ends = new int[ResponseExtractor.MAX_HARMONIC + 1];
        int longest = 0;
        for (int k = 2; k <= ResponseExtractor.MAX_HARMONIC; k++) {
            starts[k] = Math.max(0, peak - pre - (int) Math.round(settings.harmonicAdvanceSeconds(k) * rate));
            ends[k] = Math.max(starts[k], peak - pre - (int) Math.round(settings.harmonicAdvanceSeconds(k - 1) * rate));
            longest = Math.max(longest, ends[k] - starts[k]);
        }
        starts[1] = linearStart;
        ends[1] = Math.min(block.length, linearStart + Math.max(1, ends[2] - starts[2]));
        longest = Math.max(longest, ends[1] - starts[1]);
        int size = Integer.highestOneBit(Math.max(2, 2 * longest) - 1) << 1;
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        double[][] power = new double[ResponseExtractor.MAX_HARMONIC + 1][];
        for (int k = 1; k <= ResponseExtractor.MAX_HARMONIC; k++) {
            double[] x = new double[size];
            System.arraycopy(block, starts[k], x, 0, ends[k] - starts[k]);
            fft.realForward(x);
            double[] p = new double[size / 2];
            for (int b = 1; b < size / 2; b++) {
                p[b] = x[2 * b] * x[2 * b] + x[2 * b + 1] * x[2 * b + 1];
            }
            p[0] = x[0] * x[0];
            power[k] = p;
        }
        double lowestHz = settings.startHz() * Math.pow(2, settings.fadeInOctaves());
        double highestHz = Math.min(settings.endHz() / Math.pow(2, settings.fadeOutOctaves()), rate / 2.0);
        return new HarmonicDistortion(power, rate / (double) size, lowestHz, highestHz);
    }

    /**
     * The level of {@code harmonic} relative to the fundamental for excitation frequencies within
     * ±{@code bandwidthOctaves}/2 of {@code centreHz}, in dB; NaN where the band or its harmonic lies outside the
     * unfaded sweep.
     *
     * @param harmonic 2 to {@link ResponseExtractor#MAX_HARMONIC}
     */
    public double levelDb(int harmonic, double centreHz, double bandwidthOctaves) {
        if (harmonic < 2 || harmonic > ResponseExtractor.MAX_HARMONIC) {
            throw new IllegalArgumentException("harmonic " + harmonic + " is outside 2.."
                    + ResponseExtractor.MAX_HARMONIC);
        }
        double lowHz = centreHz * Math.pow(2, -bandwidthOctaves / 2);
        double highHz = centreHz * Math.pow(2, bandwidthOctaves / 2);
        if (lowHz < lowestHz || harmonic * highHz > highestHz) {
            return Double.NaN;
        }
        double fundamental = 0;
        double product = 0;
        int count = 0;
        for (int b = (int) Math.ceil(lowHz / binHz); b * binHz <= highHz; b++) {
            fundamental += power[1][b];
            product += power[harmonic][harmonic * b];
            count++;
        }
        if (count == 0 || fundamental == 0) {
            return Double.NaN;
        }
        return 10 * Math.log10(product / fundamental);
    }

    /** Total harmonic distortion (harmonics 2 to 5) over the third octave around {@code centreHz}, in %; NaN if the
     * second harmonic cannot be measured there. */
    public double thdPercent(double centreHz) {
        double sum = 0;
        for (int k = 2; k <= ResponseExtractor.MAX_HARMONIC; k++) {
            double level = levelDb(k, centreHz, 1.0 / 3);
            if (Double.isNaN(level)) {
                if (k == 2) {
                    return Double.NaN;
                }
                continue;
            }
            sum += Math.pow(10, level / 10);
        }
        return 100 * Math.sqrt(sum);
    }

    /** Every harmonic's level in each octave band (centres 31.25 Hz to 16 kHz) where it can be measured. */
    public List<HarmonicLevel> octaveBands() {
        List<HarmonicLevel> levels = new ArrayList<>();
        for (int k = 2; k <= ResponseExtractor.MAX_HARMONIC; k++) {
            for (double centreHz : ResponseExtractor.octaveCentresHz()) {
                double level = levelDb(k, centreHz, 1);
                if (!Double.isNaN(level)) {
                    levels.add(new HarmonicLevel(k, centreHz, level));
                }
            }
        }
        return List.copyOf(levels);
    }
}
