package dev.earshot.report.chart;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;

/**
 * A {@link Graphics2D} that records what is drawn as SVG elements instead of pixels, enough for JFreeChart's XY and
 * category charts: shapes become {@code <path>} elements (geometry in device space), text becomes {@code <text>} with
 * the font's family, size, weight and style, colours keep their alpha, {@link BasicStroke} width, dashes, caps and
 * joins are kept, and clips become {@code clipPath} definitions. Images are not supported: drawing one throws
 * {@link UnsupportedOperationException} (report charts never use background images). XOR mode and
 * {@code copyArea} are not supported either.
 *
 * <p>Text is measured with the JDK's font metrics; the viewer draws it with its own font for the same family, so
 * widths can differ by a few percent. Not thread-safe; one instance (and the graphics it creates) per picture.
 */
public final class SvgGraphics2D extends Graphics2D {

    static final String SANS_STACK =
            "system-ui, -apple-system, &quot;Segoe UI&quot;, Roboto, &quot;Helvetica Neue&quot;, Arial, sans-serif";

    private final SvgDocument document;
    private final int width;
    private final int height;
    private final Graphics2D metrics;
    private AffineTransform transform = new AffineTransform();
    private Shape deviceClip;
    private Paint paint = Color.BLACK;
    private Color background = Color.WHITE;
    private Stroke stroke = new BasicStroke(1f);
    private Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private Composite composite = AlphaComposite.SrcOver;
    private final RenderingHints hints = new RenderingHints(null);

    /**
     * A blank picture.
     *
     * @param width    width in SVG user units (CSS px)
     * @param height   height in SVG user units
     * @param idPrefix prefix of every id this picture defines, so several pictures can share one HTML page
     */
    public SvgGraphics2D(int width, int height, String idPrefix) {
        this(new SvgDocument(idPrefix), width, height, new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB)
                .createGraphics());
    }

    private SvgGraphics2D(SvgDocument document, int width, int height, Graphics2D metrics) {
        this.document = document;
        this.width = width;
        this.height = height;
        this.metrics = metrics;
    }

    /** The picture so far as one {@code <svg>} element; {@code standalone} adds the namespace for .svg files. */
    public String toSvg(boolean standalone) {
        return toSvg(standalone, null);
    }

    /** As {@link #toSvg(boolean)}, with {@code label} (may be null) as the picture's accessible name. */
    public String toSvg(boolean standalone, String label) {
        return document.toSvg(width, height, standalone, label);
    }

    @Override
    public Graphics create() {
        SvgGraphics2D copy = new SvgGraphics2D(document, width, height, metrics);
        copy.transform = new AffineTransform(transform);
        copy.deviceClip = deviceClip;
        copy.paint = paint;
        copy.background = background;
        copy.stroke = stroke;
        copy.font = font;
        copy.composite = composite;
        copy.hints.putAll(hints);
        return copy;
    }

    // --- shapes ---------------------------------------------------------------------------------------------------

    @Override
    public void draw(Shape shape) {
        if (!(stroke instanceof BasicStroke basic)) {
            fill(stroke.createStrokedShape(shape));
            return;
        }
        StringBuilder out = openPath(transform.createTransformedShape(shape));
        out.append(" fill=\"none\"");
        appendColor(out, "stroke", paint);
        double scale = Math.sqrt(Math.abs(transform.getDeterminant()));
        out.append(" stroke-width=\"").append(SvgDocument.num(Math.max(basic.getLineWidth() * scale, 0.01)))
                .append('"');
        if (basic.getEndCap() != BasicStroke.CAP_BUTT) {
            out.append(" stroke-linecap=\"").append(basic.getEndCap() == BasicStroke.CAP_ROUND ? "round" : "square")
                    .append('"');
        }
        if (basic.getLineJoin() != BasicStroke.JOIN_MITER) {
            out.append(" stroke-linejoin=\"").append(basic.getLineJoin() == BasicStroke.JOIN_ROUND ? "round" : "bevel")
                    .append('"');
        } else if (basic.getMiterLimit() != 4f) {
            out.append(" stroke-miterlimit=\"").append(SvgDocument.num(basic.getMiterLimit())).append('"');
        }
        float[] dash = basic.getDashArray();
        if (dash != null && dash.length > 0) {
            out.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                out.append(i == 0 ? "" : ",").append(SvgDocument.num(dash[i] * scale));
            }
            out.append('"');
            if (basic.getDashPhase() != 0f) {
                out.append(" stroke-dashoffset=\"").append(SvgDocument.num(basic.getDashPhase() * scale)).append('"');
            }
        }
        out.append("/>");
    }

    @Override
    public void fill(Shape shape) {
        Shape device = transform.createTransformedShape(shape);
        StringBuilder out = openPath(device);
        appendColor(out, "fill", paint);
        if (device.getPathIterator(null).getWindingRule() == Path2D.WIND_EVEN_ODD) {
            out.append(" fill-rule=\"evenodd\"");
        }
        out.append("/>");
    }

    private StringBuilder openPath(Shape device) {
        StringBuilder out = document.body();
        out.append("<path d=\"").append(SvgDocument.pathData(device)).append('"');
        appendClip(out);
        return out;
    }

    private void appendClip(StringBuilder out) {
        if (deviceClip != null) {
            out.append(" clip-path=\"url(#").append(document.clipId(deviceClip)).append(")\"");
        }
    }

    private void appendColor(StringBuilder out, String attribute, Paint what) {
        Color color = colorOf(what);
        out.append(' ').append(attribute).append("=\"#").append(String.format("%06x", color.getRGB() & 0xFFFFFF))
                .append('"');
        double alpha = color.getAlpha() / 255.0;
        if (composite instanceof AlphaComposite alphaComposite) {
            alpha *= alphaComposite.getAlpha();
        }
        if (alpha < 0.999) {
            out.append(' ').append(attribute).append("-opacity=\"").append(SvgDocument.num(alpha)).append('"');
        }
    }

    private static Color colorOf(Paint what) {
        if (what instanceof Color color) {
            return color;
        }
        if (what instanceof GradientPaint gradient) {
            return gradient.getColor1();
        }
        return Color.GRAY;
    }

    // --- text -----------------------------------------------------------------------------------------------------

    @Override
    public void drawString(String text, float x, float y) {
        if (text == null || text.isEmpty()) {
            return;
        }
        StringBuilder out = document.body();
        // A clip-path on a transformed element is read in the element's own (rotated) space; a group around it
        // keeps the clip in device space.
        boolean grouped = !transform.isIdentity() && deviceClip != null;
        if (grouped) {
            out.append("<g");
            appendClip(out);
            out.append('>');
        }
        out.append("<text x=\"").append(SvgDocument.num(x)).append("\" y=\"").append(SvgDocument.num(y)).append('"');
        if (!transform.isIdentity()) {
            double[] m = new double[6];
            transform.getMatrix(m);
            out.append(" transform=\"matrix(");
            for (int i = 0; i < 6; i++) {
                out.append(i == 0 ? "" : " ").append(i < 4 ? Double.toString(round6(m[i])) : SvgDocument.num(m[i]));
            }
            out.append(")\"");
        }
        String family = fontFamily(font);
        if (!family.equals(SANS_STACK)) {
            out.append(" font-family=\"").append(family).append('"');
        }
        out.append(" font-size=\"").append(SvgDocument.num(font.getSize2D())).append('"');
        if (font.isBold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (font.isItalic()) {
            out.append(" font-style=\"italic\"");
        }
        appendColor(out, "fill", paint);
        if (!grouped) {
            appendClip(out);
        }
        out.append(" xml:space=\"preserve\">").append(SvgDocument.escape(text)).append("</text>");
        if (grouped) {
            out.append("</g>");
        }
    }

    private static double round6(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static String fontFamily(Font font) {
        String family = font.getFamily();
        if (Font.SANS_SERIF.equalsIgnoreCase(family) || Font.DIALOG.equalsIgnoreCase(family)) {
            return SANS_STACK;
        }
        if (Font.SERIF.equalsIgnoreCase(family)) {
            return "Georgia, &quot;Times New Roman&quot;, serif";
        }
        if (Font.MONOSPACED.equalsIgnoreCase(family)) {
            return "ui-monospace, Menlo, Consolas, monospace";
        }
        return "&quot;" + SvgDocument.escape(family) + "&quot;, " + SANS_STACK;
    }

    @Override
    public void drawString(String text, int x, int y) {
        drawString(text, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        StringBuilder text = new StringBuilder();
        Font saved = font;
        Object attributeFont = iterator.getAttribute(TextAttribute.FONT);
        if (attributeFont instanceof Font f) {
            font = f;
        }
        for (char ch = iterator.first(); ch != AttributedCharacterIterator.DONE; ch = iterator.next()) {
            text.append(ch);
        }
        drawString(text.toString(), x, y);
        font = saved;
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawString(iterator, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
        if (!document.glyphText().drawAsText(this, glyphs, x, y)) {
            fill(glyphs.getOutline(x, y));
        }
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        metrics.setFont(font);
        return metrics.getFontRenderContext();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return metrics.getFontMetrics(f);
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font font) {
        if (font != null) {
            this.font = font;
        }
    }

    // --- clip -----------------------------------------------------------------------------------------------------

    @Override
    public void clip(Shape shape) {
        if (shape == null) {
            deviceClip = null;
            return;
        }
        Shape device = transform.createTransformedShape(shape);
        if (deviceClip == null) {
            deviceClip = device;
        } else if (deviceClip instanceof Rectangle2D a && device instanceof Rectangle2D b) {
            deviceClip = a.createIntersection(b);
        } else {
            Area area = new Area(deviceClip);
            area.intersect(new Area(device));
            deviceClip = area;
        }
        deviceClip = simplify(deviceClip);
    }

    private static Shape simplify(Shape shape) {
        if (shape instanceof Area area && area.isRectangular()) {
            return area.getBounds2D();
        }
        if (shape instanceof Path2D path) {
            Area area = new Area(path);
            return area.isRectangular() ? area.getBounds2D() : shape;
        }
        return shape;
    }

    @Override
    public void setClip(Shape shape) {
        deviceClip = shape == null ? null : simplify(transform.createTransformedShape(shape));
    }

    @Override
    public Shape getClip() {
        if (deviceClip == null) {
            return null;
        }
        try {
            return transform.createInverse().createTransformedShape(deviceClip);
        } catch (NoninvertibleTransformException e) {
            return null;
        }
    }

    @Override
    public Rectangle getClipBounds() {
        Shape clip = getClip();
        return clip == null ? null : clip.getBounds();
    }

    @Override
    public void clipRect(int x, int y, int w, int h) {
        clip(new Rectangle(x, y, w, h));
    }

    @Override
    public void setClip(int x, int y, int w, int h) {
        setClip(new Rectangle(x, y, w, h));
    }

    // --- transform ------------------------------------------------------------------------------------------------

    @Override
    public void translate(int x, int y) {
        transform.translate(x, y);
    }

    @Override
    public void translate(double x, double y) {
        transform.translate(x, y);
    }

    @Override
    public void rotate(double theta) {
        transform.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        transform.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        transform.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        transform.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        transform.concatenate(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        transform = new AffineTransform(tx);
    }

    @Override
    public AffineTransform getTransform() {
        return new AffineTransform(transform);
    }

    // --- state ----------------------------------------------------------------------------------------------------

    @Override
    public Paint getPaint() {
        return paint;
    }

    @Override
    public void setPaint(Paint paint) {
        if (paint != null) {
            this.paint = paint;
        }
    }

    @Override
    public Color getColor() {
        return colorOf(paint);
    }

    @Override
    public void setColor(Color color) {
        setPaint(color);
    }

    @Override
    public Composite getComposite() {
        return composite;
    }

    @Override
    public void setComposite(Composite composite) {
        this.composite = composite;
    }

    @Override
    public void setBackground(Color color) {
        background = color;
    }

    @Override
    public Color getBackground() {
        return background;
    }

    @Override
    public Stroke getStroke() {
        return stroke;
    }

    @Override
    public void setStroke(Stroke stroke) {
        this.stroke = stroke;
    }

    @Override
    public void setRenderingHint(RenderingHints.Key key, Object value) {
        if (value == null) {
            hints.remove(key);
        } else {
            hints.put(key, value);
        }
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key key) {
        return hints.get(key);
    }

    @Override
    public void setRenderingHints(Map<?, ?> newHints) {
        hints.clear();
        hints.putAll(newHints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> newHints) {
        hints.putAll(newHints);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return (RenderingHints) hints.clone();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return metrics.getDeviceConfiguration();
    }

    @Override
    public boolean hit(Rectangle rect, Shape shape, boolean onStroke) {
        Shape device = transform.createTransformedShape(onStroke ? stroke.createStrokedShape(shape) : shape);
        return device.intersects(rect);
    }

    @Override
    public void setPaintMode() {
        composite = AlphaComposite.SrcOver;
    }

    @Override
    public void setXORMode(Color color) {
        throw new UnsupportedOperationException("SVG output has no XOR drawing mode");
    }

    @Override
    public void dispose() {
        // Nothing to release: the document is owned by the first graphics and read with toSvg.
    }

    // --- Graphics convenience shapes ------------------------------------------------------------------------------

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void fillRect(int x, int y, int w, int h) {
        fill(new Rectangle(x, y, w, h));
    }

    @Override
    public void clearRect(int x, int y, int w, int h) {
        Paint saved = paint;
        paint = background;
        fill(new Rectangle(x, y, w, h));
        paint = saved;
    }

    @Override
    public void drawRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        draw(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void fillRoundRect(int x, int y, int w, int h, int arcWidth, int arcHeight) {
        fill(new RoundRectangle2D.Double(x, y, w, h, arcWidth, arcHeight));
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        draw(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int startAngle, int arcAngle) {
        draw(new Arc2D.Double(x, y, w, h, startAngle, arcAngle, Arc2D.OPEN));
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int startAngle, int arcAngle) {
        fill(new Arc2D.Double(x, y, w, h, startAngle, arcAngle, Arc2D.PIE));
    }

    @Override
    public void drawPolyline(int[] xs, int[] ys, int count) {
        draw(polygon(xs, ys, count, false));
    }

    @Override
    public void drawPolygon(int[] xs, int[] ys, int count) {
        draw(polygon(xs, ys, count, true));
    }

    @Override
    public void fillPolygon(int[] xs, int[] ys, int count) {
        fill(polygon(xs, ys, count, true));
    }

    private static Path2D polygon(int[] xs, int[] ys, int count, boolean close) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < count; i++) {
            if (i == 0) {
                path.moveTo(xs[i], ys[i]);
            } else {
                path.lineTo(xs[i], ys[i]);
            }
        }
        if (close && count > 0) {
            path.closePath();
        }
        return path;
    }

    @Override
    public void copyArea(int x, int y, int w, int h, int dx, int dy) {
        throw new UnsupportedOperationException("SVG output cannot copy drawn pixels");
    }

    // --- images: not supported ------------------------------------------------------------------------------------

    private static UnsupportedOperationException noImages() {
        return new UnsupportedOperationException("SVG chart output draws no images; remove the chart's background "
                + "image or render it as PNG");
    }

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        throw noImages();
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        throw noImages();
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        throw noImages();
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver observer) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, Color bgcolor, ImageObserver observer) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             ImageObserver observer) {
        throw noImages();
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                             Color bgcolor, ImageObserver observer) {
        throw noImages();
    }
}
