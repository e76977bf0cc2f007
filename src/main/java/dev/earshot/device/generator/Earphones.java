package dev.earshot.device.generator;

import static dev.earshot.device.generator.Shapes.bell;
import static dev.earshot.device.generator.Shapes.cascade;
import static dev.earshot.device.generator.Shapes.highPass;
import static dev.earshot.device.generator.Shapes.lowPass;
import static dev.earshot.device.generator.Shapes.lowShelf;

import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/**
 * The shipped earbud and headphone profiles. Each is the device's deviation from a neutral target (0 dB = on
 * target, set to 0 dB at 1 kHz), so a master that sounds right on target-neutral playback is heard as the device
 * colours it. No room: 1-channel minimum-phase IRs.
 */
public final class Earphones {
    static final int FRAMES = 8_192;
    /** Where the published deviations are referenced. */
    static final double REFERENCE_HZ = 1_000.0;

    /**
     * Apple EarPods (oratory1990's measurement in AutoEq) minus the Harman in-ear 2019 target, both at 0 dB at 1 kHz.
     * The published points are 50 Hz −11, 100 Hz −2.9, 2.7 kHz +6.3, 5.8 kHz +8.1 and 16 kHz −3.8 dB; the points in
     * between are our interpolation.
     */
    public static final MagnitudeCurve EARPODS_DEVIATION = MagnitudeCurve.of(
            20, -16, 50, -11, 100, -2.9, 200, -0.8, 500, -0.3, 1000, 0, 1700, 2.5, 2700, 6.3, 4000, 6.0, 5800, 8.1,
            8000, 3.0, 11000, 0.5, 16000, -3.8, 20000, -8);
    /**
     * The loss of a sealed earphone through a 1 mm leak: about −14 dB at 125 Hz, growing to about −40 dB at 20 Hz.
     * Modeled as a high-pass of order 1.6 (9.6 dB/octave) with its corner at 337 Hz, which meets both figures.
     */
    public static final MagnitudeResponse LEAK = highPass(337, 1.6);

    private static final String IN_EAR_SOURCE = "oratory1990 EarPods measurement in AutoEq minus Harman in-ear 2019 "
            + "target (both 0 dB at 1 kHz): -11 dB at 50 Hz, -2.9 dB at 100 Hz, +6.3 dB at 2.7 kHz, +8.1 dB at "
            + "5.8 kHz, -3.8 dB at 16 kHz";
    private static final String LEAK_SOURCE = "Sealed earphone with a 1 mm leak: about -14 dB at 125 Hz, growing to "
            + "about -40 dB at 20 Hz (published leak figures), relative to the Harman in-ear 2019 target";

    private Earphones() {
    }

    /** Every earbud and headphone profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(stockWiredEarbuds(), trueWirelessBassBoost(), earbudsPoorSeal(), closedConsumerHeadphones(),
                openStudioHeadphones());
    }

    static ModeledDevice stockWiredEarbuds() {
        return device("earbuds-stock-wired", "Stock wired earbuds", "earbuds",
                "Unsealed stock wired earbuds of the EarPods kind: thin bass and a forward upper midrange.", 78,
                EARPODS_DEVIATION, IN_EAR_SOURCE,
                "The curve between the published points is our interpolation; 78 dB SPL listening level (commuting) "
                        + "is our assumption. EarPods do not seal, so this is also an unsealed bud.");
    }

    static ModeledDevice trueWirelessBassBoost() {
        MagnitudeResponse deviation = cascade(lowShelf(110, 7), bell(3000, 2, 1.5), bell(8500, -3, 1.0),
                lowPass(18_000, 2));
        return device("earbuds-true-wireless-bass", "True-wireless earbuds, bass boost", "earbuds",
                "Sealed true-wireless earbuds with the bass-boost preset many apps default to.", 80,
                deviation.normalizedAt(REFERENCE_HZ),
                "Harman in-ear 2019 target as the neutral reference (0 dB deviation = on target)",
                "The deviation is our modeling choice, not a measured product: +7 dB low shelf at 110 Hz (bass-boost "
                        + "preset), +2 dB at 3 kHz, -3 dB at 8.5 kHz, roll-off above 18 kHz; 80 dB SPL assumed.");
    }

    static ModeledDevice earbudsPoorSeal() {
        MagnitudeResponse deviation = LEAK.plus(bell(6000, 2, 1.0));
        return device("earbuds-poor-seal", "Earbuds with a poor seal", "earbuds",
                "Sealed in-ear buds worn with a leak: the bass drains away below a few hundred hertz.", 80,
                deviation.normalizedAt(REFERENCE_HZ), LEAK_SOURCE,
                "The leak is modeled as a 9.6 dB/octave high-pass at 337 Hz that meets the published figures; the "
                        + "earphone itself is assumed on target apart from a +2 dB bell at 6 kHz; 80 dB SPL assumed.");
    }

    static ModeledDevice closedConsumerHeadphones() {
        MagnitudeResponse deviation = cascade(bell(90, 7, 2.0), bell(2500, -3, 1.5), bell(9000, 4, 0.7),
                highPass(15, 2));
        return device("headphones-closed-consumer", "Closed consumer headphones", "headphones",
                "Closed-back consumer headphones with a broad bass hump and a sharp treble peak.", 80,
                deviation.normalizedAt(REFERENCE_HZ), "Harman over-ear 2018 target as the neutral reference "
                        + "(0 dB deviation = on target)",
                "The deviation is our modeling choice typical of the class, not a measured product: +7 dB bell at "
                        + "90 Hz two octaves wide, -3 dB at 2.5 kHz, +4 dB at 9 kHz; 80 dB SPL assumed.");
    }

    static ModeledDevice openStudioHeadphones() {
        MagnitudeResponse deviation = cascade(highPass(35, 1.2), bell(4000, -2, 1.0), bell(9500, 3, 0.6));
        return device("headphones-open-studio", "Open studio headphones", "headphones",
                "Open-back studio headphones: nearly neutral, with less sub-bass and a small treble lift.", 80,
                deviation.normalizedAt(REFERENCE_HZ), "Harman over-ear 2018 target as the neutral reference "
                        + "(0 dB deviation = on target)",
                "The deviation is our modeling choice typical of open-backs: 7 dB/octave roll-off below 35 Hz, "
                        + "-2 dB at 4 kHz, +3 dB at 9.5 kHz; 80 dB SPL assumed.");
    }

    private static ModeledDevice device(String id, String name, String category, String description,
                                        int listeningLevelDbSpl, MagnitudeResponse response, String source,
                                        String notes) {
        ProfileSpec spec = new ProfileSpec(id, name, category, description, listeningLevelDbSpl,
                List.of(StageSpec.impulseResponse()), null, source, notes);
        return new ModeledDevice(spec, CurveModel.mono(response, FRAMES));
    }
}
