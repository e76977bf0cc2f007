package dev.earshot.report.measure;

/**
 * How digital levels become sound pressure levels on a device. <b>Assumption</b> (no device tells us its volume
 * setting): the listener sets the volume so that the programme, as the device plays it, sounds at the profile's
 * listening level; that is, a programme component measuring the programme's own integrated loudness (in the AES17 /
 * LUFS scale, where a sine of amplitude A on both channels reads 20·log10 A) plays at {@code listeningLevelDbSpl}
 * dB SPL, and every other component keeps its distance from it. A 1 kHz sine making up the whole programme therefore
 * plays at exactly the listening level. Immutable.
 *
 * @param listeningLevelDbSpl the level the programme plays at, in dB SPL
 * @param programmeLufs       the programme's integrated loudness as the device plays it, in LUFS (finite)
 */
public record SplCalibration(double listeningLevelDbSpl, double programmeLufs) {

    /** @throws IllegalArgumentException if the programme's loudness is not finite (a silent programme) */
    public SplCalibration {
        if (!Double.isFinite(programmeLufs)) {
            throw new IllegalArgumentException("a silent programme has no sound pressure level");
        }
    }

    /** The sound pressure level in dB SPL of a component whose level is {@code levelDb} on the programme's scale. */
    public double dbSpl(double levelDb) {
        return listeningLevelDbSpl + levelDb - programmeLufs;
    }
}
