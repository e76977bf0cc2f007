package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.listen.Protocol;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/** The blind test's set-up form: protocol, stimuli, design, listener, signing and the log. EDT only. */
public final class BlindTestForm extends JPanel {
    private final JComboBox<Protocol> protocol = new JComboBox<>(Protocol.values());
    private final JRadioButton viaProfiles = new JRadioButton("The master through two profiles");
    private final JRadioButton twoFiles = new JRadioButton("Two files");
    private final JTextField fileA = new JTextField(30);
    private final JTextField fileB = new JTextField(30);
    private final JComboBox<PlaybackProfile> profileA;
    private final JComboBox<PlaybackProfile> profileB;
    private final JSpinner trials = new JSpinner(new SpinnerNumberModel(16, 1, 200, 1));
    private final JCheckBox sequential = new JCheckBox("Sequential (stop as soon as the result is clear, at most 40)");
    private final JSpinner training = new JSpinner(new SpinnerNumberModel(0, 0, 100, 1));
    private final JTextField listener = new JTextField(System.getProperty("user.name", ""), 20);
    private final JCheckBox sign = new JCheckBox("Sign the log with my key");
    private final JTextField log = new JTextField(30);
    private boolean logEdited;

    BlindTestForm(Path master, List<PlaybackProfile> profiles) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        profileA = new JComboBox<>(profiles.toArray(new PlaybackProfile[0]));
        profileB = new JComboBox<>(profiles.toArray(new PlaybackProfile[0]));
        if (profiles.size() > 1) {
            profileB.setSelectedIndex(1);
        }
        DefaultListCellRenderer names = new DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object text = value instanceof PlaybackProfile p ? p.name()
                        : value instanceof Protocol p ? BlindTestDialog.protocolName(p) : value;
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        };
        protocol.setRenderer(names);
        profileA.setRenderer(names);
        profileB.setRenderer(names);
        ButtonGroup group = new ButtonGroup();
        group.add(viaProfiles);
        group.add(twoFiles);
        viaProfiles.setSelected(true);
        viaProfiles.addActionListener(e -> updateEnabled());
        twoFiles.addActionListener(e -> updateEnabled());
        sequential.addActionListener(e -> updateEnabled());
        protocol.addActionListener(e -> {
            updateEnabled();
            suggestLog();
        });
        if (master != null) {
            fileA.setText(master.toString());
        }
        fileA.addActionListener(e -> suggestLog());
        log.addKeyListener(new java.awt.event.KeyAdapter() {
            @Override
            public void keyTyped(java.awt.event.KeyEvent e) {
                logEdited = true;
            }
        });
        int row = 0;
        row = addRow(row, "Protocol", protocol);
        JPanel how = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        how.add(viaProfiles);
        how.add(twoFiles);
        row = addRow(row, "Compare", how);
        row = addRow(row, "A (master)", withBrowse(fileA, "Choose stimulus A"));
        row = addRow(row, "Profile for A", profileA);
        row = addRow(row, "Profile for B", profileB);
        row = addRow(row, "B", withBrowse(fileB, "Choose stimulus B"));
        JPanel design = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        design.add(trials);
        design.add(new JLabel("trials"));
        design.add(sequential);
        row = addRow(row, "Trials", design);
        row = addRow(row, "Training trials", training);
        row = addRow(row, "Listener", listener);
        row = addRow(row, "Signing", sign);
        addRow(row, "Session log", withBrowse(log, null));
        suggestLog();
        updateEnabled();
    }

    /** The choices as shown now. */
    public BlindTestSetup setup() {
        boolean files = twoFiles.isSelected();
        return new BlindTestSetup((Protocol) protocol.getSelectedItem(), path(fileA), files ? path(fileB) : null,
                files ? null : id(profileA), files ? null : id(profileB), (Integer) trials.getValue(),
                sequential.isSelected(), (Integer) training.getValue(), listener.getText().strip(),
                sign.isSelected(), path(log));
    }

    /** Shows {@code setup} in the form (for tests and scripted use). */
    public void fill(BlindTestSetup setup) {
        protocol.setSelectedItem(setup.protocol());
        twoFiles.setSelected(!setup.throughProfiles());
        viaProfiles.setSelected(setup.throughProfiles());
        fileA.setText(setup.fileA() == null ? "" : setup.fileA().toString());
        fileB.setText(setup.fileB() == null ? "" : setup.fileB().toString());
        select(profileA, setup.profileA());
        select(profileB, setup.profileB());
        trials.setValue(setup.trials());
        sequential.setSelected(setup.sequential());
        training.setValue(setup.training());
        listener.setText(setup.listener());
        sign.setSelected(setup.sign());
        log.setText(setup.log() == null ? "" : setup.log().toString());
        logEdited = true;
        updateEnabled();
    }

    @Override
    public void setEnabled(boolean enabled) {
        super.setEnabled(enabled);
        for (java.awt.Component c : getComponents()) {
            c.setEnabled(enabled);
        }
        if (enabled) {
            updateEnabled();
        }
    }

    private static void select(JComboBox<PlaybackProfile> box, String id) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).id().equals(id)) {
                box.setSelectedIndex(i);
            }
        }
    }

    private void updateEnabled() {
        boolean profiles = viaProfiles.isSelected();
        profileA.setEnabled(profiles);
        profileB.setEnabled(profiles);
        fileB.setEnabled(!profiles);
        boolean scored = ((Protocol) protocol.getSelectedItem()).isScored();
        sequential.setEnabled(scored);
        if (!scored) {
            sequential.setSelected(false);
        }
        trials.setEnabled(!sequential.isSelected());
    }

    private void suggestLog() {
        Path a = path(fileA);
        if (!logEdited && a != null) {
            log.setText(BlindTestSetup.defaultLog((Protocol) protocol.getSelectedItem(), a, Instant.now()).toString());
        }
    }

    private static Path path(JTextField field) {
        String text = field.getText().strip();
        return text.isEmpty() ? null : Path.of(text);
    }

    private static String id(JComboBox<PlaybackProfile> box) {
        PlaybackProfile p = (PlaybackProfile) box.getSelectedItem();
        return p == null ? null : p.id();
    }

    private JComponent withBrowse(JTextField field, String openTitle) {
        JPanel panel = new JPanel(new BorderLayout(4, 0));
        JButton browse = new JButton("Choose…");
        browse.addActionListener(e -> {
            Path current = path(field);
            JFileChooser chooser = new JFileChooser(current == null || current.toAbsolutePath().getParent() == null
                    ? null : current.toAbsolutePath().getParent().toFile());
            chooser.setDialogTitle(openTitle == null ? "Where to write the session log" : openTitle);
            int answer = openTitle == null ? chooser.showSaveDialog(this) : chooser.showOpenDialog(this);
            if (answer == JFileChooser.APPROVE_OPTION) {
                field.setText(chooser.getSelectedFile().toString());
                if (field == log) {
                    logEdited = true;
                } else if (field == fileA) {
                    suggestLog();
                }
            }
        });
        panel.add(field, BorderLayout.CENTER);
        panel.add(browse, BorderLayout.EAST);
        return panel;
    }

    private int addRow(int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 0, 3, 10);
        add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(3, 0, 3, 0);
        add(field, c);
        return row + 1;
    }
}
