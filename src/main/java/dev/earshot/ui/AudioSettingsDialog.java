package dev.earshot.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** Preferences ▸ Audio: the output device and buffer size. Modal; EDT only. */
final class AudioSettingsDialog {
    /** Label of the system's default device in the list. */
    static final String DEFAULT_DEVICE = "System default";

    /**
     * The user's choice.
     *
     * @param deviceName   null for the system default
     * @param bufferFrames output buffer, frames
     */
    record Choice(String deviceName, int bufferFrames) {
    }

    private AudioSettingsDialog() {
    }

    /**
     * Shows the dialog.
     *
     * @param devices       device names, possibly empty (then only the default is offered, and the note says so)
     * @param buffers       buffer sizes in frames
     * @param current       the current choice
     * @param outputRate    the output's rate in Hz, for the latency figures
     * @return the new choice, or empty when cancelled
     */
    static Optional<Choice> show(JFrame owner, List<String> devices, List<Integer> buffers, Choice current,
                                 int outputRate) {
        JComboBox<String> device = new JComboBox<>();
        device.addItem(DEFAULT_DEVICE);
        devices.forEach(device::addItem);
        device.setSelectedItem(current.deviceName() == null ? DEFAULT_DEVICE : current.deviceName());
        JComboBox<String> buffer = new JComboBox<>();
        for (int frames : buffers) {
            buffer.addItem(frames + " frames (" + Math.round(1000.0 * frames / Math.max(1, outputRate)) + " ms)");
        }
        buffer.setSelectedIndex(Math.max(0, buffers.indexOf(current.bufferFrames())));

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 4, 4, 4);
        c.anchor = GridBagConstraints.WEST;
        form.add(new JLabel("Output device"), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(device, c);
        c.gridx = 0;
        c.gridy = 1;
        c.fill = GridBagConstraints.NONE;
        form.add(new JLabel("Buffer"), c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(buffer, c);
        c.gridx = 0;
        c.gridy = 2;
        c.gridwidth = 2;
        String note = devices.isEmpty() ? "No sound output found on this machine: Earshot plays silently."
                : "Smaller buffers switch sooner; larger ones survive a busy machine.";
        form.add(new JLabel(note), c);

        JDialog dialog = new JDialog(owner, "Audio settings", true);
        boolean[] accepted = new boolean[1];
        JButton ok = new JButton("Apply");
        ok.addActionListener(e -> {
            accepted[0] = true;
            dialog.dispose();
        });
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> dialog.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(cancel);
        buttons.add(ok);
        dialog.getRootPane().setDefaultButton(ok);
        dialog.getContentPane().add(form, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        if (!accepted[0]) {
            return Optional.empty();
        }
        String name = (String) device.getSelectedItem();
        return Optional.of(new Choice(DEFAULT_DEVICE.equals(name) ? null : name,
                buffers.get(Math.max(0, buffer.getSelectedIndex()))));
    }
}
