package dev.earshot.report.chart;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReleasePreview;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.text.AlbumWords;

import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts of a report, built from its {@link ReportDocument}: spectral delta per device category, band deltas,
 * loudness and true peak per profile, low-end survival, reference comparison, album loudness and balance, platform
 * gains, the master's loudness over time (left out for a silent master or one measured without the series). Charts for
 * absent sections are left out. Each call builds new chart objects; no rendering or file I/O.
 */
public final class ReportCharts {

    /** Natural chart width in points: A4 text width at 100 % is about 480 pt, the HTML column 760 px. */
    public static final int WIDTH_PT = 720;
    private static final int CURVE_HEIGHT_PT = 320;
    private static final int LEGEND_ROW_PT = 15;
    private static final int TIME_HEIGHT_PT = 280;
    /** The level Spotify, YouTube, Tidal and Amazon Music normalise music to (REFERENCE.md section 2), in LUFS. */
    static final double STREAMING_REFERENCE_LUFS = -14.0;
    /** More curves than this on one chart become unreadable; a category with more gets several charts. */
    static final int MAX_CURVES = 6;

    private ReportCharts() {
    }

    /** Every chart the document has data for, in the order the report shows them. */
    public static List<ReportChart> of(ReportDocument document) {
        List<ReportChart> charts = new ArrayList<>();
        List<ProfileSection> profiles = document.profiles();
        for (Map.Entry<String, List<ProfileSection>> category : byCategory(profiles).entrySet()) {
            List<ProfileSection> members = category.getValue();
            int parts = (members.size() + MAX_CURVES - 1) / MAX_CURVES;
            for (int part = 0; part < parts; part++) {
                List<FrequencyCharts.NamedCurve> curves = new ArrayList<>();
                for (ProfileSection profile : members.subList(part * MAX_CURVES,
                        Math.min(members.size(), (part + 1) * MAX_CURVES))) {
                    curves.add(new FrequencyCharts.NamedCurve(profile.profileName(), profile.spectralDelta()));
                }
                String title = category.getKey() + ": tonal change" + (parts > 1 ? " (" + (part + 1) + " of "
                        + parts + ")" : "");
                charts.add(new ReportChart(spectralId(category.getKey(), part),
                        "Above the line the device plays that range louder than the master, below it quieter "
                                + "(after matching loudness).",
                        FrequencyCharts.deltaOverlay(title, "Device \u2212 master (dB)", curves), WIDTH_PT,
                        CURVE_HEIGHT_PT + legendHeight(curves.size())));
            }
        }
        if (Arrays.stream(document.master().shortTermLoudness().shortTermLufs()).anyMatch(Double::isFinite)) {
            charts.add(loudnessOverTime(document));
        }
        if (!profiles.isEmpty()) {
            charts.add(bandHeatMap(profiles));
            charts.add(bandDeltas(profiles));
            charts.add(loudness(document));
            charts.add(lowEnd(profiles));
        }
        if (!document.references().isEmpty()) {
            charts.add(references(document.references()));
        }
        if (document.album() != null && !document.album().tracks().isEmpty()) {
            charts.add(albumLoudness(document.album()));
            charts.add(albumBalance(document.album()));
        }
        if (document.release() != null && !document.release().platforms().isEmpty()) {
            charts.add(releaseGains(document.release()));
        }
        return charts;
    }

    private static ReportChart loudnessOverTime(ReportDocument document) {
        double integratedLufs = document.master().loudness().integratedLufs();
        return new ReportChart("loudness-over-time", "The master's loudness over the last 3 s at each moment. The "
                + "dashed line is the level most streaming platforms play music at; the grey line the master's "
                + "integrated loudness.",
                TimeCharts.shortTermLoudness(document.master().shortTermLoudness(), integratedLufs,
                        STREAMING_REFERENCE_LUFS), WIDTH_PT, TIME_HEIGHT_PT);
    }

    private static ReportChart bandHeatMap(List<ProfileSection> profiles) {
        List<String> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            bands.add(BandNames.shortName(band));
        }
        List<String> names = new ArrayList<>();
        double[][] valuesDb = new double[profiles.size()][];
        for (int i = 0; i < profiles.size(); i++) {
            names.add(profiles.get(i).profileName());
            valuesDb[i] = bandValues(profiles.get(i).bandDeltaDb());
        }
        return new ReportChart("band-heatmap", "Each cell is one band's level on the device minus the master's, "
                + "after matching loudness: red where the device plays that band louder, blue where quieter. Sub is "
                + "20-60 Hz, bass 60-250 Hz, low-mid 250 Hz-2 kHz, presence 2-6 kHz, air 6-20 kHz.",
                HeatMapCharts.deltas("Band balance at a glance", bands, names, valuesDb), WIDTH_PT,
                HeatMapCharts.heightFor(profiles.size()));
    }

    private static ReportChart bandDeltas(List<ProfileSection> profiles) {
        List<String> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            bands.add(BandNames.of(band));
        }
        List<CategoryCharts.Group> groups = new ArrayList<>();
        for (ProfileSection profile : profiles) {
            groups.add(new CategoryCharts.Group(profile.profileName(), bandValues(profile.bandDeltaDb())));
        }
        return new ReportChart("band-deltas", "Each bar is one band's level on the device minus the master's, "
                + "after matching loudness.",
                CategoryCharts.groupedBars("Band balance by device", "Device \u2212 master (dB)", bands, groups, 0.0),
                WIDTH_PT, CategoryCharts.heightFor(groups.size(), bands.size()));
    }

    private static ReportChart loudness(ReportDocument document) {
        List<CategoryCharts.Group> groups = new ArrayList<>();
        groups.add(new CategoryCharts.Group("Master", new double[] {
            document.master().loudness().integratedLufs(), document.master().loudness().truePeakDbtp()}));
        for (ProfileSection profile : document.profiles()) {
            groups.add(new CategoryCharts.Group(profile.profileName(), new double[] {
                profile.loudness().integratedLufs(), profile.loudness().truePeakDbtp()}));
        }
        return new ReportChart("loudness", "Integrated loudness and true peak of the master and of each device's "
                + "rendering, before any level matching.",
                CategoryCharts.groupedBars("Loudness and true peak", "LUFS / dBTP",
                        List.of("Integrated loudness (LUFS)", "True peak (dBTP)"), groups, Double.NaN),
                WIDTH_PT, CategoryCharts.heightFor(groups.size(), 2));
    }

    private static ReportChart lowEnd(List<ProfileSection> profiles) {
        List<CategoryCharts.Group> groups = new ArrayList<>();
        for (ProfileSection profile : profiles) {
            groups.add(new CategoryCharts.Group(profile.profileName(), new double[] {
                profile.lowEnd().subSurvivalDb(), profile.lowEnd().bassSurvivalDb()}));
        }
        return new ReportChart("low-end", "0 dB means all of the master's low end survives; -10 dB means a tenth "
                + "of its energy does.",
                CategoryCharts.groupedBars("Low-end survival", "Device relative to master (dB)",
                        List.of("Sub 20-60 Hz", "Bass 60-250 Hz"), groups, 0.0),
                WIDTH_PT, CategoryCharts.heightFor(groups.size(), 2));
    }

    private static ReportChart references(List<ReferenceComparison> references) {
        List<FrequencyCharts.NamedCurve> curves = new ArrayList<>();
        for (ReferenceComparison reference : references) {
            curves.add(new FrequencyCharts.NamedCurve(reference.fileName(), reference.studioDelta()));
        }
        return new ReportChart("reference", "Above the line the master has more of that range than the "
                + "reference, below it less (both at the same loudness).",
                FrequencyCharts.deltaOverlay("Master against reference", "Master \u2212 reference (dB)", curves),
                WIDTH_PT, CURVE_HEIGHT_PT);
    }

    private static ReportChart albumLoudness(AlbumComparison album) {
        List<CategoryCharts.Group> groups = new ArrayList<>();
        for (AlbumComparison.Track track : album.tracks()) {
            groups.add(new CategoryCharts.Group(trackLabel(track),
                    new double[] {track.integratedLufs() - album.meanIntegratedLufs()}));
        }
        JFreeChart chart = CategoryCharts.groupedBars("Album loudness", "Track \u2212 album mean (LU)",
                List.of("Integrated loudness"), groups, 0.0);
        return new ReportChart("album-loudness", AlbumWords.loudnessCaption(album),
                chart, WIDTH_PT, CategoryCharts.heightFor(groups.size(), 1));
    }

    private static ReportChart albumBalance(AlbumComparison album) {
        List<String> bands = new ArrayList<>();
        for (Band band : Band.values()) {
            bands.add(BandNames.of(band));
        }
        List<CategoryCharts.Group> groups = new ArrayList<>();
        for (AlbumComparison.Track track : album.tracks()) {
            groups.add(new CategoryCharts.Group(trackLabel(track), bandValues(track.bandDeviationDb())));
        }
        return new ReportChart("album-balance", "Each bar is one band of a track against the album's mean "
                + "balance.", CategoryCharts.groupedBars("Album tonal balance", "Track \u2212 album mean (dB)",
                        bands, groups, 0.0), WIDTH_PT, CategoryCharts.heightFor(groups.size(), bands.size()));
    }

    private static ReportChart releaseGains(ReleasePreview release) {
        List<CategoryCharts.Group> groups = new ArrayList<>();
        for (ReleasePreview.Platform platform : release.platforms()) {
            groups.add(new CategoryCharts.Group(platform.name(), new double[] {platform.gainDb()}));
        }
        return new ReportChart("release-gains", "Negative: the platform turns the master down by that much; "
                + "positive: it turns it up.",
                CategoryCharts.groupedBars("Platform playback gain", "Gain (dB)", List.of("Gain"), groups, 0.0),
                WIDTH_PT, CategoryCharts.heightFor(groups.size(), 1));
    }

    private static String trackLabel(AlbumComparison.Track track) {
        return track.isMaster() ? track.fileName() + " (this master)" : track.fileName();
    }

    private static double[] bandValues(Map<Band, Double> valuesDb) {
        double[] values = new double[Band.values().length];
        for (Band band : Band.values()) {
            Double value = valuesDb.get(band);
            values[band.ordinal()] = value == null ? Double.NaN : value;
        }
        return values;
    }

    /** Room for a bottom legend of {@code series} entries, allowing one line each when names are long. */
    private static int legendHeight(int series) {
        return series > 1 ? LEGEND_ROW_PT * series : 0;
    }

    /**
     * Id of the spectral-delta chart of a category; {@code part} counts from 0 when a category has more than
     * {@value #MAX_CURVES} profiles and is split over several charts.
     */
    public static String spectralId(String categoryName, int part) {
        return "spectral-delta-" + slug(categoryName) + (part == 0 ? "" : "-part" + (part + 1));
    }

    /** Ids of every spectral-delta chart of the category in {@code charts}, in order. */
    public static List<String> spectralIds(List<String> chartIds, String categoryName) {
        List<String> ids = new ArrayList<>();
        for (int part = 0; chartIds.contains(spectralId(categoryName, part)); part++) {
            ids.add(spectralId(categoryName, part));
        }
        return ids;
    }

    /** Profiles grouped by category display name, categories in order of first appearance. */
    public static Map<String, List<ProfileSection>> byCategory(List<ProfileSection> profiles) {
        Map<String, List<ProfileSection>> categories = new LinkedHashMap<>();
        for (ProfileSection profile : profiles) {
            categories.computeIfAbsent(profile.categoryName(), key -> new ArrayList<>()).add(profile);
        }
        return categories;
    }

    /** Lower-case ASCII letters, digits and dashes: safe in file names and element ids. */
    public static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
