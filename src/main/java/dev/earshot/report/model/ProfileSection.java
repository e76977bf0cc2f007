package dev.earshot.report.model;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessDelta;
import dev.earshot.analysis.LoudnessFigures;

import java.util.Map;

/**
 * The master through one playback profile.
 *
 * @param profileId           the profile's id
 * @param profileName         display name
 * @param categoryName        category display name (e.g. "Smart speaker")
 * @param description         the profile's one-sentence description
 * @param provenanceKind      {@code modeled}, {@code measured} or {@code imported}
 * @param provenanceSource    where the profile's figures come from
 * @param listeningLevelDbSpl the level the device is assumed to play at, in dB SPL
 * @param loudness            the rendering's loudness figures (not level-matched)
 * @param loudnessDelta       rendering minus master
 * @param spectralDelta       rendering minus master after matching integrated loudness, 1/6-octave smoothed, in dB
 * @param bandDeltaDb         per band, rendering minus master after loudness matching, in dB
 * @param lowEnd              low-end translation figures
 * @param presence            vocal/presence consistency figures
 * @param mono                mono-fold figures for devices that sum to mono; {@code null} for stereo devices
 * @param masking             masking by the environment's noise; {@code null} for profiles without noise
 */
public record ProfileSection(String profileId, String profileName, String categoryName, String description,
                             String provenanceKind, String provenanceSource, double listeningLevelDbSpl,
                             LoudnessFigures loudness, LoudnessDelta loudnessDelta, SpectrumCurve spectralDelta,
                             Map<Band, Double> bandDeltaDb, LowEndTranslation lowEnd, PresenceConsistency presence,
                             MonoCompatibility mono, NoiseMasking masking) {

    public ProfileSection {
        bandDeltaDb = OrderedMaps.bands(bandDeltaDb);
    }
}
