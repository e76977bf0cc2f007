package dev.earshot.report.text;

import java.util.List;

/**
 * The method appendix in plain language, shared by the HTML and PDF writers: what each figure means, how the
 * simulation works, and where the playback profiles come from.
 */
public final class MethodText {

    /**
     * One term and its explanation.
     *
     * @param term        the figure's name with its unit
     * @param explanation what it means, in one to three sentences
     */
    public record Term(String term, String explanation) {
    }

    private MethodText() {
    }

    /** The figures of the report, explained. */
    public static List<Term> terms() {
        return List.of(
                new Term("Integrated loudness (LUFS)", "How loud the whole track sounds on average, measured the way "
                        + "broadcasters and streaming services measure it (ITU-R BS.1770, EBU R 128). Higher is "
                        + "louder; "
                        + "1 LU is a small but audible step."),
                new Term("Maximum short-term loudness (LUFS)", "The loudest three seconds of the track."),
                new Term("Loudness range, LRA (LU)", "How much the loudness moves between quiet and loud passages. "
                        + "Small values mean a dense, even track; large values a dynamic one."),
                new Term("True peak (dBTP)", "The highest level the waveform reaches between samples, as a "
                        + "converter or a lossy codec will reconstruct it. Above about \u22121 dBTP, encoding for "
                        + "streaming can clip."),
                new Term("Peak-to-loudness ratio, PLR (dB)", "True peak minus integrated loudness: how much room "
                        + "the peaks have above the average. Heavily limited masters have a small PLR."),
                new Term("Spectral delta (dB)", "The device's long-term spectrum minus the master's, after both are "
                        + "matched to the same integrated loudness and smoothed to 1/6 octave. It shows what the "
                        + "device changes in tonal balance, not how loud it plays."),
                new Term("Band delta (dB)", "The same difference summed over five bands: sub 20\u201360 Hz, "
                        + "bass 60\u2013250 Hz, low-mid 250 Hz\u20132 kHz, presence 2\u20136 kHz, air 6\u201320 kHz."),
                new Term("Low-end survival (dB)", "How much of the master's sub and bass energy is left on the "
                        + "device: 0 dB is all of it, \u221210 dB a tenth. The report also checks whether the kick or "
                        + "bass fundamental is above the hearing threshold (ISO 226) at the device's listening level, "
                        + "or whether only its harmonic is heard."),
                new Term("Presence consistency (dB)", "The 2\u20136 kHz range, where a vocal's intelligibility "
                        + "lives, relative to the whole programme, at the device's level and at a quiet level, "
                        + "weighted by how the ear's sensitivity changes with level."),
                new Term("Mono fold (LU, dB)", "For devices with one speaker: how much loudness and which bands "
                        + "are lost when left and right are summed. Out-of-phase material cancels."),
                new Term("Masking by noise (%)", "For a car: the share of the spectrum that sits below the road "
                        + "noise and so is not heard."));
    }

    /** Paragraphs on how the simulation works. */
    public static List<String> simulation() {
        return List.of(
                "Each playback profile describes a device as a chain of stages: an impulse response for its frequency "
                        + "and phase response (speaker, enclosure, room or cabin), and, where the device has them, a "
                        + "mono sum, a bass limiter or speaker-protection limiter, an environment noise bed and a "
                        + "typical listening level.",
                "The master is played through every profile in full, at its own sample rate, and the result is "
                        + "measured exactly like the master. Differences are computed after matching integrated "
                        + "loudness, so the report shows what each device changes in balance rather than in volume.",
                "Findings come from explicit rules with fixed thresholds; each finding names its figure, its "
                        + "threshold and the devices it affects.",
                "Shipped profiles are modeled from published frequency-response figures and typical listening "
                        + "levels, not measured from one physical unit. Real devices of a category vary; treat the "
                        + "figures as what a typical device of that kind does, and check anything critical by "
                        + "listening.");
    }

    /** The sentence explaining the provenance kinds. */
    public static String provenanceKinds() {
        return "\u201cModeled\u201d profiles are built from published figures; \u201cmeasured\u201d ones from a "
                + "measurement of a real device; \u201cimported\u201d ones from an impulse response a user supplied.";
    }
}
