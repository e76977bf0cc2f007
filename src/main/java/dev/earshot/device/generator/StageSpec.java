package dev.earshot.device.generator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a profile's {@code stages} list as the generators write it: a type and its parameters, in the order of
 * the profile schema. Immutable.
 *
 * @param type       the stage type, e.g. {@code limiter}
 * @param parameters name to value, in schema order
 */
public record StageSpec(String type, Map<String, Double> parameters) {
    public StageSpec {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Marks where the IR convolution runs. */
    public static StageSpec impulseResponse() {
        return new StageSpec("impulse-response", Map.of());
    }

    /** Both outputs become leftGain·L + rightGain·R (0.5 / 0.5 for a single loudspeaker). */
    public static StageSpec monoSum(double leftGain, double rightGain) {
        return of("mono-sum", "leftGain", leftGain, "rightGain", rightGain);
    }

    /** The side signal scaled by widthPercent / 100, mid kept. */
    public static StageSpec stereoWidth(double widthPercent) {
        return of("stereo-width", "widthPercent", widthPercent);
    }

    /** A level-dependent cut below {@code cornerHz} (small-speaker excursion protection). */
    public static StageSpec bassProtection(double cornerHz, double thresholdDbfs, double maxCutDb, double attackMs,
                                           double releaseMs) {
        return of("bass-protection", "cornerHz", cornerHz, "thresholdDbfs", thresholdDbfs, "maxCutDb", maxCutDb,
                "attackMs", attackMs, "releaseMs", releaseMs);
    }

    /** Harmonics of content below {@code cutoffHz}, as phones and laptops add to fake bass. */
    public static StageSpec psychoacousticBass(double cutoffHz, double harmonicsGainDb) {
        return of("psychoacoustic-bass", "cutoffHz", cutoffHz, "harmonicsGainDb", harmonicsGainDb);
    }

    /** The device's output (speaker protection) limiter. */
    public static StageSpec limiter(double ceilingDbfs, double lookAheadMs, double releaseMs) {
        return of("limiter", "ceilingDbfs", ceilingDbfs, "lookAheadMs", lookAheadMs, "releaseMs", releaseMs);
    }

    private static StageSpec of(String type, Object... namesAndValues) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], (Double) namesAndValues[i + 1]);
        }
        return new StageSpec(type, parameters);
    }
}
