package dev.earshot.ui.tools;

import java.awt.BorderLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/**
 * A progress bar, a status line and a Cancel button for a background task. EDT only; workers hand their progress
 * over with {@code SwingUtilities.invokeLater} or a {@code SwingWorker}'s {@code process}.
 */
final class TaskProgress extends JPanel {
    private final JProgressBar bar = new JProgressBar(0, 1000);
    private final JLabel status = new JLabel(" ");
    private final JButton cancel = new JButton("Cancel");

    TaskProgress(Runnable onCancel) {
        super(new BorderLayout(6, 4));
        bar.setStringPainted(true);
        bar.setString("");
        cancel.setEnabled(false);
        cancel.addActionListener(e -> {
            cancel.setEnabled(false);
            status.setText("Cancelling…");
            onCancel.run();
        });
        add(status, BorderLayout.NORTH);
        add(bar, BorderLayout.CENTER);
        add(cancel, BorderLayout.EAST);
    }

    /** Shows a running task: {@code fraction} in 0..1, or negative for "unknown". */
    void running(String what, double fraction) {
        cancel.setEnabled(true);
        status.setText(what);
        if (fraction < 0) {
            bar.setIndeterminate(true);
            bar.setString("");
        } else {
            bar.setIndeterminate(false);
            bar.setValue((int) Math.round(Math.min(1, fraction) * 1000));
            bar.setString(Math.round(Math.min(1, fraction) * 100) + " %");
        }
    }

    /** Shows that no task runs any more, with a closing line. */
    void idle(String message) {
        cancel.setEnabled(false);
        bar.setIndeterminate(false);
        bar.setValue(0);
        bar.setString("");
        status.setText(message);
    }

    JButton cancelButton() {
        return cancel;
    }

    String statusText() {
        return status.getText();
    }
}
