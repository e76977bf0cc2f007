package dev.earshot.ui;

import java.nio.file.Path;
import java.util.List;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The window's menus: File (open, recent, demo), Playback (every key's action), View (theme), Help. EDT only. */
final class AppMenus {
    private final MainWindow window;
    private final KeyMap keys;

    AppMenus(MainWindow window, KeyMap keys) {
        this.window = window;
        this.keys = keys;
    }

    JMenuBar build() {
        JMenuBar bar = new JMenuBar();
        bar.add(fileMenu());
        bar.add(playbackMenu());
        bar.add(viewMenu());
        bar.add(toolsMenu());
        bar.add(preferencesMenu());
        bar.add(helpMenu());
        return bar;
    }

    private JMenu fileMenu() {
        JMenu file = new JMenu("File");
        JMenuItem open = new JMenuItem("Open master…");
        open.setAccelerator(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_O,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        open.addActionListener(e -> chooseFile("Open a master").ifPresent(window::open));
        JMenu recent = new JMenu("Open recent");
        recent.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fillRecent(recent);
            }

            @Override
            public void menuDeselected(MenuEvent e) {
                // nothing to undo
            }

            @Override
            public void menuCanceled(MenuEvent e) {
                // nothing to undo
            }
        });
        JMenuItem reference = new JMenuItem("Add reference track…");
        reference.addActionListener(e -> chooseFile("Add a reference track").ifPresent(window::addReference));
        JMenuItem album = new JMenuItem("Add album track…");
        album.setToolTipText("Another song of the record, heard at the same playhead and not level matched");
        album.addActionListener(e -> chooseFile("Add an album track").ifPresent(window::addAlbumTrack));
        JMenuItem render = new JMenuItem("Render…");
        render.setAccelerator(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_E,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        render.addActionListener(e -> showRenderDialog());
        JMenuItem demo = new JMenuItem("Open the demo master");
        demo.addActionListener(e -> window.openDemo());
        JMenuItem quit = new JMenuItem("Quit");
        quit.addActionListener(e -> window.frame().dispose());
        file.add(open);
        file.add(recent);
        file.add(demo);
        file.add(reference);
        file.add(album);
        file.addSeparator();
        file.add(render);
        file.addSeparator();
        file.add(quit);
        return file;
    }

    private void fillRecent(JMenu recent) {
        recent.removeAll();
        List<Path> files = window.prefs().recentFiles();
        if (files.isEmpty()) {
            JMenuItem none = new JMenuItem("No recent files");
            none.setEnabled(false);
            recent.add(none);
        }
        for (Path path : files) {
            JMenuItem item = new JMenuItem(path.getFileName() + "   " + path.getParent());
            item.addActionListener(e -> window.open(path));
            recent.add(item);
        }
    }

    private java.util.Optional<Path> chooseFile(String title) {
        Path folder = window.prefs().lastFolder();
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter("Audio (WAV, AIFF, FLAC, MP3)", "wav", "wave", "aif",
                "aiff", "aifc", "flac", "mp3"));
        if (chooser.showOpenDialog(window.frame()) == JFileChooser.APPROVE_OPTION) {
            Path path = chooser.getSelectedFile().toPath();
            if (path.getParent() != null) {
                window.prefs().setLastFolder(path.getParent());
            }
            return java.util.Optional.of(path);
        }
        return java.util.Optional.empty();
    }

    private JMenu preferencesMenu() {
        JMenu preferences = new JMenu("Preferences");
        JMenuItem audio = new JMenuItem("Audio…");
        audio.addActionListener(e -> window.showAudioSettings());
        preferences.add(audio);
        return preferences;
    }

    private JMenu playbackMenu() {
        JMenu playback = new JMenu("Playback");
        for (KeyMap.Binding binding : keys.bindings()) {
            if (binding.action() == PlayerAction.SELECT_GROUP || binding.keyLabel().startsWith("Keypad")) {
                continue;
            }
            JMenuItem item = new JMenuItem(binding.action().description() + "   [" + binding.keyLabel() + "]");
            item.addActionListener(e -> window.perform(binding));
            playback.add(item);
        }
        return playback;
    }

    private JMenu viewMenu() {
        JMenu view = new JMenu("View");
        ButtonGroup group = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(theme == Theme.DARK ? "Dark theme" : "Light theme");
            item.setSelected(theme == window.theme());
            item.addActionListener(e -> window.setTheme(theme));
            group.add(item);
            view.add(item);
        }
        view.addSeparator();
        JMenuItem response = new JMenuItem("Device response…");
        response.setAccelerator(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_D,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
        response.addActionListener(e -> window.showDeviceResponse());
        view.add(response);
        return view;
    }

    private JMenu toolsMenu() {
        JMenu tools = new JMenu("Tools");
        JMenuItem report = new JMenuItem("Translation report…");
        report.setAccelerator(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_R,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()
                        | java.awt.event.InputEvent.SHIFT_DOWN_MASK));
        report.addActionListener(e -> showReportDialog());
        tools.add(report);
        JMenuItem blind = new JMenuItem("Blind test…");
        blind.setAccelerator(javax.swing.KeyStroke.getKeyStroke(java.awt.event.KeyEvent.VK_B,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()
                        | java.awt.event.InputEvent.SHIFT_DOWN_MASK));
        blind.addActionListener(e -> showBlindTest());
        tools.add(blind);
        JMenuItem measure = new JMenuItem("Measure a device…");
        measure.addActionListener(e -> new dev.earshot.ui.tools.MeasureWizard(window.frame(), window.profilesDir(),
                window.irDir(), written -> window.reloadProfiles()).setVisible(true));
        tools.add(measure);
        tools.addSeparator();
        JMenuItem profiles = new JMenuItem("Profiles…");
        profiles.addActionListener(e -> {
            dev.earshot.ui.tools.ProfileManagerDialog dialog = new dev.earshot.ui.tools.ProfileManagerDialog(
                    window.frame(), window.profilesDir(), window.irDir(), window::reloadProfiles);
            dialog.useFolders(window.prefs().lastFolder(), window.prefs()::setLastFolder);
            dialog.setVisible(true);
        });
        tools.add(profiles);
        return tools;
    }

    private void showReportDialog() {
        Path master = window.currentMasterFile();
        dev.earshot.device.ProfileLibrary library = window.profileLibrary();
        if (master == null || library == null || library.profiles().isEmpty()) {
            JOptionPane.showMessageDialog(window.frame(), master == null
                            ? "Open a master file first: the report analyses the master in the window."
                            : "The playback profiles have not loaded (see Help ▸ Profile library problems).",
                    "Translation report", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        new dev.earshot.ui.tools.ReportDialog(window.frame(), master, library).setVisible(true);
    }

    private void showRenderDialog() {
        Path master = window.currentMasterFile();
        dev.earshot.device.ProfileLibrary library = window.profileLibrary();
        if (master == null || library == null || library.profiles().isEmpty()) {
            JOptionPane.showMessageDialog(window.frame(), master == null
                            ? "Open a master file first: Render writes the master in the window as each profile "
                            + "plays it."
                            : "The playback profiles have not loaded (see Help ▸ Profile library problems).",
                    "Render", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        new dev.earshot.ui.tools.RenderDialog(window.frame(), master, library, window.selectedProfileId())
                .setVisible(true);
    }

    private void showBlindTest() {
        dev.earshot.device.ProfileLibrary library = window.profileLibrary();
        if (library == null) {
            JOptionPane.showMessageDialog(window.frame(), "The playback profiles are still loading; try again in a "
                    + "moment.", "Blind test", JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        new dev.earshot.ui.tools.BlindTestDialog(window.frame(), window.currentMasterFile(), library,
                dev.earshot.ui.tools.BlindTestDialog.defaultOutput()).setVisible(true);
    }

    private JMenu helpMenu() {
        JMenu help = new JMenu("Help");
        JMenu shortcuts = new JMenu("Keyboard shortcuts");
        for (String line : keys.helpLines()) {
            JMenuItem item = new JMenuItem(line);
            item.setEnabled(false);
            shortcuts.add(item);
        }
        JMenuItem list = new JMenuItem("Show keyboard shortcuts…");
        list.addActionListener(e -> JOptionPane.showMessageDialog(window.frame(),
                String.join("\n", keys.helpLines()), "Keyboard shortcuts", JOptionPane.INFORMATION_MESSAGE));
        JMenuItem about = new JMenuItem("About Earshot");
        about.addActionListener(e -> JOptionPane.showMessageDialog(window.frame(),
                "Earshot: hear how a master translates to consumer playback systems.\n"
                        + "Drop a WAV, AIFF, FLAC or MP3 file on the window to open it.",
                "About Earshot", JOptionPane.INFORMATION_MESSAGE));
        JMenuItem problems = new JMenuItem("Profile library problems…");
        problems.addActionListener(e -> {
            List<String> lines = window.libraryProblems();
            JOptionPane.showMessageDialog(window.frame(),
                    lines.isEmpty() ? "Every playback profile loaded." : String.join("\n", lines),
                    "Profile library", lines.isEmpty() ? JOptionPane.INFORMATION_MESSAGE
                            : JOptionPane.WARNING_MESSAGE);
        });
        help.add(shortcuts);
        help.add(list);
        help.add(problems);
        help.addSeparator();
        help.add(about);
        return help;
    }
}
