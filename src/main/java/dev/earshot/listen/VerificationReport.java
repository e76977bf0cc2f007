package dev.earshot.listen;

import java.util.List;

/**
 * What {@link SessionLogVerifier} found.
 *
 * @param problems        every alteration or inconsistency, each as "line N: what" (N is 1-based), in line order;
 *                        empty when the log is intact and finished
 * @param notes           things not checked or worth knowing that are not problems (e.g. a stimulus file not
 *                        present)
 * @param finished        whether the log ends with a footer
 * @param completedTrials number of non-training trial lines
 * @param signature       whether the log is signed, by which key, and whether the signature verifies
 */
public record VerificationReport(List<String> problems, List<String> notes, boolean finished, int completedTrials,
                                 SignatureCheck signature) {
    public VerificationReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(signature, "signature");
    }

    /** A report on an unsigned log. */
    public VerificationReport(List<String> problems, List<String> notes, boolean finished, int completedTrials) {
        this(problems, notes, finished, completedTrials, SignatureCheck.UNSIGNED);
    }

    /** True when nothing was altered and the session finished. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** "OK" or one problem per line, for printing. */
    public String summary() {
        return ok() ? "OK" : String.join(System.lineSeparator(), problems);
    }
}
