package dev.earshot.analysis;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The frequency bands findings talk about (REFERENCE.md section 6), each [lowHz, highHz). */
public enum Band {
    SUB(20, 60),
    BASS(60, 250),
    LOW_MID(250, 2000),
    PRESENCE(2000, 6000),
    AIR(6000, 20000);

    private final double lowHz;
    private final double highHz;

    Band(double lowHz, double highHz) {
        this.lowHz = lowHz;
        this.highHz = highHz;
    }

    /** Lower edge in Hz (inclusive). */
    public double lowHz() {
        return lowHz;
    }

    /** Upper edge in Hz (exclusive). */
    public double highHz() {
        return highHz;
    }

    /**
     * An unmodifiable copy of {@code values}, which must hold a value for every band.
     *
     * @param name the field being checked, for the message
     * @throws IllegalArgumentException if a band is missing or null
     */
    static Map<Band, Double> completeCopy(String name, Map<Band, Double> values) {
        EnumMap<Band, Double> copy = new EnumMap<>(Band.class);
        copy.putAll(values);
        if (copy.size() != values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException(name + " must hold a value for every band, got " + values.keySet());
        }
        return Collections.unmodifiableMap(copy);
    }
}
