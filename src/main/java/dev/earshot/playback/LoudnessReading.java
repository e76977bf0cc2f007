package dev.earshot.playback;

/**
 * The loudness meters of what the engine played, as of its most recent block. Loudness values change every 10 ms of
 * audio; the true peak is held until {@link PlaybackEngine#resetTruePeak()}.
 *
 * @param momentaryLufs     momentary loudness (400 ms window, BS.1770), LUFS; minus infinity for silence
 * @param shortTermLufs     short-term loudness (3 s window), LUFS; minus infinity for silence
 * @param truePeakLeftDbtp  highest true peak of the left output since the last reset, dBTP (4× oversampled below
 *                          96 kHz); minus infinity before any signal
 * @param truePeakRightDbtp likewise, right
 * @param correlation       correlation of left and right over the last 300 ms, −1 (opposite) to 1 (identical); 0
 *                          when either channel is silent
 * @param blockCount        blocks played since the engine started (0 before the first)
 */
public record LoudnessReading(double momentaryLufs, double shortTermLufs, double truePeakLeftDbtp,
                              double truePeakRightDbtp, double correlation, long blockCount) {

    /** The higher of the two channels' held true peaks, dBTP. */
    public double truePeakDbtp() {
        return Math.max(truePeakLeftDbtp, truePeakRightDbtp);
    }
}
