package dev.earshot.report.measure;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.BandDelta;
import dev.earshot.analysis.Spectrum;
import dev.earshot.dsp.EqualLoudness;
import dev.earshot.report.model.LowEndTranslation;

/**
 * Low-end translation of one device: how much sub and bass survive, and whether the master's low fundamental is
 * still above the threshold of hearing at the device's listening level (see {@link SplCalibration} for how levels
 * become dB SPL; thresholds are ISO 226's). Stateless.
 *
 * <p>The fundamental is the strongest spectral peak of the master between {@value #LOWEST_FUNDAMENTAL_HZ} and
 * {@value #HIGHEST_FUNDAMENTAL_HZ} Hz (refined by parabolic interpolation of the log spectrum); a peak whose
 * third-octave level is more than {@value #RELEVANCE_DB} dB below the programme's loudness is not a fundamental worth
 * reporting, and all its figures read NaN. Sub or bass survival of a master with (almost) nothing in that band
 * ({@value #EMPTY_BAND_DB} dB below its total) reads NaN too. Losses beyond {@value #FLOOR_DB} dB read
 * {@value #FLOOR_DB}: at that depth the figure measures the device's noise floor, not the loss. Levels "at" a
 * frequency f are the power within the third octave around f (f·2^±1/6), which holds a sine's whole Hann main lobe
 * at the spectrum resolution this package uses.
 */
public final class LowEndAnalysis {
    /** Lowest frequency searched for the fundamental, in Hz. */
    public static final double LOWEST_FUNDAMENTAL_HZ = 30.0;
    /** Highest frequency searched for the fundamental, in Hz. */
    public static final double HIGHEST_FUNDAMENTAL_HZ = 120.0;
    /** A peak this far (dB) below the programme's integrated loudness is too weak to call a fundamental. */
    public static final double RELEVANCE_DB = 30.0;
    /** The most negative loss or survival reported, in dB: the content is gone ("60 dB or more"). */
    public static final double FLOOR_DB = -60.0;
    /** A band this far (dB) below the master's total power is empty: its survival reads NaN. */
    public static final double EMPTY_BAND_DB = -60.0;
    private static final double HALF_THIRD_OCTAVE = Math.pow(2.0, 1.0 / 6.0);

    private LowEndAnalysis() {
    }

    /**
     * @param master              the master, measured in the studio
     * @param device              the master through the device (without noise or listening-level filter)
     * @param deviceGainAt1kHzDb  the device's gain at 1 kHz in dB (from a probe tone)
     * @param listeningLevelDbSpl the device's listening level in dB SPL
     */
    public static LowEndTranslation of(ProgrammeMeasurement master, ProgrammeMeasurement device,
                                       double deviceGainAt1kHzDb, double listeningLevelDbSpl) {
        double subSurvivalDb = Double.NaN;
        double bassSurvivalDb = Double.NaN;
        if (Double.isFinite(master.integratedLufs()) && Double.isFinite(device.integratedLufs())) {
            BandDelta delta = BandDelta.between(master.bands(), device.bands(), master.integratedLufs(),
                    device.integratedLufs());
            subSurvivalDb = hasContent(master, Band.SUB) ? floor(delta.matchedDeltaDb(Band.SUB)) : Double.NaN;
            bassSurvivalDb = hasContent(master, Band.BASS) ? floor(delta.matchedDeltaDb(Band.BASS)) : Double.NaN;
        }
        double fundamentalHz = fundamentalHz(master);
        if (Double.isNaN(fundamentalHz) || !Double.isFinite(device.integratedLufs())) {
            return new LowEndTranslation(subSurvivalDb, bassSurvivalDb, fundamentalHz, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, false);
        }
        SplCalibration calibration = new SplCalibration(listeningLevelDbSpl, device.integratedLufs());
        double lossDb = floor(levelAt(device.spectrum(), fundamentalHz) - levelAt(master.spectrum(), fundamentalHz)
                - deviceGainAt1kHzDb);
        double fundamentalAbove = aboveThresholdDb(device.spectrum(), fundamentalHz, calibration);
        double second = aboveThresholdDb(device.spectrum(), 2 * fundamentalHz, calibration);
        double third = aboveThresholdDb(device.spectrum(), 3 * fundamentalHz, calibration);
        double harmonicHz = third > second ? 3 * fundamentalHz : 2 * fundamentalHz;
        return new LowEndTranslation(subSurvivalDb, bassSurvivalDb, fundamentalHz, lossDb, fundamentalAbove,
                harmonicHz, Math.max(second, third), fundamentalAbove > 0);
    }

    private static double floor(double db) {
        return Math.max(FLOOR_DB, db);
    }

    /** Whether {@code band} holds more than {@link #EMPTY_BAND_DB} of the master's power (relative, dB). */
    private static boolean hasContent(ProgrammeMeasurement master, Band band) {
        return master.bands().relativeDb(band) > EMPTY_BAND_DB;
    }

    /**
     * The master's strongest low fundamental in Hz, or NaN when there is none worth reporting (see the class
     * comment).
     */
    public static double fundamentalHz(ProgrammeMeasurement master) {
        Spectrum spectrum = master.spectrum();
        if (!Double.isFinite(master.integratedLufs())) {
            return Double.NaN;
        }
        double[] density = spectrum.averageDensity();
        double binHz = spectrum.binHz();
        int first = Math.max(1, (int) Math.ceil(LOWEST_FUNDAMENTAL_HZ / binHz));
        int last = Math.min(density.length - 2, (int) Math.floor(HIGHEST_FUNDAMENTAL_HZ / binHz));
        int best = -1;
        for (int k = first; k <= last; k++) {
            if (density[k] > 0 && (best < 0 || density[k] > density[best])) {
                best = k;
            }
        }
        if (best < 0) {
            return Double.NaN;
        }
        double offset = 0;
        if (density[best - 1] > 0 && density[best + 1] > 0) {
            double a = Math.log(density[best - 1]);
            double b = Math.log(density[best]);
            double c = Math.log(density[best + 1]);
            double curvature = a - 2 * b + c;
            offset = curvature < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / curvature)) : 0;
        }
        double hz = (best + offset) * binHz;
        if (levelAt(spectrum, hz) < master.integratedLufs() - RELEVANCE_DB) {
            return Double.NaN;
        }
        return hz;
    }

    /** Level in dB (AES17, the programme's loudness scale) of the third octave around {@code frequencyHz}. */
    static double levelAt(Spectrum spectrum, double frequencyHz) {
        return spectrum.levelDb(spectrum.averageDensity(), frequencyHz / HALF_THIRD_OCTAVE,
                frequencyHz * HALF_THIRD_OCTAVE);
    }

    private static double aboveThresholdDb(Spectrum spectrum, double frequencyHz, SplCalibration calibration) {
        if (frequencyHz * HALF_THIRD_OCTAVE > spectrum.sampleRate() / 2.0) {
            return Double.NaN;
        }
        return calibration.dbSpl(levelAt(spectrum, frequencyHz)) - EqualLoudness.thresholdDbSpl(frequencyHz);
    }
}
