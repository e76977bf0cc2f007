package dev.earshot.device.generator;

/**
 * One early reflection, relative to the direct sound of its path.
 *
 * @param delayMs after the direct sound, in ms (cars: 1–6 ms from glass and dashboard)
 * @param gainDb  relative to the direct sound; negative
 */
public record Reflection(double delayMs, double gainDb) {
    public Reflection {
        if (!(delayMs > 0) || !(gainDb < 0)) {
            throw new IllegalArgumentException("a reflection arrives after the direct sound and is weaker, got "
                    + delayMs + " ms, " + gainDb + " dB");
        }
    }
}
