package dev.earshot.analysis;

import java.util.List;

/**
 * What summing channels 0 and 1 to mono does to the power, from a {@link Spectrum}, overall and per third-octave
 * band.
 *
 * <p><b>Sum gain</b> is 10·log10(P(L+R) / ((P(L) + P(R)) / 2)): the power of the sum L+R relative to the mean
 * channel power, each P a mean square between 20 Hz and 20 kHz (from the Welch densities, so DC offsets and
 * ultrasonic content do not count). Identical channels read +6.02 dB, uncorrelated channels of equal power +3.01 dB,
 * inverted channels −∞. A fold to (L+R)/2 reads 6.02 dB less (0 dB for identical channels, −3.01 dB for
 * uncorrelated ones). This is a power ratio without K-weighting; the loudness-accurate change comes from the loudness
 * meter.
 *
 * <p><b>Where the fold loses most</b>: the band with the lowest sum gain among bands whose mean channel power is
 * within {@value #CONSIDERED_RANGE_DB} dB of the strongest band (quieter bands are ignored as noise), and around it
 * the contiguous range of such bands whose sum gain is below 0 dB (the sum is weaker than an average channel, which
 * takes a negative correlation). If the worst band is not below 0 dB, the range is that band alone. Immutable.
 *
 * @param sumGainDb     20 Hz to 20 kHz sum gain in dB, may be −∞; NaN if both channels are silent
 * @param bands         third-octave bands, ascending
 * @param bandSumGainDb sum gain per band in dB, may be −∞; NaN for silent bands
 * @param worstBand     band with the lowest sum gain; null if no band has signal
 * @param worstGainDb   its sum gain in dB; NaN if no band has signal
 * @param lossLowHz     lower edge of the loss range in Hz; NaN if no band has signal
 * @param lossHighHz    upper edge of the loss range in Hz; NaN if no band has signal
 */
public record MonoFold(double sumGainDb, List<FrequencyBand> bands, double[] bandSumGainDb, FrequencyBand worstBand,
                       double worstGainDb, double lossLowHz, double lossHighHz) {

    /** Bands quieter than the strongest by more than this (dB) are not considered for the worst band. */
    public static final double CONSIDERED_RANGE_DB = 60.0;

    /** Copies the arrays. */
    public MonoFold {
        bands = List.copyOf(bands);
        bandSumGainDb = bandSumGainDb.clone();
    }

    @Override
    public double[] bandSumGainDb() {
        return bandSumGainDb.clone();
    }

    /**
     * The fold figures of {@code spectrum}'s channels 0 and 1; its mid series is (L+R)/2, so P(L+R) = 4·P(mid).
     *
     * @throws IllegalArgumentException if the spectrum has fewer than two channels
     */
    public static MonoFold of(Spectrum spectrum) {
        if (spectrum.channels() < 2) {
            throw new IllegalArgumentException("a mono fold needs two channels, the spectrum has "
                    + spectrum.channels());
        }
        double[] left = spectrum.channelDensity(0);
        double[] right = spectrum.channelDensity(1);
        double[] mid = spectrum.midDensity();
        double sumGainDb = sumGainDb(spectrum, left, right, mid, 20.0, 20_000.0);
        List<FrequencyBand> bands = FrequencyBand.fractionalOctaves(3, spectrum.sampleRate() / 2.0);
        double[] gains = new double[bands.size()];
        double[] channelPower = new double[bands.size()];
        double strongest = 0;
        for (int b = 0; b < gains.length; b++) {
            FrequencyBand band = bands.get(b);
            gains[b] = sumGainDb(spectrum, left, right, mid, band.lowHz(), band.highHz());
            channelPower[b] = 0.5 * (spectrum.meanSquare(left, band.lowHz(), band.highHz())
                    + spectrum.meanSquare(right, band.lowHz(), band.highHz()));
            strongest = Math.max(strongest, channelPower[b]);
        }
        double threshold = strongest * Math.pow(10.0, -CONSIDERED_RANGE_DB / 10.0);
        int worst = -1;
        for (int b = 0; b < gains.length; b++) {
            if (channelPower[b] > 0 && channelPower[b] >= threshold && (worst < 0 || gains[b] < gains[worst])) {
                worst = b;
            }
        }
        if (worst < 0) {
            return new MonoFold(sumGainDb, bands, gains, null, Double.NaN, Double.NaN, Double.NaN);
        }
        int first = worst;
        int last = worst;
        if (gains[worst] < 0) {
            while (first > 0 && channelPower[first - 1] >= threshold && gains[first - 1] < 0) {
                first--;
            }
            while (last < gains.length - 1 && channelPower[last + 1] >= threshold && gains[last + 1] < 0) {
                last++;
            }
        }
        return new MonoFold(sumGainDb, bands, gains, bands.get(worst), gains[worst], bands.get(first).lowHz(),
                bands.get(last).highHz());
    }

    private static double sumGainDb(Spectrum spectrum, double[] left, double[] right, double[] mid, double lowHz,
                                    double highHz) {
        double sumPower = 4.0 * spectrum.meanSquare(mid, lowHz, highHz);
        double meanChannelPower = 0.5 * (spectrum.meanSquare(left, lowHz, highHz)
                + spectrum.meanSquare(right, lowHz, highHz));
        if (meanChannelPower == 0) {
            return Double.NaN;
        }
        return sumPower == 0 ? Double.NEGATIVE_INFINITY : 10.0 * Math.log10(sumPower / meanChannelPower);
    }
}
