package dev.earshot.measure;

/**
 * The level of one harmonic distortion product over one band of excitation frequencies.
 *
 * @param harmonic   2 for the second harmonic, 3 for the third, …
 * @param centreHz   centre of the band of the fundamental's frequencies (the product itself lies k times higher)
 * @param levelDb    the product's level relative to the fundamental's, as both arrive at the microphone, in dB
 *                   (−40 dB is 1 %)
 */
public record HarmonicLevel(int harmonic, double centreHz, double levelDb) {
    /** The level as a percentage of the fundamental. */
    public double percent() {
        return 100 * Math.pow(10, levelDb / 20);
    }
}
