package dev.earshot.ui.tools;

import dev.earshot.listen.Protocol;
import dev.earshot.listen.TestDesign;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What the user chose in the blind-test dialog. Pure value logic, no Swing: the checks and defaults the dialog
 * applies, testable headless.
 *
 * @param protocol     ABX, preference, triangle or same/different
 * @param fileA        stimulus A (the master when comparing profiles)
 * @param fileB        stimulus B, or null to hear {@code fileA} through two profiles
 * @param profileA     the profile id A is heard through when {@code fileB} is null; ignored for two files
 * @param profileB     the profile id B is heard through when {@code fileB} is null; ignored for two files
 * @param trials       scored trials of a fixed test (ignored when sequential), 1..200
 * @param sequential   a Wald SPRT with the default risks instead of a fixed number
 * @param training     training trials with feedback first, 0..100
 * @param listener     the listener's name (may be empty)
 * @param sign         sign the log with the user's key
 * @param log          the session log to create; must not exist
 */
public record BlindTestSetup(Protocol protocol, Path fileA, Path fileB, String profileA, String profileB, int trials,
                             boolean sequential, int training, String listener, boolean sign, Path log) {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneId.systemDefault());

    /** The default log: {@code <protocol>-<stem of A>-<yyyyMMdd-HHmmss>.jsonl} next to A. */
    public static Path defaultLog(Protocol protocol, Path fileA, Instant time) {
        String name = fileA.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path folder = fileA.toAbsolutePath().getParent();
        return folder.resolve(protocol.jsonName() + "-" + stem + "-" + STAMP.format(time) + ".jsonl");
    }

    /** Whether A is the master heard through two profiles (rather than two files). */
    public boolean throughProfiles() {
        return fileB == null;
    }

    /** The test design: fixed {@link #trials} or the default SPRT. */
    public TestDesign design() {
        return sequential ? TestDesign.defaultSequential() : TestDesign.fixed(trials);
    }

    /**
     * Checks the choices.
     *
     * @throws IllegalArgumentException with a message the user can act on
     */
    public void validate() {
        if (fileA == null) {
            throw new IllegalArgumentException("Choose stimulus A (or open a master first).");
        }
        if (throughProfiles()) {
            if (profileA == null || profileB == null) {
                throw new IllegalArgumentException("Choose the two profiles the master is heard through, or a file "
                        + "for B.");
            }
            if (profileA.equals(profileB)) {
                throw new IllegalArgumentException("The master through the same profile twice is no test: choose two "
                        + "different profiles.");
            }
        } else if (fileA.toAbsolutePath().normalize().equals(fileB.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("A and B are the same file: choose a different file for B.");
        }
        if (sequential && !protocol.isScored()) {
            throw new IllegalArgumentException("A sequential test needs right and wrong answers; a preference test "
                    + "has none. Choose a number of trials.");
        }
        if (!sequential && (trials < 1 || trials > 200)) {
            throw new IllegalArgumentException("The number of trials must be 1 to 200, not " + trials + ".");
        }
        if (training < 0 || training > 100) {
            throw new IllegalArgumentException("Training trials must be 0 to 100, not " + training + ".");
        }
        if (log == null) {
            throw new IllegalArgumentException("Choose where the session log is written.");
        }
        if (java.nio.file.Files.exists(log)) {
            throw new IllegalArgumentException(log + " already exists; a session log is never overwritten.");
        }
    }

    /** The stimulus path as the log records it: relative to the log's folder when possible. */
    static String logPath(Path logFile, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = logFile.toAbsolutePath().normalize().getParent();
        try {
            return folder.relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }
}
