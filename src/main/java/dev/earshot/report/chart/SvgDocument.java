package dev.earshot.report.chart;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

/**
 * The growing body of one SVG picture, shared by a {@link SvgGraphics2D} and the graphics it {@code create()}s: the
 * element list, the clip-path definitions (one per distinct clip shape) and number formatting. Not thread-safe: one
 * picture is drawn by one thread.
 */
final class SvgDocument {

    private final String idPrefix;
    private final StringBuilder defs = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> clipIds = new HashMap<>();
    private final GlyphText glyphText = new GlyphText();

    SvgDocument(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    StringBuilder body() {
        return body;
    }

    /** The id of a clip path for the device-space shape, defined once per distinct outline. */
    String clipId(Shape deviceClip) {
        String d = pathData(deviceClip);
        return clipIds.computeIfAbsent(d, key -> {
            String id = idPrefix + "clip" + clipIds.size();
            defs.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(key)
                    .append("\"/></clipPath>");
            return id;
        });
    }

    /** Recovers the text of labels drawn as glyphs, for the whole picture. */
    GlyphText glyphText() {
        return glyphText;
    }

    /**
     * The complete {@code <svg>} element; with {@code standalone} it carries the SVG namespace for a .svg file, and
     * {@code label} (may be null) names the picture for screen readers.
     */
    String toSvg(int width, int height, boolean standalone, String label) {
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 256);
        svg.append("<svg");
        if (standalone) {
            svg.append(" xmlns=\"http://www.w3.org/2000/svg\"");
        }
        svg.append(" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"").append(SvgGraphics2D.SANS_STACK).append("\" role=\"img\"");
        if (label != null && !label.isBlank()) {
            svg.append(" aria-label=\"").append(escape(label)).append('"');
        }
        svg.append('>');
        if (defs.length() > 0) {
            svg.append("<defs>").append(defs).append("</defs>");
        }
        svg.append(body).append("</svg>");
        return svg.toString();
    }

    /** SVG path data of a shape, coordinates rounded to 1/100 unit. */
    static String pathData(Shape shape) {
        if (shape instanceof Rectangle2D rectangle) {
            return "M" + num(rectangle.getMinX()) + ' ' + num(rectangle.getMinY()) + "H" + num(rectangle.getMaxX())
                    + "V" + num(rectangle.getMaxY()) + "H" + num(rectangle.getMinX()) + "Z";
        }
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1]))
                        .append(' ').append(num(c[2])).append(' ').append(num(c[3])).append(' ')
                        .append(num(c[4])).append(' ').append(num(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    /** A coordinate with at most two decimals, no exponent, no trailing zeros, "." as decimal point. */
    static String num(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        long hundredths = Math.round(value * 100.0);
        long whole = Math.abs(hundredths) / 100;
        long fraction = Math.abs(hundredths) % 100;
        StringBuilder text = new StringBuilder();
        if (hundredths < 0) {
            text.append('-');
        }
        text.append(whole);
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }

    /** Escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                        out.append(' ');
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
