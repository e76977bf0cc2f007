package dev.earshot.ui;

import dev.earshot.playback.MeterReading;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;

/** Output level bars (RMS body, held peak, highest peak) for left and right, from the engine's meters. EDT only. */
public final class MeterPanel extends JComponent {
    private static final int TOP = 30;
    private static final int BOTTOM = 42;
    private static final double[] TICKS_DB = {0, -3, -6, -9, -12, -18, -24, -30, -40, -50, -60};

    private final MeterBallistics left = new MeterBallistics();
    private final MeterBallistics right = new MeterBallistics();
    private static final int READOUT_HEIGHT = 118;
    private Theme theme;
    private double momentaryLufs = Double.NaN;
    private double shortTermLufs = Double.NaN;
    private double truePeakDbtp = Double.NaN;
    private double correlation = Double.NaN;
    private Runnable onReset = () -> { };

    public MeterPanel(Theme theme) {
        this.theme = theme;
        setPreferredSize(new Dimension(170, 300));
        setToolTipText("Output level (dBFS): bar = RMS, line = held peak, number = highest peak; click to reset the peaks");
        addMouseListener(new java.awt.event.MouseAdapter() {
            @Override
            public void mouseClicked(java.awt.event.MouseEvent e) {
                left.resetMax();
                right.resetMax();
                onReset.run();
                repaint();
            }
        });
    }

    /** Also run when the user clicks to reset the peaks (the engine's held true peak). */
    public void setOnReset(Runnable action) {
        onReset = action;
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
        repaint();
    }

    /** Feeds the latest reading; {@code elapsedSeconds} since the previous one. */
    public void update(MeterReading reading, double elapsedSeconds) {
        left.update(reading.rmsLeft(), reading.peakLeft(), elapsedSeconds);
        right.update(reading.rmsRight(), reading.peakRight(), elapsedSeconds);
        repaint();
    }

    /**
     * Shows the engine's loudness meters under the bars.
     *
     * @param momentary   LUFS (minus infinity for silence)
     * @param shortTerm   LUFS
     * @param truePeak    held true peak, dBTP
     * @param correlationValue -1 to 1
     */
    public void updateLoudness(double momentary, double shortTerm, double truePeak, double correlationValue) {
        momentaryLufs = momentary;
        shortTermLufs = shortTerm;
        truePeakDbtp = truePeak;
        correlation = correlationValue;
        repaint();
    }

    private boolean hasLoudness() {
        return !Double.isNaN(momentaryLufs);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int width = getWidth();
        int height = getHeight();
        g.setColor(theme.canvas());
        g.fillRect(0, 0, width, height);
        g.setFont(getFont().deriveFont(Font.BOLD, 11f));
        g.setColor(theme.canvasText());
        g.drawString("OUTPUT  dBFS", 10, 18);
        int barWidth = 22;
        int scaleWidth = 30;
        int x0 = (width - 2 * barWidth - 6 - scaleWidth) / 2 + scaleWidth;
        int barTop = TOP;
        int barHeight = height - TOP - BOTTOM - (hasLoudness() ? READOUT_HEIGHT : 0);
        paintScale(g, x0 - 6, barTop, barHeight);
        paintBar(g, left, x0, barTop, barWidth, barHeight, "L");
        paintBar(g, right, x0 + barWidth + 6, barTop, barWidth, barHeight, "R");
        if (hasLoudness()) {
            paintReadouts(g, barTop + barHeight + BOTTOM, width);
        }
        g.dispose();
    }

    private int yOf(double db, int top, int height) {
        double fraction = Math.min(1, (db - MeterBallistics.FLOOR_DB) / -MeterBallistics.FLOOR_DB);
        return top + (int) Math.round((1 - fraction) * height);
    }

    private void paintScale(Graphics2D g, int right, int top, int height) {
        g.setFont(getFont().deriveFont(Font.PLAIN, 10f));
        FontMetrics metrics = g.getFontMetrics();
        for (double db : TICKS_DB) {
            int y = yOf(db, top, height);
            String label = db == 0 ? "0" : String.format(Locale.ROOT, "%.0f", db);
            g.setColor(theme.canvasText());
            g.drawString(label, right - 4 - metrics.stringWidth(label), y + 4);
        }
    }

    private void paintBar(Graphics2D g, MeterBallistics meter, int x, int top, int width, int height, String name) {
        g.setColor(theme.grid());
        g.fillRect(x, top, width, height);
        int yLevel = yOf(meter.levelDb(), top, height);
        int yYellow = yOf(-12, top, height);
        int yRed = yOf(-3, top, height);
        g.setPaint(new GradientPaint(0, top + height, theme.meterGreen(), 0, yYellow, theme.meterGreen()));
        g.fillRect(x, Math.max(yLevel, yYellow), width, top + height - Math.max(yLevel, yYellow));
        if (yLevel < yYellow) {
            g.setColor(theme.meterYellow());
            g.fillRect(x, Math.max(yLevel, yRed), width, yYellow - Math.max(yLevel, yRed));
        }
        if (yLevel < yRed) {
            g.setColor(theme.meterRed());
            g.fillRect(x, yLevel, width, yRed - yLevel);
        }
        int yPeak = yOf(meter.peakDb(), top, height);
        g.setColor(meter.peakDb() > -1 ? theme.meterRed() : theme.canvasText().brighter());
        g.fillRect(x, yPeak - 1, width, 2);
        g.setColor(theme.grid());
        for (double db : TICKS_DB) {
            int y = yOf(db, top, height);
            g.drawLine(x, y, x + 3, y);
        }
        g.setFont(getFont().deriveFont(Font.BOLD, 11f));
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(theme.canvasText());
        g.drawString(name, x + (width - metrics.stringWidth(name)) / 2, top + height + 14);
        String max = meter.maxPeakDb() <= MeterBallistics.FLOOR_DB ? "-inf"
                : String.format(Locale.ROOT, "%.1f", meter.maxPeakDb());
        g.setFont(getFont().deriveFont(Font.PLAIN, 10f));
        metrics = g.getFontMetrics();
        g.setColor(meter.maxPeakDb() > -1 ? theme.meterRed() : theme.canvasText());
        g.drawString(max, x + (width - metrics.stringWidth(max)) / 2, top + height + 30);
    }

    private void paintReadouts(Graphics2D g, int top, int width) {
        g.setColor(theme.grid());
        g.drawLine(8, top - 6, width - 8, top - 6);
        readout(g, "Momentary", lufs(momentaryLufs), "LUFS", top + 12, width, false);
        readout(g, "Short-term", lufs(shortTermLufs), "LUFS", top + 34, width, false);
        readout(g, "True peak", lufs(truePeakDbtp), "dBTP", top + 56, width, truePeakDbtp > -1);
        g.setFont(getFont().deriveFont(Font.PLAIN, 10.5f));
        g.setColor(theme.canvasText());
        g.drawString("Correlation", 10, top + 78);
        int barLeft = 10;
        int barWidth = width - 20;
        int y = top + 86;
        g.setColor(theme.grid());
        g.fillRect(barLeft, y, barWidth, 8);
        int mid = barLeft + barWidth / 2;
        g.setColor(theme.canvasText());
        g.drawLine(mid, y - 2, mid, y + 10);
        if (Double.isFinite(correlation)) {
            int x = mid + (int) Math.round(correlation * barWidth / 2);
            g.setColor(correlation < 0 ? theme.meterRed() : theme.meterGreen());
            g.fillRect(Math.min(mid, x), y + 1, Math.abs(x - mid), 6);
            String value = String.format(Locale.ROOT, "%+.2f", correlation);
            g.setColor(theme.canvasText());
            g.drawString(value, width - 10 - g.getFontMetrics().stringWidth(value), top + 78);
        }
    }

    private void readout(Graphics2D g, String name, String value, String unit, int y, int width, boolean hot) {
        g.setFont(getFont().deriveFont(Font.PLAIN, 10.5f));
        g.setColor(theme.canvasText());
        g.drawString(name, 10, y);
        g.setFont(getFont().deriveFont(Font.BOLD, 14f));
        FontMetrics metrics = g.getFontMetrics();
        String text = value + " " + unit;
        g.setColor(hot ? theme.meterRed() : theme.canvasStrongText());
        g.drawString(text, width - 10 - metrics.stringWidth(text), y + 2);
    }

    private static String lufs(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "-inf";
    }
}
