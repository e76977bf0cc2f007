package dev.earshot.listen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Derives every trial's hidden assignment from a 32-byte session seed, so that anyone holding the revealed seed
 * can re-derive the schedule.
 *
 * <p>Definition (format version 1). Trial {@code i} (1-based, training trials included) reads bytes from the
 * stream {@code H(0) || H(1) || ...} where {@code H(c) = SHA-256(seed || "earshot-trial-v1" || int32be(i) ||
 * int32be(c))}. A draw {@code uniform(k)} takes the next byte {@code b} (0..255), rejects it while
 * {@code b >= 256 - 256 % k} and returns {@code b % k}. Then:
 * <ul>
 *   <li>ABX: X = {A, B}[uniform(2)];</li>
 *   <li>preference: slot 1 = {A, B}[uniform(2)], slot 2 the other;</li>
 *   <li>triangle: odd stimulus = {A, B}[uniform(2)], its slot = uniform(3), the other two slots hold the other
 *       stimulus;</li>
 *   <li>same/different: {AA, BB, AB, BA}[uniform(4)].</li>
 * </ul>
 * Thread-safe; holds no state.
 */
public final class TrialSchedule {
    /** Length of a session seed in bytes. */
    public static final int SEED_BYTES = 32;
    private static final byte[] DOMAIN = "earshot-trial-v1".getBytes(StandardCharsets.US_ASCII);

    private TrialSchedule() {
    }

    /** A fresh seed from {@code random} (a {@link SecureRandom}; never {@code java.util.Random}). */
    public static byte[] newSeed(SecureRandom random) {
        byte[] seed = new byte[SEED_BYTES];
        random.nextBytes(seed);
        return seed;
    }

    /** The seed commitment written into the log header: lower-case hex SHA-256 of the seed's 32 bytes. */
    public static String commitment(byte[] seed) {
        checkSeed(seed);
        return Sha256.hex(seed);
    }

    /** The assignments of trials 1..maxTrials; maxTrials &gt;= 0. */
    public static List<TrialAssignment> derive(byte[] seed, Protocol protocol, int maxTrials) {
        if (maxTrials < 0) {
            throw new IllegalArgumentException("maxTrials must be >= 0, was " + maxTrials);
        }
        List<TrialAssignment> out = new ArrayList<>(maxTrials);
        for (int i = 1; i <= maxTrials; i++) {
            out.add(assignment(seed, protocol, i));
        }
        return List.copyOf(out);
    }

    /** The assignment of trial {@code trialIndex} (1-based). */
    public static TrialAssignment assignment(byte[] seed, Protocol protocol, int trialIndex) {
        checkSeed(seed);
        Objects.requireNonNull(protocol, "protocol");
        if (trialIndex < 1) {
            throw new IllegalArgumentException("trial index must be >= 1, was " + trialIndex);
        }
        Draws draws = new Draws(seed, trialIndex);
        return switch (protocol) {
            case ABX -> new TrialAssignment(protocol, List.of(label(draws.uniform(2))));
            case PREFERENCE -> {
                int first = draws.uniform(2);
                yield new TrialAssignment(protocol, List.of(label(first), label(1 - first)));
            }
            case TRIANGLE -> {
                int odd = draws.uniform(2);
                int position = draws.uniform(3);
                List<String> slots = new ArrayList<>(List.of(label(1 - odd), label(1 - odd), label(1 - odd)));
                slots.set(position, label(odd));
                yield new TrialAssignment(protocol, slots);
            }
            case SAME_DIFFERENT -> {
                int kind = draws.uniform(4);
                List<String> pair = switch (kind) {
                    case 0 -> List.of("A", "A");
                    case 1 -> List.of("B", "B");
                    case 2 -> List.of("A", "B");
                    default -> List.of("B", "A");
                };
                yield new TrialAssignment(protocol, pair);
            }
        };
    }

    private static String label(int index) {
        return index == 0 ? "A" : "B";
    }

    private static void checkSeed(byte[] seed) {
        if (seed == null || seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("session seed must be " + SEED_BYTES + " bytes");
        }
    }

    /** The byte stream of one trial. */
    private static final class Draws {
        private final byte[] seed;
        private final int trialIndex;
        private int counter;
        private byte[] block = new byte[0];
        private int position;

        Draws(byte[] seed, int trialIndex) {
            this.seed = seed;
            this.trialIndex = trialIndex;
        }

        int uniform(int k) {
            int limit = 256 - 256 % k;
            while (true) {
                int b = nextByte();
                if (b < limit) {
                    return b % k;
                }
            }
        }

        private int nextByte() {
            if (position == block.length) {
                MessageDigest d = Sha256.newDigest();
                d.update(seed);
                d.update(DOMAIN);
                d.update(ByteBuffer.allocate(8).putInt(trialIndex).putInt(counter++).array());
                block = d.digest();
                position = 0;
            }
            return block[position++] & 0xFF;
        }
    }
}
