package dev.earshot.listen;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The blind-test protocols. Each names the answers a listener may give and the chance of a correct answer when
 * guessing. Answers are neutral tokens: {@code "A"}/{@code "B"} for ABX (what X is), {@code "1"}/{@code "2"} for
 * preference (the preferred slot), {@code "1"}/{@code "2"}/{@code "3"} for triangle (the odd slot) and
 * {@code "same"}/{@code "different"} for same/different.
 */
public enum Protocol {
    /** X is A or B; the listener says which. Chance ½. */
    ABX("abx", 0.5, List.of("A", "B")),
    /** Two hidden slots "1" and "2" hold A and B in random order; the listener picks one. No right answer. */
    PREFERENCE("preference", Double.NaN, List.of("1", "2")),
    /** Three slots, two alike and one odd; the listener names the odd slot. Chance ⅓. */
    TRIANGLE("triangle", 1.0 / 3.0, List.of("1", "2", "3")),
    /** Two slots holding the same stimulus twice or both stimuli; the listener says which. Chance ½. */
    SAME_DIFFERENT("same-different", 0.5, List.of("same", "different"));

    private final String jsonName;
    private final double chanceLevel;
    private final List<String> answers;

    Protocol(String jsonName, double chanceLevel, List<String> answers) {
        this.jsonName = jsonName;
        this.chanceLevel = chanceLevel;
        this.answers = answers;
    }

    /** The name used in the session log and on the command line, e.g. {@code "same-different"}. */
    public String jsonName() {
        return jsonName;
    }

    /** Probability of a correct answer by guessing, in 0..1; empty for preference, which has no right answer. */
    public OptionalDouble chanceLevel() {
        return Double.isNaN(chanceLevel) ? OptionalDouble.empty() : OptionalDouble.of(chanceLevel);
    }

    /** Whether answers are scored right or wrong (false only for preference). */
    public boolean isScored() {
        return !Double.isNaN(chanceLevel);
    }

    /** The answers a listener may give, in display order. */
    public List<String> answers() {
        return answers;
    }

    /** Number of hidden slots a trial presents: 1 (X) for ABX, 3 for triangle, 2 otherwise. */
    public int slotCount() {
        return switch (this) {
            case ABX -> 1;
            case TRIANGLE -> 3;
            case PREFERENCE, SAME_DIFFERENT -> 2;
        };
    }

    /**
     * The protocol with this JSON name.
     *
     * @throws IllegalArgumentException naming the unknown value and the accepted ones
     */
    public static Protocol fromJsonName(String name) {
        for (Protocol p : values()) {
            if (p.jsonName.equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + name
                + "': expected abx, preference, triangle or same-different");
    }
}
