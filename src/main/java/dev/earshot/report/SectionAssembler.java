package dev.earshot.report;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.BandDelta;
import dev.earshot.analysis.LoudnessDelta;
import dev.earshot.analysis.LoudnessResult;
import dev.earshot.analysis.OctaveSmoothing;
import dev.earshot.analysis.SpectralDelta;
import dev.earshot.analysis.Spectrum;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.StageSpec;
import dev.earshot.report.measure.LowEndAnalysis;
import dev.earshot.report.measure.MaskingAnalysis;
import dev.earshot.report.measure.MonoAnalysis;
import dev.earshot.report.measure.PresenceAnalysis;
import dev.earshot.report.measure.ProgrammeMeasurement;
import dev.earshot.report.model.LoudnessSeries;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.MonoCompatibility;
import dev.earshot.report.model.NoiseMasking;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.SpectrumCurve;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns measurements into the report's sections. Curves are 1/6-octave smoothed and evaluated at
 * {@value #POINTS_PER_OCTAVE} log-spaced points per octave from 20 Hz to 20 kHz (or the Nyquist frequency). Stateless.
 */
final class SectionAssembler {
    /** Points per octave of the chart curves. */
    static final int POINTS_PER_OCTAVE = 12;
    static final OctaveSmoothing SMOOTHING = OctaveSmoothing.SIXTH;

    private SectionAssembler() {
    }

    static MasterSummary master(String fileName, ProgrammeMeasurement master, int sampleRate, int channels) {
        Spectrum spectrum = master.spectrum();
        double[] grid = grid(spectrum);
        double[] smoothed = SMOOTHING.smoothAt(spectrum.frequenciesHz(), spectrum.averageDensity(), grid);
        double[] db = new double[grid.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < db.length; i++) {
            db[i] = smoothed[i] > 0 ? 10 * Math.log10(smoothed[i]) : Double.NEGATIVE_INFINITY;
            max = Math.max(max, db[i]);
        }
        for (int i = 0; i < db.length; i++) {
            db[i] = Double.isFinite(max) ? Math.max(db[i] - max, -120.0) : Double.NaN;
        }
        return new MasterSummary(fileName, master.durationSeconds(), sampleRate, channels, master.loudness(),
                master.bands().relativeDb(), new SpectrumCurve(grid, db), channels >= 2 ? master.correlation()
                : Double.NaN, LoudnessSeries.sampled(master.shortTermSeriesLufs(),
                LoudnessResult.SERIES_INTERVAL_SECONDS));
    }

    static ProfileSection profile(PlaybackProfile profile, ProgrammeMeasurement master, ProgrammeMeasurement device,
                                  double gainAt1kHzDb, ProgrammeMeasurement noise) {
        double masterLufs = master.integratedLufs();
        double deviceLufs = device.integratedLufs();
        MonoCompatibility mono = hasMonoSum(profile) ? MonoAnalysis.of(master) : null;
        NoiseMasking masking = noise == null ? null : MaskingAnalysis.of(device, noise, profile.noise());
        return new ProfileSection(profile.id(), profile.name(), profile.category().displayName(),
                profile.description(), profile.provenance().kind().jsonName(), profile.provenance().source(),
                profile.listeningLevelDbSpl(), device.loudness(),
                LoudnessDelta.between(master.loudness(), device.loudness()),
                spectralDelta(master, device), bandDelta(master, device),
                LowEndAnalysis.of(master, device, gainAt1kHzDb, profile.listeningLevelDbSpl()),
                PresenceAnalysis.of(master, device, profile.listeningLevelDbSpl()), mono, masking);
    }

    /** other minus reference after loudness matching, smoothed, on the chart grid; NaN values for silence. */
    static SpectrumCurve spectralDelta(ProgrammeMeasurement reference, ProgrammeMeasurement other) {
        double[] grid = grid(reference.spectrum());
        if (!Double.isFinite(reference.integratedLufs()) || !Double.isFinite(other.integratedLufs())) {
            double[] none = new double[grid.length];
            Arrays.fill(none, Double.NaN);
            return new SpectrumCurve(grid, none);
        }
        SpectralDelta delta = SpectralDelta.between(reference.spectrum(), other.spectrum(),
                reference.integratedLufs(), other.integratedLufs(), SMOOTHING, grid);
        return new SpectrumCurve(delta.frequenciesHz(), delta.deltaDb());
    }

    /** Per band, other minus reference after loudness matching; NaN for silence. */
    static Map<Band, Double> bandDelta(ProgrammeMeasurement reference, ProgrammeMeasurement other) {
        if (!Double.isFinite(reference.integratedLufs()) || !Double.isFinite(other.integratedLufs())) {
            Map<Band, Double> none = new EnumMap<>(Band.class);
            for (Band band : Band.values()) {
                none.put(band, Double.NaN);
            }
            return none;
        }
        return BandDelta.between(reference.bands(), other.bands(), reference.integratedLufs(),
                other.integratedLufs()).matchedDeltaDb();
    }

    static boolean hasMonoSum(PlaybackProfile profile) {
        for (StageSpec stage : profile.stages()) {
            if (stage instanceof StageSpec.MonoSum) {
                return true;
            }
        }
        return false;
    }

    private static double[] grid(Spectrum spectrum) {
        return OctaveSmoothing.logSpacedHz(20.0, Math.min(20_000.0, spectrum.sampleRate() / 2.0), POINTS_PER_OCTAVE);
    }
}
