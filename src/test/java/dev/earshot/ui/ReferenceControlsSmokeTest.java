package dev.earshot.ui;

import static dev.earshot.ui.DemoWindow.awaitTrue;
import static dev.earshot.ui.DemoWindow.onEdt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.playback.PlaybackEngine;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import org.junit.jupiter.api.Test;

/**
 * On a real display (Xvfb on CI; skipped when headless): an album track and a reference are added to the demo
 * master, the reference panel's offset and trim are changed, and the engine is checked to have received them; a
 * screenshot goes to {@code target/screenshots/reference-controls.png}.
 */
class ReferenceControlsSmokeTest {

    @Test
    void albumTrackAndReferenceReachTheEngineWithTheirOffsetAndTrim() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        try (DemoWindow demo = DemoWindow.open("refs")) {
            MainWindow w = demo.window();
            PlaybackEngine engine = w.session().engine();

            Path album = DemoWindow.writeExcerpt(w, 0.5f);
            SwingUtilities.invokeAndWait(() -> w.addAlbumTrack(album));
            awaitTrue(() -> engine.referenceCount() == 1, "the album track was never added");
            Path reference = DemoWindow.writeExcerpt(w, 1.0f);
            SwingUtilities.invokeAndWait(() -> w.addReference(reference));
            awaitTrue(() -> engine.referenceCount() == 2, "the reference was never added");
            awaitTrue(() -> onEdt(() -> w.view().references().selectedSlot() == 1), "the panel missed the reference");

            assertEquals(0, engine.reference(0).alignmentFrames(), "an album track plays from the master's frame 0");
            assertTrue(Double.isNaN(engine.reference(0).correlationPeak()), "an album track is not aligned");
            assertEquals(0.0, engine.referenceLevel(0).appliedGainDb(), 1e-9, "an album track is not level matched");
            assertEquals(album.getFileName().toString(), engine.reference(0).name());
            assertEquals(reference.getFileName().toString(), engine.reference(1).name());

            SwingUtilities.invokeAndWait(() -> {
                w.view().references().setOffsetMs(25.0);
                w.view().references().setTrimDb(-3.5);
            });
            assertEquals(-3.5, engine.referenceLevel(1).trimDb(), 1e-9, "the trim spinner reaches the engine");
            assertEquals(-3.5, onEdt(() -> w.view().controller().referenceTrimDb(1)), 1e-9);
            SwingUtilities.invokeAndWait(() -> {
                w.view().references().select(0);
                w.view().references().setTrimDb(2.0);
            });
            assertEquals(2.0, engine.referenceLevel(0).trimDb(), 1e-9);
            assertEquals(-3.5, engine.referenceLevel(1).trimDb(), 1e-9, "the other slot keeps its trim");
            SwingUtilities.invokeAndWait(() -> w.view().references().select(1));

            // A file dropped on the reference box asks what it is; choosing "album track" adds it as one.
            Path dropped = DemoWindow.writeExcerpt(w, 0.25f);
            TrackDrop drop = (TrackDrop) onEdt(() -> w.view().references().getTransferHandler());
            assertTrue(onEdt(() -> drop.importData(new TransferHandler.TransferSupport(w.view().references(),
                    MasterDropTest.files(dropped.toFile())))));
            awaitTrue(() -> onEdt(() -> drop.lastMenu() != null), "no menu after the drop");
            JPopupMenu menu = onEdt(drop::lastMenu);
            assertEquals(2, onEdt(menu::getComponentCount));
            assertTrue(onEdt(() -> ((JMenuItem) menu.getComponent(1)).getText()).contains("album track"));
            SwingUtilities.invokeAndWait(() -> {
                ((JMenuItem) menu.getComponent(1)).doClick();
                menu.setVisible(false);
            });
            awaitTrue(() -> engine.referenceCount() == 3, "the dropped album track was never added");
            assertEquals(dropped.getFileName().toString(), engine.reference(2).name());
            assertEquals(0, engine.reference(2).alignmentFrames(), "added as an album track, not aligned");

            DemoWindow.screenshot(w.frame().getRootPane(), "reference-controls.png");
        }
    }
}
