package dev.earshot.ui;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import javax.swing.JComponent;

/**
 * The live spectrum: the played output's band levels against the master's on a log-frequency axis (upper plot) and
 * their difference (lower plot, ±{@link #DIFFERENCE_RANGE_DB} dB), from the engine's 1/6-octave readings. A light
 * custom painter rather than a chart library, redrawn at the meter rate. EDT only; the arrays passed in are copied.
 */
public final class SpectrumPanel extends JComponent {
    /** Level axis of the upper plot, dB re full-scale sine. */
    public static final double TOP_DB = 0;
    public static final double BOTTOM_DB = -84;
    /** Half-range of the difference plot, dB. */
    public static final double DIFFERENCE_RANGE_DB = 18;
    private static final double LOW_HZ = 20;
    private static final double HIGH_HZ = 20_000;
    private static final double[] GRID_HZ = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000};
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 22;

    private Theme theme;
    private double[] bandsHz = new double[0];
    private float[] played = new float[0];
    private float[] master = new float[0];
    private String caption = "";
    private double[] responseDb = new double[0];
    private double responseOffsetDb;

    public SpectrumPanel(Theme theme) {
        this.theme = theme;
        setPreferredSize(new Dimension(900, 210));
        setMinimumSize(new Dimension(300, 140));
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
        repaint();
    }

    /**
     * @param bandsHz  centre frequencies, ascending
     * @param playedDb the output's level per band, dB
     * @param masterDb the master's level per band, dB
     * @param label    what is playing, e.g. the profile's name
     */
    public void update(double[] bandsHz, float[] playedDb, float[] masterDb, String label) {
        this.bandsHz = bandsHz.clone();
        this.played = playedDb.clone();
        this.master = masterDb.clone();
        this.caption = label;
        repaint();
    }

    /**
     * The selected device's impulse-response curve, drawn dashed on the difference plot shifted by
     * {@code offsetDb} (the gain the player applies), so it shows the difference the IR alone would make.
     *
     * @param curveDb one value per band of the last {@link #update}, or empty for none
     */
    public void setResponse(double[] curveDb, double offsetDb) {
        this.responseDb = curveDb.clone();
        this.responseOffsetDb = offsetDb;
        repaint();
    }

    private int xOf(double hz, int width) {
        double f = Math.log(hz / LOW_HZ) / Math.log(HIGH_HZ / LOW_HZ);
        return LEFT + (int) Math.round(f * (width - LEFT - RIGHT));
    }

    private static int yOf(double db, double topDb, double bottomDb, int top, int height) {
        double clamped = Math.max(bottomDb, Math.min(topDb, db));
        return top + (int) Math.round((topDb - clamped) / (topDb - bottomDb) * height);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int width = getWidth();
        int height = getHeight();
        g.setColor(theme.canvas());
        g.fillRect(0, 0, width, height);
        int plotHeight = (int) ((height - TOP - 18) * 0.64);
        int diffTop = TOP + plotHeight + 8;
        int diffHeight = height - diffTop - 18;
        g.setFont(getFont().deriveFont(Font.BOLD, 11f));
        g.setColor(theme.canvasText());
        g.drawString("SPECTRUM", 10, 15);
        g.setFont(getFont().deriveFont(Font.PLAIN, 11f));
        String legend = caption.isEmpty() ? "" : caption + "  vs  master";
        g.drawString(legend, width - RIGHT - g.getFontMetrics().stringWidth(legend), 15);
        paintGrid(g, width, plotHeight, diffTop, diffHeight);
        if (bandsHz.length == 0) {
            g.dispose();
            return;
        }
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(theme.canvasText());
        g.draw(line(master, TOP_DB, BOTTOM_DB, TOP, plotHeight, width));
        g.setColor(theme.accent());
        g.setStroke(new BasicStroke(2f));
        g.draw(line(played, TOP_DB, BOTTOM_DB, TOP, plotHeight, width));
        float[] difference = new float[played.length];
        for (int b = 0; b < difference.length; b++) {
            difference[b] = played[b] - master[b];
        }
        if (responseDb.length == bandsHz.length) {
            float[] response = new float[responseDb.length];
            for (int b = 0; b < response.length; b++) {
                response[b] = (float) (responseDb[b] + responseOffsetDb);
            }
            g.setColor(theme.canvasText());
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f},
                    0f));
            g.draw(line(response, DIFFERENCE_RANGE_DB, -DIFFERENCE_RANGE_DB, diffTop, diffHeight, width));
            g.setStroke(new BasicStroke(2f));
        }
        g.setColor(theme.playhead());
        g.draw(line(difference, DIFFERENCE_RANGE_DB, -DIFFERENCE_RANGE_DB, diffTop, diffHeight, width));
        g.dispose();
    }

    private Path2D line(float[] db, double topDb, double bottomDb, int top, int height, int width) {
        Path2D path = new Path2D.Float();
        boolean started = false;
        for (int b = 0; b < db.length && b < bandsHz.length; b++) {
            if (Float.isNaN(db[b])) {
                started = false; // no value here (e.g. above the IR's Nyquist): break the line
                continue;
            }
            int x = xOf(bandsHz[b], width);
            int y = yOf(db[b], topDb, bottomDb, top, height);
            if (started) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                started = true;
            }
        }
        return path;
    }

    private void paintGrid(Graphics2D g, int width, int plotHeight, int diffTop, int diffHeight) {
        g.setFont(getFont().deriveFont(Font.PLAIN, 10f));
        for (double hz : GRID_HZ) {
            int x = xOf(hz, width);
            g.setColor(theme.grid());
            g.drawLine(x, TOP, x, TOP + plotHeight);
            g.drawLine(x, diffTop, x, diffTop + diffHeight);
            g.setColor(theme.canvasText());
            String label = hz >= 1000 ? (int) (hz / 1000) + "k" : Integer.toString((int) hz);
            g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, diffTop + diffHeight + 13);
        }
        for (double db = TOP_DB; db >= BOTTOM_DB; db -= 12) {
            int y = yOf(db, TOP_DB, BOTTOM_DB, TOP, plotHeight);
            g.setColor(theme.grid());
            g.drawLine(LEFT, y, width - RIGHT, y);
            g.setColor(theme.canvasText());
            String label = Integer.toString((int) db);
            g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (double db = DIFFERENCE_RANGE_DB; db >= -DIFFERENCE_RANGE_DB; db -= DIFFERENCE_RANGE_DB) {
            int y = yOf(db, DIFFERENCE_RANGE_DB, -DIFFERENCE_RANGE_DB, diffTop, diffHeight);
            g.setColor(db == 0 ? theme.canvasText() : theme.grid());
            g.drawLine(LEFT, y, width - RIGHT, y);
            g.setColor(theme.canvasText());
            String label = (db > 0 ? "+" : "") + (int) db;
            g.drawString(label, LEFT - 6 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        g.setColor(theme.canvasText());
        g.drawString("difference, dB", LEFT + 6, diffTop + 11);
    }
}
