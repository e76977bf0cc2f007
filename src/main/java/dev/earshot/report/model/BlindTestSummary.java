package dev.earshot.report.model;

/**
 * One blind-test session folded into a report (from a verified session log).
 *
 * @param logFileName  the session log's file name
 * @param protocol     e.g. "ABX"
 * @param listener     the listener's name
 * @param stimulusA    what A was (file name or profile)
 * @param stimulusB    what B was
 * @param trials       scored trials (training excluded)
 * @param correct      correct answers
 * @param pValue       one-sided exact binomial p-value (two-sided for preference)
 * @param verdict      plain-language verdict
 * @param logVerified  whether the hash chain (and signature, if any) verified
 */
public record BlindTestSummary(String logFileName, String protocol, String listener, String stimulusA,
                               String stimulusB, int trials, int correct, double pValue, String verdict,
                               boolean logVerified) {
}
