package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;
import dev.earshot.dsp.MinimumPhase;
import java.util.List;

/**
 * One path from a loudspeaker to an ear: the minimum-phase response of the source (and of the space around it)
 * arriving after {@code delayMs} with {@code gainDb}, followed by the space's reverberation (early reflections and a
 * diffuse tail, high-passed at {@link Reverberation#aboveHz()}), each a delayed, scaled copy of the same response
 * (reflections are not filtered further: a modeling simplification).
 *
 * @param response      the magnitude of the source as heard along this path
 * @param delayMs       arrival time of the direct sound, in ms, at least 0 (rounded to whole frames)
 * @param gainDb        level of the direct sound
 * @param reverberation what follows the direct sound
 */
public record AcousticPath(MagnitudeResponse response, double delayMs, double gainDb, Reverberation reverberation) {
    /** Long enough for the reverberation's 2nd-order high-pass (above 100 Hz) to settle. */
    private static final int HIGH_PASS_FRAMES = 4_096;

    public AcousticPath {
        if (!(delayMs >= 0)) {
            throw new IllegalArgumentException("a path cannot arrive before it leaves: " + delayMs + " ms");
        }
    }

    /** A path with only the direct sound, at 0 ms and 0 dB. */
    public static AcousticPath direct(MagnitudeResponse response) {
        return new AcousticPath(response, 0.0, 0.0, Reverberation.NONE);
    }

    /**
     * Renders the path as an FIR of {@code frames} samples (anything later is cut off).
     *
     * @return a new array owned by the caller
     */
    public double[] render(int sampleRate, int frames) {
        double[] source = MinimumPhase.design(response, sampleRate, frames);
        double[] pattern = new double[frames];
        int directFrame = frame(delayMs, sampleRate);
        if (directFrame >= frames) {
            return pattern;
        }
        double directGain = decibelsToGain(gainDb);
        pattern[directFrame] = directGain;
        if (!reverberation.isEmpty()) {
            double[] early = new double[frames];
            for (Reflection reflection : reverberation.reflections()) {
                int at = directFrame + frame(reflection.delayMs(), sampleRate);
                if (at < frames) {
                    early[at] += directGain * decibelsToGain(reflection.gainDb());
                }
            }
            if (reverberation.tail() != null) {
                double[] tail = new double[frames];
                reverberation.tail().addTo(tail, directFrame, sampleRate);
                for (int i = 0; i < frames; i++) {
                    early[i] += directGain * tail[i];
                }
            }
            double[] highPass = MinimumPhase.design(Shapes.highPass(reverberation.aboveHz(), 2), sampleRate,
                    Math.min(frames, HIGH_PASS_FRAMES));
            pattern = IrMath.add(pattern, IrMath.convolve(early, highPass, frames));
        }
        return IrMath.convolve(source, pattern, frames);
    }

    private static int frame(double milliseconds, int sampleRate) {
        return (int) StrictMath.round(milliseconds * sampleRate / 1000.0);
    }

    static double decibelsToGain(double gainDb) {
        return StrictMath.pow(10.0, gainDb / 20.0);
    }
}
