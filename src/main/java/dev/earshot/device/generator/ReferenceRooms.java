package dev.earshot.device.generator;

import static dev.earshot.device.generator.Shapes.bell;
import static dev.earshot.device.generator.Shapes.cascade;
import static dev.earshot.device.generator.Shapes.lowPass;
import static dev.earshot.device.generator.Shapes.resonance;
import static dev.earshot.device.generator.Shapes.resonantHighPass;

import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/** The reference profiles: calibrated studio monitors (identity) and a consumer hi-fi pair in a living room. */
public final class ReferenceRooms {
    /** 0.5 s, the longest shipped IR: the living-room tail (RT60 0.45 s) has fallen about 60 dB. */
    static final int HIFI_FRAMES = 24_000;
    /**
     * Axial modes of a 5.0 × 4.2 × 2.5 m room at f = 343 / (2·L) and multiples (34, 41, 69, 103, 137 Hz), heard on
     * the room's centre line 3 m from the front wall: the width mode at 41 Hz is a null there. Gains and Qs are our
     * modeling choice.
     */
    public static final MagnitudeResponse LIVING_ROOM_MODES = cascade(resonance(34.3, 6, 5), resonance(40.8, -7, 6),
            resonance(68.6, 5, 7), resonance(102.9, -5, 8), resonance(137.2, 3, 8));

    private ReferenceRooms() {
    }

    /** Every reference profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(studioMonitors(), hifiLivingRoom());
    }

    static ModeledDevice studioMonitors() {
        ProfileSpec spec = new ProfileSpec("studio-monitors", "Studio monitors (reference)", "reference",
                "Calibrated studio monitors in a treated room: the master as it is, to A/B against.", 83,
                List.of(StageSpec.impulseResponse()), null,
                "None: an identity IR (a single sample of 1.0), the neutral reference",
                "Assumes the master was judged on these monitors at the 83 dB SPL reference level; nothing modeled.");
        return new ModeledDevice(spec, sampleRate -> new float[][] {{1.0f}});
    }

    /** The hi-fi pair's IR model. */
    public static TrueStereoModel hifiModel() {
        MagnitudeResponse speaker = cascade(resonantHighPass(45, 0.8), bell(2500, -1, 1.0), lowPass(22_000, 2));
        List<Loudspeaker> left = List.of(Loudspeaker.at(new Position(-1.3, 2.25, -0.1), speaker));
        List<Loudspeaker> right = List.of(Loudspeaker.at(new Position(1.3, 2.25, -0.1), speaker));
        List<Reflection> reflections = List.of(new Reflection(1.8, -5), new Reflection(3.2, -7),
                new Reflection(4.2, -6), new Reflection(5.6, -8), new Reflection(8.5, -9));
        // Below about 150 Hz (the room's Schroeder frequency) the modes above stand in for the reflections.
        return new TrueStereoModel(left, right, new Position(0, 0, 0), LIVING_ROOM_MODES,
                new Reverberation(reflections, new DiffuseTail(12, -4, 0.45, 6_000, 0x41F1_0000L), 150.0),
                HIFI_FRAMES);
    }

    static ModeledDevice hifiLivingRoom() {
        ProfileSpec spec = new ProfileSpec("hifi-living-room", "Hi-fi pair in a living room", "reference",
                "A good pair of bookshelf speakers in an untreated living room, with its bass modes.", 80,
                List.of(StageSpec.impulseResponse()), null,
                "Room acoustics closed forms: axial modes at c / 2L of the room dimensions, early reflections "
                        + "from image-source path differences (no measured room)",
                "Our modeling choices: a 5.0 x 4.2 x 2.5 m room with modes at 34 (+6 dB), 41 (-7), 69 (+5), "
                        + "103 (-5) and 137 Hz (+3), speakers 2.6 m away at +-30 degrees, reflections at 1.8-8.5 ms, "
                        + "a diffuse tail with RT60 0.45 s, speakers rolling off below 45 Hz, 80 dB SPL.");
        return new ModeledDevice(spec, hifiModel());
    }
}
