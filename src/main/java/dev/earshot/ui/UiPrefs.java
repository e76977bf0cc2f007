package dev.earshot.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * The window's remembered settings in a {@link Preferences} node: theme, recent files, the last folder and the last
 * master. Preferences are thread-safe; the window calls this on the EDT.
 */
public final class UiPrefs {
    /** How many recent files are kept. */
    public static final int MAX_RECENT = 8;
    private static final String THEME = "theme";
    private static final String RECENT = "recent.";
    private static final String LAST_FOLDER = "lastFolder";
    private static final String LAST_MASTER = "lastMaster";
    private static final String OUTPUT_DEVICE = "outputDevice";
    private static final String BUFFER_FRAMES = "bufferFrames";
    private static final String LEVEL_MATCHING = "levelMatching";

    private final Preferences node;

    /** @param node where settings live; the app uses {@link #forUser()}, tests a node of their own */
    public UiPrefs(Preferences node) {
        this.node = node;
    }

    /** The user's settings node for Earshot's window. */
    public static UiPrefs forUser() {
        return new UiPrefs(Preferences.userRoot().node("dev/earshot/ui"));
    }

    public Theme theme() {
        return Theme.fromName(node.get(THEME, Theme.DARK.name()));
    }

    public void setTheme(Theme theme) {
        node.put(THEME, theme.name());
    }

    /** Recent files, newest first, only those that still exist. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null && Files.isRegularFile(Path.of(value))) {
                files.add(Path.of(value));
            }
        }
        return files;
    }

    /** Puts {@code file} first in the recent list (once), dropping the oldest beyond {@link #MAX_RECENT}. */
    public void addRecent(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>(recentFiles());
        files.remove(absolute);
        files.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
    }

    /** The folder the file dialog opened last, or null. */
    public Path lastFolder() {
        String value = node.get(LAST_FOLDER, null);
        return value == null ? null : Path.of(value);
    }

    public void setLastFolder(Path folder) {
        node.put(LAST_FOLDER, folder.toAbsolutePath().toString());
    }

    /** The master open when the window last closed, or null for none (or the demo). */
    public Path lastMaster() {
        String value = node.get(LAST_MASTER, null);
        return value == null || value.isEmpty() ? null : Path.of(value);
    }

    /** @param file null for the demo */
    public void setLastMaster(Path file) {
        node.put(LAST_MASTER, file == null ? "" : file.toAbsolutePath().toString());
    }

    /** The chosen output device's name, or null for the system default. */
    public String outputDevice() {
        String value = node.get(OUTPUT_DEVICE, "");
        return value.isEmpty() ? null : value;
    }

    /** @param name null for the system default */
    public void setOutputDevice(String name) {
        node.put(OUTPUT_DEVICE, name == null ? "" : name);
    }

    /** The chosen output buffer in frames, or {@code fallback} when none was chosen. */
    public int bufferFrames(int fallback) {
        return node.getInt(BUFFER_FRAMES, fallback);
    }

    public void setBufferFrames(int frames) {
        node.putInt(BUFFER_FRAMES, frames);
    }

    /** Level matching, on unless turned off. */
    public boolean levelMatching() {
        return node.getBoolean(LEVEL_MATCHING, true);
    }

    public void setLevelMatching(boolean on) {
        node.putBoolean(LEVEL_MATCHING, on);
    }
}
