package dev.earshot.listen;

/** What a sequential (Wald SPRT) listening test says after the trials answered so far. */
public enum SequentialDecision {
    /** Neither boundary reached and the trial cap not yet reached: play another trial. */
    CONTINUE,
    /** The score reached the pass boundary: the listener's rate is shown to be above chance. */
    PASS,
    /** The score reached the fail boundary: the test stops; a difference was not shown. */
    FAIL,
    /** The trial cap was reached between the boundaries: neither pass nor fail. */
    INCONCLUSIVE;

    /** Whether the test is over (anything but {@link #CONTINUE}). */
    public boolean isFinal() {
        return this != CONTINUE;
    }
}
