package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/**
 * The shipped phone profiles: microspeakers heard at arm's length (no room), with the device's own processing ahead
 * of the speaker: mono sum or narrowed stereo, bass protection, a protection limiter.
 */
public final class Phones {
    static final int FRAMES = 4_096;
    static final int LISTENING_LEVEL_DB_SPL = 70;
    /**
     * A phone's bottom speaker: the open-source simulator's phone IR points (−7 dB at 500 Hz, +2 dB at 3 kHz,
     * +3.6 dB at 8 kHz re 1 kHz) with a microspeaker's 12–14 dB/octave fall below its resonance near 700 Hz (our
     * interpolation, continued at 12 dB/octave down to 20 Hz), and our treble roll-off above 10 kHz.
     */
    public static final MagnitudeCurve BOTTOM_SPEAKER = MagnitudeCurve.of(
            20, -66, 100, -38, 200, -24, 350, -13, 500, -7, 700, -2.5, 850, -0.6, 1000, 0, 2000, 1, 3000, 2, 5000, 2.6,
            8000, 3.6, 10000, 2, 13000, -4, 16000, -14, 20000, -25);
    /** A slightly bigger landscape-phone bottom speaker: resonance nearer 600 Hz (our modeling choice). */
    public static final MagnitudeCurve LANDSCAPE_BOTTOM_SPEAKER = MagnitudeCurve.of(
            20, -62, 100, -34, 200, -21, 350, -11, 500, -6, 700, -1.8, 1000, 0, 2000, 1, 3000, 2, 5000, 2.6, 8000, 3.4,
            10000, 2, 13000, -3, 16000, -12, 20000, -22);
    /** The earpiece that doubles as the second speaker: smaller, thinner, 2 dB quieter (our modeling choice). */
    public static final MagnitudeCurve EARPIECE_SPEAKER = MagnitudeCurve.of(
            20, -74, 100, -46, 200, -32, 350, -20, 500, -13, 700, -7, 1000, -2, 2000, 0, 3000, 1, 5000, 0, 8000, -1,
            12000, -6, 16000, -16, 20000, -28);
    /** An older, smaller phone's front speaker: much steeper, resonance near 900 Hz, narrow treble. */
    public static final MagnitudeCurve OLDER_SPEAKER = MagnitudeCurve.of(
            20, -92, 100, -60, 200, -40, 400, -20, 600, -10, 800, -4, 1000, 0, 2000, 3, 3500, 5, 5000, 1, 7000, -6,
            10000, -18, 14000, -30);
    private static final String SOURCE = "Microspeakers fall off steeply below their resonance, roughly 400-800 Hz; "
            + "one open-source simulator's phone IR measures about -7 dB at 500 Hz, +2 dB at 3 kHz, +3.6 dB at 8 kHz "
            + "re 1 kHz, an older phone's front speaker much steeper (figures not independently verified)";

    private Phones() {
    }

    /** Every phone profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(portraitBottomSpeaker(), landscapeStereo(), olderSmall());
    }

    static ModeledDevice portraitBottomSpeaker() {
        ProfileSpec spec = new ProfileSpec("phone-portrait-mono", "Phone, portrait", "phone",
                "A current phone held upright at arm's length, playing through its single bottom speaker.",
                LISTENING_LEVEL_DB_SPL, List.of(StageSpec.monoSum(0.5, 0.5), StageSpec.psychoacousticBass(300, -6),
                StageSpec.bassProtection(500, -20, 12, 5, 150), StageSpec.limiter(-1, 1.5, 60),
                StageSpec.impulseResponse()), null, SOURCE,
                "Curve between the published points, the stage settings and the 70 dB SPL arm's-length level are "
                        + "our modeling choices; single speaker, so mono.");
        return new ModeledDevice(spec, CurveModel.mono(BOTTOM_SPEAKER, FRAMES));
    }

    static ModeledDevice landscapeStereo() {
        MagnitudeResponse earpiece = EARPIECE_SPEAKER;
        ProfileSpec spec = new ProfileSpec("phone-landscape-stereo", "Phone, landscape stereo", "phone",
                "A phone turned sideways for video: bottom speaker on the left, earpiece speaker on the right.",
                LISTENING_LEVEL_DB_SPL, List.of(StageSpec.stereoWidth(50), StageSpec.psychoacousticBass(280, -6),
                StageSpec.bassProtection(450, -20, 12, 5, 150), StageSpec.limiter(-1, 1.5, 60),
                StageSpec.impulseResponse()), null, SOURCE,
                "Our modeling choices: the two speakers' curves (bottom resonance near 600 Hz, earpiece thinner and "
                        + "2 dB quieter), 50 % width (speakers 15 cm apart at arm's length span about +-12 degrees), "
                        + "the stage settings and 70 dB SPL.");
        return new ModeledDevice(spec, new CurveModel(List.of(LANDSCAPE_BOTTOM_SPEAKER, earpiece), FRAMES));
    }

    static ModeledDevice olderSmall() {
        ProfileSpec spec = new ProfileSpec("phone-older-small", "Older small phone", "phone",
                "An older, smaller phone with a tiny front speaker: almost nothing below 500 Hz.",
                68, List.of(StageSpec.monoSum(0.5, 0.5), StageSpec.bassProtection(700, -18, 15, 5, 200),
                StageSpec.limiter(-1, 1.0, 50), StageSpec.impulseResponse()), null, SOURCE,
                "The steeper curve (resonance near 900 Hz, peak at 3.5 kHz, little above 7 kHz), the stages and "
                        + "68 dB SPL are our modeling choices; no psychoacoustic bass on an older device.");
        return new ModeledDevice(spec, CurveModel.mono(OLDER_SPEAKER, FRAMES));
    }
}
