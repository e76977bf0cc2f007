package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Any valid profile writes to text that reads back to an equal profile (doubles bit for bit) and writes again to the
 * same text. Values are drawn from each field's whole range, including integral, tiny and many-digit numbers.
 */
class ProfileRoundTripProperties {
    private static final ProfileCategory[] CATEGORIES = ProfileCategory.values();

    @Property(tries = 500, seed = "20261125")
    void randomProfilesRoundTripExactly(@ForAll long seed) throws ProfileException {
        Random random = new Random(seed);
        PlaybackProfile profile = randomProfile(random);
        String text = ProfileCodec.write(profile);
        PlaybackProfile read = ProfileCodec.parse(text, ProfileCodec.fileNameOf(profile));
        assertEquals(profile, read);
        assertEquals(text, ProfileCodec.write(read));
    }

    private static PlaybackProfile randomProfile(Random random) {
        List<StageSpec> stages = new ArrayList<>();
        int count = random.nextInt(7);
        for (int i = 0; i < count; i++) {
            stages.add(switch (random.nextInt(5)) {
                case 0 -> new StageSpec.MonoSum(value(random, -4, 4), value(random, 0.001, 4));
                case 1 -> new StageSpec.StereoWidth(value(random, 0, 200));
                case 2 -> new StageSpec.BassProtection(value(random, 20, 2000), value(random, -60, 0),
                        value(random, 0, 48), value(random, 1e-3, 5000), value(random, 1e-3, 5000));
                case 3 -> new StageSpec.PsychoacousticBass(value(random, 20, 1000), value(random, -60, 24));
                default -> new StageSpec.Limiter(value(random, -30, 0), value(random, 1e-3, 5000),
                        value(random, 1e-3, 5000));
            });
        }
        if (random.nextBoolean()) {
            stages.add(random.nextInt(stages.size() + 1), new StageSpec.ImpulseResponse());
        }
        NoiseSpec noise = random.nextBoolean() ? null
                : new NoiseSpec(NoiseSpec.ROAD, value(random, 0, 250), value(random, 30, 100));
        boolean imported = random.nextBoolean();
        Provenance provenance = new Provenance(imported ? Provenance.Kind.IMPORTED : Provenance.Kind.MODELED,
                text(random, 1 + random.nextInt(40)), text(random, random.nextInt(40)),
                imported ? "%064x".formatted(random.nextLong() & Long.MAX_VALUE) : null,
                imported ? LocalDate.ofEpochDay(random.nextInt(40_000)) : null);
        String id = "device-" + random.nextInt(1000);
        return new PlaybackProfile(id, text(random, 1 + random.nextInt(30)),
                CATEGORIES[random.nextInt(CATEGORIES.length)], text(random, random.nextInt(80)), id + ".wav",
                value(random, 20, 100), stages, noise, provenance);
    }

    /** Integral, short-decimal or full-precision values in [min, max], so every number form is written. */
    private static double value(Random random, double min, double max) {
        double uniform = min + random.nextDouble() * (max - min);
        double value = switch (random.nextInt(3)) {
            case 0 -> Math.rint(uniform);
            case 1 -> Math.rint(uniform * 100) / 100;
            default -> uniform;
        };
        return Math.max(min, Math.min(max, value));
    }

    /** Text with quotes, backslashes, non-ASCII letters and an astral character, never blank or multi-line. */
    private static String text(Random random, int length) {
        String alphabet = "aZ 9\"\\/'é✓😀<>&";
        StringBuilder text = new StringBuilder("x");
        while (text.length() < length) {
            text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                    random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        return text.toString();
    }
}
