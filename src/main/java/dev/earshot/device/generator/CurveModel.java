package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;
import dev.earshot.dsp.MinimumPhase;
import java.util.List;

/**
 * A device heard without its room (earphones, headphones, a phone or laptop at close range): one minimum-phase IR per
 * channel, straight from a magnitude model. Levels are those of the responses (the catalogues set 0 dB at 1 kHz).
 *
 * @param channels one response (1-channel IR) or two (left, right)
 * @param frames   the IR length
 */
public record CurveModel(List<MagnitudeResponse> channels, int frames) implements ImpulseResponseModel {
    public CurveModel {
        channels = List.copyOf(channels);
        if (channels.size() != 1 && channels.size() != 2) {
            throw new IllegalArgumentException("a curve model has 1 or 2 channels, not " + channels.size());
        }
    }

    /** A single-channel model. */
    public static CurveModel mono(MagnitudeResponse response, int frames) {
        return new CurveModel(List.of(response), frames);
    }

    @Override
    public float[][] render(int sampleRate) {
        float[][] ir = new float[channels.size()][];
        for (int c = 0; c < ir.length; c++) {
            ir[c] = MinimumPhase.fromMagnitude(channels.get(c), sampleRate, frames);
        }
        return ir;
    }
}
