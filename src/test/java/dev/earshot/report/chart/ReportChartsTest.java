package dev.earshot.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.report.ReportDocumentFixtures;
import dev.earshot.report.model.LoudnessSeries;
import dev.earshot.report.model.ReportDocument;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

class ReportChartsTest {

    private static ReportChart chart(ReportDocument document, String id) {
        for (ReportChart chart : ReportCharts.of(document)) {
            if (chart.id().equals(id)) {
                return chart;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    @Test
    void timeAxisReadsMinutesAndSeconds() {
        TimeCharts.MinutesSeconds format = new TimeCharts.MinutesSeconds();
        assertEquals("0:00", format.format(0));
        assertEquals("1:35", format.format(95));
        assertEquals("12:05", format.format(725.0));
    }

    @Test
    void loudnessOverTimeHasOnePointPerValueAndSilenceBreaksTheLine() {
        ReportDocument document = ReportDocumentFixtures.full();
        LoudnessSeries series = document.master().shortTermLoudness();
        XYPlot plot = (XYPlot) chart(document, "loudness-over-time").chart().getPlot();
        assertEquals(series.size(), plot.getDataset().getItemCount(0));
        // The fixture is silent for its first 2 s: those points are gaps, not -inf.
        assertTrue(Double.isNaN(plot.getDataset().getYValue(0, 0)));
        assertEquals(series.size() * series.intervalSeconds(), plot.getDomainAxis().getUpperBound(), 1e-9);
        NumberAxis level = (NumberAxis) plot.getRangeAxis();
        assertTrue(level.getLowerBound() <= -14 && level.getUpperBound() >= -7.5, level.getRange().toString());
        assertEquals(2, plot.getRangeMarkers(Layer.FOREGROUND).size());
    }

    @Test
    void aSilentMasterHasNoLoudnessOverTimeChart() {
        List<String> ids = new ArrayList<>();
        ReportCharts.of(ReportDocumentFixtures.silentWithManyProfiles()).forEach(c -> ids.add(c.id()));
        assertFalse(ids.contains("loudness-over-time"), ids.toString());
        assertTrue(ids.contains("band-heatmap"), ids.toString());
    }

    @Test
    void heatMapHoldsEveryProfileAndBandWithItsDelta() {
        ReportDocument document = ReportDocumentFixtures.full();
        JFreeChart chart = chart(document, "band-heatmap").chart();
        XYZDataset cells = (XYZDataset) ((XYPlot) chart.getPlot()).getDataset();
        int bands = Band.values().length;
        assertEquals(document.profiles().size() * bands, cells.getItemCount(0));
        for (int row = 0; row < document.profiles().size(); row++) {
            for (Band band : Band.values()) {
                int item = row * bands + band.ordinal();
                assertEquals(band.ordinal(), cells.getXValue(0, item), 0.0);
                assertEquals(row, cells.getYValue(0, item), 0.0);
                assertEquals(document.profiles().get(row).bandDeltaDb().get(band), cells.getZValue(0, item), 0.0);
            }
        }
    }

    @Test
    void equalBarsGetAReadableAxisWithoutScientificLabels() {
        // All tracks share one balance: deviations are rounding noise around 0 dB.
        List<CategoryCharts.Group> groups = List.of(new CategoryCharts.Group("a.wav", new double[] {2e-8, -1e-15}),
                new CategoryCharts.Group("b.wav", new double[] {-2e-8, 0.0}));
        JFreeChart chart = CategoryCharts.groupedBars("Album tonal balance", "Track \u2212 album mean (dB)",
                List.of("Sub", "Bass"), groups, 0.0);
        NumberAxis axis = (NumberAxis) ((CategoryPlot) chart.getPlot()).getRangeAxis();
        assertTrue(axis.getLowerBound() <= -2.9 && axis.getUpperBound() >= 2.9, axis.getRange().toString());
        String svg = ChartRendering.svg(chart, 480, 200, "t", true);
        assertFalse(svg.contains("E-") || svg.contains("0E0"), "scientific tick labels in the axis");
    }

    @Test
    void albumLoudnessChartDrawsNoToleranceLinesTheRuleDoesNotUse() {
        // Flags compare a track with the other tracks (and the median), so lines at mean +-2 LU would mislead.
        ReportChart album = chart(ReportDocumentFixtures.full(), "album-loudness");
        CategoryPlot plot = (CategoryPlot) album.chart().getPlot();
        assertEquals(1, plot.getRangeMarkers(Layer.FOREGROUND).size(), "only the 0 LU line");
        assertFalse(album.caption().contains("dashed"), album.caption());
        assertTrue(album.caption().contains("other tracks"), album.caption());
    }
}
