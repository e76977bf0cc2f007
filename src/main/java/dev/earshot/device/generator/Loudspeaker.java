package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;

/**
 * One loudspeaker fed by one input channel of a true-stereo model.
 *
 * @param position   where it sits
 * @param response   its free-field magnitude response (crossover included)
 * @param feedGainDb how much of the input it receives (a subwoofer fed the sum of both inputs gets −6 dB of each)
 * @param delayMs    the system's own (DSP time-alignment) delay before this loudspeaker, in ms, at least 0
 */
public record Loudspeaker(Position position, MagnitudeResponse response, double feedGainDb, double delayMs) {
    public Loudspeaker {
        if (!(delayMs >= 0)) {
            throw new IllegalArgumentException("a loudspeaker delay cannot be negative: " + delayMs + " ms");
        }
    }

    /** A loudspeaker fed the full input without delay. */
    public static Loudspeaker at(Position position, MagnitudeResponse response) {
        return new Loudspeaker(position, response, 0.0, 0.0);
    }
}
