package dev.earshot.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a report with what a writer needs to place it.
 *
 * @param id       file-name-safe id, e.g. {@code spectral-delta-phone}; unique within a report
 * @param caption  one sentence under the chart saying how to read it
 * @param chart    the chart; owned by whoever asked for it, not shared
 * @param widthPt  natural width in points (CSS px)
 * @param heightPt natural height in points (CSS px)
 */
public record ReportChart(String id, String caption, JFreeChart chart, int widthPt, int heightPt) {
}
