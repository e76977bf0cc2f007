package dev.earshot.device.generator;

import static dev.earshot.device.generator.Shapes.bell;
import static dev.earshot.device.generator.Shapes.cascade;
import static dev.earshot.device.generator.Shapes.highPass;
import static dev.earshot.device.generator.Shapes.lowPass;
import static dev.earshot.device.generator.Shapes.lowShelf;
import static dev.earshot.device.generator.Shapes.resonantHighPass;

import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/**
 * The shipped soundbar, TV, smart-speaker and portable-speaker profiles: one loudspeaker system heard a few metres
 * away in a living room, as a 1-channel IR (the same on both channels; stereo image set by the stages).
 */
public final class Speakers {
    /** About 0.34 s: long enough for the living-room tail (RT60 0.4 s) to fall some 50 dB. */
    static final int FRAMES = 16_384;
    /** Floor, side wall, ceiling and rear wall seen from about 3 m (our modeling choice). */
    static final List<Reflection> LIVING_ROOM = List.of(new Reflection(1.5, -9), new Reflection(4.0, -11),
            new Reflection(5.5, -12), new Reflection(9.0, -14));
    /** Below this (about the Schroeder frequency of a living room) no discrete reflections are modeled. */
    static final double SCHROEDER_HZ = 150.0;
    static final DiffuseTail LIVING_ROOM_TAIL = new DiffuseTail(12, -6, 0.40, 5_000, 0x5EA4_0000L);
    /** The flat-panel TV's own speakers, shared by the normal and dialogue-enhancement profiles. */
    static final MagnitudeResponse TV_SPEAKERS = cascade(resonantHighPass(150, 1.3), bell(250, 2, 1.0),
            bell(3000, -4, 1.5), lowPass(9_000, 2));
    /** The wall behind a TV whose speakers fire backwards or down (our modeling choice). */
    static final List<Reflection> TV_ROOM = List.of(new Reflection(0.9, -6), new Reflection(1.5, -9),
            new Reflection(4.0, -11), new Reflection(5.5, -12), new Reflection(9.0, -14));

    private static final String ROOM_NOTES = " The living room (reflections at 1.5, 4.0, 5.5 and 9.0 ms, a diffuse "
            + "tail with RT60 0.4 s) is our modeling choice.";
    private static final String TV_SOURCE = "No published measurement set: built from the class's typical traits "
            + "(small drivers firing down or backwards, little below 150 Hz); living-room reflection delays from "
            + "image-source path differences";
    private static final String SPEAKER_SOURCE = "No published measurement set: built from the class's typical "
            + "traits (port or passive-radiator resonance, size-limited bass); one open-source simulator plays the "
            + "Bluetooth speaker in mono through a compressor";

    private Speakers() {
    }

    /** Every soundbar, TV, smart-speaker and portable-speaker profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(budgetSoundbar(), soundbarWithSub(), flatPanelTv(), tvDialogueMode(), miniSmartSpeaker(),
                largeSmartSpeaker(), bluetoothPortable());
    }

    static ModeledDevice budgetSoundbar() {
        MagnitudeResponse response = cascade(resonantHighPass(95, 1.1), bell(160, 3, 1.0), bell(2000, -2, 1.2),
                lowPass(16_000, 2));
        return inRoom("soundbar-budget-2-0", "Budget 2.0 soundbar", "soundbar",
                "An inexpensive two-channel soundbar under a TV, with its virtual-surround widening on.", 75,
                List.of(StageSpec.stereoWidth(130), StageSpec.limiter(-1, 2, 100), StageSpec.impulseResponse()),
                List.of(room(response, 0, 0, LIVING_ROOM, 1)), TV_SOURCE,
                "Our modeling choices: resonance 95 Hz, +3 dB box bump at 160 Hz, -2 dB at 2 kHz, 130 % width for "
                        + "the widening mode, 75 dB SPL." + ROOM_NOTES);
    }

    static ModeledDevice soundbarWithSub() {
        MagnitudeResponse mains = cascade(highPass(120, 2), resonantHighPass(70, 0.8), bell(2500, 1.5, 1.0),
                lowPass(18_000, 2));
        MagnitudeResponse sub = cascade(lowPass(120, 4), resonantHighPass(38, 0.9), bell(60, 4, 1.0));
        List<Reflection> cornerSub = List.of(new Reflection(1.0, -3), new Reflection(2.5, -5),
                new Reflection(6.0, -8));
        return inRoom("soundbar-3-1-sub", "3.1 soundbar with wireless sub", "soundbar",
                "A 3.1 soundbar with a centre channel and a wireless subwoofer placed beside the sofa.", 75,
                List.of(StageSpec.stereoWidth(110), StageSpec.limiter(-1, 2, 100), StageSpec.impulseResponse()),
                List.of(room(mains, 0, 0, LIVING_ROOM, 2), room(sub, 1.5, 2, cornerSub, 3)), TV_SOURCE,
                "Our modeling choices: crossover at 120 Hz, a sub tuned to 38 Hz with a +4 dB bump at 60 Hz and "
                        + "played 2 dB hot, arriving 1.5 ms late (imperfect wireless alignment), +1.5 dB centre "
                        + "presence, 110 % width, 75 dB SPL." + ROOM_NOTES);
    }

    static ModeledDevice flatPanelTv() {
        return inRoom("tv-flat-panel", "Flat-panel TV speakers", "tv",
                "The built-in speakers of a thin flat-panel TV, firing down and backwards.", 72,
                List.of(StageSpec.limiter(-1, 2, 100), StageSpec.impulseResponse()),
                List.of(room(TV_SPEAKERS, 0, 0, TV_ROOM, 4)), TV_SOURCE,
                "Our modeling choices: resonance 150 Hz (Q 1.3), -4 dB presence dip at 3 kHz (drivers aimed away), "
                        + "roll-off above 9 kHz, a wall bounce at 0.9 ms, 72 dB SPL." + ROOM_NOTES);
    }

    static ModeledDevice tvDialogueMode() {
        MagnitudeResponse dialogue = TV_SPEAKERS.plus(bell(2500, 5, 1.5)).plus(lowShelf(200, -4));
        return inRoom("tv-dialogue-enhancement", "TV, dialogue enhancement, late night", "tv",
                "The same TV with its dialogue-enhancement mode on, played quietly late at night.", 65,
                List.of(StageSpec.stereoWidth(70), StageSpec.bassProtection(150, -24, 6, 10, 300),
                        StageSpec.limiter(-1, 2, 150), StageSpec.impulseResponse()),
                List.of(room(dialogue, 0, 0, TV_ROOM, 4)), TV_SOURCE, // the same room (seed) as tv-flat-panel
                "Our modeling choices: the mode adds +5 dB at 2.5 kHz and a -4 dB low shelf at 200 Hz and narrows "
                        + "to 70 %; 65 dB SPL for late-night listening." + ROOM_NOTES);
    }

    static ModeledDevice miniSmartSpeaker() {
        MagnitudeResponse response = cascade(resonantHighPass(140, 1.6), bell(600, -1.5, 1.0), lowPass(11_000, 2));
        List<Reflection> shelf = List.of(new Reflection(0.6, -3), new Reflection(1.2, -4), new Reflection(4.0, -8),
                new Reflection(5.5, -9));
        return inRoom("smart-speaker-mini", "Mini smart speaker", "smart-speaker",
                "A puck-sized smart speaker on a kitchen shelf, playing mono.", 68,
                List.of(StageSpec.monoSum(0.5, 0.5), StageSpec.bassProtection(150, -18, 9, 5, 200),
                        StageSpec.limiter(-1, 2, 100), StageSpec.impulseResponse()),
                List.of(room(response, 0, 0, shelf, 6)), SPEAKER_SOURCE,
                "Our modeling choices: resonance 140 Hz with a Q of 1.6 (the small-box bump), roll-off above 11 kHz, "
                        + "shelf and wall bounces at 0.6 and 1.2 ms, 68 dB SPL." + ROOM_NOTES);
    }

    static ModeledDevice largeSmartSpeaker() {
        MagnitudeResponse response = cascade(resonantHighPass(48, 1.0), bell(70, 3, 1.2), bell(3000, 1, 1.0),
                lowPass(18_000, 2));
        return inRoom("smart-speaker-large", "Large smart speaker", "smart-speaker",
                "A large premium smart speaker in a living room, playing mono with a tuned bass bump.", 75,
                List.of(StageSpec.monoSum(0.5, 0.5), StageSpec.bassProtection(60, -12, 6, 10, 300),
                        StageSpec.limiter(-1, 2, 100), StageSpec.impulseResponse()),
                List.of(room(response, 0, 0, LIVING_ROOM, 7)), SPEAKER_SOURCE,
                "Our modeling choices: resonance 48 Hz, +3 dB bass bump at 70 Hz, roll-off above 18 kHz, "
                        + "75 dB SPL." + ROOM_NOTES);
    }

    static ModeledDevice bluetoothPortable() {
        MagnitudeResponse response = cascade(resonantHighPass(85, 1.8), bell(2500, 2, 1.0), lowPass(13_000, 3));
        List<Reflection> table = List.of(new Reflection(0.5, -2), new Reflection(4.0, -9), new Reflection(5.5, -10));
        return inRoom("portable-speaker-bluetooth", "Bluetooth portable speaker", "portable-speaker",
                "A bottle-sized Bluetooth speaker on a table, mono, squeezed by its limiter when pushed.", 78,
                List.of(StageSpec.monoSum(0.5, 0.5), StageSpec.bassProtection(120, -16, 10, 10, 200),
                        StageSpec.limiter(-1, 5, 250), StageSpec.impulseResponse()),
                List.of(room(response, 0, 0, table, 8)), SPEAKER_SOURCE,
                "Our modeling choices: passive-radiator resonance 85 Hz with a Q of 1.8, +2 dB at 2.5 kHz, "
                        + "18 dB/octave roll-off above 13 kHz, a table bounce at 0.5 ms, a slow-release (250 ms) "
                        + "limiter standing in for its compressor, 78 dB SPL." + ROOM_NOTES);
    }

    private static AcousticPath room(MagnitudeResponse response, double delayMs, double gainDb,
                                     List<Reflection> reflections, long seedOffset) {
        return new AcousticPath(response, delayMs, gainDb, new Reverberation(reflections,
                LIVING_ROOM_TAIL.withSeed(LIVING_ROOM_TAIL.seed() + seedOffset), SCHROEDER_HZ));
    }

    private static ModeledDevice inRoom(String id, String name, String category, String description,
                                        int listeningLevelDbSpl, List<StageSpec> stages, List<AcousticPath> paths,
                                        String source, String notes) {
        ProfileSpec spec = new ProfileSpec(id, name, category, description, listeningLevelDbSpl, stages, null,
                source, notes);
        return new ModeledDevice(spec, new RoomPathModel(paths, FRAMES));
    }
}
