package dev.earshot.ui.tools;

import dev.earshot.audio.AudioFiles;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.listen.PreparedStimuli;
import dev.earshot.listen.StimulusAudio;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.StimulusPreparation;
import dev.earshot.render.StimulusRender;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The two stimuli of a blind test from the app, prepared on a worker thread: hashed, level-matched and aligned, decoded,
 * and for the master-through-two-profiles case rendered offline through each profile's chain (latency removed, the
 * noise bed seeded as in {@code earshot abx run}, so a resumed session hears the same renders) with the level match
 * taken from the renders.
 *
 * @param prepared   the measurements (level match, alignment, hashes)
 * @param playable   the looped stimuli for the player
 * @param stimuli    the stimuli as the log's header records them
 * @param sampleRate the stimuli's sample rate in Hz
 */
record BlindStimuli(PreparedStimuli prepared, StimulusAudio.Playable playable, List<StimulusInfo> stimuli,
                    int sampleRate) {
    /**
     * @param library   the profiles, when {@code setup} compares two profiles
     * @param cancelled checked between the steps; a cancelled preparation throws {@link java.io.InterruptedIOException}
     * @throws IOException naming the file that cannot be read, or the profile that is missing
     */
    static BlindStimuli prepare(BlindTestSetup setup, ProfileLibrary library, BooleanSupplier cancelled)
            throws IOException {
        boolean profiles = setup.throughProfiles();
        java.nio.file.Path second = profiles ? setup.fileA() : setup.fileB();
        PreparedStimuli prepared = StimulusPreparation.prepare(setup.fileA(), second, 0);
        check(cancelled);
        int sampleRate = AudioFiles.probe(setup.fileA()).sampleRate();
        float[][] a = StimulusAudio.decode(setup.fileA());
        float[][] b = profiles ? a : StimulusAudio.decode(setup.fileB());
        check(cancelled);
        if (profiles) {
            a = StimulusRender.throughProfile(a, sampleRate, find(library, setup.profileA()), library);
            check(cancelled);
            b = StimulusRender.throughProfile(b, sampleRate, find(library, setup.profileB()), library);
            double lufsA = loudnessLufs(a, sampleRate, "A through " + setup.profileA());
            double lufsB = loudnessLufs(b, sampleRate, "B through " + setup.profileB());
            prepared = new PreparedStimuli(prepared.sha256A(), prepared.sha256B(), lufsA, lufsB, lufsA - lufsB, 0,
                    prepared.offsetFrames(), prepared.correlationPeak());
        }
        check(cancelled);
        StimulusAudio.Playable playable = StimulusAudio.playable(a, b, prepared.gainBDb(), prepared.offsetFrames(),
                null);
        List<StimulusInfo> plain = prepared.toStimuli(BlindTestSetup.logPath(setup.log(), setup.fileA()),
                BlindTestSetup.logPath(setup.log(), second));
        List<StimulusInfo> stimuli = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            StimulusInfo s = plain.get(i);
            stimuli.add(profiles ? new StimulusInfo(s.label(), s.path(), s.sha256(), s.gainDb(), s.offsetFrames(),
                    i == 0 ? setup.profileA() : setup.profileB()) : s);
        }
        return new BlindStimuli(prepared, playable, stimuli, sampleRate);
    }

    private static void check(BooleanSupplier cancelled) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new java.io.InterruptedIOException("preparation cancelled");
        }
    }

    private static PlaybackProfile find(ProfileLibrary library, String id) throws IOException {
        return library.find(id).orElseThrow(() -> new IOException(library.irDir() + ": no playback profile '" + id
                + "' is loaded"));
    }

    private static double loudnessLufs(float[][] samples, int sampleRate, String what) throws IOException {
        double lufs = StimulusRender.integratedLufs(samples, sampleRate);
        if (!Double.isFinite(lufs)) {
            throw new IOException(what + " is too quiet to level-match (no block above the -70 LUFS gate)");
        }
        return lufs;
    }
}
