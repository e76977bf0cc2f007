package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrialScheduleTest {
    private static final int SEEDS = 2000;
    private static final int TRIALS = 16;

    private static byte[] seed(long n) {
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        new SplittableRandom(n).nextBytes(seed);
        return seed;
    }

    private static byte[] countingSeed() {
        byte[] seed = new byte[32];
        for (int i = 0; i < 32; i++) {
            seed[i] = (byte) i;
        }
        return seed;
    }

    private static String joined(List<TrialAssignment> schedule) {
        return schedule.stream().map(a -> String.join("", a.slots())).collect(Collectors.joining(" "));
    }

    @Test
    void commitmentIsSha256OfTheSeed() {
        // Published SHA-256 of 32 zero bytes.
        assertEquals("66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925",
                TrialSchedule.commitment(new byte[32]));
    }

    @Test
    void scheduleMatchesAnIndependentImplementationOfTheDefinition() {
        // Expected strings computed with Python's hashlib from the definition in TrialSchedule's Javadoc.
        byte[] seed = countingSeed();
        assertEquals("B A A A B A A A B A B B", joined(TrialSchedule.derive(seed, Protocol.ABX, 12)));
        assertEquals("BA AB AB AB BA AB AB AB BA AB BA BA",
                joined(TrialSchedule.derive(seed, Protocol.PREFERENCE, 12)));
        assertEquals("BAA BAB BBA BAB BAA BAB BAB BBA ABA BAB BAA AAB",
                joined(TrialSchedule.derive(seed, Protocol.TRIANGLE, 12)));
        assertEquals("BB AA AA AB BA AB AA AA BB AA BA BA",
                joined(TrialSchedule.derive(seed, Protocol.SAME_DIFFERENT, 12)));
    }

    @Test
    void sameSeedAlwaysGivesTheSameSchedule() {
        for (Protocol p : Protocol.values()) {
            for (int s = 0; s < 20; s++) {
                assertEquals(TrialSchedule.derive(seed(s), p, 40), TrialSchedule.derive(seed(s).clone(), p, 40));
                assertEquals(TrialSchedule.derive(seed(s), p, 40).get(7), TrialSchedule.assignment(seed(s), p, 8));
            }
        }
        assertNotEquals(TrialSchedule.derive(seed(1), Protocol.ABX, 40),
                TrialSchedule.derive(seed(2), Protocol.ABX, 40));
    }

    @Test
    void abxHiddenXIsBalancedOverManySeeds() {
        int[] counts = new int[2];
        for (int s = 0; s < SEEDS; s++) {
            for (TrialAssignment a : TrialSchedule.derive(seed(s), Protocol.ABX, TRIALS)) {
                counts[a.slots().get(0).equals("A") ? 0 : 1]++;
            }
        }
        // 99 % point for 1 degree of freedom: a fair schedule fails with probability 0.01; seeds are fixed, so the
        // outcome is the same on every run.
        assertTrue(chiSquare(counts) < 6.63, "chi2 " + chiSquare(counts));
    }

    @Test
    void preferenceOrderIsBalancedOverManySeeds() {
        int[] counts = new int[2];
        for (int s = 0; s < SEEDS; s++) {
            for (TrialAssignment a : TrialSchedule.derive(seed(s), Protocol.PREFERENCE, TRIALS)) {
                counts[a.slots().get(0).equals("A") ? 0 : 1]++;
            }
        }
        assertTrue(chiSquare(counts) < 6.63, "chi2 " + chiSquare(counts));
    }

    @Test
    void triangleOddPositionIsUniformAndOddStimulusBalanced() {
        int[] positions = new int[3];
        int[] oddLabel = new int[2];
        for (int s = 0; s < SEEDS; s++) {
            for (TrialAssignment a : TrialSchedule.derive(seed(s), Protocol.TRIANGLE, TRIALS)) {
                int odd = Integer.parseInt(a.correctAnswer().orElseThrow()) - 1;
                positions[odd]++;
                oddLabel[a.slots().get(odd).equals("A") ? 0 : 1]++;
            }
        }
        // 99 % points: 9.21 for 2 degrees of freedom, 6.63 for 1.
        assertTrue(chiSquare(positions) < 9.21, "positions chi2 " + chiSquare(positions));
        assertTrue(chiSquare(oddLabel) < 6.63, "odd label chi2 " + chiSquare(oddLabel));
    }

    @Test
    void sameDifferentPairsAreUniform() {
        List<String> kinds = List.of("AA", "BB", "AB", "BA");
        int[] counts = new int[4];
        for (int s = 0; s < SEEDS; s++) {
            for (TrialAssignment a : TrialSchedule.derive(seed(s), Protocol.SAME_DIFFERENT, TRIALS)) {
                counts[kinds.indexOf(String.join("", a.slots()))]++;
            }
        }
        assertTrue(chiSquare(counts) < 11.34, "chi2 " + chiSquare(counts)); // 99 % point, 3 degrees of freedom
    }

    @Test
    void rejectsSeedsOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> TrialSchedule.derive(new byte[16], Protocol.ABX, 4));
        assertThrows(IllegalArgumentException.class, () -> TrialSchedule.assignment(new byte[32], Protocol.ABX, 0));
    }

    @Test
    void answersAreScoredAgainstTheHiddenSlots() {
        TrialAssignment abx = new TrialAssignment(Protocol.ABX, List.of("B"));
        assertTrue(abx.isCorrect("B"));
        assertEquals(false, abx.isCorrect("A"));
        TrialAssignment triangle = new TrialAssignment(Protocol.TRIANGLE, List.of("A", "B", "A"));
        assertTrue(triangle.isCorrect("2"));
        TrialAssignment sd = new TrialAssignment(Protocol.SAME_DIFFERENT, List.of("B", "B"));
        assertTrue(sd.isCorrect("same"));
        TrialAssignment pref = new TrialAssignment(Protocol.PREFERENCE, List.of("B", "A"));
        assertTrue(pref.isCorrect("2"), "preference scores 'A was preferred'");
        assertThrows(IllegalArgumentException.class, () -> abx.isCorrect("X"));
        assertEquals(1.0 / 3.0, Protocol.TRIANGLE.chanceLevel().orElseThrow(), 0.0);
        assertTrue(Protocol.PREFERENCE.chanceLevel().isEmpty());
        assertEquals(Protocol.SAME_DIFFERENT, Protocol.fromJsonName("same-different"));
    }

    private static double chiSquare(int[] counts) {
        double total = 0;
        for (int c : counts) {
            total += c;
        }
        double expected = total / counts.length;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        return chi2;
    }
}
