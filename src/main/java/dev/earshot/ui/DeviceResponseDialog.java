package dev.earshot.ui;

import dev.earshot.report.chart.FrequencyCharts;
import dev.earshot.report.chart.FrequencyCharts.NamedCurve;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import javax.swing.border.EmptyBorder;
import org.jfree.chart.ChartPanel;

/**
 * View ▸ Device response: a non-modal window with the report's frequency chart ({@link FrequencyCharts#deltaOverlay})
 * of the profile selected in the device strip: its response curve, normalised at 1 kHz, and the master's live spectral
 * delta through it, averaged while playing. Follows the selection and the master in the main window by polling the
 * window's {@link LiveFeed} twice a second (the response is computed on {@link ResponseCurves}' worker). EDT only.
 */
final class DeviceResponseDialog extends JDialog {
    private static final int REFRESH_MS = 500;
    /** The delta curve is redrawn when this many new spectrum readings have been averaged (about a second). */
    private static final long DELTA_REDRAW_READINGS = 20;

    private final MainWindow window;
    private final ChartPanel chartPanel = new ChartPanel(null);
    private final JLabel note = new JLabel(" ", SwingConstants.LEFT);
    private final Timer timer;
    private LiveFeed shownFeed;
    private int shownSource = -2;
    private double[] shownResponse;
    private long shownReadings = -1;

    DeviceResponseDialog(JFrame owner, MainWindow window) {
        super(owner, "Device response", false);
        this.window = window;
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        chartPanel.setPreferredSize(new Dimension(760, 440));
        chartPanel.setMouseWheelEnabled(false);
        note.setBorder(new EmptyBorder(4, 8, 6, 8));
        getContentPane().add(chartPanel, BorderLayout.CENTER);
        getContentPane().add(note, BorderLayout.SOUTH);
        pack();
        setLocationRelativeTo(owner);
        timer = new Timer(REFRESH_MS, e -> refresh());
        timer.start();
        refresh();
    }

    /** Redraws when the selection, its response or (about every second) the averaged delta changed. */
    void refresh() {
        LiveFeed feed = window.feed();
        PlayerController controller = window.view() == null ? null : window.view().controller();
        if (feed == null || controller == null) {
            if (shownFeed != null || shownSource != -1) {
                shownFeed = null;
                shownSource = -1;
                show("Device response", List.of(), "Open a master: the window shows the selected profile's curves.");
            }
            return;
        }
        int source = feed.responseSource();
        double[] response = feed.responseDb();
        long readings = feed.deltaReadings();
        boolean changed = feed != shownFeed || source != shownSource || response != shownResponse
                || (readings != shownReadings && (readings < shownReadings || readings - shownReadings
                >= DELTA_REDRAW_READINGS || shownReadings == 0));
        if (!changed) {
            return;
        }
        shownFeed = feed;
        shownSource = source;
        shownResponse = response;
        shownReadings = readings;
        boolean profile = source > 0 && source < controller.strip().sourceCount();
        if (!profile) {
            show("Device response", List.of(), "Select a device in the strip (Studio and references have no curve).");
            return;
        }
        String name = controller.strip().label(source);
        List<NamedCurve> curves = DeviceResponseData.curves(name, feed.bandsHz(), response, feed.averagedDeltaDb());
        String status = response.length == 0 ? "Computing the response… " : "";
        status += readings == 0 ? "Play the master to see its spectral delta through this device."
                : String.format(java.util.Locale.ROOT, "Delta averaged over %.0f s of playback; the response is the "
                + "impulse response alone (no distortion or noise).", feed.deltaSeconds());
        show(name, curves, status);
    }

    private void show(String title, List<NamedCurve> curves, String status) {
        chartPanel.setChart(FrequencyCharts.deltaOverlay(title, "Level (dB)", curves));
        note.setText(status);
    }

    @Override
    public void dispose() {
        timer.stop();
        super.dispose();
    }
}
