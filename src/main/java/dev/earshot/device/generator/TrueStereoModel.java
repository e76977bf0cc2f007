package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Loudspeakers in an enclosed space heard at two ears, as a 4-channel true-stereo IR (LL, LR, RL, RR; LR is the left
 * input heard at the right ear). Every loudspeaker-to-ear path gets the loudspeaker's response cascaded with the
 * space's ({@code space}: cabin gain, room modes), a head shadow when the ear faces away from the loudspeaker, a delay
 * and a 1/r level from the geometry (plus the loudspeaker's own DSP delay), and the space's reverberation, varied a
 * little per path so the paths differ. The earliest arrival is moved to time 0 and the result is scaled so that a
 * centre-panned signal keeps 0 dB on average from 200 Hz to 4 kHz.
 *
 * @param leftFeed      loudspeakers fed by the left input
 * @param rightFeed     loudspeakers fed by the right input
 * @param head          the centre of the listener's head
 * @param space         the space's own magnitude effect, applied to every path
 * @param reverberation reflections and tail of a path, relative to its direct sound
 * @param frames        the IR length
 */
public record TrueStereoModel(List<Loudspeaker> leftFeed, List<Loudspeaker> rightFeed, Position head,
                              MagnitudeResponse space, Reverberation reverberation, int frames)
        implements ImpulseResponseModel {
    /** Speed of sound at about 20 °C, in m/s. */
    public static final double SPEED_OF_SOUND_M_PER_S = 343.0;
    /** Half the distance between the ears, in metres. */
    public static final double HALF_EAR_SPACING_M = 0.075;
    /** The far ear loses this much treble behind the head (a simple shelf: our modeling choice). */
    public static final MagnitudeResponse HEAD_SHADOW = Shapes.highShelf(1_500.0, -6.0);
    /** Relative spread of a reflection's delay between paths. */
    private static final double REFLECTION_SPREAD = 0.08;

    public TrueStereoModel {
        leftFeed = List.copyOf(leftFeed);
        rightFeed = List.copyOf(rightFeed);
    }

    /** The same model in a space that adds nothing (for comparing a model with and without its cabin gain). */
    public TrueStereoModel withSpace(MagnitudeResponse newSpace) {
        return new TrueStereoModel(leftFeed, rightFeed, head, newSpace, reverberation, frames);
    }

    @Override
    public float[][] render(int sampleRate) {
        Position leftEar = new Position(head.xM() - HALF_EAR_SPACING_M, head.yM(), head.zM());
        Position rightEar = new Position(head.xM() + HALF_EAR_SPACING_M, head.yM(), head.zM());
        double earliestMs = Double.MAX_VALUE;
        for (Loudspeaker speaker : allSpeakers()) {
            earliestMs = Math.min(earliestMs, arrivalMs(speaker, leftEar));
            earliestMs = Math.min(earliestMs, arrivalMs(speaker, rightEar));
        }
        double[][] channels = {
            sumPaths(leftFeed, leftEar, false, earliestMs, 0, sampleRate),
            sumPaths(leftFeed, rightEar, true, earliestMs, 1, sampleRate),
            sumPaths(rightFeed, leftEar, false, earliestMs, 2, sampleRate),
            sumPaths(rightFeed, rightEar, true, earliestMs, 3, sampleRate),
        };
        IrMath.normalizeCentreMidBand(channels, sampleRate);
        return IrMath.toFloat(channels);
    }

    private List<Loudspeaker> allSpeakers() {
        List<Loudspeaker> all = new ArrayList<>(leftFeed);
        all.addAll(rightFeed);
        return all;
    }

    private double[] sumPaths(List<Loudspeaker> feed, Position ear, boolean rightEar, double earliestMs,
                              int pathIndex, int sampleRate) {
        double[] sum = new double[frames];
        for (int s = 0; s < feed.size(); s++) {
            Loudspeaker speaker = feed.get(s);
            double distanceM = speaker.position().distanceM(ear);
            boolean shadowed = rightEar ? speaker.position().xM() < head.xM() : speaker.position().xM() > head.xM();
            MagnitudeResponse response = speaker.response().plus(space);
            if (shadowed) {
                response = response.plus(HEAD_SHADOW);
            }
            AcousticPath path = new AcousticPath(response, arrivalMs(speaker, ear) - earliestMs,
                    speaker.feedGainDb() - 20.0 * StrictMath.log10(distanceM),
                    reverberation.variant(pathIndex * 8 + s, REFLECTION_SPREAD));
            sum = IrMath.add(sum, path.render(sampleRate, frames));
        }
        return sum;
    }

    private static double arrivalMs(Loudspeaker speaker, Position ear) {
        return speaker.delayMs() + 1000.0 * speaker.position().distanceM(ear) / SPEED_OF_SOUND_M_PER_S;
    }
}
