package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.earshot.ui.DemoWindow.awaitTrue;
import static dev.earshot.ui.DemoWindow.onEdt;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * On a real display (Xvfb on CI; skipped when headless): View ▸ Device response opens on the demo master, shows the
 * strip's selected profile's response and live delta, and is saved to {@code target/screenshots/device-response.png}.
 */
class DeviceResponseDialogSmokeTest {

    @Test
    void showsTheSelectedProfilesResponseAndDeltaOnTheDemoMaster() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        try (DemoWindow demo = DemoWindow.open("response")) {
            MainWindow w = demo.window();
            SwingUtilities.invokeAndWait(() -> w.view().strip().button(3).doClick());
            DeviceResponseDialog dialog = onEdt(w::showDeviceResponse);
            awaitTrue(() -> onEdt(() -> w.feed().responseDb().length > 0 && w.feed().deltaSeconds() > 1.5),
                    "the response or the delta never arrived");
            JFreeChart chart = onEdt(() -> {
                dialog.refresh();
                return ((ChartPanel) dialog.getContentPane().getComponent(0)).getChart();
            });
            assertEquals(2, chart.getXYPlot().getDataset().getSeriesCount(), "response and delta");
            assertEquals(onEdt(() -> w.view().controller().strip().label(3)), chart.getTitle().getText());

            assertTrue(Files.size(DemoWindow.screenshot(dialog.getRootPane(), "device-response.png")) > 10_000);
            SwingUtilities.invokeAndWait(dialog::dispose);
        }
    }
}
