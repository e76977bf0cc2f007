package dev.earshot.report.release;

import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.ReleaseTarget;
import dev.earshot.report.model.ReleasePreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each release platform will do to a master's level (REFERENCE.md section 2): one row per {@link ReleaseTarget},
 * in declaration order, with Spotify's "Loud" setting as an extra row right after Spotify, since it is the one place
 * where a platform puts a limiter on the master.
 *
 * <p>Rules, all from {@link ReleaseTarget}: a master louder than the target is turned down by the difference. A quieter
 * one is raised fully ({@link ReleaseTarget.Direction#DOWN_AND_UP}), raised only as far as its true peak stays at or
 * below the platform's ceiling ({@link ReleaseTarget.Direction#DOWN_AND_UP_TO_PEAK}; counted as limited when the
 * ceiling stops it short of the target), or not raised at all ({@link ReleaseTarget.Direction#DOWN_ONLY}; limited).
 * Spotify Loud raises fully and its limiter holds the true peak at {@value #SPOTIFY_LOUD_CEILING_DBTP} dBTP (limited
 * whenever the raised peak would pass it). The loudness the listener hears is the master's integrated loudness plus the
 * gain; for a limited Loud row it is the target (the limiter's own small loss of loudness is not modelled).
 *
 * <p>Stateless and thread-safe. Notes are one plain sentence with figures to 0.1 dB, ASCII only.
 */
public final class ReleasePreviews {
    /** Spotify's "Loud" normalisation target, from Spotify's own documentation, in LUFS. */
    public static final double SPOTIFY_LOUD_TARGET_LUFS = -11.0;
    /** The ceiling of the limiter Spotify applies in its "Loud" setting, in dBTP. */
    public static final double SPOTIFY_LOUD_CEILING_DBTP = -1.0;
    /** A gain smaller than this is "played at its own level" (it rounds to 0.0 dB in a note), in dB. */
    public static final double NEGLIGIBLE_GAIN_DB = 0.05;
    /** A turn-down up to this size is "close to the target" rather than "extra loudness buys nothing", in dB. */
    public static final double CLOSE_TO_TARGET_DB = 1.0;

    private ReleasePreviews() {
    }

    /**
     * The release preview of a master.
     *
     * @param master the master's loudness figures; only the integrated loudness (LUFS, −∞ for silence) and the true
     *               peak (dBTP) are used
     */
    public static ReleasePreview of(LoudnessFigures master) {
        List<ReleasePreview.Platform> rows = new ArrayList<>();
        for (ReleaseTarget target : ReleaseTarget.values()) {
            rows.add(platform(target, master.integratedLufs(), master.truePeakDbtp()));
            if (target == ReleaseTarget.SPOTIFY) {
                rows.add(spotifyLoud(master.integratedLufs(), master.truePeakDbtp()));
            }
        }
        return new ReleasePreview(rows);
    }

    /**
     * Whether the figures behind a row of {@link #of} come from the platform's own documentation (REFERENCE.md
     * section 2), so a report can mark the others as widely reported: {@link ReleaseTarget#confirmedBySource()} for
     * the targets' display names, true for Spotify's Loud row (Spotify documents it), false for any other name.
     */
    public static boolean confirmedBySource(String platformName) {
        if (platformName.equals(spotifyLoudName())) {
            return true;
        }
        for (ReleaseTarget target : ReleaseTarget.values()) {
            if (target.displayName().equals(platformName)) {
                return target.confirmedBySource();
            }
        }
        return false;
    }

    private static String spotifyLoudName() {
        return ReleaseTarget.SPOTIFY.displayName() + " (Loud)";
    }

    /** One platform's row; integrated loudness in LUFS (may be −∞), true peak in dBTP. */
    static ReleasePreview.Platform platform(ReleaseTarget target, double integratedLufs, double truePeakDbtp) {
        String name = target.displayName();
        if (!Double.isFinite(integratedLufs)) {
            return silent(name, target.targetLufs(), integratedLufs, truePeakDbtp);
        }
        double neededDb = target.targetLufs() - integratedLufs;
        double gainDb = target.playbackGainDb(integratedLufs, truePeakDbtp);
        double peakAfterDb = truePeakDbtp + gainDb;
        double playbackLufs = integratedLufs + gainDb;
        double shortfallDb = neededDb - gainDb;
        if (target == ReleaseTarget.EBU_R128) {
            return new ReleasePreview.Platform(name, target.targetLufs(), gainDb, peakAfterDb, false, playbackLufs,
                    broadcastNote(gainDb, target.targetLufs(), peakAfterDb, target.maxTruePeakDbtp()));
        }
        if (neededDb <= 0 || shortfallDb < NEGLIGIBLE_GAIN_DB) {
            String note = neededDb <= 0
                    ? turnedDownNote(-gainDb, target.targetLufs(), peakAfterDb, target.maxTruePeakDbtp())
                    : raisedNote(gainDb, target.targetLufs(), peakAfterDb, target.maxTruePeakDbtp());
            return new ReleasePreview.Platform(name, target.targetLufs(), gainDb, peakAfterDb, false, playbackLufs,
                    note);
        }
        String note;
        if (target.direction() == ReleaseTarget.Direction.DOWN_ONLY) {
            note = String.format(Locale.ROOT, "Not raised: %s only turns loud tracks down, so it plays %.1f dB "
                    + "quieter than other music.", name, shortfallDb);
        } else if (gainDb < NEGLIGIBLE_GAIN_DB) {
            note = String.format(Locale.ROOT, "Not raised: its true peak of %s dBTP leaves no room below %s's "
                            + "%s dBTP ceiling, so it plays %.1f dB quieter than other music.",
                    signed(truePeakDbtp), name, signed(target.maxTruePeakDbtp()), shortfallDb);
        } else {
            note = String.format(Locale.ROOT, "Raised only %.1f dB of the %.1f dB needed: %s stops where the true "
                            + "peak reaches %s dBTP, so it plays %.1f dB quieter than other music.",
                    gainDb, neededDb, name, signed(target.maxTruePeakDbtp()), shortfallDb);
        }
        return new ReleasePreview.Platform(name, target.targetLufs(), gainDb, peakAfterDb, true, playbackLufs, note);
    }

    /** Spotify's "Loud" setting: full gain both ways, then a limiter at {@link #SPOTIFY_LOUD_CEILING_DBTP}. */
    static ReleasePreview.Platform spotifyLoud(double integratedLufs, double truePeakDbtp) {
        String name = spotifyLoudName();
        double targetLufs = SPOTIFY_LOUD_TARGET_LUFS;
        if (!Double.isFinite(integratedLufs)) {
            return silent(name, targetLufs, integratedLufs, truePeakDbtp);
        }
        double gainDb = targetLufs - integratedLufs;
        double peakAfterDb = truePeakDbtp + gainDb;
        if (gainDb <= 0) {
            return new ReleasePreview.Platform(name, targetLufs, gainDb, peakAfterDb, false, targetLufs,
                    turnedDownNote(-gainDb, targetLufs, peakAfterDb, SPOTIFY_LOUD_CEILING_DBTP));
        }
        if (peakAfterDb <= SPOTIFY_LOUD_CEILING_DBTP) {
            return new ReleasePreview.Platform(name, targetLufs, gainDb, peakAfterDb, false, targetLufs,
                    raisedNote(gainDb, targetLufs, peakAfterDb, SPOTIFY_LOUD_CEILING_DBTP));
        }
        String note = String.format(Locale.ROOT, "Raised %.1f dB: its true peak would reach %s dBTP, so Spotify's "
                        + "limiter holds it at %s dBTP.", gainDb, signed(peakAfterDb),
                signed(SPOTIFY_LOUD_CEILING_DBTP));
        return new ReleasePreview.Platform(name, targetLufs, gainDb, SPOTIFY_LOUD_CEILING_DBTP, true, targetLufs,
                note);
    }

    private static ReleasePreview.Platform silent(String name, double targetLufs, double integratedLufs,
                                                  double truePeakDbtp) {
        return new ReleasePreview.Platform(name, targetLufs, 0.0, truePeakDbtp, false, integratedLufs,
                "Silent: there is nothing for " + name + " to normalise.");
    }

    private static String turnedDownNote(double cutDb, double targetLufs, double peakAfterDb, double ceilingDbtp) {
        String sentence;
        if (cutDb < NEGLIGIBLE_GAIN_DB) {
            sentence = String.format(Locale.ROOT, "Played at its own level: it already sits at the %s LUFS target",
                    signed(targetLufs));
        } else if (cutDb <= CLOSE_TO_TARGET_DB) {
            sentence = String.format(Locale.ROOT, "Turned down %.1f dB: it sits close to the %s LUFS target",
                    cutDb, signed(targetLufs));
        } else {
            sentence = String.format(Locale.ROOT, "Turned down %.1f dB: the extra loudness buys nothing here", cutDb);
        }
        return sentence + peakWarning(peakAfterDb, ceilingDbtp, "still") + ".";
    }

    /**
     * Broadcast is not a listener's player turning a track down: a programme is delivered at the R 128 level, so
     * every programme airs equally loud and the question is only what the broadcast version must change.
     */
    private static String broadcastNote(double gainDb, double targetLufs, double peakAfterDb, double ceilingDbtp) {
        String sentence;
        if (Math.abs(gainDb) < NEGLIGIBLE_GAIN_DB) {
            sentence = String.format(Locale.ROOT, "Already at the %s LUFS broadcast delivery level",
                    signed(targetLufs));
        } else {
            sentence = String.format(Locale.ROOT, "Broadcast delivery is normalised to %s LUFS: the broadcast "
                    + "version is %.1f dB %s than this master and airs as loud as every other programme",
                    signed(targetLufs), Math.abs(gainDb), gainDb < 0 ? "lower" : "higher");
        }
        if (peakAfterDb > ceilingDbtp) {
            sentence += String.format(Locale.ROOT, ", but its true peak would be %s dBTP, above R 128's %s dBTP "
                    + "limit, so it needs peak limiting", signed(peakAfterDb), signed(ceilingDbtp));
        }
        return sentence + ".";
    }

    private static String raisedNote(double gainDb, double targetLufs, double peakAfterDb, double ceilingDbtp) {
        if (gainDb < NEGLIGIBLE_GAIN_DB) {
            return turnedDownNote(0.0, targetLufs, peakAfterDb, ceilingDbtp);
        }
        String sentence = String.format(Locale.ROOT, "Raised %.1f dB to the %s LUFS target", gainDb,
                signed(targetLufs));
        return sentence + peakWarning(peakAfterDb, ceilingDbtp, "then") + ".";
    }

    /** A clause for a true peak above the ceiling after the gain, or the empty string. */
    private static String peakWarning(double peakAfterDb, double ceilingDbtp, String when) {
        if (peakAfterDb <= ceilingDbtp) {
            return "";
        }
        return String.format(Locale.ROOT, ", but its true peak %s reaches %s dBTP, above the %s dBTP ceiling, so "
                + "lossy playback may clip", when, signed(peakAfterDb), signed(ceilingDbtp));
    }

    /** A level with its sign, to 0.1 dB: "+0.4", "-14.0", "0.0". */
    private static String signed(double valueDb) {
        String text = String.format(Locale.ROOT, "%.1f", valueDb);
        if (text.equals("-0.0")) {
            return "0.0";
        }
        return valueDb > 0 && !text.equals("0.0") ? "+" + text : text;
    }
}
