package dev.earshot.ui;

import dev.earshot.audio.ArraySource;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.SampleEncoding;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.playback.LevelMatch;
import dev.earshot.playback.OutputDevice;
import dev.earshot.playback.OutputDevices;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ReferenceTrack;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * The Earshot window: one master at a time in a {@link PlayerView}, menus, drag-and-drop, the player keys (bound
 * in the root pane's {@code WHEN_IN_FOCUSED_WINDOW} map, so they work whatever has the focus) and a 30 Hz timer that
 * draws the engine's meters. Loading and engine start-up run on a worker thread; this class is EDT only.
 */
public final class MainWindow {
    private static final int COLUMNS = 4096;
    private static final int TICK_MILLIS = 33;

    private final JFrame frame = new JFrame("Earshot");
    private final UiPrefs prefs;
    private final KeyMap keys = new KeyMap();
    private final StatusBar status;
    /** Files dropped on the reference box become reference or album tracks; elsewhere they open as the master. */
    private final TrackDrop trackDrop;
    private final WaveformPanel placeholder;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "earshot-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** Replaced (EDT) when a measured profile is saved; the worker joins whichever is current. */
    private volatile CompletableFuture<ProfileLibrary> library;
    private final Path profilesDir;
    private final Path irDir;
    private final Path cacheDir;
    private Theme theme;
    private PlayerView view;
    /** The session shown; EDT only. */
    private PlayerSession session;
    /** The session whose engine runs; worker thread only (it closes one before starting the next). */
    private PlayerSession running;
    private LevelMatcher matcher;
    private LiveFeed feed;
    private DeviceResponseDialog deviceResponse;
    private LoadedMaster currentMaster;
    private long lastTickNanos;
    private final List<Consumer<PlayerSession>> sessionListeners = new ArrayList<>();

    /**
     * @param profilesDir the profile folder
     * @param irDir       the impulse-response folder
     * @param cacheDir    where the demo master is cached
     */
    public MainWindow(UiPrefs prefs, Path profilesDir, Path irDir, Path cacheDir) {
        this.prefs = prefs;
        this.cacheDir = cacheDir;
        this.profilesDir = profilesDir;
        this.irDir = irDir;
        this.theme = prefs.theme();
        this.library = CompletableFuture.supplyAsync(() -> ProfileLibrary.load(profilesDir, irDir), worker);
        status = new StatusBar(theme);
        placeholder = new WaveformPanel(theme);
        frame.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        frame.setMinimumSize(new Dimension(1000, 640));
        frame.setSize(new Dimension(1360, 820));
        frame.setLocationByPlatform(true);
        frame.setIconImages(AppIcon.images());
        frame.getContentPane().add(placeholder, BorderLayout.CENTER);
        frame.getContentPane().add(status, BorderLayout.SOUTH);
        frame.setJMenuBar(new AppMenus(this, keys).build());
        frame.setTransferHandler(new MasterDrop(this::open));
        trackDrop = new TrackDrop(this::addReference, this::addAlbumTrack);
        bindKeys();
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                shutDown();
            }
        });
        new Timer(TICK_MILLIS, e -> tick()).start();
    }

    public JFrame frame() {
        return frame;
    }

    /** The view of the open master, or null while the first one loads. */
    public PlayerView view() {
        return view;
    }

    /** The running session, or null. */
    public PlayerSession session() {
        return session;
    }

    /**
     * What went wrong loading the profile library: one line per skipped file, or a line saying no profile was
     * found; empty when all is well or while the library loads.
     */
    List<String> libraryProblems() {
        ProfileLibrary loaded = library.getNow(null);
        if (loaded == null) {
            return List.of();
        }
        List<String> problems = new ArrayList<>(loaded.problems());
        if (loaded.profiles().isEmpty()) {
            problems.add(0, "No playback profiles were found; only Studio (bypass) can play. Set EARSHOT_HOME to the "
                    + "folder that holds playback-profiles/ and impulse-responses/.");
        }
        return problems;
    }

    /** The open master's file, or null for none or the built-in demo. EDT only. */
    Path currentMasterFile() {
        return currentMaster == null ? null : currentMaster.file();
    }

    /** The id of the profile the strip has selected (before any reference), or null for bypass or no master. EDT. */
    String selectedProfileId() {
        PlayerController controller = view == null ? null : view.controller();
        if (controller == null) {
            return null;
        }
        int source = controller.selected();
        List<dev.earshot.device.PlaybackProfile> order = controller.strip().profilesInSourceOrder();
        return source >= 1 && source <= order.size() ? order.get(source - 1).id() : null;
    }

    /**
     * Shows the Device response window (one per main window; brought to the front when already open). EDT only.
     *
     * @return the window, for tests
     */
    DeviceResponseDialog showDeviceResponse() {
        if (deviceResponse == null || !deviceResponse.isDisplayable()) {
            deviceResponse = new DeviceResponseDialog(frame, this);
        }
        deviceResponse.setVisible(true);
        deviceResponse.toFront();
        return deviceResponse;
    }

    /** The open master's live feed, or null until its engine has started. EDT only. */
    LiveFeed feed() {
        return feed;
    }

    /** The profile folder the window loads from. */
    Path profilesDir() {
        return profilesDir;
    }

    /** The impulse-response folder the window loads from. */
    Path irDir() {
        return irDir;
    }

    /** Loads the profile library again (e.g. after a measured profile was saved) and reopens the master. EDT only. */
    void reloadProfiles() {
        library = CompletableFuture.supplyAsync(() -> ProfileLibrary.load(profilesDir, irDir), worker);
        if (currentMaster != null && currentMaster.file() != null) {
            open(currentMaster.file());
        } else if (currentMaster != null) {
            openDemo();
        }
    }

    /** The profile library, or null while it loads. */
    ProfileLibrary profileLibrary() {
        return library.getNow(null);
    }

    /** Told on the EDT each time a master's engine has started and its state is attached. */
    public void addSessionListener(Consumer<PlayerSession> listener) {
        sessionListeners.add(listener);
    }

    /** The status bar, for tests. */
    StatusBar status() {
        return status;
    }

    public Theme theme() {
        return theme;
    }

    UiPrefs prefs() {
        return prefs;
    }

    /** Opens the last master, or the demo when there is none. */
    public void openInitial() {
        Path last = prefs.lastMaster();
        if (last != null && last.toFile().isFile()) {
            open(last);
        } else {
            openDemo();
        }
    }

    /** Decodes {@code file} in the background and plays it. */
    public void open(Path file) {
        load("Opening " + file.getFileName(), progress -> MasterLoader.load(file, progress));
    }

    public void openDemo() {
        load("Preparing the demo master", progress -> MasterLoader.demo(cacheDir, progress));
    }

    /**
     * Decodes {@code file} as a reference track, aligns it to the master and adds it to the engine (R toggles it).
     * Ignored until a master plays.
     */
    public void addReference(Path file) {
        PlayerSession target = session;
        PlayerController controller = view == null ? null : view.controller();
        if (target == null || controller == null) {
            return;
        }
        if (full(target, "Add reference")) {
            return;
        }
        status.showWork("Aligning " + file.getFileName() + "…", -1);
        worker.submit(() -> {
            try {
                ReferenceTrack track = ReferenceTrack.load(file, target.master().samples(),
                        target.master().sampleRate());
                SwingUtilities.invokeLater(() -> {
                    status.hideWork();
                    if (session == target) {
                        int slot = target.engine().addReference(track);
                        controller.addReference(track.name(), target.engine().referenceSourceIndex(slot));
                        view.references().added(slot, false, 0.0);
                    }
                });
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> failed("Adding the reference " + file.getFileName(), e));
            }
            return null;
        });
    }

    private boolean full(PlayerSession target, String title) {
        if (target.engine().referenceCount() < PlaybackEngine.MAX_REFERENCES) {
            return false;
        }
        JOptionPane.showMessageDialog(frame, "The player holds " + PlaybackEngine.MAX_REFERENCES
                + " reference and album tracks in all; open the master again to start over.", title,
                JOptionPane.WARNING_MESSAGE);
        return true;
    }

    /**
     * Decodes {@code file} as an album track (another song of the record) and adds it to the engine as a reference
     * played from the master's frame 0, not level matched (its "Match level" toggle matches it). Ignored until a
     * master plays.
     */
    public void addAlbumTrack(Path file) {
        PlayerSession target = session;
        PlayerController controller = view == null ? null : view.controller();
        if (target == null || controller == null || full(target, "Add album track")) {
            return;
        }
        status.showWork("Reading " + file.getFileName() + "…", -1);
        worker.submit(() -> {
            try {
                int rate = target.master().sampleRate();
                float[][] audio = ReferenceControls.decode(file, rate);
                ReferenceTrack track = ReferenceControls.albumTrack(file.getFileName().toString(), audio, rate);
                double matchDb = LevelMatch.gainDb(LevelMatch.loudnessLufs(target.master().samples(), rate),
                        LevelMatch.loudnessLufs(audio, rate));
                SwingUtilities.invokeLater(() -> {
                    status.hideWork();
                    if (session == target && target.engine().referenceCount() < PlaybackEngine.MAX_REFERENCES) {
                        int slot = target.engine().addReference(track, ReferenceControls.ALBUM_GAIN_DB);
                        controller.addReference(track.name(), target.engine().referenceSourceIndex(slot));
                        view.references().added(slot, true, matchDb);
                    }
                });
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> failed("Adding the album track " + file.getFileName(), e));
            }
            return null;
        });
    }

    /** Shows the audio settings; on a change, restarts the player on the open master with them. */
    public void showAudioSettings() {
        status.showWork("Looking for sound outputs…", -1);
        worker.submit(() -> {
            List<String> names = OutputDevices.list().stream().map(OutputDevice::name).toList();
            SwingUtilities.invokeLater(() -> {
                status.hideWork();
                int rate = session == null ? 48_000 : session.engine().outputRate();
                AudioSettingsDialog.Choice current = new AudioSettingsDialog.Choice(prefs.outputDevice(),
                        OutputChoice.bufferFrames(prefs));
                AudioSettingsDialog.show(frame, names, OutputDevices.BUFFER_FRAMES, current, rate)
                        .filter(choice -> !choice.equals(current))
                        .ifPresent(choice -> {
                            prefs.setOutputDevice(choice.deviceName());
                            prefs.setBufferFrames(choice.bufferFrames());
                            LoadedMaster master = currentMaster;
                            if (master != null) {
                                load("Restarting the player", progress -> master);
                            }
                        });
            });
            return null;
        });
    }

    /** Switches the look; remembered for the next start. */
    public void setTheme(Theme newTheme) {
        theme = newTheme;
        prefs.setTheme(newTheme);
        newTheme.install();
        com.formdev.flatlaf.FlatLaf.updateUI();
        status.setTheme(newTheme);
        placeholder.setTheme(newTheme);
        if (view != null) {
            view.setTheme(newTheme);
        }
    }

    private interface Loader {
        LoadedMaster load(ProgressListener progress) throws IOException;
    }

    private void load(String what, Loader loader) {
        status.showWork(what + "…", -1);
        worker.submit(() -> {
            try {
                LoadedMaster master = loader.load(f -> SwingUtilities.invokeLater(() -> status.showWork(what + "…", f)));
                ProfileLibrary profiles = library.join();
                DeviceStripModel strip = new DeviceStripModel(profiles.profiles());
                WaveformSummary summary = new WaveformSummary(master.samples().length, COLUMNS,
                        master.lengthFrames());
                PlayerController controller = new PlayerController(strip, master.sampleRate(),
                        master.lengthFrames(), PlayerSession.fadeFrames(master.sampleRate()));
                SwingUtilities.invokeLater(() -> {
                    boolean[] saved = {prefs.levelMatching()};
                    controller.setLevelMatching(saved[0]);
                    // The controller reports every change (playhead included); store the setting only when it moves.
                    controller.addListener(() -> {
                        boolean matching = controller.gains().matching();
                        if (matching != saved[0]) {
                            saved[0] = matching;
                            prefs.setLevelMatching(matching);
                        }
                    });
                    showMaster(master, controller, summary);
                });
                AudioFormatInfo format = new AudioFormatInfo(master.sampleRate(), master.samples().length, 32,
                        SampleEncoding.PCM_FLOAT, "memory");
                WaveformSummarizer.summarize(new ArraySource(master.samples(), format), summary, () -> false);
                if (running != null) {
                    PlayerSession stopping = running;
                    running = null;
                    stopping.close();
                }
                SwingUtilities.invokeLater(() -> status.showWork("Loading " + strip.sourceCount() + " devices…", -1));
                PlayerSession started = PlayerSession.start(master, profiles, strip, OutputChoice.output(prefs));
                running = started;
                SwingUtilities.invokeLater(() -> attach(started, controller, profiles));
            } catch (IOException | RuntimeException e) {
                SwingUtilities.invokeLater(() -> failed(what, e));
            }
            return null;
        });
    }

    private void showMaster(LoadedMaster master, PlayerController controller, WaveformSummary summary) {
        if (view != null) {
            frame.getContentPane().remove(view);
        } else {
            frame.getContentPane().remove(placeholder);
        }
        if (matcher != null) {
            matcher.close();
            matcher = null;
        }
        if (feed != null) {
            feed.close();
            feed = null;
        }
        session = null;
        currentMaster = master;
        view = new PlayerView(controller, summary, theme);
        view.references().setTransferHandler(trackDrop);
        frame.getContentPane().add(view, BorderLayout.CENTER);
        frame.setTitle(master.displayName() + " — Earshot");
        String channels = master.samples().length == 1 ? "mono" : "stereo";
        String note = master.note().isEmpty() ? "" : " · " + master.note();
        status.setMaster(String.format(Locale.ROOT, "%s · %.1f kHz · %s · %s%s", master.displayName(),
                master.sampleRate() / 1000.0, channels, WaveformPanel.clock(master.durationSeconds()), note));
        frame.revalidate();
        frame.repaint();
    }

    private void attach(PlayerSession started, PlayerController controller, ProfileLibrary profiles) {
        if (view == null || view.controller() != controller) {
            return; // another master was opened meanwhile; the worker has closed this session
        }
        session = started;
        controller.attach(started.engine());
        view.references().attach(started.engine());
        controller.setListeningLevelSink(level -> worker.submit(() -> started.engine().setListeningLevelDbSpl(level)));
        LevelMatcher levels = new LevelMatcher(started.master(), profiles,
                controller.strip().profilesInSourceOrder(),
                (source, gainDb, exact) -> SwingUtilities.invokeLater(() -> {
                    if (view != null && view.controller() == controller) {
                        controller.setGainDb(source, gainDb, exact);
                    }
                }));
        matcher = levels;
        levels.measureMaster(lufs -> SwingUtilities.invokeLater(() -> {
            if (view != null && view.controller() == controller) {
                controller.setMasterLoudness(lufs);
            }
        }));
        controller.addListener(() -> levels.request(controller.selected()));
        levels.request(controller.selected());
        status.hideWork();
        OutputChoice.Status output = OutputChoice.describe(started.engine(), prefs);
        status.setOutput(output.text(), output.warning(), output.detail());
        feed = new LiveFeed(started.engine(), view, new ResponseCurves(profiles,
                controller.strip().profilesInSourceOrder(), started.master().sampleRate()));
        int problems = libraryProblems().size();
        if (problems > 0) {
            status.setMaster(status.masterText() + " · " + problems + " profile problem" + (problems == 1 ? "" : "s")
                    + " (Help ▸ Profile library problems)");
        }
        Path file = started.master().file();
        prefs.setLastMaster(file);
        if (file != null) {
            prefs.addRecent(file);
        }
        controller.setPlaying(true);
        sessionListeners.forEach(listener -> listener.accept(started));
    }

    private void failed(String what, Exception e) {
        status.hideWork();
        JOptionPane.showMessageDialog(frame, e.getMessage() == null ? e.toString() : e.getMessage(),
                what + " failed", JOptionPane.ERROR_MESSAGE);
        if (view == null) {
            openDemo();
        }
    }

    private void bindKeys() {
        InputMap input = frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        for (KeyMap.Binding binding : keys.bindings()) {
            String name = "earshot." + binding.keyLabel();
            input.put(KeyStroke.getKeyStroke(binding.keyCode(), 0), name);
            frame.getRootPane().getActionMap().put(name, new AbstractAction() {
                @Override
                public void actionPerformed(ActionEvent e) {
                    perform(binding);
                }
            });
        }
    }

    /** Performs a player action on the open master; ignored while none is loaded. */
    void perform(KeyMap.Binding binding) {
        if (view != null) {
            view.controller().perform(binding);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        double elapsed = lastTickNanos == 0 ? 0 : (now - lastTickNanos) / 1e9;
        lastTickNanos = now;
        if (feed != null) {
            feed.tick(elapsed);
        } else if (view != null) {
            view.repaint(); // the waveform overview fills in while the engine starts
        }
    }

    private void shutDown() {
        if (matcher != null) {
            matcher.close();
        }
        if (feed != null) {
            feed.close();
        }
        session = null;
        worker.submit(() -> {
            if (running != null) {
                running.close();
                running = null;
            }
            return null;
        });
        worker.shutdown();
    }

    /** Shows the window. */
    public void show() {
        frame.setVisible(true);
    }
}
