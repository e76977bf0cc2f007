package dev.earshot.device;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A valid profile in model and text form, and impulse-response WAVs written for the tests. */
final class ProfileFixtures {
    static final String ID = "compact-hatchback";
    static final String FILE = ID + ".json";

    /** Every field and every stage type, in the exact layout {@link ProfileCodec#write} produces. */
    static final String FULL_TEXT = """
            {
              "id": "compact-hatchback",
              "name": "Compact hatchback",
              "category": "car",
              "description": "Driver's seat of a small car with door woofers and dash tweeters.",
              "impulseResponse": "compact-hatchback.wav",
              "listeningLevelDbSpl": 80,
              "stages": [
                {"type": "mono-sum", "leftGain": 0.5, "rightGain": 0.5},
                {"type": "impulse-response"},
                {"type": "stereo-width", "widthPercent": 60},
                {"type": "bass-protection", "cornerHz": 120, "thresholdDbfs": -12, "maxCutDb": 9, \
            "attackMs": 5, "releaseMs": 150},
                {"type": "psychoacoustic-bass", "cutoffHz": 150, "harmonicsGainDb": -6.5},
                {"type": "limiter", "ceilingDbfs": -1, "lookAheadMs": 2, "releaseMs": 80}
              ],
              "noise": {"type": "road", "speedKmh": 100, "levelDbA": 68},
              "provenance": {
                "kind": "imported",
                "source": "REW measurement \\"car 1\\", driver's seat",
                "notes": "Reflection gains are our own assumption.",
                "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "date": "2026-11-25"
              }
            }
            """;

    /** The smallest valid profile: only the required fields. */
    static final String MINIMAL_TEXT = """
            {
              "id": "compact-hatchback",
              "name": "Compact hatchback",
              "category": "car",
              "impulseResponse": "compact-hatchback.wav",
              "provenance": {"kind": "modeled", "source": "Published cabin figures", "notes": ""}
            }
            """;

    private ProfileFixtures() {
    }

    static PlaybackProfile fullProfile() {
        return new PlaybackProfile(ID, "Compact hatchback", ProfileCategory.CAR,
                "Driver's seat of a small car with door woofers and dash tweeters.", ID + ".wav", 80,
                List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse(),
                        new StageSpec.StereoWidth(60), new StageSpec.BassProtection(120, -12, 9, 5, 150),
                        new StageSpec.PsychoacousticBass(150, -6.5), new StageSpec.Limiter(-1, 2, 80)),
                new NoiseSpec(NoiseSpec.ROAD, 100, 68),
                new Provenance(Provenance.Kind.IMPORTED, "REW measurement \"car 1\", driver's seat",
                        "Reflection gains are our own assumption.",
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        LocalDate.of(2026, 11, 25)));
    }

    /** A minimal valid profile with this id whose IR is {@code irName}. */
    static String minimalText(String id, String irName) {
        return MINIMAL_TEXT.replace("\"" + ID + "\"", "\"" + id + "\"")
                .replace(ID + ".wav", irName);
    }

    /**
     * Writes a 32-bit float WAV at 48 kHz: a unit impulse at frame 0 of every channel followed by {@code frames - 1}
     * zeros, so every path has 0 dB white-noise gain.
     */
    static Path writeImpulse(Path file, int channels, int frames) throws IOException {
        float[][] samples = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            samples[c][0] = 1f;
        }
        return writeWav(file, samples);
    }

    /** Writes {@code samples} (one row per channel) as a 32-bit float WAV at 48 kHz. */
    static Path writeWav(Path file, float[][] samples) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (WavWriter writer = WavWriter.create(file, 48_000, samples.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(samples, samples[0].length);
            writer.commit();
        }
        return file;
    }
}
