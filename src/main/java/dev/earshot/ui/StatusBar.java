package dev.earshot.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;

/** The bottom line: what is open, background work with its progress, and the output device (or its absence). */
public final class StatusBar extends JPanel {
    private final JLabel master = new JLabel(" ");
    private final JLabel work = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 1000);
    private final JLabel output = new JLabel();
    private Theme theme;

    public StatusBar(Theme theme) {
        this.theme = theme;
        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 10, 4, 10));
        master.setFont(master.getFont().deriveFont(Font.PLAIN, 12f));
        progress.setMaximumSize(new java.awt.Dimension(160, 12));
        progress.setVisible(false);
        output.setOpaque(true);
        output.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        add(master);
        add(Box.createHorizontalGlue());
        add(work);
        add(Box.createHorizontalStrut(8));
        add(progress);
        add(Box.createHorizontalStrut(12));
        add(output);
    }

    public void setTheme(Theme theme) {
        this.theme = theme;
        if (output.getClientProperty("warning") == Boolean.TRUE) {
            output.setBackground(theme.warning());
        }
    }

    public void setMaster(String text) {
        master.setText(text);
    }

    /** The master line as shown. */
    String masterText() {
        return master.getText();
    }

    /** Shows {@code text} with a progress bar at {@code fraction} (0-1, or negative for indeterminate). */
    public void showWork(String text, double fraction) {
        work.setText(text);
        progress.setVisible(true);
        progress.setIndeterminate(fraction < 0);
        progress.setValue((int) Math.round(Math.max(0, fraction) * 1000));
    }

    public void hideWork() {
        work.setText("");
        progress.setVisible(false);
    }

    /** The output's description; {@code warning} paints it as a notice (no device, playing silently). */
    public void setOutput(String text, boolean warning, String detail) {
        output.setText(text);
        output.putClientProperty("warning", warning);
        output.setOpaque(warning);
        output.setBackground(warning ? theme.warning() : null);
        output.setToolTipText(detail);
    }

    /** The output label's text, for tests. */
    String outputText() {
        return output.getText();
    }
}
