package dev.earshot.listen;

import dev.earshot.listen.LogScanner.Scan;
import dev.earshot.listen.LogScanner.ScannedTrial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Re-checks a session log: the hash chain and each line's check hash, the JSON of every line, consecutive trial
 * numbers, the revealed seed against the header's commitment, every trial's hidden assignment against the schedule
 * re-derived from the seed, every {@code correct} flag against the answer, the footer's counts against the trial
 * lines (training excluded) and, when the files are present, the stimuli's SHA-256.
 *
 * <p>What the chain does not prove: it detects edits, deletions and insertions, but somebody who rewrites a line
 * and every line after it, recomputing the hashes, is not detected; after the seed is revealed such a forger can
 * also make answers agree with the schedule. Signing the footer or lodging the header's hash elsewhere closes that.
 * Stateless and thread-safe.
 */
public final class SessionLogVerifier {
    private SessionLogVerifier() {
    }

    /**
     * Verifies {@code log}. For an unfinished log the seed sidecar ({@link SeedSidecar#pathFor}) is used, if present,
     * to check the schedule. Stimulus paths that are relative are resolved against the log's folder.
     *
     * @throws IOException if the log cannot be read
     */
    public static VerificationReport verify(Path log) throws IOException {
        byte[] content = Files.readAllBytes(log);
        Path folder = log.toAbsolutePath().getParent();
        byte[] sidecarSeed = SeedSidecar.readIfPresent(log);
        return verify(content, sidecarSeed, folder);
    }

    /**
     * Verifies log content already in memory.
     *
     * @param content     the log's bytes; not modified
     * @param sidecarSeed the seed for an unfinished log, or null
     * @param folder      folder to resolve relative stimulus paths against, or null to skip the stimulus check
     */
    public static VerificationReport verify(byte[] content, byte[] sidecarSeed, Path folder) throws IOException {
        return verify(content, sidecarSeed, folder, true);
    }

    static VerificationReport verify(byte[] content, byte[] sidecarSeed, Path folder, boolean requireFooter)
            throws IOException {
        Scan scan = new LogScanner().scan(content);
        List<String> problems = new ArrayList<>(scan.problems());
        List<String> notes = new ArrayList<>();
        SessionHeader header = scan.header();
        List<ScannedTrial> scored = scan.trials().stream().filter(t -> !t.record().training()).toList();
        if (header == null) {
            return new VerificationReport(problems, notes, scan.footer() != null, scored.size());
        }
        byte[] seed = seed(scan, sidecarSeed, header, problems, notes);
        checkTrials(scan.trials(), header, seed, problems);
        if (scored.size() > header.design().maxTrials()) {
            problems.add("line " + scored.get(header.design().maxTrials()).line() + ": more trials than the "
                    + header.design().maxTrials() + " the header allows");
        }
        if (scan.footer() != null) {
            checkFooter(scan, header, scored, problems, notes);
        } else if (requireFooter && scan.partialBytes() == 0) {
            problems.add("line " + (scan.completeLines() + 1) + ": no footer: the session did not finish "
                    + "(or its last lines were deleted)");
        }
        if (folder != null) {
            checkStimuli(header, folder, problems, notes);
        }
        SignatureCheck signature = checkSignature(scan, header, problems);
        problems.sort(Comparator.comparingInt(SessionLogVerifier::lineNumber));
        return new VerificationReport(problems, notes, scan.footer() != null, scored.size(), signature);
    }

    /** The N of "line N: ..." (stable sort keeps the order of problems on one line). */
    private static int lineNumber(String problem) {
        int colon = problem.indexOf(':');
        if (problem.startsWith("line ") && colon > 5) {
            try {
                return Integer.parseInt(problem.substring(5, colon));
            } catch (NumberFormatException e) {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static byte[] seed(Scan scan, byte[] sidecarSeed, SessionHeader header, List<String> problems,
                               List<String> notes) {
        byte[] seed = sidecarSeed;
        String where = "the seed sidecar: ";
        if (scan.footer() != null) {
            where = "line " + scan.footerLine() + ": ";
            try {
                seed = Sha256.fromHex(scan.footer().seedHex());
            } catch (IllegalArgumentException e) {
                problems.add(where + "revealed seed is not hex");
                return null;
            }
        }
        if (seed == null) {
            notes.add("schedule not checked: the session is unfinished and its seed sidecar is not present");
            return null;
        }
        if (seed.length != TrialSchedule.SEED_BYTES || !Sha256.hex(seed).equals(header.seedCommitment())) {
            problems.add(where + "revealed seed does not match the header's seed commitment");
            return null;
        }
        return seed;
    }

    private static void checkTrials(List<ScannedTrial> trials, SessionHeader header, byte[] seed,
                                    List<String> problems) {
        Protocol protocol = header.protocol();
        for (ScannedTrial st : trials) {
            TrialRecord t = st.record();
            String where = "line " + st.line() + ": trial " + t.index() + " ";
            TrialAssignment logged;
            try {
                logged = new TrialAssignment(protocol, t.hidden());
            } catch (IllegalArgumentException e) {
                problems.add(where + "hidden assignment is not valid: " + e.getMessage());
                continue;
            }
            TrialAssignment truth = seed == null ? logged : TrialSchedule.assignment(seed, protocol, t.index());
            if (!truth.equals(logged)) {
                problems.add(where + "logs " + logged.describe() + " but the schedule says " + truth.describe());
            }
            if (!protocol.answers().contains(t.answer())) {
                problems.add(where + "answer '" + t.answer() + "' is not a " + protocol.jsonName() + " answer");
                continue;
            }
            Boolean expected = protocol.isScored() ? truth.isCorrect(t.answer()) : null;
            if (expected == null ? t.correct() != null : !expected.equals(t.correct())) {
                problems.add(where + "answer " + t.answer() + " says " + flag(t.correct()) + " but the schedule's "
                        + truth.describe());
            }
        }
    }

    private static String flag(Boolean correct) {
        return correct == null ? "no score" : correct ? "correct" : "wrong";
    }

    private static void checkFooter(Scan scan, SessionHeader header, List<ScannedTrial> scored, List<String> problems,
                                    List<String> notes) {
        LoggedResult result = scan.footer().result();
        long correct = scored.stream().filter(t -> protocolHit(header.protocol(), t.record())).count();
        if (result.trials() != scored.size() || result.correct() != correct) {
            problems.add("line " + scan.footerLine() + ": footer says " + result.correct() + " of " + result.trials()
                    + " but the trial lines hold " + correct + " of " + scored.size());
        }
        if (!header.design().sequential() && scored.size() != header.design().trials()) {
            notes.add("the fixed design of " + header.design().trials() + " trials ended after " + scored.size());
        }
    }

    /** A correct answer, or for preference a trial where A was preferred. */
    private static boolean protocolHit(Protocol protocol, TrialRecord t) {
        if (protocol.isScored()) {
            return Boolean.TRUE.equals(t.correct());
        }
        try {
            return new TrialAssignment(protocol, t.hidden()).isCorrect(t.answer());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The footer's signature against the header's key. It covers the footer's bytes before the signature, which
     * include {@code prev}, so with the chain it covers every line.
     */
    private static SignatureCheck checkSignature(Scan scan, SessionHeader header, List<String> problems) {
        SessionFooter footer = scan.footer();
        String where = "line " + scan.footerLine() + ": ";
        if (!header.signed()) {
            if (footer != null && footer.signature() != null) {
                problems.add(where + "the footer carries a signature but the header names no signing key "
                        + "(header altered)");
                return new SignatureCheck(SignatureCheck.Status.INVALID, null);
            }
            return SignatureCheck.UNSIGNED;
        }
        PublicKey key;
        try {
            key = SigningKeys.publicKey(header.signingKey());
        } catch (GeneralSecurityException e) {
            problems.add("line 1: the signing key is not an Ed25519 public key (" + e.getMessage() + ")");
            return new SignatureCheck(SignatureCheck.Status.INVALID, null);
        }
        String fingerprint = SigningKeys.fingerprint(key);
        if (footer == null) {
            return new SignatureCheck(SignatureCheck.Status.UNFINISHED, fingerprint);
        }
        byte[] signed = LogLineFormat.signedPart(scan.footerBytes());
        if (footer.signature() == null || signed == null) {
            problems.add(where + "the header names signing key " + fingerprint + " but the footer is not signed "
                    + "(signature removed or moved)");
        } else if (!LogSigning.verify(key, signed, footer.signature())) {
            problems.add(where + "the footer's signature does not verify with key " + fingerprint
                    + " (footer or signature altered)");
        } else {
            return new SignatureCheck(SignatureCheck.Status.VALID, fingerprint);
        }
        return new SignatureCheck(SignatureCheck.Status.INVALID, fingerprint);
    }

    private static void checkStimuli(SessionHeader header, Path folder, List<String> problems, List<String> notes)
            throws IOException {
        for (StimulusInfo s : header.stimuli()) {
            Path file = folder.resolve(s.path());
            if (!Files.isRegularFile(file)) {
                notes.add("stimulus " + s.label() + " (" + s.path() + ") not present: its SHA-256 was not checked");
            } else if (!Sha256.ofFile(file).equals(s.sha256())) {
                problems.add("line 1: stimulus " + s.label() + " (" + s.path()
                        + ") differs from the file that was tested (SHA-256 mismatch)");
            }
        }
    }
}
