package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Damaged profile text: every outcome is a valid profile (which then writes and re-reads to itself) or one
 * {@link ProfileException} whose single-line message starts with the file name. Any other exception fails the run.
 */
class ProfileTextMutationProperties {
    private static final String TEXT = ProfileFixtures.FULL_TEXT;
    private static final String FILE = ProfileFixtures.FILE;
    private static final String[] REPLACEMENT_VALUES = {"\"x\"", "\"\"", "0", "-1", "1e999", "-0", "250", "true",
        "null", "[]", "{}", "[{}]", "{\"type\": \"limiter\"}", "\"../x.wav\"", "\"car\"", "0.5", "\"\\u0000\""};

    private static final String INSERTED_CHARS = "{}[],:\"\\ 0-.eaZ\u00e9\t";

    enum Mutation { DELETE_CHAR, INSERT_CHAR, DUPLICATE_LINE, DELETE_LINE, CHANGE_VALUE, TRUNCATE }

    /** 1 500 tries × one to three mutations each; the seed is fixed so a failure repeats. */
    @Property(tries = 1_500, seed = "20261125")
    void mutatedTextGivesAProfileOrOneNamedError(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int count) {
        Random random = new Random(seed);
        String text = TEXT;
        for (int i = 0; i < count; i++) {
            text = mutate(text, Mutation.values()[random.nextInt(Mutation.values().length)], random);
        }
        PlaybackProfile profile;
        try {
            profile = ProfileCodec.parse(text, FILE);
        } catch (ProfileException e) {
            assertTrue(e.getMessage().startsWith(FILE + ": "), e.getMessage());
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
            return;
        }
        try {
            assertEquals(profile, ProfileCodec.parse(ProfileCodec.write(profile), FILE));
        } catch (ProfileException e) {
            throw new AssertionError("a valid profile must write to valid text: " + e.getMessage(), e);
        }
    }

    /** Guards the property above against mutations that only ever break the text (or never do). */
    @Property(tries = 1)
    void singleMutationsGiveBothValidProfilesAndErrors() {
        Random random = new Random(20261125);
        int valid = 0;
        int invalid = 0;
        for (int i = 0; i < 600; i++) {
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            try {
                ProfileCodec.parse(mutate(TEXT, mutation, random), FILE);
                valid++;
            } catch (ProfileException e) {
                invalid++;
            }
        }
        assertTrue(valid >= 30 && invalid >= 300, valid + " valid, " + invalid + " invalid");
    }

    private static String mutate(String text, Mutation mutation, Random random) {
        if (text.isEmpty()) {
            return text;
        }
        int at = random.nextInt(text.length());
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        return switch (mutation) {
            case DELETE_CHAR -> text.substring(0, at) + text.substring(at + 1);
            case INSERT_CHAR -> text.substring(0, at) + INSERTED_CHARS.charAt(random.nextInt(INSERTED_CHARS.length()))
                    + text.substring(at);
            case DUPLICATE_LINE -> {
                lines.add(line, lines.get(line));
                yield String.join("\n", lines);
            }
            case DELETE_LINE -> {
                lines.remove(line);
                yield String.join("\n", lines);
            }
            case CHANGE_VALUE -> changeValue(text, random);
            case TRUNCATE -> text.substring(0, at);
        };
    }

    /** Replaces the value after a randomly chosen {@code ": "} by a value of another JSON type or range. */
    private static String changeValue(String text, Random random) {
        List<Integer> colons = new ArrayList<>();
        for (int i = text.indexOf(": "); i >= 0; i = text.indexOf(": ", i + 1)) {
            colons.add(i + 2);
        }
        if (colons.isEmpty()) {
            return text;
        }
        int start = colons.get(random.nextInt(colons.size()));
        int end = start;
        if (end < text.length() && text.charAt(end) == '"') {
            end = text.indexOf('"', end + 1);
            while (end > 0 && text.charAt(end - 1) == '\\') {
                end = text.indexOf('"', end + 1);
            }
            end = end < 0 ? text.length() : end + 1;
        } else {
            while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
        }
        return text.substring(0, start) + REPLACEMENT_VALUES[random.nextInt(REPLACEMENT_VALUES.length)]
                + text.substring(end);
    }
}
