package dev.earshot.listen;

/** Which departures from chance a binomial test counts as evidence. */
public enum Sidedness {
    /** Only more right answers than chance (ABX, triangle, same/different): P(X ≥ k). */
    ONE_SIDED,
    /** Departures either way (AB preference): minimum-likelihood two-sided p-value. */
    TWO_SIDED
}
