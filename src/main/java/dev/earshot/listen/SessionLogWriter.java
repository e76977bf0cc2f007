package dev.earshot.listen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;

/**
 * Appends a session log: header, trials, footer. Each line is written, then the file is synced
 * ({@link FileChannel#force(boolean)} with metadata) before the call returns, so a crash loses at most the line
 * being written. Not thread-safe: one session thread owns the writer. Never call it on the audio thread.
 */
public final class SessionLogWriter implements Closeable {
    private final Path log;
    private final FileChannel channel;
    private final SessionHeader header;
    private final byte[] seed;
    private final PrivateKey signer;
    private final LogLineFormat format = new LogLineFormat();
    private final SessionLogJson json = new SessionLogJson(format);
    private String prevHash;
    private int nextIndex;
    private int completed;
    private int correct;
    private boolean broken;

    private SessionLogWriter(Path log, FileChannel channel, SessionHeader header, byte[] seed, PrivateKey signer,
                             String prevHash, int nextIndex, int completed, int correct) {
        this.log = log;
        this.signer = signer;
        this.channel = channel;
        this.header = header;
        this.seed = seed.clone();
        this.prevHash = prevHash;
        this.nextIndex = nextIndex;
        this.completed = completed;
        this.correct = correct;
    }

    /**
     * Starts a new log: creates {@code log} (refusing to overwrite), stores the seed in {@code <log>.seed}, then
     * writes and syncs the header.
     *
     * @param seed the session seed; {@code header.seedCommitment()} must be its commitment; copied
     * @throws IOException if the log or its seed file exists or cannot be written
     */
    public static SessionLogWriter create(Path log, SessionHeader header, byte[] seed) throws IOException {
        return create(log, header, seed, null);
    }

    /**
     * Starts a new log whose footer {@code keys} will sign ({@link LogSigning}); {@code header.signingKey()} must be
     * {@code keys}' public key. With {@code keys} null this is {@link #create(Path, SessionHeader, byte[])}.
     *
     * @throws IllegalArgumentException if the header's signing key is not {@code keys}' public key (or is set while
     *                                  {@code keys} is null)
     */
    public static SessionLogWriter create(Path log, SessionHeader header, byte[] seed, KeyPair keys)
            throws IOException {
        PrivateKey signer = signerFor(header, keys);
        if (!TrialSchedule.commitment(seed).equals(header.seedCommitment())) {
            throw new IllegalArgumentException("the header's seed commitment is not the SHA-256 of this seed");
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(log, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IOException(log.getFileName() + ": already exists; a session log is never overwritten", e);
        }
        boolean sidecarCreated = false;
        try {
            SeedSidecar.create(log, seed);
            sidecarCreated = true;
            SessionLogWriter writer = new SessionLogWriter(log, channel, header, seed, signer, LogLineFormat.GENESIS,
                    1, 0, 0);
            writer.writeLine(writer.json.header(header));
            return writer;
        } catch (IOException | RuntimeException e) {
            channel.close();
            Files.deleteIfExists(log);
            if (sidecarCreated) {
                SeedSidecar.delete(log);
            }
            throw e;
        }
    }

    /**
     * Continues an interrupted session after {@link SessionLogReader#resumeState} (which this calls, repairing a
     * partial last line).
     *
     * @throws IOException if the log fails verification, is finished, or its seed file is missing
     */
    public static SessionLogWriter resume(Path log) throws IOException {
        return resume(log, null);
    }

    /**
     * Continues an interrupted session; a signed session needs the key pair it was started with.
     *
     * @param keys the key pair named in the header, or null for an unsigned session
     * @throws IOException if the log fails verification, is finished, its seed file is missing, or it is signed by
     *                     a key other than {@code keys} (or {@code keys} is null)
     */
    public static SessionLogWriter resume(Path log, KeyPair keys) throws IOException {
        ResumeState state = SessionLogReader.resumeState(log);
        PrivateKey signer;
        try {
            signer = signerFor(state.header(), keys);
        } catch (IllegalArgumentException e) {
            throw new IOException(log.getFileName() + ": " + e.getMessage(), e);
        }
        if (state.finished()) {
            throw new IOException(log.getFileName() + ": the session already finished; nothing to resume");
        }
        byte[] seed = SeedSidecar.readIfPresent(log);
        if (seed == null) {
            throw new IOException(SeedSidecar.pathFor(log).getFileName() + ": missing; without the session seed "
                    + "the session cannot continue");
        }
        byte[] content = Files.readAllBytes(log);
        LogScanner.Scan scan = new LogScanner().scan(content);
        int hits = (int) scan.trials().stream().filter(t -> !t.record().training())
                .filter(t -> Boolean.TRUE.equals(t.record().correct())
                        || (!state.header().protocol().isScored() && preferredA(state.header(), t.record())))
                .count();
        FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new SessionLogWriter(log, channel, state.header(), seed, signer, state.lastLineSha256(),
                state.nextIndex(), state.completedTrials(), hits);
    }

    /** The log file. */
    public Path path() {
        return log;
    }

    /** The session's header. */
    public SessionHeader header() {
        return header;
    }

    /** The index the next trial must carry (1-based). */
    public int nextIndex() {
        return nextIndex;
    }

    /** Number of non-training trials written so far. */
    public int completedTrials() {
        return completed;
    }

    /** Number of correct non-training answers so far; for preference, trials where stimulus A was preferred. */
    public int correctCount() {
        return correct;
    }

    /** The hidden assignment of the next trial, from the session seed. */
    public TrialAssignment nextAssignment() {
        checkUsable();
        return TrialSchedule.assignment(seed, header.protocol(), nextIndex);
    }

    /**
     * Appends one trial and syncs it.
     *
     * @throws IllegalArgumentException if the index is not {@link #nextIndex()}, the hidden assignment is not the
     *                                  schedule's, the correct flag does not match, or the design allows no more
     *                                  trials
     */
    public void appendTrial(TrialRecord trial) throws IOException {
        checkUsable();
        TrialAssignment truth = nextAssignment();
        if (trial.index() != nextIndex) {
            throw new IllegalArgumentException("trial " + trial.index() + " given where trial " + nextIndex
                    + " is next");
        }
        if (!truth.slots().equals(trial.hidden())) {
            throw new IllegalArgumentException("trial " + trial.index() + ": hidden assignment is not the schedule's");
        }
        boolean hit = truth.isCorrect(trial.answer());
        Boolean expected = header.protocol().isScored() ? hit : null;
        if (expected == null ? trial.correct() != null : !expected.equals(trial.correct())) {
            throw new IllegalArgumentException("trial " + trial.index() + ": 'correct' does not match the answer");
        }
        if (!trial.training() && completed >= header.design().maxTrials()) {
            throw new IllegalArgumentException("the design allows " + header.design().maxTrials() + " trials");
        }
        writeLine(json.trial(trial));
        nextIndex++;
        if (!trial.training()) {
            completed++;
            correct += hit ? 1 : 0;
        }
    }

    /**
     * Writes the footer revealing the seed, syncs it, closes the log and deletes the seed file.
     *
     * @throws IllegalArgumentException if the result's counts differ from the trials written
     */
    public void finish(LoggedResult result, Instant endTime) throws IOException {
        checkUsable();
        if (result.trials() != completed || result.correct() != correct) {
            throw new IllegalArgumentException("result " + result.correct() + "/" + result.trials()
                    + " does not match the log's " + correct + "/" + completed);
        }
        writeLine(json.footer(new SessionFooter(Sha256.toHex(seed), result, endTime)), signer);
        close();
        SeedSidecar.delete(log);
    }

    /** Closes the file without a footer; the session can be resumed. */
    @Override
    public void close() throws IOException {
        broken = true;
        Arrays.fill(seed, (byte) 0);
        channel.close();
    }

    private void checkUsable() {
        if (broken) {
            throw new IllegalStateException(log.getFileName() + ": writer closed or failed; resume from the log");
        }
    }

    private void writeLine(ObjectNode node) throws IOException {
        writeLine(node, null);
    }

    private void writeLine(ObjectNode node, PrivateKey lineSigner) throws IOException {
        byte[] line = format.frame(node, prevHash, lineSigner);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            broken = true;
            throw new IOException(log.getFileName() + ": cannot write the session log: " + e.getMessage(), e);
        }
        prevHash = Sha256.hex(line, 0, line.length - 1);
    }

    private static PrivateKey signerFor(SessionHeader header, KeyPair keys) {
        if (keys == null) {
            if (header.signed()) {
                throw new IllegalArgumentException("the session is signed by " + header.signingKey()
                        + " but no signing key was given");
            }
            return null;
        }
        String publicKey = SigningKeys.encode(keys.getPublic());
        if (!publicKey.equals(header.signingKey())) {
            throw new IllegalArgumentException("the session's signing key is not this key pair's ("
                    + SigningKeys.fingerprint(keys.getPublic()) + ")");
        }
        return keys.getPrivate();
    }

    private static boolean preferredA(SessionHeader header, TrialRecord t) {
        return new TrialAssignment(header.protocol(), t.hidden()).isCorrect(t.answer());
    }
}
