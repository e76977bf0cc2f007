package dev.earshot.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.ChartRenderingInfo;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a chart headless to PNG bytes or an SVG string. No file I/O: writers decide where the bytes go. Call off the
 * EDT only with a chart no UI shares.
 */
public final class ChartRendering {

    private ChartRendering() {
    }

    /**
     * PNG of the chart drawn at {@code widthPt × heightPt} and rasterised at {@code scale} pixels per point (2 for
     * sharp print).
     */
    public static byte[] png(JFreeChart chart, int widthPt, int heightPt, double scale) {
        BufferedImage image = pngImage(chart, widthPt, heightPt, scale);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode a chart as PNG", e);
        }
        return bytes.toByteArray();
    }

    /** The chart rasterised at {@code scale} pixels per point, opaque RGB. */
    public static BufferedImage pngImage(JFreeChart chart, int widthPt, int heightPt, double scale) {
        int widthPx = (int) Math.round(widthPt * scale);
        int heightPx = (int) Math.round(heightPt * scale);
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.scale(scale, scale);
            chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /**
     * The chart as one {@code <svg>} element.
     *
     * @param idPrefix   prefix of the SVG's internal ids, unique per page when several charts share one HTML page
     * @param standalone whether to add the SVG namespace (for a .svg file; inline HTML needs none)
     */
    public static String svg(JFreeChart chart, int widthPt, int heightPt, String idPrefix, boolean standalone) {
        return svg(chart, widthPt, heightPt, idPrefix, standalone, null);
    }

    /** As {@link #svg(JFreeChart, int, int, String, boolean)}, filling {@code info} with the plot's areas. */
    static String svg(JFreeChart chart, int widthPt, int heightPt, String idPrefix, boolean standalone,
                      ChartRenderingInfo info) {
        SvgGraphics2D g2 = new SvgGraphics2D(widthPt, heightPt, idPrefix);
        chart.draw(g2, new Rectangle2D.Double(0, 0, widthPt, heightPt), info);
        return g2.toSvg(standalone, chart.getTitle() == null ? null : chart.getTitle().getText());
    }
}
