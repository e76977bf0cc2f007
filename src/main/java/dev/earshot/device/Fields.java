package dev.earshot.device;

import java.util.Locale;

/** Range and shape checks shared by the profile records; each failure is an {@link InvalidFieldException}. */
final class Fields {
    private Fields() {
    }

    /** Checks {@code min <= value <= max} (which also rejects NaN) and returns {@code value}. */
    static double between(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new InvalidFieldException(field, "must be between " + number(min) + " and " + number(max)
                    + ", got " + number(value));
        }
        return value;
    }

    /** Checks {@code 0 < value <= max} and returns {@code value}. */
    static double positiveAtMost(String field, double value, double max) {
        if (!(value > 0 && value <= max)) {
            throw new InvalidFieldException(field, "must be greater than 0 and at most " + number(max)
                    + ", got " + number(value));
        }
        return value;
    }

    /** Checks that {@code value} is present, not blank and on one line, and returns it. */
    static String text(String field, String value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (value.isBlank()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        return oneLine(field, value);
    }

    /** Checks that {@code value} is present and holds no control characters (it may be empty), and returns it. */
    static String oneLine(String field, String value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidFieldException(field, "must be one line without control characters");
            }
        }
        return value;
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidFieldException(field, "is required");
        }
        return value;
    }

    /**
     * Formats a number as the profile files write it: integral values without a fraction ({@code 80}, {@code -1}),
     * others in Java's shortest round-trip form ({@code 0.5}, {@code 1.0E-4}, both valid JSON). Non-finite values
     * (only ever in messages) print as {@code NaN} / {@code Infinity}.
     */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
                return "-0.0";
            }
            return String.format(Locale.ROOT, "%d", (long) value);
        }
        return Double.toString(value);
    }
}
