package dev.earshot.ui.tools;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The magnitude response of an impulse response at log-spaced frequencies, 1/6-octave power-averaged, in dB relative
 * to its level at 1 kHz. Pure computation, no Swing.
 *
 * @param frequenciesHz the frequencies, ascending
 * @param levelsDb      the level at each, dB re 1 kHz
 */
public record ResponseCurve(double[] frequenciesHz, double[] levelsDb) {
    private static final int POINTS_PER_OCTAVE = 24;

    /**
     * @param impulse    the impulse response (only read)
     * @param sampleRate its rate in Hz
     * @param lowHz      first frequency, positive
     * @param highHz     last frequency, at most {@code sampleRate / 2}
     */
    public static ResponseCurve of(float[] impulse, int sampleRate, double lowHz, double highHz) {
        int n = Integer.highestOneBit(Math.max(impulse.length, 1 << 16) - 1) << 1; // fine bins for 20 Hz bands
        double[] spectrum = new double[2 * n];
        for (int i = 0; i < impulse.length; i++) {
            spectrum[i] = impulse[i];
        }
        new DoubleFFT_1D(n).realForwardFull(spectrum);
        double[] power = new double[n / 2 + 1];
        for (int k = 0; k <= n / 2; k++) {
            power[k] = spectrum[2 * k] * spectrum[2 * k] + spectrum[2 * k + 1] * spectrum[2 * k + 1];
        }
        int count = (int) Math.floor(Math.log(highHz / lowHz) / Math.log(2) * POINTS_PER_OCTAVE) + 1;
        double[] frequencies = new double[count];
        double[] levels = new double[count];
        double binHz = sampleRate / (double) n;
        for (int i = 0; i < count; i++) {
            double f = lowHz * Math.pow(2, i / (double) POINTS_PER_OCTAVE);
            frequencies[i] = f;
            levels[i] = bandDb(power, binHz, f);
        }
        double reference = bandDb(power, binHz, 1000);
        for (int i = 0; i < count; i++) {
            levels[i] -= reference;
        }
        return new ResponseCurve(frequencies, levels);
    }

    private static double bandDb(double[] power, double binHz, double centreHz) {
        int from = (int) Math.floor(centreHz * Math.pow(2, -1.0 / 12) / binHz);
        int to = (int) Math.ceil(centreHz * Math.pow(2, 1.0 / 12) / binHz);
        from = Math.max(0, Math.min(from, power.length - 1));
        to = Math.max(from, Math.min(to, power.length - 1));
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += power[k];
        }
        return 10 * Math.log10(Math.max(sum / (to - from + 1), 1e-30));
    }
}
