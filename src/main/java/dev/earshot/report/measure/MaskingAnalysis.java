package dev.earshot.report.measure;

import dev.earshot.analysis.FrequencyBand;
import dev.earshot.analysis.Spectrum;
import dev.earshot.device.NoiseSpec;
import dev.earshot.device.RoadNoiseStage;
import dev.earshot.report.model.NoiseMasking;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of the programme the environment's noise covers. The road-noise stage sets its level for a programme at
 * {@value #PROGRAMME_REFERENCE_LUFS} LUFS played at the listening level ({@link RoadNoiseStage}); the programme, as
 * the device plays it, is brought to that loudness (the listener sets the volume for the programme, as
 * {@link SplCalibration} assumes), and its long-term third-octave levels from {@value #LOWEST_BAND_HZ} Hz to
 * {@value #HIGHEST_BAND_HZ} Hz are compared with the noise's. A band is masked when the programme's level is below the
 * noise's. Stateless.
 */
public final class MaskingAnalysis {
    /** The programme loudness the road-noise stage's level assumes, in LUFS. */
    public static final double PROGRAMME_REFERENCE_LUFS = -14.0;
    /** Bands reaching above this frequency are compared, in Hz (the nominal 20 Hz band, centred at 19.7 Hz). */
    public static final double LOWEST_BAND_HZ = 20.0;
    /** Bands starting below this frequency are compared, in Hz (up to the nominal 16 kHz band). */
    public static final double HIGHEST_BAND_HZ = 16_000.0;

    private MaskingAnalysis() {
    }

    /**
     * @param device the programme through the device, without the noise
     * @param noise  the noise alone, as the stage adds it (e.g. from {@link NoiseProbe})
     * @param spec   the profile's noise, for the description
     * @return the masking figures; NaN shares for a silent programme
     */
    public static NoiseMasking of(ProgrammeMeasurement device, ProgrammeMeasurement noise, NoiseSpec spec) {
        String description = String.format(Locale.ROOT, "road noise at %.0f km/h, %.0f dB(A)", spec.speedKmh(),
                spec.levelDbA());
        double programmeToNoiseDb = PROGRAMME_REFERENCE_LUFS - noise.integratedLufs();
        if (!Double.isFinite(device.integratedLufs())) {
            return new NoiseMasking(description, Double.NaN, Double.NaN, programmeToNoiseDb);
        }
        double shiftDb = PROGRAMME_REFERENCE_LUFS - device.integratedLufs();
        Spectrum programme = device.spectrum();
        Spectrum noiseSpectrum = noise.spectrum();
        double[] programmeDensity = programme.averageDensity();
        double[] noiseDensity = noiseSpectrum.averageDensity();
        List<FrequencyBand> bands = new ArrayList<>();
        for (FrequencyBand band : FrequencyBand.fractionalOctaves(3, programme.sampleRate() / 2.0)) {
            if (band.highHz() > LOWEST_BAND_HZ && band.lowHz() < HIGHEST_BAND_HZ) {
                bands.add(band);
            }
        }
        int masked = 0;
        double maskedBelowHz = 0;
        boolean runFromBottom = true;
        for (FrequencyBand band : bands) {
            double programmeDb = programme.levelDb(programmeDensity, band.lowHz(), band.highHz()) + shiftDb;
            double noiseDb = noiseSpectrum.levelDb(noiseDensity, band.lowHz(), band.highHz());
            boolean isMasked = programmeDb < noiseDb;
            if (isMasked) {
                masked++;
            }
            runFromBottom &= isMasked;
            if (runFromBottom) {
                maskedBelowHz = band.highHz();
            }
        }
        return new NoiseMasking(description, bands.isEmpty() ? Double.NaN : masked / (double) bands.size(),
                maskedBelowHz, programmeToNoiseDb);
    }
}
