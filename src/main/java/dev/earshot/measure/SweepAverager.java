package dev.earshot.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Turns the recordings of one microphone channel into one {@link AlignedResponse}: each take is deconvolved; if it
 * holds two or more sweeps, the clock drift is measured from their arrival times (each deconvolved linear response
 * timed against the first to a small fraction of a sample by the phase slope of their cross-spectrum) and the take is resampled by the inverse ratio and
 * deconvolved again, so the sweeps arrive exactly one period apart; every sweep's period is then averaged. Takes
 * from different files are aligned to the first take's peak to a fraction of a sample before averaging.
 * Stateless and thread-safe.
 */
public final class SweepAverager {
    /** Drifts smaller than this are not corrected: less than 0.05 sample over a 10 s period at 48 kHz. */
    static final double MIN_CORRECTED_PPM = 0.1;
    /** The largest drift searched for, in ppm. */
    static final double MAX_DRIFT_PPM = 1000;
    /** The least recording needed after the response's peak, for its decay and the noise floor, in seconds. */
    static final double MIN_AFTER_PEAK_SECONDS = 0.1;
    /** Length of the windows whose cross-spectrum times each sweep's arrival. */
    private static final int ARRIVAL_WINDOW_FRAMES = 8192;
    /** Frames of those windows before the peak. */
    private static final int ARRIVAL_LEAD_FRAMES = 256;

    private SweepAverager() {
    }

    /**
     * @param takes    one or more recordings of the same speaker and microphone, at the sweep's rate
     * @param settings the sweep's settings
     * @throws IllegalArgumentException if there is no take or a take is shorter than one sweep period
     */
    public static AlignedResponse average(List<float[]> takes, SweepSettings settings) {
        if (takes.isEmpty()) {
            throw new IllegalArgumentException("no recording to extract from");
        }
        int period = settings.periodFrames();
        int pre = preFrames(settings);
        double[] sum = new double[period];
        int valid = period;
        int count = 0;
        double driftSum = 0;
        int driftTakes = 0;
        double latencySeconds = Double.NaN;
        double firstFraction = 0;
        for (int t = 0; t < takes.size(); t++) {
            Take take = deconvolveTake(takes.get(t), t, settings);
            double fraction = subSamplePeak(take.response(), take.peak()) - take.peak();
            double[] takeSum = new double[period];
            for (int r = 0; r < take.sweeps(); r++) {
                long start = take.peak() + (long) r * period - pre;
                // Lags whose sweep-long stretch of recording runs past its end hold only part of the noise.
                valid = (int) Math.min(valid, take.frames() - settings.sweepFrames() - start);
                for (int i = 0; i < period; i++) {
                    takeSum[i] += take.response().at(start + i);
                }
            }
            if (t == 0) {
                latencySeconds = (take.peak() + fraction - settings.leadFrames() - take.response().bandDelayFrames())
                        / settings.sampleRate();
                firstFraction = fraction;
            } else {
                takeSum = FractionalShift.delay(takeSum, firstFraction - fraction);
            }
            for (int i = 0; i < period; i++) {
                sum[i] += takeSum[i];
            }
            count += take.sweeps();
            if (!Double.isNaN(take.driftPpm())) {
                driftSum += take.driftPpm();
                driftTakes++;
            }
        }
        int minimum = pre + (int) (MIN_AFTER_PEAK_SECONDS * settings.sampleRate());
        if (valid < minimum) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the recording ends %.2f s after the "
                    + "response's peak; it needs at least %.2f s of it: record until the trailing silence after the "
                    + "last sweep is over (and keep the latency below --tail)", (valid - pre)
                    / (double) settings.sampleRate(), MIN_AFTER_PEAK_SECONDS));
        }
        for (int i = 0; i < valid; i++) {
            sum[i] /= count;
        }
        return new AlignedResponse(Arrays.copyOf(sum, valid), pre, settings.sampleRate(), latencySeconds,
                driftTakes == 0 ? Double.NaN : driftSum / driftTakes, count);
    }

    /** One take deconvolved (after drift correction): its response, peak, sweep count, length and drift. */
    private record Take(Deconvolution response, long peak, int sweeps, int frames, double driftPpm) {
    }

    private static Take deconvolveTake(float[] take, int index, SweepSettings settings) {
        int period = settings.periodFrames();
        if (take.length < settings.leadFrames() + settings.sweepFrames()) {
            throw new IllegalArgumentException("recording " + (index + 1) + " holds " + take.length + " frames, "
                    + "shorter than one sweep (" + (settings.leadFrames() + settings.sweepFrames()) + ")");
        }
        // Sweep r is whole in the take if lead + r·period + sweep ≤ length.
        int whole = (take.length - settings.leadFrames() - settings.sweepFrames()) / period + 1;
        int sweeps = Math.max(1, Math.min(settings.repeats(), whole));
        Deconvolution response = Deconvolver.deconvolve(take, settings);
        long peak = response.peakBetween(0, Math.min(period, take.length));
        if (sweeps < 2) {
            return new Take(response, peak, sweeps, take.length, Double.NaN);
        }
        double ppm = driftPpm(response, peak, sweeps, period);
        if (Math.abs(ppm) < MIN_CORRECTED_PPM) {
            return new Take(response, peak, sweeps, take.length, ppm);
        }
        float[] corrected = DriftResampler.resample(take, 1 + ppm * 1e-6);
        response = Deconvolver.deconvolve(corrected, settings);
        peak = response.peakBetween(0, Math.min(period, corrected.length));
        return new Take(response, peak, sweeps, corrected.length, ppm);
    }

    /** Frames kept before the linear peak: room for the harmonic responses up to the fifth, plus 5 ms. */
    static int preFrames(SweepSettings settings) {
        double seconds = settings.harmonicAdvanceSeconds(ResponseExtractor.MAX_HARMONIC + 1) + 0.005;
        return (int) Math.min(Math.ceil(seconds * settings.sampleRate()), settings.periodFrames() / 2);
    }

    /** The drift from the least-squares slope of the sweeps' arrival times against their index. */
    static double driftPpm(Deconvolution response, long firstPeak, int sweeps, int period) {
        List<Double> arrivals = new ArrayList<>();
        long search = (long) Math.ceil(period * MAX_DRIFT_PPM * 1e-6 * (sweeps - 1)) + 4;
        int frames = Math.min(ARRIVAL_WINDOW_FRAMES, period / 2);
        double[] first = response.window(firstPeak - ARRIVAL_LEAD_FRAMES, frames);
        for (int r = 0; r < sweeps; r++) {
            long expected = firstPeak + (long) r * period;
            long peak = response.peakBetween(expected - search, expected + search + 1);
            double[] window = response.window(peak - ARRIVAL_LEAD_FRAMES, frames);
            arrivals.add(peak + relativeDelay(first, window, response.sampleRate()));
        }
        double meanIndex = (sweeps - 1) / 2.0;
        double meanArrival = arrivals.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double covariance = 0;
        double variance = 0;
        for (int r = 0; r < sweeps; r++) {
            covariance += (r - meanIndex) * (arrivals.get(r) - meanArrival);
            variance += (r - meanIndex) * (r - meanIndex);
        }
        double measuredPeriod = covariance / variance;
        return (measuredPeriod / period - 1) * 1e6;
    }

    /**
     * The delay of {@code later} against {@code reference} (two windows holding the same response, less than a
     * sample apart), in frames: the magnitude-weighted least-squares slope of their cross-spectrum's phase from
     * 100 Hz to 40 % of the sample rate. Unlike the vertex of a parabola through the peak, this is not biased by
     * where the peak falls between samples.
     */
    static double relativeDelay(double[] reference, double[] later, int sampleRate) {
        int size = Integer.highestOneBit(reference.length) << 2;
        double[] a = Arrays.copyOf(reference, size);
        double[] b = Arrays.copyOf(later, size);
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(a);
        fft.realForward(b);
        double numerator = 0;
        double denominator = 0;
        for (int k = (int) Math.ceil(100.0 * size / sampleRate); k < 0.4 * size; k++) {
            double re = b[2 * k] * a[2 * k] + b[2 * k + 1] * a[2 * k + 1];
            double im = b[2 * k + 1] * a[2 * k] - b[2 * k] * a[2 * k + 1];
            double weight = Math.hypot(re, im);
            double omega = 2 * Math.PI * k / size;
            double phase = Math.atan2(im, re);
            numerator += weight * omega * phase;
            denominator += weight * omega * omega;
        }
        return denominator == 0 ? 0 : -numerator / denominator;
    }

    /** The peak's position to a fraction of a sample: the vertex of a parabola through the three largest values. */
    static double subSamplePeak(Deconvolution response, long peak) {
        double left = Math.abs(response.at(peak - 1));
        double centre = Math.abs(response.at(peak));
        double right = Math.abs(response.at(peak + 1));
        double denominator = left - 2 * centre + right;
        if (denominator >= 0) {
            return peak;
        }
        return peak + 0.5 * (left - right) / denominator;
    }
}
