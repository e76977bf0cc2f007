package dev.earshot.report.findings;

import dev.earshot.report.model.CodecPreview;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;
import java.util.Locale;

/**
 * {@value #ID}: the master, encoded to MP3 and decoded again (the codec preview), has more than
 * {@link #THRESHOLD_SAMPLES} samples above full scale at its lowest previewed bit rate that has any. MEDIUM: a
 * player clips them. The advice is a limiter ceiling low enough to absorb the overshoot the codec added (decoded true
 * peak minus the master's), with {@link #MARGIN_DB} dB to spare, rounded down to 0.5 dB and never above
 * {@link #HIGHEST_CEILING_DBTP} dBTP. No finding without a codec preview.
 */
public final class CodecOversRule implements FindingRule {
    public static final String ID = "codec.overs";
    /** Decoded samples above full scale beyond which the rule fires. */
    public static final long THRESHOLD_SAMPLES = 0;
    /** Headroom added to the codec's overshoot in the advised ceiling, in dB. */
    public static final double MARGIN_DB = 0.5;
    /** The advised ceiling is never higher than this, in dBTP. */
    public static final double HIGHEST_CEILING_DBTP = -1.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        CodecPreview codec = document.codec();
        if (codec == null) {
            return List.of();
        }
        CodecPreview.Result worst = null;
        for (CodecPreview.Result result : codec.results()) {
            if (result.oversCount() > THRESHOLD_SAMPLES
                    && (worst == null || result.bitrateKbps() < worst.bitrateKbps())) {
                worst = result;
            }
        }
        if (worst == null) {
            return List.of();
        }
        double masterPeakDbtp = document.master().loudness().truePeakDbtp();
        double ceilingDbtp = advisedCeilingDbtp(masterPeakDbtp, worst.truePeakDbtp());
        String name = worst.codec() + " at " + worst.bitrateKbps() + " kbit/s";
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                name + " clips: " + worst.oversCount() + " samples over full scale; lower the ceiling to "
                        + Figures.number(ceilingDbtp, 1) + " dBTP.",
                String.format(Locale.ROOT, "Decoded, the %s file peaks at %s dBTP against the master's %s dBTP; "
                                + "the encoder's filtering adds overshoot that a player clips.", name,
                        Figures.number(worst.truePeakDbtp(), 1), Figures.number(masterPeakDbtp, 1)),
                worst.oversCount(), "samples", THRESHOLD_SAMPLES, List.of()));
    }

    /** The advised limiter ceiling in dBTP for a master at {@code masterPeakDbtp} decoding to {@code decodedDbtp}. */
    static double advisedCeilingDbtp(double masterPeakDbtp, double decodedDbtp) {
        double overshootDb = Double.isFinite(decodedDbtp - masterPeakDbtp)
                ? Math.max(0, decodedDbtp - masterPeakDbtp) : 0;
        double ceiling = Math.floor((-overshootDb - MARGIN_DB) * 2) / 2;
        return Math.min(HIGHEST_CEILING_DBTP, ceiling);
    }
}
