package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPrefsTest {
    private final Preferences node = Preferences.userRoot().node("dev/earshot/test-ui-prefs-" + System.nanoTime());
    private final UiPrefs prefs = new UiPrefs(node);

    @TempDir
    Path folder;

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void themeIsDarkUntilChangedAndRemembered() {
        assertEquals(Theme.DARK, prefs.theme());
        prefs.setTheme(Theme.LIGHT);
        assertEquals(Theme.LIGHT, new UiPrefs(node).theme());
    }

    @Test
    void recentFilesAreNewestFirstUniqueAndCapped() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < UiPrefs.MAX_RECENT + 2; i++) {
            files.add(Files.createFile(folder.resolve("m" + i + ".wav")).toAbsolutePath());
            prefs.addRecent(files.get(i));
        }
        prefs.addRecent(files.get(5));
        List<Path> recent = prefs.recentFiles();
        assertEquals(UiPrefs.MAX_RECENT, recent.size());
        assertEquals(files.get(5), recent.get(0));
        assertEquals(files.get(9), recent.get(1));
        assertEquals(1, recent.stream().filter(files.get(5)::equals).count());
    }

    @Test
    void deletedRecentFilesAreLeftOut() throws Exception {
        Path file = Files.createFile(folder.resolve("gone.wav"));
        prefs.addRecent(file);
        Files.delete(file);
        assertEquals(List.of(), prefs.recentFiles());
    }

    @Test
    void lastMasterIsNullForTheDemo() {
        prefs.setLastMaster(folder.resolve("x.wav"));
        assertEquals(folder.resolve("x.wav").toAbsolutePath(), prefs.lastMaster());
        prefs.setLastMaster(null);
        assertNull(prefs.lastMaster());
    }

    @Test
    void outputDeviceIsTheSystemDefaultUntilChosenAndSurvivesARestart() {
        assertNull(prefs.outputDevice());
        prefs.setOutputDevice("USB Audio Interface");
        assertEquals("USB Audio Interface", new UiPrefs(node).outputDevice());
        prefs.setOutputDevice(null);
        assertNull(new UiPrefs(node).outputDevice());
    }

    @Test
    void bufferFramesFallBackUntilChosenAndSurviveARestart() {
        assertEquals(1024, prefs.bufferFrames(1024));
        prefs.setBufferFrames(256);
        assertEquals(256, new UiPrefs(node).bufferFrames(1024));
    }

    @Test
    void levelMatchingIsOnUntilTurnedOffAndRemembered() {
        assertEquals(true, prefs.levelMatching());
        prefs.setLevelMatching(false);
        assertEquals(false, new UiPrefs(node).levelMatching());
        prefs.setLevelMatching(true);
        assertEquals(true, new UiPrefs(node).levelMatching());
    }

    @Test
    void lastFolderIsNullUntilAChooserWasUsedThenAbsolute() {
        assertNull(prefs.lastFolder());
        prefs.setLastFolder(folder);
        assertEquals(folder.toAbsolutePath(), new UiPrefs(node).lastFolder());
    }

    @Test
    void everySettingRoundTripsTogetherThroughTheStore() throws BackingStoreException {
        prefs.setTheme(Theme.LIGHT);
        prefs.setOutputDevice("Speakers");
        prefs.setBufferFrames(512);
        prefs.setLevelMatching(false);
        prefs.setLastFolder(folder);
        node.flush();
        UiPrefs reread = new UiPrefs(Preferences.userRoot().node(node.absolutePath()));
        assertEquals(Theme.LIGHT, reread.theme());
        assertEquals("Speakers", reread.outputDevice());
        assertEquals(512, reread.bufferFrames(1024));
        assertEquals(false, reread.levelMatching());
        assertEquals(folder.toAbsolutePath(), reread.lastFolder());
    }
}
