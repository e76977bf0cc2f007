package dev.earshot.report.album;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.AlbumComparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Compares the tracks of an EP or album with each other and flags the ones that stand out.
 *
 * <p><b>Figures.</b> The album mean is the plain mean over the non-silent tracks (the master included) of integrated
 * loudness in LUFS and of each band's balance in dB; a track's band deviation is its balance minus that mean. Balances
 * are floored at {@value #BALANCE_FLOOR_DB} dB first, so a band a track lacks entirely (air above a low sample rate's
 * Nyquist frequency) counts as very little rather than as minus infinity.
 *
 * <p><b>Flags</b>, once per rule a track breaks, compare the track with <em>the rest of the album</em> (the mean of
 * the other non-silent tracks), since a track's own value pulls the album mean towards it (a track 3 LU under two
 * others sits only 2 LU under the mean of all three):
 * <ul>
 *   <li>integrated loudness more than {@value #LOUDNESS_TOLERANCE_LU} LU from the rest (a jump listeners hear between
 *       tracks, and one album-mode normalisation keeps);</li>
 *   <li>loudness range more than {@value #RANGE_TOLERANCE_LU} LU from the rest's mean range (much more or less
 *       dynamic than its neighbours);</li>
 *   <li>any band's balance more than {@value #BAND_TOLERANCE_DB} dB from the rest's mean balance for that band.</li>
 * </ul>
 * With three or more non-silent tracks a track must also be that far from the album's median (the middle track's
 * value, or the mean of the middle two), so that one outlier, which drags the rest's mean of every other track
 * towards it, does not get those tracks flagged along with it. With two tracks each is compared with the other and
 * both are flagged (there is no telling which is the odd one). A single track is never flagged. A silent track is
 * flagged as such, left out of every mean and median, and its deviations read NaN.
 *
 * <p>Stateless and thread-safe. Flags are one plain sentence each, ASCII only, figures to 0.1.
 */
public final class AlbumComparer {
    /** A track further than this from the rest's mean integrated loudness is flagged, in LU. */
    public static final double LOUDNESS_TOLERANCE_LU = 2.0;
    /** A track whose loudness range is further than this from the rest's mean range is flagged, in LU. */
    public static final double RANGE_TOLERANCE_LU = 3.0;
    /** A band further than this from the rest's mean balance is flagged, in dB. */
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
        double meanLufs = Figure.of(audible, TrackFigures::integratedLufs).mean();
        List<AlbumComparison.Track> rows = new ArrayList<>();
        for (TrackFigures track : tracks) {
            rows.add(Double.isFinite(track.integratedLufs()) ? row(track, audible) : silentRow(track));
        }
        return new AlbumComparison(rows, meanLufs, LOUDNESS_TOLERANCE_LU, BAND_TOLERANCE_DB);
    }

    /** One figure over the album's non-silent tracks. */
    private record Figure(double[] values, double sum, double median) {
        static Figure of(List<TrackFigures> tracks, ToDoubleFunction<TrackFigures> value) {
            double[] values = tracks.stream().mapToDouble(value).toArray();
            return new Figure(values, Arrays.stream(values).sum(), AlbumComparer.median(values));
        }

        double mean() {
            return values.length == 0 ? Double.NaN : sum / values.length;
        }

        /** The mean of the other tracks' values. */
        double restMean(double own) {
            return (sum - own) / (values.length - 1);
        }

        /** Whether {@code own} is further than {@code tolerance} from the rest and, for 3+ tracks, the median. */
        boolean standsOut(double own, double tolerance) {
            if (values.length < 2 || Math.abs(own - restMean(own)) <= tolerance) {
                return false;
            }
            return values.length == 2 || Math.abs(own - median) > tolerance;
        }
    }

    private static AlbumComparison.Track row(TrackFigures track, List<TrackFigures> audible) {
        List<String> flags = new ArrayList<>();
        Figure loudness = Figure.of(audible, TrackFigures::integratedLufs);
        double lufs = track.integratedLufs();
        if (loudness.standsOut(lufs, LOUDNESS_TOLERANCE_LU)) {
            double restLufs = loudness.restMean(lufs);
            flags.add(String.format(Locale.ROOT, "%.1f LU %s than the rest of the album (%.1f LUFS on average).",
                    Math.abs(lufs - restLufs), lufs > restLufs ? "louder" : "quieter", restLufs));
        }
        Figure range = Figure.of(audible, TrackFigures::loudnessRangeLu);
        double rangeLu = track.loudnessRangeLu();
        if (range.standsOut(rangeLu, RANGE_TOLERANCE_LU)) {
            double restRangeLu = range.restMean(rangeLu);
            flags.add(String.format(Locale.ROOT, "%s dynamic than the rest of the album: loudness range %.1f LU "
                            + "against %.1f LU on average.", rangeLu > restRangeLu ? "More" : "Less", rangeLu,
                    restRangeLu));
        }
        Map<Band, Double> deviationDb = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            Figure balance = Figure.of(audible, t -> floored(t.balanceDb().get(band)));
            double own = floored(track.balanceDb().get(band));
            deviationDb.put(band, own - balance.mean());
            if (balance.standsOut(own, BAND_TOLERANCE_DB)) {
                double differenceDb = own - balance.restMean(own);
                flags.add(String.format(Locale.ROOT, "%.1f dB %s %s than the rest of the album.",
                        Math.abs(differenceDb), differenceDb > 0 ? "more" : "less", bandName(band)));
            }
        }
        return toRow(track, deviationDb, flags);
    }

    private static AlbumComparison.Track silentRow(TrackFigures track) {
        Map<Band, Double> deviationDb = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            deviationDb.put(band, Double.NaN);
        }
        return toRow(track, deviationDb, List.of("Silent: there is no loudness or balance to compare."));
    }

    private static AlbumComparison.Track toRow(TrackFigures track, Map<Band, Double> deviationDb,
                                               List<String> flags) {
        return new AlbumComparison.Track(track.fileName(), track.isMaster(), track.integratedLufs(),
                track.loudnessRangeLu(), track.truePeakDbtp(), deviationDb, flags);
    }

    private static double floored(double balanceDb) {
        return Math.max(BALANCE_FLOOR_DB, balanceDb);
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
