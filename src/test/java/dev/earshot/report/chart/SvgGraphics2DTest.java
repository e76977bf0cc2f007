package dev.earshot.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.report.ReportDocumentFixtures;
import dev.earshot.report.model.SpectrumCurve;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class SvgGraphics2DTest {

    private static final String FIRST_SERIES = "#1f4e79";

    @Test
    void curveSpanningTheAxesHasTheDataAreaAsItsBoundingBox() throws Exception {
        // A straight line in log frequency from (20 Hz, -6 dB) to (20 kHz, +6 dB): the axes are fixed to exactly
        // that range, so the curve's corners are the data area's corners.
        SpectrumCurve line = new SpectrumCurve(new double[] {20, 200, 2000, 20_000}, new double[] {-6, -2, 2, 6});
        JFreeChart chart = FrequencyCharts.deltaOverlay("Line", "dB",
                List.of(new FrequencyCharts.NamedCurve("only", line)));
        ChartRenderingInfo info = new ChartRenderingInfo();
        Document svg = parse(ChartRendering.svg(chart, 720, 340, "t-", true, info));

        List<Element> curves = elements(svg, "path", e -> FIRST_SERIES.equals(e.getAttribute("stroke")));
        assertEquals(1, curves.size(), "one series drawn as one path");
        Rectangle2D box = boundingBox(curves.get(0).getAttribute("d"));
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        // Coordinates are written with two decimals: 0.005 rounding, 0.02 allows for both ends.
        assertEquals(dataArea.getMinX(), box.getMinX(), 0.02);
        assertEquals(dataArea.getMaxX(), box.getMaxX(), 0.02);
        assertEquals(dataArea.getMinY(), box.getMinY(), 0.02);
        assertEquals(dataArea.getMaxY(), box.getMaxY(), 0.02);
        assertFalse(curves.get(0).getAttribute("clip-path").isEmpty(), "the curve is clipped to the data area");
    }

    @Test
    void frequencyChartWritesEveryTickLabelTitleAndRotatedAxisLabelAsText() throws Exception {
        JFreeChart chart = FrequencyCharts.deltaOverlay("Phone <&> \"tonal\" change", "Device \u2212 master (dB)",
                List.of(new FrequencyCharts.NamedCurve("A", ReportDocumentFixtures.curve(f -> Math.sin(f / 1000))),
                        new FrequencyCharts.NamedCurve("B & C", ReportDocumentFixtures.curve(f -> 1.0))));
        Document svg = parse(ChartRendering.svg(chart, 720, 340, "t-", true));
        List<String> texts = new ArrayList<>();
        for (Element text : elements(svg, "text", e -> true)) {
            texts.add(text.getTextContent());
        }
        for (String tick : List.of("20", "50", "100", "200", "500", "1k", "2k", "5k", "10k", "20k")) {
            assertTrue(texts.contains(tick), "tick label " + tick + " in " + texts);
        }
        assertTrue(texts.contains("Phone <&> \"tonal\" change"), "the title survives escaping");
        assertTrue(texts.contains("B & C"), "legend entry");
        List<Element> rotated = elements(svg, "text", e -> e.getTextContent().equals("Device \u2212 master (dB)"));
        assertEquals(1, rotated.size());
        assertTrue(rotated.get(0).getAttribute("transform").startsWith("matrix("), "vertical axis label rotated");
    }

    @Test
    void groupedBarsDrawOneFilledPathPerBarPlusOnePerLegendEntry() throws Exception {
        JFreeChart chart = CategoryCharts.groupedBars("Bars", "dB", List.of("first", "second"), List.of(
                new CategoryCharts.Group("a", new double[] {1, -2}),
                new CategoryCharts.Group("b", new double[] {3, 4}),
                new CategoryCharts.Group("c", new double[] {-5, 6})), 0.0);
        Document svg = parse(ChartRendering.svg(chart, 600, 300, "b-", true));
        String second = hex(ChartStyle.seriesColor(1));
        assertEquals(3 + 1, elements(svg, "path", e -> FIRST_SERIES.equals(e.getAttribute("fill"))).size());
        assertEquals(3 + 1, elements(svg, "path", e -> second.equals(e.getAttribute("fill"))).size());
        List<String> texts = new ArrayList<>();
        for (Element text : elements(svg, "text", e -> true)) {
            texts.add(text.getTextContent());
        }
        assertTrue(texts.containsAll(List.of("a", "b", "c", "first", "second", "Bars")), texts.toString());
    }

    @Test
    void inlineSvgCarriesNoNamespaceUrlAndStandaloneDoes() {
        JFreeChart chart = FrequencyCharts.deltaOverlay("x", "dB", List.of());
        assertFalse(ChartRendering.svg(chart, 300, 200, "i-", false).contains("http"));
        assertTrue(ChartRendering.svg(chart, 300, 200, "i-", true).contains("xmlns=\"http://www.w3.org/2000/svg\""));
    }

    @Test
    void coordinatesAreWrittenWithAtMostTwoDecimalsAndNoExponent() {
        assertEquals("0", SvgDocument.num(-0.001));
        assertEquals("1.5", SvgDocument.num(1.5));
        assertEquals("-12.35", SvgDocument.num(-12.345678));
        assertEquals("100000", SvgDocument.num(1e5));
        assertEquals("0.05", SvgDocument.num(0.05));
    }

    @Test
    void drawingAnImageIsRefusedWithAMessage() {
        SvgGraphics2D g2 = new SvgGraphics2D(10, 10, "x");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> g2.drawImage(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), 0, 0, null));
        assertTrue(e.getMessage().contains("PNG"));
    }

    @Test
    void pngIsRenderedAtTheRequestedScale() throws Exception {
        JFreeChart chart = FrequencyCharts.deltaOverlay("x", "dB", List.of());
        BufferedImage image = ChartRendering.pngImage(chart, 300, 200, 2.0);
        assertEquals(600, image.getWidth());
        assertEquals(400, image.getHeight());
        byte[] png = ChartRendering.png(chart, 300, 200, 2.0);
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    private static String hex(Color color) {
        return String.format("#%06x", color.getRGB() & 0xFFFFFF);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(Document document, String tag,
                                          java.util.function.Predicate<Element> filter) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<Element> matches = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (filter.test(element)) {
                matches.add(element);
            }
        }
        return matches;
    }

    private static Rectangle2D boundingBox(String d) {
        Matcher numbers = Pattern.compile("-?[0-9]+(\\.[0-9]+)?").matcher(d);
        List<Double> values = new ArrayList<>();
        while (numbers.find()) {
            values.add(Double.parseDouble(numbers.group()));
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < values.size(); i += 2) {
            minX = Math.min(minX, values.get(i));
            maxX = Math.max(maxX, values.get(i));
            minY = Math.min(minY, values.get(i + 1));
            maxY = Math.max(maxY, values.get(i + 1));
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }
}
