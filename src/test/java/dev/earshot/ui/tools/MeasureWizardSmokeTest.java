package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.measure.MeasuredProfileWriter;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a display only: the wizard measures the simulated loopback device and saves a profile into a temp library. */
class MeasureWizardSmokeTest {

    @Test
    void theWholeWizardRunsOnTheSimulatedLoopbackAndSavesAProfile(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Path profiles = Files.createDirectory(dir.resolve("playback-profiles"));
        Path irs = Files.createDirectory(dir.resolve("impulse-responses"));
        AtomicReference<MeasureWizard> wizard = new AtomicReference<>();
        CompletableFuture<Measurement> measured = new CompletableFuture<>();
        CompletableFuture<MeasuredProfileWriter.Written> saved = new CompletableFuture<>();
        String before = System.getProperty(SimulatedDevice.PROPERTY);
        System.setProperty(SimulatedDevice.PROPERTY, "true");
        try {
            SwingUtilities.invokeAndWait(() -> {
                dev.earshot.ui.Theme.DARK.install();
                MeasureWizard w = new MeasureWizard(null, profiles, irs, saved::complete);
                w.useSimulatedDevice();
                w.onMeasured(measured::complete);
                w.setVisible(true);
                wizard.set(w);
            });
        } finally {
            if (before == null) {
                System.clearProperty(SimulatedDevice.PROPERTY);
            } else {
                System.setProperty(SimulatedDevice.PROPERTY, before);
            }
        }
        try {
            ToolTestSupport.screenshot(wizard.get(), "measure-wizard-start.png");
            SwingUtilities.invokeAndWait(() -> wizard.get().measureButton().doClick());
            Measurement measurement = measured.get(120, TimeUnit.SECONDS);
            assertTrue(measurement.record().snrDb() > 40, "SNR " + measurement.record().snrDb());
            assertEquals(2, measurement.paths().size(), "both speakers of the stereo loopback are measured");
            ToolTestSupport.screenshot(wizard.get(), "measure-wizard-result.png");
            SwingUtilities.invokeAndWait(() -> {
                wizard.get().name("Simulated speaker", ProfileCategory.values()[0]);
                wizard.get().saveButton().doClick();
            });
            MeasuredProfileWriter.Written written = saved.get(30, TimeUnit.SECONDS);
            assertTrue(Files.isRegularFile(written.jsonFile()) && Files.isRegularFile(written.irFile()));
            ProfileLibrary library = ProfileLibrary.load(profiles, irs);
            assertEquals(1, library.profiles().size(), library.problems().toString());
            assertEquals("Simulated speaker", library.profiles().get(0).name());
        } finally {
            SwingUtilities.invokeAndWait(() -> wizard.get().dispose());
        }
    }
}
