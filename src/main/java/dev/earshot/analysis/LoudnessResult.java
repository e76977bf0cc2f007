package dev.earshot.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Loudness figures of a stream (ITU-R BS.1770-4, EBU R 128, EBU Tech 3341/3342). Levels are in LUFS, ranges in LU,
 * peaks in dBFS (sample peak) and dBTP (true peak), relative to full scale = 1.0. Silence, or too little signal to
 * measure, reads {@link Double#NEGATIVE_INFINITY}; quantities that are undefined read {@link Double#NaN} as stated
 * below. Arrays are copied in and out: the record is immutable.
 *
 * @param sampleRate               frames per second of the measured stream
 * @param frames                   frames measured
 * @param layout                   the channel layout used for the weights
 * @param monoAsDual               whether a mono stream was weighted as two speakers (+3.01 LU)
 * @param integratedLufs           gated integrated loudness; −∞ if no 400 ms block passed the −70 LUFS gate
 * @param loudnessRangeLu          EBU Tech 3342 loudness range; 0 when no 3 s window passed the gates
 * @param loudnessRangeLowLufs     the range's 10th percentile of short-term loudness; NaN when no window passed
 * @param loudnessRangeHighLufs    the range's 95th percentile; NaN when no window passed
 * @param momentaryLufs            momentary loudness (400 ms) ending at the last complete 2.5 ms tick
 * @param shortTermLufs            short-term loudness (3 s) ending at the last complete tick
 * @param maxMomentaryLufs         the largest momentary loudness so far (windows checked every 2.5 ms)
 * @param maxShortTermLufs         the largest short-term loudness so far
 * @param samplePeakDbfs           largest sample magnitude over all channels
 * @param truePeakDbtp             largest oversampled magnitude over all channels
 * @param samplePeakDbfsPerChannel sample peak of each channel, in stream order
 * @param truePeakDbtpPerChannel   true peak of each channel, in stream order
 * @param plrDb                    peak-to-loudness ratio, true peak minus integrated loudness; NaN if either is −∞
 * @param momentarySeriesLufs      momentary loudness every 100 ms (float, −∞ for silence); empty unless kept
 * @param shortTermSeriesLufs      short-term loudness every 100 ms; empty unless kept
 */
public record LoudnessResult(int sampleRate, long frames, ChannelLayout layout, boolean monoAsDual,
                             double integratedLufs, double loudnessRangeLu, double loudnessRangeLowLufs,
                             double loudnessRangeHighLufs, double momentaryLufs, double shortTermLufs,
                             double maxMomentaryLufs, double maxShortTermLufs, double samplePeakDbfs,
                             double truePeakDbtp, double[] samplePeakDbfsPerChannel, double[] truePeakDbtpPerChannel,
                             double plrDb, float[] momentarySeriesLufs, float[] shortTermSeriesLufs) {

    /** Interval between the values of the series, in seconds. */
    public static final double SERIES_INTERVAL_SECONDS = 0.1;

    public LoudnessResult {
        samplePeakDbfsPerChannel = samplePeakDbfsPerChannel.clone();
        truePeakDbtpPerChannel = truePeakDbtpPerChannel.clone();
        momentarySeriesLufs = momentarySeriesLufs.clone();
        shortTermSeriesLufs = shortTermSeriesLufs.clone();
    }

    /** Duration measured, in seconds. */
    public double durationSeconds() {
        return frames / (double) sampleRate;
    }

    @Override
    public double[] samplePeakDbfsPerChannel() {
        return samplePeakDbfsPerChannel.clone();
    }

    @Override
    public double[] truePeakDbtpPerChannel() {
        return truePeakDbtpPerChannel.clone();
    }

    @Override
    public float[] momentarySeriesLufs() {
        return momentarySeriesLufs.clone();
    }

    @Override
    public float[] shortTermSeriesLufs() {
        return shortTermSeriesLufs.clone();
    }

    /** Equal when every figure, array element and series value is equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof LoudnessResult r && sampleRate == r.sampleRate && frames == r.frames
                && layout == r.layout && monoAsDual == r.monoAsDual
                && Arrays.equals(scalars(), r.scalars())
                && Arrays.equals(samplePeakDbfsPerChannel, r.samplePeakDbfsPerChannel)
                && Arrays.equals(truePeakDbtpPerChannel, r.truePeakDbtpPerChannel)
                && Arrays.equals(momentarySeriesLufs, r.momentarySeriesLufs)
                && Arrays.equals(shortTermSeriesLufs, r.shortTermSeriesLufs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sampleRate, frames, layout, monoAsDual, Arrays.hashCode(scalars()));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "LoudnessResult[I=%.2f LUFS, LRA=%.2f LU, maxM=%.2f LUFS, "
                + "maxS=%.2f LUFS, SP=%.2f dBFS, TP=%.2f dBTP, PLR=%.2f dB, %d frames at %d Hz, %s%s]",
                integratedLufs, loudnessRangeLu, maxMomentaryLufs, maxShortTermLufs, samplePeakDbfs, truePeakDbtp,
                plrDb, frames, sampleRate, layout, monoAsDual ? " as dual mono" : "");
    }

    private double[] scalars() {
        return new double[] {integratedLufs, loudnessRangeLu, loudnessRangeLowLufs, loudnessRangeHighLufs,
            momentaryLufs, shortTermLufs, maxMomentaryLufs, maxShortTermLufs, samplePeakDbfs, truePeakDbtp, plrDb};
    }
}
