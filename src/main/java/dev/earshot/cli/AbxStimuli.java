package dev.earshot.cli;

import dev.earshot.audio.AudioFiles;
import dev.earshot.listen.PreparedStimuli;
import dev.earshot.listen.StimulusAudio;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.StimulusPreparation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two stimuli of {@code abx run}: measured (hashes, level match, alignment), and decoded, or rendered through
 * playback profiles, when they are to be played or their level must be measured after rendering.
 *
 * @param prepared   measurements; with profiles the level match is the renders'
 * @param samplesA   A as played, or null when nothing is played
 * @param samplesB   B as played, or null
 * @param profileIds the profile of A then B, or null without profiles
 * @param sampleRate the stimuli's sample rate
 */
record AbxStimuli(PreparedStimuli prepared, float[][] samplesA, float[][] samplesB, List<String> profileIds,
                  int sampleRate) {

    /**
     * Measures, and when needed decodes and renders, the stimuli; prints the level match.
     *
     * @param fileB         stimulus B, or null to hear A through two profiles
     * @param profileOption the --profile value, or null
     * @param decode        whether the stimuli will be played
     */
    static AbxStimuli prepare(Path fileA, Path fileB, String profileOption, Path library, double trimDb,
                              boolean decode, PrintWriter out) throws IOException {
        boolean twoFiles = fileB != null;
        Path second = twoFiles ? fileB : fileA;
        PreparedStimuli prepared = StimulusPreparation.prepare(fileA, second, trimDb);
        int sampleRate = AudioFiles.probe(fileA).sampleRate();
        float[][] samplesA = decode || profileOption != null ? StimulusAudio.decode(fileA) : null;
        float[][] samplesB = samplesA == null ? null : twoFiles ? StimulusAudio.decode(fileB) : samplesA;
        List<String> profileIds = null;
        if (profileOption != null) {
            profileIds = AbxProfiles.idsFor(profileOption, twoFiles);
            AbxProfiles profiles = AbxProfiles.load(library);
            out.println("Rendering A through " + profileIds.get(0) + " and B through " + profileIds.get(1) + " ...");
            out.flush();
            samplesA = profiles.render(samplesA, sampleRate, profileIds.get(0));
            samplesB = profiles.render(samplesB, sampleRate, profileIds.get(1));
            double lufsA = AbxProfiles.loudnessLufs(samplesA, sampleRate, "A through " + profileIds.get(0));
            double lufsB = AbxProfiles.loudnessLufs(samplesB, sampleRate, "B through " + profileIds.get(1));
            prepared = new PreparedStimuli(prepared.sha256A(), prepared.sha256B(), lufsA, lufsB, lufsA - lufsB,
                    trimDb, prepared.offsetFrames(), prepared.correlationPeak());
        }
        out.println(String.format(Locale.ROOT, "Level match: B %+.2f dB (%.1f LUFS against A's %.1f LUFS)%s; "
                        + "B is %d frames %s A (correlation %.3f).", prepared.gainBDb(), prepared.loudnessBLufs(),
                prepared.loudnessALufs(), trimDb == 0 ? "" : String.format(Locale.ROOT, ", trim %+.2f dB", trimDb),
                Math.abs(prepared.offsetFrames()), prepared.offsetFrames() >= 0 ? "behind" : "ahead of",
                prepared.correlationPeak()));
        return new AbxStimuli(prepared, samplesA, samplesB, profileIds, sampleRate);
    }

    /** The stimuli as the header records them, with the profile each was heard through. */
    List<StimulusInfo> stimuli(String pathA, String pathB) {
        List<StimulusInfo> plain = prepared.toStimuli(pathA, pathB);
        if (profileIds == null) {
            return plain;
        }
        List<StimulusInfo> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            StimulusInfo s = plain.get(i);
            out.add(new StimulusInfo(s.label(), s.path(), s.sha256(), s.gainDb(), s.offsetFrames(),
                    profileIds.get(i)));
        }
        return out;
    }
}
