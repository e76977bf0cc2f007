package dev.earshot.report.measure;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.FrequencyBand;
import dev.earshot.analysis.Spectrum;
import dev.earshot.dsp.EqualLoudness;
import dev.earshot.report.model.PresenceConsistency;
import java.util.List;

/**
 * Whether the vocal/presence range ({@link Band#PRESENCE}, 2–6 kHz) keeps its place when a device is played at its
 * listening level and quietly. Stateless.
 *
 * <p>Method: the programme's third-octave levels (20 Hz to 20 kHz) are turned into dB SPL with a
 * {@link SplCalibration}; a band below the ISO 226 threshold of hearing counts for nothing; every other band is
 * weighted by the ear's sensitivity at the playback level P, the ISO 226 equal-loudness contour at P phon taken
 * relative to its 1 kHz value ({@code weighted = SPL − [L(f, P) − L(1 kHz, P)]}), the same weighting the
 * listening-level stage applies. The presence figure is the weighted power of the presence bands over the weighted
 * power of all bands, in dB. The master is judged in the studio at {@link #STUDIO_LEVEL_DB_SPL} dB SPL; the device
 * at its listening level and at {@link #QUIET_LEVEL_DB_SPL} dB SPL.
 */
public final class PresenceAnalysis {
    /** The level the master is monitored at in the studio, in dB SPL. */
    public static final double STUDIO_LEVEL_DB_SPL = 83.0;
    /** The quiet playback level, in dB SPL. */
    public static final double QUIET_LEVEL_DB_SPL = 60.0;
    /** What a presence share reads when no presence band is audible, in dB. */
    public static final double FLOOR_DB = -100.0;

    private PresenceAnalysis() {
    }

    /**
     * @param master              the master in the studio
     * @param device              the master through the device (without noise or listening-level filter)
     * @param listeningLevelDbSpl the device's listening level in dB SPL
     */
    public static PresenceConsistency of(ProgrammeMeasurement master, ProgrammeMeasurement device,
                                         double listeningLevelDbSpl) {
        double masterDb = presenceDb(master, STUDIO_LEVEL_DB_SPL);
        double deviceDb = presenceDb(device, listeningLevelDbSpl);
        double quietDb = presenceDb(device, QUIET_LEVEL_DB_SPL);
        return new PresenceConsistency(masterDb, deviceDb, quietDb, QUIET_LEVEL_DB_SPL, quietDb - masterDb);
    }

    /**
     * The presence share in dB of {@code programme} played at {@code levelDbSpl} (see the class comment); NaN for a
     * silent programme, {@link #FLOOR_DB} when nothing in the presence range is audible.
     */
    public static double presenceDb(ProgrammeMeasurement programme, double levelDbSpl) {
        if (!Double.isFinite(programme.integratedLufs())) {
            return Double.NaN;
        }
        SplCalibration calibration = new SplCalibration(levelDbSpl, programme.integratedLufs());
        Spectrum spectrum = programme.spectrum();
        double[] density = spectrum.averageDensity();
        List<FrequencyBand> bands = FrequencyBand.fractionalOctaves(3, spectrum.sampleRate() / 2.0);
        double reference1k = EqualLoudness.splForPhon(1000.0, levelDbSpl);
        double presence = 0;
        double total = 0;
        for (FrequencyBand band : bands) {
            double centreHz = band.centreHz();
            double splDb = calibration.dbSpl(spectrum.levelDb(density, band.lowHz(), band.highHz()));
            if (splDb <= EqualLoudness.thresholdDbSpl(centreHz)) {
                continue;
            }
            double weightedDb = splDb - (EqualLoudness.splForPhon(centreHz, levelDbSpl) - reference1k);
            double power = Math.pow(10.0, weightedDb / 10.0);
            total += power;
            if (centreHz >= Band.PRESENCE.lowHz() && centreHz < Band.PRESENCE.highHz()) {
                presence += power;
            }
        }
        if (total == 0) {
            return Double.NaN;
        }
        return presence == 0 ? FLOOR_DB : Math.max(FLOOR_DB, 10.0 * Math.log10(presence / total));
    }
}
