package dev.earshot.device.generator;

import static dev.earshot.device.generator.Shapes.bell;
import static dev.earshot.device.generator.Shapes.cascade;
import static dev.earshot.device.generator.Shapes.highPass;
import static dev.earshot.device.generator.Shapes.highShelf;
import static dev.earshot.device.generator.Shapes.lowPass;
import static dev.earshot.device.generator.Shapes.resonantHighPass;

import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;

/**
 * The shipped car profiles: the driver's seat of a left-hand-drive car, as 4-channel true-stereo IRs (the near, left
 * door speaker arrives earlier and louder than the far one), with cabin gain, glass and dashboard reflections and a
 * short, absorptive tail, plus a road-noise block at a chosen speed.
 */
public final class Cars {
    /** 0.25 s: the cabin tail has decayed by more than 60 dB well before. */
    static final int FRAMES = 12_000;
    static final int LISTENING_LEVEL_DB_SPL = 80;
    /** Below about 250 Hz a cabin is smaller than half a wavelength: a pressure field, not reflections. */
    static final double REVERBERATION_ABOVE_HZ = 250.0;
    private static final String SOURCE = "Cabin gain of about +10 to +12 dB at 30 Hz below a 50-90 Hz corner, rising "
            + "at up to 12 dB/octave (car-audio practitioners' published figures); reflections from glass and "
            + "dashboard 1-6 ms after the direct sound; interior noise at 100 km/h from 58 to 78 dB(A) (a magazine's "
            + "tests of every car it measured, 2010-2012)";
    private static final String COMMON_NOTES = "Our modeling choices: the loudspeaker responses, the seat and speaker "
            + "positions (left-hand drive, driver's seat), the head shadow (-6 dB shelf above 1.5 kHz at the far ear), "
            + "the individual reflection delays and gains, the diffuse tail, and a listening level of 80 dB SPL. "
            + "City noise at 50 km/h is assumed 9 dB below the car's 100 km/h level (tyre and road noise rising about "
            + "30 dB per decade of speed); 120 km/h is assumed 2 dB above it.";

    private Cars() {
    }

    /** Every car profile, in library order. */
    public static List<ModeledDevice> all() {
        return List.of(compactHatchback(), familySedanHighway(), familySedanCity(), suvPremium(), pickupTruckCab());
    }

    /** The hatchback's IR model (tests compare it with and without its cabin gain). */
    public static TrueStereoModel compactHatchbackModel() {
        MagnitudeResponse speaker = cascade(resonantHighPass(70, 0.9), bell(250, 2.5, 1.0), bell(1800, -3, 1.0),
                bell(4500, 3, 0.8), lowPass(14_000, 2));
        return doorPair(speaker, 0.65, 0.55, -0.45, -0.36, CabinGain.reaching(75, 11.0),
                cabinReverberation(List.of(new Reflection(1.2, -6), new Reflection(2.3, -8), new Reflection(3.4, -9),
                        new Reflection(4.4, -11), new Reflection(5.4, -13)),
                new DiffuseTail(6, -12, 0.07, 4_000, 0x4A7C_0001L)));
    }

    /** The family sedan's IR model. */
    public static TrueStereoModel familySedanModel() {
        MagnitudeResponse speaker = cascade(resonantHighPass(55, 0.8), bell(180, 2, 1.0), bell(2500, -2, 1.2),
                bell(6000, 2, 1.0), lowPass(16_000, 2));
        return doorPair(speaker, 0.72, 0.60, -0.45, -0.38, CabinGain.reaching(65, 11.0),
                cabinReverberation(List.of(new Reflection(1.4, -6), new Reflection(2.6, -8), new Reflection(3.8, -10),
                        new Reflection(4.7, -12), new Reflection(5.5, -14)),
                new DiffuseTail(6, -12, 0.08, 4_500, 0x4A7C_0002L)));
    }

    /** The SUV's IR model: door speakers crossed over at 80 Hz to a subwoofer in the cargo area. */
    public static TrueStereoModel suvPremiumModel() {
        MagnitudeResponse main = cascade(Shapes.linkwitzRileyHighPass(80), resonantHighPass(45, 0.7),
                bell(3500, -1, 1.0), highShelf(8_000, 1), lowPass(19_000, 2));
        MagnitudeResponse sub = cascade(Shapes.linkwitzRileyLowPass(80), resonantHighPass(25, 0.7));
        Position subPosition = new Position(0.0, -1.7, -0.3);
        Loudspeaker subwoofer = new Loudspeaker(subPosition, sub, -6.0 + 6.0, 0.0);
        // The system delays both door speakers by 1.9 ms, aligning the sub with the average of the two at the
        // driver's seat while keeping the seat's near/far asymmetry.
        List<Loudspeaker> left = List.of(new Loudspeaker(new Position(-0.78, 0.65, -0.40), main, 0.0, 1.9),
                subwoofer);
        List<Loudspeaker> right = List.of(new Loudspeaker(new Position(0.78, 0.65, -0.40), main, 0.0, 1.9),
                subwoofer);
        return new TrueStereoModel(left, right, new Position(-0.40, 0, 0), CabinGain.reaching(60, 10.5),
                cabinReverberation(List.of(new Reflection(1.6, -7), new Reflection(2.9, -9), new Reflection(4.1, -10),
                        new Reflection(5.0, -12), new Reflection(5.5, -14)),
                        new DiffuseTail(7, -12, 0.10, 5_000, 0x4A7C_0003L)), FRAMES);
    }

    /** The pickup's IR model. */
    public static TrueStereoModel pickupTruckCabModel() {
        MagnitudeResponse speaker = cascade(resonantHighPass(75, 1.2), bell(300, 3.5, 0.8), bell(2000, -4, 1.0),
                bell(5000, 4, 0.7), lowPass(12_000, 2));
        return doorPair(speaker, 0.70, 0.50, -0.50, -0.38, CabinGain.reaching(85, 11.5),
                cabinReverberation(List.of(new Reflection(1.1, -5), new Reflection(1.9, -7), new Reflection(2.8, -9),
                        new Reflection(3.9, -10), new Reflection(5.1, -12)),
                new DiffuseTail(5, -11, 0.09, 3_500, 0x4A7C_0004L)));
    }

    static ModeledDevice compactHatchback() {
        return car("compact-hatchback", "Compact hatchback", "Driver's seat of a small hatchback with door speakers, "
                + "at city speed.", new RoadNoise(50, 61), compactHatchbackModel(),
                "Hatchback with +11 dB cabin gain at 30 Hz (corner 75 Hz); 70 dB(A) assumed at 100 km/h.");
    }

    static ModeledDevice familySedanHighway() {
        return car("family-sedan-highway", "Family sedan, highway", "Driver's seat of a mid-size sedan with a stock "
                + "system, at 100 km/h.", new RoadNoise(100, 66), familySedanModel(),
                "Sedan with +11 dB cabin gain at 30 Hz (corner 65 Hz); 66 dB(A) at 100 km/h, mid-range of the "
                        + "published 58-78 dB(A).");
    }

    static ModeledDevice familySedanCity() {
        return car("family-sedan-city", "Family sedan, city", "The same sedan in town traffic at 50 km/h.",
                new RoadNoise(50, 57), familySedanModel(),
                "Same IR as family-sedan-highway; 57 dB(A) = its 66 dB(A) at 100 km/h minus 9 dB.");
    }

    static ModeledDevice suvPremium() {
        return car("suv-premium", "SUV with premium system", "Driver's seat of a large SUV with a branded premium "
                + "system and a cargo-area subwoofer, at 120 km/h.", new RoadNoise(120, 65), suvPremiumModel(),
                "SUV with +10.5 dB cabin gain at 30 Hz (corner 60 Hz), Linkwitz-Riley crossover at 80 Hz to a "
                        + "subwoofer tuned 6 dB hot, door speakers delayed 1.9 ms to meet the sub; "
                        + "63 dB(A) assumed at 100 km/h for a well-insulated car, plus 2 dB for 120 km/h.");
    }

    static ModeledDevice pickupTruckCab() {
        return car("pickup-truck-cab", "Pickup truck cab", "Driver's seat of a pickup's small, boomy cab with basic "
                + "door speakers, at 100 km/h.", new RoadNoise(100, 72), pickupTruckCabModel(),
                "Pickup with +11.5 dB cabin gain at 30 Hz (corner 85 Hz, a small cab); 72 dB(A) at 100 km/h, the "
                        + "loud end of the published range.");
    }

    private static ModeledDevice car(String id, String name, String description, RoadNoise noise,
                                     TrueStereoModel model, String specificNotes) {
        ProfileSpec spec = new ProfileSpec(id, name, "car", description, LISTENING_LEVEL_DB_SPL,
                List.of(StageSpec.impulseResponse()), noise, SOURCE, specificNotes + " " + COMMON_NOTES);
        return new ModeledDevice(spec, model);
    }

    /** Two door speakers at ±halfWidthM, forwardM ahead and heightM below the ears of a driver at headXM. */
    private static TrueStereoModel doorPair(MagnitudeResponse speaker, double halfWidthM, double forwardM,
                                            double heightM, double headXM, CabinGain cabin,
                                            Reverberation reverberation) {
        List<Loudspeaker> left = List.of(Loudspeaker.at(new Position(-halfWidthM, forwardM, heightM), speaker));
        List<Loudspeaker> right = List.of(Loudspeaker.at(new Position(halfWidthM, forwardM, heightM), speaker));
        return new TrueStereoModel(left, right, new Position(headXM, 0, 0), cabin, reverberation, FRAMES);
    }

    /** Reflections and tail above 250 Hz; below, the cabin is a pressure field (the cabin gain). */
    private static Reverberation cabinReverberation(List<Reflection> reflections, DiffuseTail tail) {
        return new Reverberation(reflections, tail, REVERBERATION_ABOVE_HZ);
    }
}
