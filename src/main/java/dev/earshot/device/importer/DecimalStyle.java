package dev.earshot.device.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a text export writes numbers: with a decimal point and comma thousands groups ({@code 1,000.5}, English
 * locales) or with a decimal comma and point thousands groups ({@code 1.000,5}, most European locales). A file uses
 * one style throughout; {@link Guess} finds it from the file's own numbers.
 */
enum DecimalStyle {
    POINT('.', ','),
    COMMA(',', '.');

    private final char decimalMark;
    private final char groupMark;
    private final Pattern syntax;

    DecimalStyle(char decimalMark, char groupMark) {
        this.decimalMark = decimalMark;
        this.groupMark = groupMark;
        String d = Pattern.quote(String.valueOf(decimalMark));
        String g = Pattern.quote(String.valueOf(groupMark));
        this.syntax = Pattern.compile("[+-]?(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)?(?:" + d + "\\d*)?"
                + "(?:[eE][+-]?\\d+)?");
    }

    /** Describes the style for messages: "decimal points" or "decimal commas". */
    String description() {
        return this == POINT ? "decimal points" : "decimal commas";
    }

    /**
     * The value of {@code token} in this style. Tokens that spell a non-number ({@code NaN}, {@code inf},
     * {@code -Infinity}, {@code 1.#INF}, {@code 1.#QNAN}) give NaN or ±infinity, so that the caller can say the
     * value is not finite.
     *
     * @throws NumberFormatException if the token is not a number in this style
     */
    double parse(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.contains("nan")) {
            return Double.NaN;
        }
        if (lower.contains("inf")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (!syntax.matcher(token).matches() || !hasDigit(token)) {
            throw new NumberFormatException(token);
        }
        String plain = token.replace(String.valueOf(groupMark), "").replace(decimalMark, '.');
        return Double.parseDouble(plain);
    }

    private static boolean hasDigit(String token) {
        int exponent = Math.max(token.indexOf('e'), token.indexOf('E'));
        String mantissa = exponent >= 0 ? token.substring(0, exponent) : token;
        return mantissa.chars().anyMatch(Character::isDigit);
    }

    /** What one token says about the style: POINT, COMMA, or null when it could be either (or neither). */
    static DecimalStyle evidence(String token) {
        String mantissa = token.replaceFirst("[eE][+-]?\\d+$", "").replaceFirst("^[+-]", "");
        int lastPoint = mantissa.lastIndexOf('.');
        int lastComma = mantissa.lastIndexOf(',');
        if (lastPoint >= 0 && lastComma >= 0) {
            return lastPoint > lastComma ? POINT : COMMA;
        }
        if (lastPoint < 0 && lastComma < 0) {
            return null;
        }
        char mark = lastPoint >= 0 ? '.' : ',';
        DecimalStyle markIsDecimal = mark == '.' ? POINT : COMMA;
        DecimalStyle markIsGroup = mark == '.' ? COMMA : POINT;
        int first = mantissa.indexOf(mark);
        int last = mantissa.lastIndexOf(mark);
        if (first != last) {
            return markIsGroup;
        }
        String before = mantissa.substring(0, first);
        String after = mantissa.substring(first + 1);
        boolean couldBeGroup = before.length() >= 1 && before.length() <= 3 && !before.startsWith("0")
                && after.length() == 3 && after.chars().allMatch(Character::isDigit);
        return couldBeGroup ? null : markIsDecimal;
    }

    /** Collects the evidence of a file's tokens and fails on the first token that contradicts an earlier one. */
    static final class Guess {
        private final String fileName;
        private DecimalStyle style;
        private int styleLine;
        private String styleToken;

        Guess(String fileName) {
            this.fileName = fileName;
        }

        /** Adds the evidence of {@code token} on {@code line}. */
        void add(int line, String token) throws ImportException {
            DecimalStyle seen = evidence(token);
            if (seen == null) {
                return;
            }
            if (style == null) {
                style = seen;
                styleLine = line;
                styleToken = token;
            } else if (style != seen) {
                throw ImportException.atLine(fileName, line, "'" + token + "' is written with " + seen.description()
                        + " but line " + styleLine + " ('" + styleToken + "') uses " + style.description()
                        + "; a file must use one style");
            }
        }

        /** The style found, or {@code fallback} if no token decided it. */
        DecimalStyle result(DecimalStyle fallback) {
            return style == null ? fallback : style;
        }
    }
}
