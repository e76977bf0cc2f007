package dev.earshot.cli;

import dev.earshot.audio.AudioFiles;
import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.LoopRegion;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.StimulusAudio;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.JavaSoundOutput;
import dev.earshot.playback.NullOutput;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.blind.PacedOutput;
import dev.earshot.playback.blind.StimulusPlayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sound side of {@code abx run}: the loop option, the output, the player. */
final class AbxAudio {
    private static final Pattern LOOP = Pattern.compile("(\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)");
    /** Output sample formats tried in order: 24-bit, then 16-bit for devices without 24. */
    private static final int[] OUTPUT_BITS = {24, 16};
    private static final int OUTPUT_BUFFER_BLOCKS = 8;

    private AbxAudio() {
    }

    /** {@code START-END} in seconds as frames at {@code sampleRate}, or null for null. */
    static LoopRegion loop(String spec, int sampleRate) {
        if (spec == null) {
            return null;
        }
        Matcher m = LOOP.matcher(spec.strip());
        if (!m.matches()) {
            throw new UserInputException("--loop takes START-END in seconds, e.g. 30-45, not '" + spec + "'");
        }
        long start = Math.round(Double.parseDouble(m.group(1)) * sampleRate);
        long end = Math.round(Double.parseDouble(m.group(2)) * sampleRate);
        if (end - start < sampleRate / 2) {
            throw new UserInputException("--loop " + spec + ": the end must come at least 0.5 s after the start");
        }
        return new LoopRegion(start, end);
    }

    /**
     * The player for a session being resumed: the stimuli named in the header (relative paths against the log's
     * folder), with the logged gain, offset and loop.
     */
    static AudioTrials forHeader(SessionHeader header, Path logFolder, boolean nullAudio, PrintWriter out)
            throws IOException {
        StimulusInfo a = header.stimuli().get(0);
        StimulusInfo b = header.stimuli().get(1);
        Path fileA = logFolder.resolve(a.path());
        Path fileB = logFolder.resolve(b.path());
        for (Path file : new Path[] {fileA, fileB}) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": stimulus not found; resume with --no-audio or put it back");
            }
        }
        int sampleRate = AudioFiles.probe(fileA).sampleRate();
        float[][] samplesA = StimulusAudio.decode(fileA);
        float[][] samplesB = fileA.equals(fileB) ? samplesA : StimulusAudio.decode(fileB);
        if (a.profile() != null && b.profile() != null) {
            AbxProfiles profiles = AbxProfiles.load(null);
            samplesA = profiles.render(samplesA, sampleRate, a.profile());
            samplesB = profiles.render(samplesB, sampleRate, b.profile());
        }
        StimulusAudio.Playable playable = StimulusAudio.playable(samplesA, samplesB, b.gainDb() - a.gainDb(),
                b.offsetFrames() - a.offsetFrames(), header.loop());
        return open(playable, sampleRate, header.protocol(), nullAudio, out);
    }

    /**
     * Builds the player over the prepared stimuli and opens the output, before the log is created.
     *
     * @throws UserInputException (exit 2) when there is no audio output
     */
    static AudioTrials open(StimulusAudio.Playable playable, int sampleRate, Protocol protocol, boolean nullAudio,
                            PrintWriter out) throws IOException {
        StimulusPlayer player = null;
        IOException failure = null;
        for (int i = 0; i < (nullAudio ? 1 : OUTPUT_BITS.length) && player == null; i++) {
            AudioOutput output = nullAudio ? new PacedOutput(new NullOutput())
                    : new JavaSoundOutput(null, OUTPUT_BITS[i], OUTPUT_BUFFER_BLOCKS);
            StimulusPlayer candidate = new StimulusPlayer(playable.stimuli(), sampleRate,
                    AudioTrials.slotLabels(protocol), output, PlaybackEngine.DEFAULT_FADE_MS);
            try {
                candidate.start();
                player = candidate;
            } catch (IOException e) {
                candidate.close();
                failure = e;
            }
        }
        if (player == null) {
            throw new UserInputException("no audio output is available (" + failure.getMessage() + "); add "
                    + "--no-audio to answer without sound");
        }
        long fade = PlaybackEngine.fadeFrames(sampleRate, PlaybackEngine.DEFAULT_FADE_MS);
        if (playable.lengthFrames() >= 2 * fade) {
            player.setLoop(0, playable.lengthFrames());
        }
        out.println(String.format(Locale.ROOT, "Playing %s: %.1f s from %.1f s, looped; every switch crossfades "
                        + "over %.0f ms.%s%s", nullAudio ? "into the null output (nothing is heard)"
                        : "through the default audio output", playable.lengthFrames() / (double) sampleRate,
                playable.startFrame() / (double) sampleRate, PlaybackEngine.DEFAULT_FADE_MS,
                playable.headroomDb() < 0 ? String.format(Locale.ROOT, " Both turned down %.2f dB to avoid "
                        + "clipping.", playable.headroomDb()) : "",
                playable.cropped() ? " Only the first part plays: use --loop to choose another." : ""));
        return new AudioTrials(player, protocol, 0, Clock.systemUTC());
    }
}
