package dev.earshot.report;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessDelta;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.CodecPreview;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.LowEndTranslation;
import dev.earshot.report.model.LoudnessSeries;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.MonoCompatibility;
import dev.earshot.report.model.NoiseMasking;
import dev.earshot.report.model.PresenceConsistency;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReleasePreview;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.model.SpectrumCurve;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * Realistic report documents for writer tests: four profiles of different categories with plausible figures, and
 * either every optional section filled or none. The master's file name holds characters that need escaping and
 * non-Latin letters on purpose.
 */
public final class ReportDocumentFixtures {

    /** The full fixture's master file name: markup characters and non-Latin letters. */
    public static final String TRICKY_MASTER_NAME = "Nachtfahrt <v3> & \"final\" \u6771\u4eac \u2212 Bj\u00f6rk.wav";

    private ReportDocumentFixtures() {
    }

    /** Four profiles, six findings, two references, an album, release, codec and blind-test sections. */
    public static ReportDocument full() {
        MasterSummary master = master(TRICKY_MASTER_NAME);
        List<ProfileSection> profiles = profiles(master.loudness());
        List<ReferenceComparison> references = List.of(
                new ReferenceComparison("Reference A - Radio Edit.wav", -8.9,
                        curve(f -> 2.5 * bump(f, 90, 1.0) - 1.5 * bump(f, 3500, 0.8)),
                        bands(-3.1, 1.2, 0.4, -1.4, 0.6),
                        Map.of("phone-generic", bands(-1.0, 0.8, 0.2, -1.6, 0.4),
                                "car-sedan-road", bands(-3.4, 1.5, 0.3, -1.2, 0.5))),
                new ReferenceComparison("Reference B.flac", -10.2, curve(f -> 1.2 * bump(f, 8000, 1.2)),
                        bands(0.4, 0.2, -0.3, 0.5, 1.3), Map.of()));
        AlbumComparison album = new AlbumComparison(List.of(
                new AlbumComparison.Track(TRICKY_MASTER_NAME, true, -9.1, 5.2, -0.8,
                        bands(0.6, 0.4, -0.2, 0.3, 0.1), List.of()),
                new AlbumComparison.Track("02 Intro.wav", false, -13.8, 9.5, -2.1, bands(-2.5, -1.1, 0.6, 0.4, 1.8),
                        List.of("3.0 LU quieter than the album mean", "Air band 1.8 dB brighter than the album")),
                new AlbumComparison.Track("03 Lights.wav", false, -9.4, 5.9, -1.0, bands(0.7, 0.5, -0.3, 0.2, -0.6),
                        List.of())), -10.77, 3.0, 1.5);
        ReleasePreview release = new ReleasePreview(List.of(
                new ReleasePreview.Platform("Spotify", -14.0, -4.9, -5.7, false, -14.0,
                        "Turned down 4.9 dB: the extra loudness buys nothing here."),
                new ReleasePreview.Platform("Apple Music", -16.0, -6.9, -7.7, false, -16.0,
                        "Turned down 6.9 dB."),
                new ReleasePreview.Platform("YouTube", -14.0, -4.9, -5.7, false, -14.0, "Turned down 4.9 dB."),
                new ReleasePreview.Platform("EBU R 128 broadcast", -23.0, -13.9, -14.7, false, -23.0,
                        "Turned down 13.9 dB.")));
        CodecPreview codec = new CodecPreview(List.of(
                new CodecPreview.Result("MP3", 128, 0.6, 412, -9.8, 16_000),
                new CodecPreview.Result("MP3", 320, -0.4, 3, -1.1, 19_500)));
        List<BlindTestSummary> blind = List.of(new BlindTestSummary("abx-2026-11-20.log", "ABX", "Mara & Co",
                "master.wav", "Phone (generic)", 16, 13, 0.0106, "Heard a difference (p = 0.011)", true));
        return new ReportDocument(meta(TRICKY_MASTER_NAME, "Lumen Records"), master, profiles, findings(),
                references, album, release, codec, blind);
    }

    /** The same master and profiles with no optional section and no client. */
    public static ReportDocument withoutOptionalSections() {
        MasterSummary master = master("plain-master.wav");
        return new ReportDocument(meta("plain-master.wav", null), master, profiles(master.loudness()),
                findings().subList(0, 2), List.of(), null, null, null, List.of());
    }

    /**
     * A silent master through fifteen profiles of one category: infinite and NaN figures everywhere, curves with
     * non-finite points, no findings. Writers must cope without throwing.
     */
    public static ReportDocument silentWithManyProfiles() {
        LoudnessFigures silence = new LoudnessFigures(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0,
                Double.NEGATIVE_INFINITY, Double.NaN);
        MasterSummary master = new MasterSummary("silence.wav", 10.0, 44_100, 1, silence,
                bands(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN), curve(f -> Double.NaN),
                Double.NaN, silentSeries(10));
        List<ProfileSection> profiles = new ArrayList<>();
        for (int index = 0; index < 15; index++) {
            int i = index;
            profiles.add(new ProfileSection("speaker-" + i, "Smart speaker model " + i + " with a rather long name",
                    "Smart speaker", "", "measured", "A measurement", 70, silence,
                    LoudnessDelta.between(silence, silence), curve(f -> f > 1000 ? Double.NEGATIVE_INFINITY : -i),
                    bands(-i, Double.NaN, 0, i, 2), new LowEndTranslation(Double.NEGATIVE_INFINITY, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, false),
                    new PresenceConsistency(Double.NaN, Double.NaN, Double.NaN, 60, Double.NaN),
                    new MonoCompatibility(Double.NaN, Map.of(), Band.SUB), null));
        }
        return new ReportDocument(meta("silence.wav", ""), master, profiles, List.of(), List.of(), null, null, null,
                List.of());
    }

    private static ReportMeta meta(String masterName, String client) {
        return new ReportMeta(ReportMeta.SCHEMA_VERSION, "0.1.0", masterName, client,
                Instant.parse("2026-11-25T14:30:00Z"), List.of(
                new ReportMeta.InputFile("master", masterName, "ab".repeat(32), 214.5, 48_000, 2),
                new ReportMeta.InputFile("impulse-response", "phone-generic.wav", "cd".repeat(32), 0.05, 48_000,
                        1)));
    }

    private static MasterSummary master(String fileName) {
        return new MasterSummary(fileName, 214.5, 48_000, 2, new LoudnessFigures(-9.1, -7.2, 5.2, -0.8, 8.3),
                bands(-4.0, -1.5, -6.0, -12.5, -18.0), curve(f -> -3 - 9 * Math.log10(f / 100.0)), 0.42,
                songSeries(214));
    }

    /**
     * A song's short-term loudness every second: silent for the first 2 s, a quiet intro, verses near -11 LUFS and
     * choruses near -7.5 LUFS, a fade at the end.
     */
    static LoudnessSeries songSeries(int seconds) {
        double[] lufs = new double[seconds];
        for (int t = 0; t < seconds; t++) {
            boolean chorus = (t / 30) % 2 == 1;
            double level = t < 2 ? Double.NEGATIVE_INFINITY : t < 16 ? -20 + t * 0.6 : chorus ? -7.5 : -11.0;
            level += Double.isFinite(level) ? 0.6 * Math.sin(t * 0.7) : 0;
            if (t > seconds - 10) {
                level -= (t - (seconds - 10)) * 2.5;
            }
            lufs[t] = level;
        }
        return new LoudnessSeries(1.0, lufs);
    }

    static LoudnessSeries silentSeries(int seconds) {
        double[] lufs = new double[seconds];
        Arrays.fill(lufs, Double.NEGATIVE_INFINITY);
        return new LoudnessSeries(1.0, lufs);
    }

    public static List<ProfileSection> profiles(LoudnessFigures master) {
        List<ProfileSection> profiles = new ArrayList<>();
        profiles.add(profile(master, "phone-generic", "Phone (generic, held in hand)", "Phone",
                new LoudnessFigures(-14.6, -12.9, 4.1, -5.3, 9.3), bands(-27.5, -11.2, 1.8, 4.1, -2.5),
                f -> highPass(f, 400, 24) + 4 * bump(f, 3000, 0.7),
                new LowEndTranslation(-27.5, -11.2, 42, -24.1, -8.4, 84, 6.2, false),
                new PresenceConsistency(-12.5, -8.4, -10.9, 60, 1.6),
                new MonoCompatibility(-2.7, bands(-0.2, -0.4, -1.2, -5.1, -3.8), Band.PRESENCE), null));
        profiles.add(profile(master, "earbuds-budget", "Budget earbuds", "Earbuds",
                new LoudnessFigures(-10.2, -8.4, 5.0, -1.6, 8.6), bands(-3.1, 1.9, -0.8, 3.4, -1.5),
                f -> 2 * bump(f, 120, 1.0) + 5 * bump(f, 3000, 0.4) - 3 * bump(f, 12000, 1),
                new LowEndTranslation(-3.1, 1.9, 42, -2.0, 14.5, 84, 22.0, true),
                new PresenceConsistency(-12.5, -9.1, -10.2, 60, 2.3), null, null));
        profiles.add(profile(master, "car-sedan-road", "Sedan at 100 km/h", "Car",
                new LoudnessFigures(-8.4, -6.6, 4.7, -0.5, 7.9), bands(4.2, 2.8, -0.5, -1.1, -3.9),
                f -> 5 * bump(f, 60, 1.2) - 3 * bump(f, 10000, 1.5),
                new LowEndTranslation(4.2, 2.8, 42, 3.5, 22.0, 84, 25.0, true),
                new PresenceConsistency(-12.5, -13.4, -15.8, 60, -3.3), null,
                new NoiseMasking("road noise at 100 km/h, 68 dB(A)", 0.31, 85, 11.5)));
        profiles.add(profile(master, "laptop-13in", "13-inch laptop", "Laptop",
                new LoudnessFigures(-16.9, -15.0, 3.8, -6.9, 10.0), bands(-31.0, -16.4, 2.2, 3.2, -4.6),
                f -> highPass(f, 600, 18) + 3 * bump(f, 2500, 1.0) - 4 * bump(f, 14000, 0.6),
                new LowEndTranslation(-31.0, -16.4, 42, -29.5, -12.0, 126, 3.1, false),
                new PresenceConsistency(-12.5, -8.9, -9.8, 60, 2.7),
                new MonoCompatibility(-2.1, bands(-0.1, -0.3, -1.0, -4.4, -3.1), Band.PRESENCE), null));
        return profiles;
    }

    private static ProfileSection profile(LoudnessFigures master, String id, String name, String category,
                                          LoudnessFigures loudness, Map<Band, Double> bandDeltas,
                                          DoubleUnaryOperator shape, LowEndTranslation lowEnd,
                                          PresenceConsistency presence, MonoCompatibility mono,
                                          NoiseMasking masking) {
        return new ProfileSection(id, name, category, name + ": modeled from published frequency-response figures.",
                "modeled", "Published measurements of typical " + category.toLowerCase() + " frequency responses",
                category.equals("Car") ? 85 : 72, loudness, LoudnessDelta.between(master, loudness), curve(shape),
                bandDeltas, lowEnd, presence, mono, masking);
    }

    private static List<Finding> findings() {
        return List.of(
                new Finding("low-end.fundamental-lost", Finding.Severity.HIGH,
                        "The kick's 42 Hz fundamental is 24 dB down on phones and laptops; only its 84 Hz harmonic "
                                + "remains.",
                        "On small speakers the kick is heard through its harmonics. Consider adding harmonic "
                                + "content around 80-120 Hz.", -24.1, "dB", -12, List.of("phone-generic",
                        "laptop-13in")),
                new Finding("mono.presence-loss", Finding.Severity.HIGH,
                        "The presence range drops 5.1 dB when phones sum to mono.",
                        "Something in 2-6 kHz is out of phase between left and right; check wide pads.", -5.1, "dB",
                        -3, List.of("phone-generic", "laptop-13in")),
                new Finding("presence.harsh", Finding.Severity.MEDIUM,
                        "Budget earbuds lift 3 kHz by 5 dB: the vocal may sound harsh.",
                        "Check the vocal's upper mids on earbuds.", 5.0, "dB", 4, List.of("earbuds-budget")),
                new Finding("masking.road-noise", Finding.Severity.MEDIUM,
                        "31 % of the spectrum falls under road noise in the car, everything below 85 Hz.",
                        "Normal for cars; the low end carries because the car adds its own boost.", 31, "%", 25,
                        List.of("car-sedan-road")),
                new Finding("release.turned-down", Finding.Severity.LOW,
                        "Streaming platforms will turn this master down by 5 to 7 dB.",
                        "The extra loudness buys nothing on Spotify or Apple Music.", -4.9, "dB", -3, List.of()),
                new Finding("presence.quiet-recedes", Finding.Severity.INFO,
                        "At 60 dB SPL the vocal recedes 3.3 dB in the car.",
                        "Quiet listening in a car masks the vocal less than the kick.", -3.3, "dB", -3,
                        List.of("car-sedan-road")));
    }

    /** 1/6-octave points from 20 Hz to 20 kHz with values {@code shape(f)}. */
    public static SpectrumCurve curve(DoubleUnaryOperator shape) {
        int points = 61;
        double[] frequenciesHz = new double[points];
        double[] valuesDb = new double[points];
        for (int i = 0; i < points; i++) {
            frequenciesHz[i] = 20.0 * Math.pow(2.0, i / 6.0);
            valuesDb[i] = shape.applyAsDouble(frequenciesHz[i]);
        }
        return new SpectrumCurve(frequenciesHz, valuesDb);
    }

    private static double bump(double frequencyHz, double centreHz, double widthOctaves) {
        double octaves = Math.log(frequencyHz / centreHz) / Math.log(2);
        return Math.exp(-0.5 * octaves * octaves / (widthOctaves * widthOctaves));
    }

    private static double highPass(double frequencyHz, double cornerHz, double dbPerOctave) {
        double octaves = Math.log(frequencyHz / cornerHz) / Math.log(2);
        return octaves >= 0 ? 0.0 : Math.max(-40, dbPerOctave * octaves);
    }

    public static Map<Band, Double> bands(double sub, double bass, double lowMid, double presence, double air) {
        Map<Band, Double> values = new EnumMap<>(Band.class);
        values.put(Band.SUB, sub);
        values.put(Band.BASS, bass);
        values.put(Band.LOW_MID, lowMid);
        values.put(Band.PRESENCE, presence);
        values.put(Band.AIR, air);
        return values;
    }
}
