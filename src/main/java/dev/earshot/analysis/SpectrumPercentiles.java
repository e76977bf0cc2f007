package dev.earshot.analysis;

import java.util.List;

/**
 * How the short-term spectrum is distributed over time, per frequency band: the 10th, 50th and 90th percentile of
 * the band level over all short-term frames. Levels are in dB, AES17 convention (10·log10(2 · band mean square), a
 * full-scale sine in the band reads 0 dB), of the channel-average power; resolution 0.1 dB. Immutable.
 *
 * @param bands  the bands, ascending
 * @param p10Db  level exceeded in 90 % of frames, per band
 * @param p50Db  median level per band
 * @param p90Db  level exceeded in 10 % of frames, per band
 * @param frames number of short-term frames summarised; 0 means the levels are the histogram floor
 */
public record SpectrumPercentiles(List<FrequencyBand> bands, double[] p10Db, double[] p50Db, double[] p90Db,
                                  long frames) {

    /** @throws IllegalArgumentException if an array's length differs from the number of bands */
    public SpectrumPercentiles {
        bands = List.copyOf(bands);
        for (double[] values : List.of(p10Db, p50Db, p90Db)) {
            if (values.length != bands.size()) {
                throw new IllegalArgumentException(values.length + " percentile values for " + bands.size()
                        + " bands");
            }
        }
        p10Db = p10Db.clone();
        p50Db = p50Db.clone();
        p90Db = p90Db.clone();
    }

    @Override
    public double[] p10Db() {
        return p10Db.clone();
    }

    @Override
    public double[] p50Db() {
        return p50Db.clone();
    }

    @Override
    public double[] p90Db() {
        return p90Db.clone();
    }
}
