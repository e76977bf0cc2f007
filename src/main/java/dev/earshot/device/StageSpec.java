package dev.earshot.device;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a profile's {@code stages} list: which processing stage runs at that point of the chain, with its
 * parameters. Values only; the DSP lives in the stage classes. Every record checks its ranges in its constructor and
 * throws an {@link IllegalArgumentException} whose message starts with the field name.
 */
public sealed interface StageSpec {
    /** Longest attack, release or look-ahead time a stage accepts, in milliseconds. */
    double MAX_TIME_MS = 5000;

    /** The {@code type} value in profile files, e.g. {@code "mono-sum"}. */
    String jsonType();

    /** The parameters in file order, keyed by their JSON names; unmodifiable, empty for {@link ImpulseResponse}. */
    Map<String, Double> parameters();

    /** Marks where the impulse-response convolution runs; without this entry it runs first. */
    record ImpulseResponse() implements StageSpec {
        public static final String TYPE = "impulse-response";

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return Map.of();
        }
    }

    /**
     * Both output channels become {@code leftGain·L + rightGain·R} (a single-speaker device uses 0.5 / 0.5).
     *
     * @param leftGain  linear weight of the left input, −4 to 4
     * @param rightGain linear weight of the right input, −4 to 4; not both zero
     */
    record MonoSum(double leftGain, double rightGain) implements StageSpec {
        public static final String TYPE = "mono-sum";

        public MonoSum {
            Fields.between("leftGain", leftGain, -4, 4);
            Fields.between("rightGain", rightGain, -4, 4);
            if (leftGain == 0 && rightGain == 0) {
                throw new InvalidFieldException("rightGain", "leftGain and rightGain must not both be 0 (silence)");
            }
        }

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return ordered("leftGain", leftGain, "rightGain", rightGain);
        }
    }

    /**
     * Scales the side signal by {@code widthPercent / 100} and keeps the mid.
     *
     * @param widthPercent 0 (mono) to 200; 100 leaves the signal unchanged
     */
    record StereoWidth(double widthPercent) implements StageSpec {
        public static final String TYPE = "stereo-width";

        public StereoWidth {
            Fields.between("widthPercent", widthPercent, 0, 200);
        }

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return ordered("widthPercent", widthPercent);
        }
    }

    /**
     * Small-speaker excursion protection: a dynamic cut below {@code cornerHz} that engages when the low band
     * exceeds {@code thresholdDbfs}, by at most {@code maxCutDb}.
     *
     * @param cornerHz      20 to 2000 Hz
     * @param thresholdDbfs −60 to 0 dBFS
     * @param maxCutDb      0 to 48 dB
     * @param attackMs      greater than 0, at most {@link #MAX_TIME_MS}
     * @param releaseMs     greater than 0, at most {@link #MAX_TIME_MS}
     */
    record BassProtection(double cornerHz, double thresholdDbfs, double maxCutDb, double attackMs, double releaseMs)
            implements StageSpec {
        public static final String TYPE = "bass-protection";

        public BassProtection {
            Fields.between("cornerHz", cornerHz, 20, 2000);
            Fields.between("thresholdDbfs", thresholdDbfs, -60, 0);
            Fields.between("maxCutDb", maxCutDb, 0, 48);
            Fields.positiveAtMost("attackMs", attackMs, MAX_TIME_MS);
            Fields.positiveAtMost("releaseMs", releaseMs, MAX_TIME_MS);
        }

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return ordered("cornerHz", cornerHz, "thresholdDbfs", thresholdDbfs, "maxCutDb", maxCutDb,
                    "attackMs", attackMs, "releaseMs", releaseMs);
        }
    }

    /**
     * Generates 2nd and 3rd harmonics of the content below {@code cutoffHz}, as phones and laptops do to fake bass.
     *
     * @param cutoffHz        20 to 1000 Hz
     * @param harmonicsGainDb level of the generated harmonics, −60 to 24 dB
     */
    record PsychoacousticBass(double cutoffHz, double harmonicsGainDb) implements StageSpec {
        public static final String TYPE = "psychoacoustic-bass";

        public PsychoacousticBass {
            Fields.between("cutoffHz", cutoffHz, 20, 1000);
            Fields.between("harmonicsGainDb", harmonicsGainDb, -60, 24);
        }

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return ordered("cutoffHz", cutoffHz, "harmonicsGainDb", harmonicsGainDb);
        }
    }

    /**
     * Output (speaker protection) limiter.
     *
     * @param ceilingDbfs −30 to 0 dBFS
     * @param lookAheadMs greater than 0, at most {@link #MAX_TIME_MS}
     * @param releaseMs   greater than 0, at most {@link #MAX_TIME_MS}
     */
    record Limiter(double ceilingDbfs, double lookAheadMs, double releaseMs) implements StageSpec {
        public static final String TYPE = "limiter";

        public Limiter {
            Fields.between("ceilingDbfs", ceilingDbfs, -30, 0);
            Fields.positiveAtMost("lookAheadMs", lookAheadMs, MAX_TIME_MS);
            Fields.positiveAtMost("releaseMs", releaseMs, MAX_TIME_MS);
        }

        @Override
        public String jsonType() {
            return TYPE;
        }

        @Override
        public Map<String, Double> parameters() {
            return ordered("ceilingDbfs", ceilingDbfs, "lookAheadMs", lookAheadMs, "releaseMs", releaseMs);
        }
    }

    private static Map<String, Double> ordered(Object... namesAndValues) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
