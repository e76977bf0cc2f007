package dev.earshot.report.album;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.AlbumComparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the tracks of an EP or album with the album as a whole and flags the ones that stand out. The album's
 * figures are plain means over its non-silent tracks (the master included): integrated loudness in LU, loudness range
 * in LU, and each band's balance in dB (balances are floored at {@value #BALANCE_FLOOR_DB} dB first, so a band a track
 * lacks entirely, e.g. air above a low sample rate's Nyquist frequency, counts as very little rather than as minus
 * infinity). A track is flagged, once per rule it breaks, when
 * <ul>
 *   <li>its integrated loudness is more than {@value #LOUDNESS_TOLERANCE_LU} LU from the album mean (a jump listeners
 *       hear between tracks, and what album-mode normalisation preserves);</li>
 *   <li>its loudness range is more than {@value #RANGE_TOLERANCE_LU} LU from the album's mean range (much more or
 *       less dynamic than its neighbours);</li>
 *   <li>any band's balance is more than {@value #BAND_TOLERANCE_DB} dB from the album's mean balance for that
 *       band.</li>
 * </ul>
 * and, in each case, is also that far from the album's median (the middle track's value; for two tracks, their mean).
 * Every track's own value pulls the mean towards it, so one outlier shifts the mean away from the tracks that sit
 * together; the median does not move, and this second condition keeps those tracks from being flagged along with the
 * outlier. With two tracks the median is the mean and both tracks are flagged (there is no telling which is the odd
 * one). A silent track is flagged as such and left out of the means and medians. Deviations of a silent track read NaN. Stateless and
 * thread-safe. Flags are one plain sentence each, ASCII only, figures to 0.1.
 */
public final class AlbumComparer {
    /** A track further than this from the album's mean integrated loudness is flagged, in LU. */
    public static final double LOUDNESS_TOLERANCE_LU = 2.0;
    /** A track whose loudness range is further than this from the album's mean range is flagged, in LU. */
    public static final double RANGE_TOLERANCE_LU = 3.0;
    /** A band further than this from the album's mean balance is flagged, in dB. */
    public static final double BAND_TOLERANCE_DB = 3.0;
    /** Band balances below this are counted as this, in dB relative to the track's five bands together. */
    public static final double BALANCE_FLOOR_DB = -60.0;

    private AlbumComparer() {
    }

    /**
     * The comparison of the given tracks, in the given order.
     *
     * @throws IllegalArgumentException if the list is empty
     */
    public static AlbumComparison compare(List<TrackFigures> tracks) {
        if (tracks.isEmpty()) {
            throw new IllegalArgumentException("an album comparison needs at least one track");
        }
        List<TrackFigures> audible = tracks.stream().filter(t -> Double.isFinite(t.integratedLufs())).toList();
        double meanLufs = audible.stream().mapToDouble(TrackFigures::integratedLufs).average().orElse(Double.NaN);
        double meanRangeLu = audible.stream().mapToDouble(TrackFigures::loudnessRangeLu).average()
                .orElse(Double.NaN);
        Map<Band, Double> meanBalanceDb = new EnumMap<>(Band.class);
        Map<Band, Double> medianBalanceDb = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            meanBalanceDb.put(band, audible.stream().mapToDouble(t -> floored(t.balanceDb().get(band))).average()
                    .orElse(Double.NaN));
            medianBalanceDb.put(band, median(audible.stream().mapToDouble(t -> floored(t.balanceDb().get(band)))
                    .toArray()));
        }
        Typical typical = new Typical(meanLufs, median(audible.stream().mapToDouble(TrackFigures::integratedLufs)
                .toArray()), meanRangeLu, median(audible.stream().mapToDouble(TrackFigures::loudnessRangeLu)
                .toArray()), meanBalanceDb, medianBalanceDb);
        List<AlbumComparison.Track> rows = new ArrayList<>();
        for (TrackFigures track : tracks) {
            rows.add(row(track, typical));
        }
        return new AlbumComparison(rows, meanLufs, LOUDNESS_TOLERANCE_LU, BAND_TOLERANCE_DB);
    }

    /** The album's means and medians over its non-silent tracks. */
    private record Typical(double meanLufs, double medianLufs, double meanRangeLu, double medianRangeLu,
                           Map<Band, Double> meanBalanceDb, Map<Band, Double> medianBalanceDb) {
    }

    /** Whether {@code value} lies further than {@code tolerance} from both the mean and the median. */
    private static boolean standsOut(double value, double mean, double median, double tolerance) {
        return Math.abs(value - mean) > tolerance && Math.abs(value - median) > tolerance;
    }

    /** The median of the values (mean of the middle two for an even count); NaN for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static AlbumComparison.Track row(TrackFigures track, Typical typical) {
        double meanLufs = typical.meanLufs();
        double meanRangeLu = typical.meanRangeLu();
        Map<Band, Double> meanBalanceDb = typical.meanBalanceDb();
        Map<Band, Double> deviationDb = new EnumMap<>(Band.class);
        List<String> flags = new ArrayList<>();
        if (!Double.isFinite(track.integratedLufs())) {
            for (Band band : Band.values()) {
                deviationDb.put(band, Double.NaN);
            }
            flags.add("Silent: there is no loudness or balance to compare.");
            return toRow(track, deviationDb, flags);
        }
        double loudnessDeviationLu = track.integratedLufs() - meanLufs;
        if (standsOut(track.integratedLufs(), meanLufs, typical.medianLufs(), LOUDNESS_TOLERANCE_LU)) {
            flags.add(String.format(Locale.ROOT, "%.1f LU %s than the album average of %.1f LUFS.",
                    Math.abs(loudnessDeviationLu), loudnessDeviationLu > 0 ? "louder" : "quieter", meanLufs));
        }
        double rangeDeviationLu = track.loudnessRangeLu() - meanRangeLu;
        if (standsOut(track.loudnessRangeLu(), meanRangeLu, typical.medianRangeLu(), RANGE_TOLERANCE_LU)) {
            flags.add(String.format(Locale.ROOT, "%s dynamic than the rest: loudness range %.1f LU against an album "
                            + "average of %.1f LU.", rangeDeviationLu > 0 ? "More" : "Less", track.loudnessRangeLu(),
                    meanRangeLu));
        }
        for (Band band : Band.values()) {
            double balance = floored(track.balanceDb().get(band));
            double deviation = balance - meanBalanceDb.get(band);
            deviationDb.put(band, deviation);
            if (standsOut(balance, meanBalanceDb.get(band), typical.medianBalanceDb().get(band), BAND_TOLERANCE_DB)) {
                flags.add(String.format(Locale.ROOT, "%.1f dB %s %s than the album's average balance.",
                        Math.abs(deviation), deviation > 0 ? "more" : "less", bandName(band)));
            }
        }
        return toRow(track, deviationDb, flags);
    }

    private static AlbumComparison.Track toRow(TrackFigures track, Map<Band, Double> deviationDb,
                                               List<String> flags) {
        return new AlbumComparison.Track(track.fileName(), track.isMaster(), track.integratedLufs(),
                track.loudnessRangeLu(), track.truePeakDbtp(), deviationDb, flags);
    }

    private static double floored(double balanceDb) {
        return Math.max(BALANCE_FLOOR_DB, balanceDb);
    }

    /** The band as a reader knows it, with its range: "bass (60-250 Hz)". */
    static String bandName(Band band) {
        return switch (band) {
            case SUB -> "sub (20-60 Hz)";
            case BASS -> "bass (60-250 Hz)";
            case LOW_MID -> "low-mid (250 Hz-2 kHz)";
            case PRESENCE -> "presence (2-6 kHz)";
            case AIR -> "air (6-20 kHz)";
        };
    }
}
