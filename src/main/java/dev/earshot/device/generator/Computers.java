package dev.earshot.device.generator;

import static dev.earshot.device.generator.Shapes.bell;
import static dev.earshot.device.generator.Shapes.cascade;
import static dev.earshot.device.generator.Shapes.highPass;
import static dev.earshot.device.generator.Shapes.lowPass;
import static dev.earshot.device.generator.Shapes.resonantHighPass;

import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/**
 * The shipped laptop and tablet profiles: small speakers at a desk distance (no room), narrowed stereo, bass
 * limiting, psychoacoustic bass on the thin laptop.
 */
public final class Computers {
    static final int FRAMES = 4_096;
    static final double REFERENCE_HZ = 1_000.0;
    /** A thin laptop's down-firing speakers: falls below about 380 Hz, loses the treble above about 7 kHz. */
    public static final MagnitudeResponse THIN_DOWN_FIRING = cascade(resonantHighPass(380, 1.2), highPass(200, 1),
            bell(1200, 1.5, 1.5), bell(4500, 2, 1.0), lowPass(7_500, 3)).normalizedAt(REFERENCE_HZ);
    private static final String SOURCE = "Laptop speakers fall off below roughly 200-400 Hz; down-firing designs "
            + "lose treble above about 7 kHz; many apply bass limiting (published device figures)";

    private Computers() {
    }

    /** Every laptop and tablet profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(thinLaptop(), largeLaptop(), tablet());
    }

    static ModeledDevice thinLaptop() {
        ProfileSpec spec = new ProfileSpec("laptop-thin-down-firing", "Thin laptop", "laptop",
                "A thin laptop whose speakers fire down onto the desk: no bass, dull treble.", 68,
                List.of(StageSpec.stereoWidth(40), StageSpec.psychoacousticBass(250, -8),
                        StageSpec.bassProtection(300, -20, 12, 5, 150), StageSpec.limiter(-1, 1.5, 80),
                        StageSpec.impulseResponse()), null, SOURCE,
                "Our modeling choices: resonance 380 Hz (Q 1.2) plus a 6 dB/octave extra fall, -3 dB near 7.5 kHz "
                        + "at 18 dB/octave, small mid bumps, 40 % width (speakers about 28 cm apart at 60 cm), "
                        + "the stage settings and 68 dB SPL.");
        return new ModeledDevice(spec, CurveModel.mono(THIN_DOWN_FIRING, FRAMES));
    }

    static ModeledDevice largeLaptop() {
        MagnitudeResponse response = cascade(resonantHighPass(170, 1.0), highPass(100, 1), bell(900, -2, 1.5),
                bell(5000, 1.5, 1.0), lowPass(17_000, 2)).normalizedAt(REFERENCE_HZ);
        ProfileSpec spec = new ProfileSpec("laptop-large", "Large laptop", "laptop",
                "A 16-inch laptop with larger side-firing woofers: thin but usable bass, clear treble.", 70,
                List.of(StageSpec.stereoWidth(60), StageSpec.bassProtection(180, -18, 9, 5, 150),
                        StageSpec.limiter(-1, 1.5, 80), StageSpec.impulseResponse()), null, SOURCE,
                "Our modeling choices: resonance 170 Hz with a 6 dB/octave extra fall, -2 dB mid dip, +1.5 dB at "
                        + "5 kHz, 60 % width, the stage settings and 70 dB SPL.");
        return new ModeledDevice(spec, CurveModel.mono(response, FRAMES));
    }

    static ModeledDevice tablet() {
        MagnitudeResponse response = cascade(resonantHighPass(420, 1.1), highPass(150, 1), bell(2500, 2.5, 1.0),
                lowPass(14_000, 2)).normalizedAt(REFERENCE_HZ);
        ProfileSpec spec = new ProfileSpec("tablet-landscape", "Tablet", "tablet",
                "A 10-inch tablet in landscape with speakers on the short edges.", 70,
                List.of(StageSpec.stereoWidth(50), StageSpec.bassProtection(400, -20, 12, 5, 150),
                        StageSpec.limiter(-1, 1.5, 60), StageSpec.impulseResponse()), null,
                "Tablet speakers are phone-class microspeakers in a larger chassis; phone and laptop figures as "
                        + "published (resonance roughly 400-800 Hz, fall below 200-400 Hz)",
                "Our modeling choices: resonance 420 Hz (Q 1.1) with a 6 dB/octave extra fall, +2.5 dB at 2.5 kHz, "
                        + "roll-off above 14 kHz, 50 % width, the stage settings and 70 dB SPL.");
        return new ModeledDevice(spec, CurveModel.mono(response, FRAMES));
    }
}
