package dev.earshot.device.generator;

import java.util.List;

/**
 * A single-channel device in a room (a soundbar, a TV, a smart speaker): the sum of its acoustic paths (several when
 * a subwoofer sits elsewhere), scaled so that a centre-panned signal keeps 0 dB on average from 200 Hz to 4 kHz.
 *
 * @param paths  summed into one IR; at least one
 * @param frames the IR length
 */
public record RoomPathModel(List<AcousticPath> paths, int frames) implements ImpulseResponseModel {
    public RoomPathModel {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("a room model needs at least one path");
        }
    }

    @Override
    public float[][] render(int sampleRate) {
        double[] sum = new double[frames];
        for (AcousticPath path : paths) {
            sum = IrMath.add(sum, path.render(sampleRate, frames));
        }
        double[][] channels = {sum};
        IrMath.normalizeCentreMidBand(channels, sampleRate);
        return IrMath.toFloat(channels);
    }
}
