/**
 * Blind listening tests: protocols, the trial schedule, the tamper-evident session log, its verification and
 * resuming after a crash. No Swing, no Java Sound: a session engine (terminal or app) drives playback elsewhere and
 * uses these classes to decide what is hidden behind each slot and to record what happened.
 *
 * <h2>Session flow</h2>
 * <ol>
 *   <li>Draw a seed with {@link dev.earshot.listen.TrialSchedule#newSeed} from a {@link java.security.SecureRandom}
 *       and put {@link dev.earshot.listen.TrialSchedule#commitment} into the {@link dev.earshot.listen.SessionHeader}.</li>
 *   <li>{@link dev.earshot.listen.SessionLogWriter#create} writes the seed to {@code <log>.seed} and the header.</li>
 *   <li>Per trial: {@link dev.earshot.listen.SessionLogWriter#nextAssignment()} tells the player which stimulus sits
 *       behind each neutral slot; after the answer, {@link dev.earshot.listen.TrialRecord#scored} and
 *       {@link dev.earshot.listen.SessionLogWriter#appendTrial} record and sync the trial.</li>
 *   <li>{@link dev.earshot.listen.SessionLogWriter#finish} writes the footer with the revealed seed and the
 *       caller's {@link dev.earshot.listen.LoggedResult}, and deletes the seed file.</li>
 *   <li>After a crash: {@link dev.earshot.listen.SessionLogWriter#resume}.</li>
 * </ol>
 * {@link dev.earshot.listen.StimulusPreparation} measures the header's gains, offsets and hashes before the seed is
 * drawn, and {@link dev.earshot.listen.SessionRunner} runs steps 3 and 4 against an
 * {@link dev.earshot.listen.AnswerSource}, which sees only neutral {@link dev.earshot.listen.TrialPrompt}s (never the
 * hidden assignment or the score) and stops the design where it says: after n trials, or at an SPRT boundary or cap.
 *
 * <h2>Log format (version 1)</h2>
 * UTF-8 JSON Lines, each line ending in one {@code '\n'}. Every line is an object with {@code "type"}
 * ({@code header}, {@code trial}, {@code footer}), its fields, then {@code "prev"}: lower-case hex SHA-256 of the
 * previous line's bytes without the line end (line 1: SHA-256 of the empty string,
 * {@code e3b0c442...b855}), and last {@code "check"}: SHA-256 of the line's bytes before {@code ,"check":"}.
 * <ul>
 *   <li>header: {@code formatVersion}, {@code protocol} ({@code abx | preference | triangle | same-different}),
 *       {@code design} ({@code mode} fixed|sequential, {@code trials} (n or cap), {@code alpha}, {@code beta},
 *       {@code p1}), {@code stimuli} [{@code label, path, sha256, gainDb, offsetFrames}], {@code manualTrimDb}
 *       (on B), {@code loop} ({@code startFrame, endFrame} or null), {@code seedCommitment},
 *       {@code earshotVersion}, {@code listener}, {@code startTime} (ISO-8601 UTC).</li>
 *   <li>trial: {@code index} (1-based, training included), {@code training}, {@code plays}
 *       [{@code label, offsetMs}], {@code hidden} (stimulus per slot), {@code answer}, {@code correct}
 *       (null for preference), {@code durationMs}, {@code switchCount}, {@code underruns}.</li>
 *   <li>footer: {@code seed} (hex), {@code correct}, {@code trials}, {@code pValue} (null if NaN),
 *       {@code verdict}, {@code endTime}.</li>
 * </ul>
 *
 * <h2>Limits, stated honestly</h2>
 * The chain detects any edit, deletion, insertion or reordering, but not a forger who rewrites a line and every
 * later line with fresh hashes (signing the footer would). A listener who reads {@code <log>.seed} during the
 * session knows every answer. The folder entry of a new log is not synced, so on a power cut (not a process crash)
 * a just-created log may vanish entirely.
 */
package dev.earshot.listen;
