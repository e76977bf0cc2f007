package dev.earshot.cli;

import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.LoopRegion;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.SigningKeys;
import dev.earshot.listen.StimulusAudio;
import dev.earshot.listen.TestDesign;
import dev.earshot.listen.TrialSchedule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot abx run A B --no-audio ...}: starts a blind-test session answered line by line from the input. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Start a blind-test session between two files: level-match and time-align them, commit the "
                + "random seed, then ask for one answer per trial and log it.",
            "Plays through the default audio output: type a label (a, b, x or 1, 2, 3) and Enter to switch, "
                + "and the answer after '=' (e.g. =a). With --no-audio nothing is played and answers come from "
                + "the input. Shows the trial number only, never the score; q stops and 'earshot abx resume LOG' "
                + "continues."})
final class AbxRunCommand implements Callable<Integer> {
    private static final DateTimeFormatter LOG_NAME = DateTimeFormatter.ofPattern("'abx-'yyyyMMdd-HHmmss'.jsonl'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final BufferedReader in;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "Stimulus A (the reference).")
    private Path fileA;

    @Parameters(index = "1", paramLabel = "B", arity = "0..1", description = "Stimulus B (level-matched and aligned "
            + "to A); left out with --profile ID1,ID2, which compares A through two profiles.")
    private Path fileB;

    @Option(names = "--profile", paramLabel = "ID[,ID]", description = "Hear the stimuli through playback profiles, "
            + "rendered before the first trial and level-matched: two ids for one file (the same master through "
            + "both), or one id for two files.")
    private String profileOption;

    @Mixin
    private LibraryOption library = new LibraryOption();

    @Option(names = "--no-audio", description = "Take answers without playing anything (for scripts and tests).")
    private boolean noAudio;

    @Option(names = "--null-audio", hidden = true, description = "Play into a null output (tests: a full session "
            + "with sound on a machine without an audio device).")
    private boolean nullAudio;

    @Option(names = "--loop", paramLabel = "START-END", description = "Play only this part, in seconds of A "
            + "(e.g. 30-45), looped; every trial starts at START.")
    private String loopSpec;

    @Option(names = "--protocol", paramLabel = "NAME", defaultValue = "abx",
            description = "abx, preference, triangle or same-different (default: ${DEFAULT-VALUE}).")
    private String protocolName;

    @Option(names = "--trials", paramLabel = "N", description = "Fixed number of scored trials (default 16).")
    private Integer trials;

    @Option(names = "--sequential", description = "Sequential test (Wald SPRT) instead of a fixed number; "
            + "stops at a boundary or the cap, which then means inconclusive.")
    private boolean sequential;

    @Option(names = "--alpha", paramLabel = "P", description = "SPRT: false-pass risk (default 0.05).")
    private Double alpha;

    @Option(names = "--beta", paramLabel = "P", description = "SPRT: risk of failing a p1 listener (default 0.20).")
    private Double beta;

    @Option(names = "--p1", paramLabel = "RATE", description = "SPRT: rate of right answers of a listener who hears "
            + "the difference (default 0.75).")
    private Double p1;

    @Option(names = "--cap", paramLabel = "N", description = "SPRT: most trials before inconclusive (default 40).")
    private Integer cap;

    @Option(names = "--training", paramLabel = "N", defaultValue = "0",
            description = "Training trials with feedback before scoring, not counted (default: ${DEFAULT-VALUE}).")
    private int training;

    @Option(names = "--trim", paramLabel = "DB", defaultValue = "0",
            description = "Extra gain for B in dB on top of the loudness match, recorded in the log.")
    private double trimDb;

    @Option(names = "--listener", paramLabel = "NAME", description = "Listener's name for the log.")
    private String listener;

    @Option(names = "--sign", description = "Sign the log's footer with your Ed25519 key (created on first use in "
            + "the Earshot configuration folder, or $EARSHOT_CONFIG_DIR); the public key goes into the header.")
    private boolean sign;

    @Option(names = {"-o", "--output"}, paramLabel = "LOG",
            description = "Session log to create (default: abx-DATE-TIME.jsonl here); never overwritten.")
    private Path log;

    AbxRunCommand(BufferedReader in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        if (noAudio && nullAudio) {
            throw new UserInputException("choose either --no-audio or --null-audio");
        }
        Protocol protocol = Protocol.fromJsonName(protocolName);
        TestDesign design = design(protocol);
        if (fileB == null && profileOption == null) {
            throw new UserInputException("give two files A and B, or one file with --profile ID1,ID2");
        }
        boolean twoFiles = fileB != null;
        Path second = twoFiles ? fileB : fileA;
        for (Path file : new Path[] {fileA, second}) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
        }
        Instant start = Instant.now();
        Path target = log != null ? log : Path.of(LOG_NAME.format(start));
        if (Files.exists(target)) {
            throw new UserInputException(target + ": already exists; a session log is never overwritten");
        }
        PrintWriter out = spec.commandLine().getOut();
        AbxStimuli stimuli = AbxStimuli.prepare(fileA, fileB, profileOption, library.path(), trimDb, !noAudio, out);
        int sampleRate = stimuli.sampleRate();
        LoopRegion loop = AbxAudio.loop(loopSpec, sampleRate);
        AudioTrials audio = null;
        if (noAudio) {
            out.println("No audio: nothing is played; answers come from the input, one per line.");
        } else {
            StimulusAudio.Playable playable = StimulusAudio.playable(stimuli.samplesA(), stimuli.samplesB(),
                    stimuli.prepared().gainBDb(), stimuli.prepared().offsetFrames(), loop);
            audio = AbxAudio.open(playable, sampleRate, protocol, nullAudio, out);
        }
        byte[] seed = TrialSchedule.newSeed(new SecureRandom());
        Path folder = target.toAbsolutePath().getParent();
        SessionHeader header = new SessionHeader(protocol, design,
                stimuli.stimuli(logPath(folder, fileA), logPath(folder, second)), trimDb, loop,
                TrialSchedule.commitment(seed), version(), listener != null ? listener
                : System.getProperty("user.name", ""), start);
        KeyPair keys = null;
        if (sign) {
            keys = AbxSessions.signingKeys(true, out);
            header = header.withSigningKey(SigningKeys.encode(keys.getPublic()));
        }
        SessionLogWriter writer;
        try {
            writer = SessionLogWriter.create(target, header, seed, keys);
        } catch (IOException | RuntimeException e) {
            if (audio != null) {
                audio.close();
            }
            throw e;
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
        out.println("Session log: " + target);
        out.flush();
        return AbxSessions.run(writer, target, training, in, out, audio);
    }

    private TestDesign design(Protocol protocol) {
        if (sequential && trials != null) {
            throw new UserInputException("choose either --trials N or --sequential, not both");
        }
        if (training < 0 || training > 100) {
            throw new UserInputException("--training must be 0..100, was " + training);
        }
        if (sequential) {
            if (!protocol.isScored()) {
                throw new UserInputException("--sequential needs right and wrong answers; preference has none");
            }
            TestDesign defaults = TestDesign.defaultSequential();
            TestDesign chosen = TestDesign.sequential(alpha != null ? alpha : defaults.alpha(),
                    beta != null ? beta : defaults.beta(), p1 != null ? p1 : defaults.p1(),
                    cap != null ? cap : defaults.maxTrials());
            if (chosen.p1() <= protocol.chanceLevel().getAsDouble()) {
                throw new UserInputException("--p1 must be above the chance rate of " + protocol.jsonName());
            }
            return chosen;
        }
        if (alpha != null || beta != null || p1 != null || cap != null) {
            throw new UserInputException("--alpha, --beta, --p1 and --cap belong to --sequential");
        }
        return TestDesign.fixed(trials == null ? TestDesign.DEFAULT_TRIALS : trials);
    }

    /** The stimulus path as the log records it: relative to the log's folder when possible. */
    private static String logPath(Path logFolder, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return logFolder.normalize().relativize(absolute).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return absolute.toString();
        }
    }

    private static String version() {
        String version = AbxRunCommand.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
