package dev.earshot.ui;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.Locale;
import javax.swing.JComponent;

/**
 * The master's overview: peak envelope and RMS body per channel from a {@link WaveformSummary} (columns aggregated
 * to pixels), a time ruler, the loop region and the playhead. Click to seek, drag to loop. EDT only.
 */
public final class WaveformPanel extends JComponent {
    private static final int RULER_HEIGHT = 18;
    private static final int DRAG_THRESHOLD_PIXELS = 4;

    private Theme theme;
    private WaveformSummary summary;
    private PlayerController controller;
    private long playheadFrame;
    private int dragFromX = -1;
    private int dragToX = -1;
    private String message = "Loading…";

    public WaveformPanel(Theme theme) {
        this.theme = theme;
        setPreferredSize(new Dimension(900, 230));
        setMinimumSize(new Dimension(300, 120));
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                dragFromX = e.getX();
                dragToX = e.getX();
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                dragToX = e.getX();
                repaint();
            }

            @Override
            public void mouseReleased(MouseEvent e) {
                finishGesture(e.getX());
            }
        };
        addMouseListener(mouse);
        addMouseMotionListener(mouse);
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
        repaint();
    }

    /** Shows {@code summary} (possibly still filling) for {@code controller}'s master. */
    public void show(WaveformSummary summary, PlayerController controller) {
        this.summary = summary;
        this.controller = controller;
        this.message = null;
        repaint();
    }

    /** A line shown instead of the waveform (e.g. while loading). */
    public void showMessage(String text) {
        this.message = text;
        this.summary = null;
        this.controller = null;
        repaint();
    }

    public void setPlayheadFrame(long frame) {
        if (frame != playheadFrame) {
            playheadFrame = frame;
            repaint();
        }
    }

    /** Frame under pixel {@code x}, clamped to the master. */
    long frameAt(int x) {
        long length = summary.lengthFrames();
        return Math.max(0, Math.min(length, Math.round((double) x / Math.max(1, getWidth()) * length)));
    }

    private int xOf(long frame) {
        return (int) Math.round((double) frame / Math.max(1, summary.lengthFrames()) * getWidth());
    }

    private void finishGesture(int x) {
        if (controller == null || summary == null) {
            return;
        }
        if (Math.abs(x - dragFromX) >= DRAG_THRESHOLD_PIXELS) {
            controller.setLoop(frameAt(dragFromX), frameAt(x));
        } else {
            controller.seek(frameAt(x));
        }
        dragFromX = -1;
        dragToX = -1;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        int width = getWidth();
        int height = getHeight();
        g.setColor(theme.canvas());
        g.fillRect(0, 0, width, height);
        if (summary == null) {
            g.setColor(theme.canvasText());
            g.setFont(getFont().deriveFont(Font.PLAIN, 14f));
            int w = g.getFontMetrics().stringWidth(message == null ? "" : message);
            g.drawString(message == null ? "" : message, (width - w) / 2, height / 2);
            g.dispose();
            return;
        }
        int waveHeight = height - RULER_HEIGHT;
        int channels = summary.channels();
        int laneHeight = waveHeight / channels;
        for (int c = 0; c < channels; c++) {
            paintLane(g, c, c * laneHeight, laneHeight, width);
        }
        paintRuler(g, waveHeight, width);
        paintLoopAndPlayhead(g, waveHeight);
        g.dispose();
    }

    private void paintLane(Graphics2D g, int channel, int top, int laneHeight, int width) {
        int mid = top + laneHeight / 2;
        float half = laneHeight / 2f - 3;
        g.setColor(theme.grid());
        g.drawLine(0, mid, width, mid);
        int columns = summary.columns();
        int ready = summary.columnsReady();
        for (int x = 0; x < width; x++) {
            int first = (int) ((long) x * columns / width);
            int last = Math.max(first + 1, (int) ((long) (x + 1) * columns / width));
            if (last > ready) {
                break;
            }
            float lo = 0f;
            float hi = 0f;
            float rms = 0f;
            for (int k = first; k < last; k++) {
                lo = Math.min(lo, summary.min(channel, k));
                hi = Math.max(hi, summary.max(channel, k));
                rms = Math.max(rms, summary.rms(channel, k));
            }
            g.setColor(theme.wavePeak());
            g.drawLine(x, Math.round(mid - hi * half), x, Math.round(mid - lo * half));
            g.setColor(theme.waveRms());
            g.drawLine(x, Math.round(mid - rms * half), x, Math.round(mid + rms * half));
        }
        if (summary.channels() == 2) {
            g.setColor(theme.canvasText());
            g.setFont(getFont().deriveFont(Font.BOLD, 11f));
            g.drawString(channel == 0 ? "L" : "R", 6, top + 14);
        }
    }

    private void paintRuler(Graphics2D g, int top, int width) {
        g.setColor(theme.grid());
        g.drawLine(0, top, width, top);
        double seconds = controller.lengthFrames() / (double) controller.sampleRate();
        double step = seconds <= 60 ? 5 : seconds <= 300 ? 15 : seconds <= 900 ? 60 : 300;
        g.setFont(getFont().deriveFont(Font.PLAIN, 10.5f));
        for (double t = 0; t <= seconds; t += step) {
            int x = xOf(Math.round(t * controller.sampleRate()));
            g.setColor(theme.grid());
            g.drawLine(x, top, x, top + 4);
            g.setColor(theme.canvasText());
            g.drawString(clock(t), x + 3, top + 14);
        }
    }

    private void paintLoopAndPlayhead(Graphics2D g, int waveHeight) {
        if (controller.loopActive()) {
            int x0 = xOf(controller.loopStart());
            int x1 = xOf(controller.loopEnd());
            g.setColor(theme.loopFill());
            g.fillRect(x0, 0, x1 - x0, waveHeight);
            g.setColor(theme.accent());
            g.drawLine(x0, 0, x0, waveHeight);
            g.drawLine(x1, 0, x1, waveHeight);
        }
        if (dragFromX >= 0 && Math.abs(dragToX - dragFromX) >= DRAG_THRESHOLD_PIXELS) {
            g.setColor(theme.loopFill());
            g.fillRect(Math.min(dragFromX, dragToX), 0, Math.abs(dragToX - dragFromX), waveHeight);
        }
        int x = xOf(playheadFrame);
        g.setColor(theme.playhead());
        g.setStroke(new BasicStroke(2f));
        g.drawLine(x, 0, x, waveHeight);
    }

    /** {@code m:ss} for the ruler and clocks. */
    static String clock(double seconds) {
        long whole = (long) Math.floor(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }
}
