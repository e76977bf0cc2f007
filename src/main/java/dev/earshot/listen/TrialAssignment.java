package dev.earshot.listen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hidden part of one trial: which stimulus ({@code "A"} or {@code "B"}) sits behind each neutral slot.
 * ABX has one slot (X); preference and same/different have slots "1" and "2"; triangle has slots "1" to "3".
 *
 * @param protocol the protocol
 * @param slots    stimulus label per slot, in slot order; immutable copy
 */
public record TrialAssignment(Protocol protocol, List<String> slots) {
    public TrialAssignment {
        Objects.requireNonNull(protocol, "protocol");
        slots = List.copyOf(slots);
        if (slots.size() != protocol.slotCount()) {
            throw new IllegalArgumentException(protocol.jsonName() + " trial needs " + protocol.slotCount()
                    + " slots, got " + slots.size());
        }
        for (String s : slots) {
            if (!"A".equals(s) && !"B".equals(s)) {
                throw new IllegalArgumentException("slot must hold A or B, not '" + s + "'");
            }
        }
        if (protocol == Protocol.PREFERENCE && slots.get(0).equals(slots.get(1))) {
            throw new IllegalArgumentException("preference trial must present both stimuli");
        }
        if (protocol == Protocol.TRIANGLE && slots.stream().distinct().count() != 2) {
            throw new IllegalArgumentException("triangle trial must present both stimuli");
        }
    }

    /** The right answer, or empty for preference. */
    public Optional<String> correctAnswer() {
        return switch (protocol) {
            case ABX -> Optional.of(slots.get(0));
            case PREFERENCE -> Optional.empty();
            case TRIANGLE -> Optional.of(String.valueOf(oddSlot() + 1));
            case SAME_DIFFERENT -> Optional.of(slots.get(0).equals(slots.get(1)) ? "same" : "different");
        };
    }

    /**
     * Whether {@code answer} is right; for preference, whether stimulus A was preferred.
     *
     * @throws IllegalArgumentException if the answer is not one of {@link Protocol#answers()}
     */
    public boolean isCorrect(String answer) {
        if (!protocol.answers().contains(answer)) {
            throw new IllegalArgumentException("'" + answer + "' is not a " + protocol.jsonName()
                    + " answer; expected one of " + protocol.answers());
        }
        if (protocol == Protocol.PREFERENCE) {
            return slots.get(Integer.parseInt(answer) - 1).equals("A");
        }
        return correctAnswer().orElseThrow().equals(answer);
    }

    /** A short description for reports, e.g. "X was B" or "the odd one was slot 2 (A)". */
    public String describe() {
        return switch (protocol) {
            case ABX -> "X was " + slots.get(0);
            case PREFERENCE -> "1 was " + slots.get(0) + " and 2 was " + slots.get(1);
            case TRIANGLE -> "the odd one was slot " + (oddSlot() + 1) + " (" + slots.get(oddSlot()) + ")";
            case SAME_DIFFERENT -> "the pair was " + slots.get(0) + slots.get(1);
        };
    }

    private int oddSlot() {
        for (int i = 0; i < 3; i++) {
            if (!slots.get(i).equals(slots.get((i + 1) % 3)) && !slots.get(i).equals(slots.get((i + 2) % 3))) {
                return i;
            }
        }
        throw new IllegalStateException("no odd slot");
    }
}
