package dev.earshot.ui.tools;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** An editable list of audio files with Add… and Remove buttons. EDT only. */
final class PathListPanel extends JPanel {
    private final DefaultListModel<Path> model = new DefaultListModel<>();
    private final JList<Path> list = new JList<>(model);

    PathListPanel(String chooserTitle) {
        super(new BorderLayout(4, 0));
        list.setVisibleRowCount(3);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setPreferredSize(new Dimension(360, 58));
        JButton add = new JButton("Add…");
        add.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle(chooserTitle);
            chooser.setMultiSelectionEnabled(true);
            chooser.setFileFilter(new FileNameExtensionFilter("Audio (WAV, AIFF, FLAC, MP3)", "wav", "wave", "aif",
                    "aiff", "aifc", "flac", "mp3"));
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                for (java.io.File file : chooser.getSelectedFiles()) {
                    add(file.toPath());
                }
            }
        });
        JButton remove = new JButton("Remove");
        remove.addActionListener(e -> list.getSelectedValuesList().forEach(model::removeElement));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(add);
        buttons.add(remove);
        add(scroll, BorderLayout.CENTER);
        add(buttons, BorderLayout.EAST);
    }

    /** Adds {@code file} unless it is listed already. */
    void add(Path file) {
        if (!model.contains(file)) {
            model.addElement(file);
        }
    }

    List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            paths.add(model.get(i));
        }
        return paths;
    }
}
