package dev.earshot.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * One frequency band in Hz: [lowHz, highHz) with a nominal centre.
 *
 * @param lowHz    lower edge in Hz, ≥ 0
 * @param centreHz nominal centre in Hz (geometric for fractional-octave bands)
 * @param highHz   upper edge in Hz, > lowHz
 */
public record FrequencyBand(double lowHz, double centreHz, double highHz) {

    /** @throws IllegalArgumentException unless 0 ≤ lowHz ≤ centreHz ≤ highHz and lowHz < highHz */
    public FrequencyBand {
        if (!(lowHz >= 0 && lowHz <= centreHz && centreHz <= highHz && lowHz < highHz)) {
            throw new IllegalArgumentException("band edges must satisfy 0 <= low <= centre <= high, low < high; got "
                    + lowHz + ", " + centreHz + ", " + highHz + " Hz");
        }
    }

    /**
     * Base-2 fractional-octave bands (IEC 61260 style): centres 1000·2^(i/bandsPerOctave) Hz, edges at
     * centre·2^(±1/(2·bandsPerOctave)), for every centre from 20 Hz to 20 kHz (each widened by half a band, so the
     * bands nominally at 20 Hz and 20 kHz are included) that lies below {@code nyquistHz}.
     *
     * @param bandsPerOctave 1 to 24
     * @param nyquistHz      half the sample rate in Hz
     * @return bands in ascending order
     */
    public static List<FrequencyBand> fractionalOctaves(int bandsPerOctave, double nyquistHz) {
        if (bandsPerOctave < 1 || bandsPerOctave > 24) {
            throw new IllegalArgumentException("bands per octave " + bandsPerOctave + " is outside 1..24");
        }
        double halfBand = Math.pow(2.0, 1.0 / (2.0 * bandsPerOctave));
        double lowestHz = 20.0 / halfBand;
        double highestHz = Math.min(20_000.0 * halfBand, nyquistHz);
        int first = (int) Math.ceil(bandsPerOctave * Math.log(lowestHz / 1000.0) / Math.log(2.0) - 1e-9);
        List<FrequencyBand> bands = new ArrayList<>();
        for (int i = first; ; i++) {
            double centreHz = 1000.0 * Math.pow(2.0, i / (double) bandsPerOctave);
            if (centreHz > highestHz || centreHz >= nyquistHz) {
                break;
            }
            bands.add(new FrequencyBand(centreHz / halfBand, centreHz, centreHz * halfBand));
        }
        return bands;
    }
}
