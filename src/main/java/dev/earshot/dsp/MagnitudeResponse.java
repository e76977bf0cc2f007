package dev.earshot.dsp;

/**
 * A magnitude-only frequency response: the gain in dB at any positive frequency. Implementations are immutable and
 * may be shared between threads.
 */
@FunctionalInterface
public interface MagnitudeResponse {
    /** A response of 0 dB everywhere. */
    MagnitudeResponse FLAT = frequencyHz -> 0.0;

    /**
     * @param frequencyHz a frequency above 0 Hz
     * @return the gain at that frequency in dB (finite, or very negative where the response vanishes)
     */
    double gainDbAt(double frequencyHz);

    /** This response cascaded with {@code other}: the gains in dB add. */
    default MagnitudeResponse plus(MagnitudeResponse other) {
        return frequencyHz -> gainDbAt(frequencyHz) + other.gainDbAt(frequencyHz);
    }

    /** This response with {@code offsetDb} added at every frequency. */
    default MagnitudeResponse shiftedBy(double offsetDb) {
        return frequencyHz -> gainDbAt(frequencyHz) + offsetDb;
    }

    /** This response shifted so that its gain at {@code frequencyHz} is 0 dB. */
    default MagnitudeResponse normalizedAt(double frequencyHz) {
        return shiftedBy(-gainDbAt(frequencyHz));
    }
}
