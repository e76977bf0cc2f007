package dev.earshot.ui.tools;

import dev.earshot.measure.HarmonicLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * The wizard's result plot: the magnitude response (dB re 1 kHz, −30..+10 dB) and the level of each harmonic (dB re
 * the fundamental, −80..0 dB, per octave band) over log frequency 20 Hz to 20 kHz, one colour per harmonic. EDT only.
 */
final class ResponsePlot extends JComponent {
    private static final double LOW_HZ = 20;
    private static final double HIGH_HZ = 20_000;
    private static final Color[] HARMONIC_COLOURS = {new Color(0xE0A030), new Color(0xD05050), new Color(0x60A060),
        new Color(0xA070D0)};
    private static final Color RESPONSE = new Color(0x4A9EFF);
    private ResponseCurve curve;
    private List<HarmonicLevel> harmonics = List.of();

    ResponsePlot() {
        setPreferredSize(new Dimension(720, 380));
    }

    void show(ResponseCurve newCurve, List<HarmonicLevel> levels) {
        curve = newCurve;
        harmonics = List.copyOf(levels);
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color text = UIManager.getColor("Label.foreground");
        Color grid = UIManager.getColor("Separator.foreground");
        g.setColor(UIManager.getColor("Panel.background"));
        g.fillRect(0, 0, getWidth(), getHeight());
        int left = 48;
        int right = getWidth() - 12;
        int gap = 44;
        int top = 20;
        int height = (getHeight() - top - gap - 20) / 2;
        drawPanel(g, "Magnitude response (dB re 1 kHz)", left, right, top, height, -30, 10, 10, text, grid);
        int top2 = top + height + gap;
        drawPanel(g, "Harmonic distortion (dB re fundamental)", left, right, top2, height, -80, 0, 20, text, grid);
        if (curve != null) {
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < curve.frequenciesHz().length; i++) {
                double x = x(curve.frequenciesHz()[i], left, right);
                double y = y(curve.levelsDb()[i], -30, 10, top, height);
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                }
            }
            g.setColor(RESPONSE);
            g.setStroke(new BasicStroke(2f));
            g.draw(path);
        }
        int legendX = left + 8;
        for (int h = 2; h <= 5; h++) {
            Color colour = HARMONIC_COLOURS[h - 2];
            Path2D.Double path = new Path2D.Double();
            boolean started = false;
            for (HarmonicLevel level : harmonics) {
                if (level.harmonic() != h || !Double.isFinite(level.levelDb())) {
                    continue;
                }
                double x = x(level.centreHz(), left, right);
                double y = y(Math.max(-80, Math.min(0, level.levelDb())), -80, 0, top2, height);
                if (started) {
                    path.lineTo(x, y);
                } else {
                    path.moveTo(x, y);
                    started = true;
                }
                g.setColor(colour);
                g.fillOval((int) x - 3, (int) y - 3, 6, 6);
            }
            g.setColor(colour);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(path);
            g.drawString("H" + h, legendX, top2 + 14);
            legendX += 30;
        }
        g.dispose();
    }

    private void drawPanel(Graphics2D g, String title, int left, int right, int top, int height, double minDb,
                           double maxDb, double stepDb, Color text, Color grid) {
        g.setStroke(new BasicStroke(1f));
        for (double f : new double[] {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000}) {
            int x = (int) x(f, left, right);
            g.setColor(grid);
            g.drawLine(x, top, x, top + height);
            g.setColor(text);
            String label = f >= 1000 ? (int) (f / 1000) + "k" : String.valueOf((int) f);
            int width = g.getFontMetrics().stringWidth(label);
            int labelX = f <= LOW_HZ ? x + 2 : f >= HIGH_HZ ? x - width : x - width / 2; // keep the ends inside
            g.drawString(label, labelX, top + height + 13);
        }
        for (double db = minDb; db <= maxDb; db += stepDb) {
            int y = (int) y(db, minDb, maxDb, top, height);
            g.setColor(grid);
            g.drawLine(left, y, right, y);
            g.setColor(text);
            String label = String.valueOf((int) db);
            g.drawString(label, left - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(text);
        g.drawString(title, right - g.getFontMetrics().stringWidth(title), top - 5);
        g.setColor(grid);
        g.drawRect(left, top, right - left, height);
    }

    private static double x(double hz, int left, int right) {
        return left + (right - left) * Math.log(hz / LOW_HZ) / Math.log(HIGH_HZ / LOW_HZ);
    }

    private static double y(double db, double minDb, double maxDb, int top, int height) {
        double clamped = Math.max(minDb, Math.min(maxDb, db));
        return top + height * (maxDb - clamped) / (maxDb - minDb);
    }
}
