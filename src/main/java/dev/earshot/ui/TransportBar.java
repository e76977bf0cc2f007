package dev.earshot.ui;

import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.ActionListener;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JToggleButton;

/** Play/pause, start, loop, mono, bypass and reference buttons, the clock and the level-match readout. EDT only. */
public final class TransportBar extends JPanel {
    private final PlayerController controller;
    private final JButton play = new JButton("Play");
    private final JToggleButton loop = new JToggleButton("Loop  L");
    private final JToggleButton mono = new JToggleButton("Mono  M");
    private final JToggleButton bypass = new JToggleButton("Bypass  B");
    private final JToggleButton reference = new JToggleButton("Reference  R");
    private final JLabel clock = new JLabel("0:00.0 / 0:00.0");
    private final JLabel source = new JLabel();
    private final JLabel levelMatch = new JLabel();
    private final JToggleButton matching = new JToggleButton("Match");
    /** The headroom taken off the whole output while matching a loud master. */
    private final JLabel headroom = new JLabel();
    private final JSlider listening = new JSlider(40, 100, 83);
    private final JLabel listeningLabel = new JLabel();
    private final JPanel levelControls;

    public TransportBar(PlayerController controller) {
        this.controller = controller;
        setLayout(new BoxLayout(this, BoxLayout.X_AXIS));
        setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        JButton home = new JButton(TransportIcons.of(TransportIcons.Kind.HOME));
        home.setToolTipText("Back to the start (Home)");
        play.setToolTipText("Play / pause (Space)");
        loop.setToolTipText(PlayerAction.LOOP.description() + " (L)");
        mono.setToolTipText(PlayerAction.MONO.description() + " (M)");
        bypass.setToolTipText(PlayerAction.BYPASS.description() + " (B)");
        reference.setToolTipText("Toggle the reference track (R); open a reference to enable");
        wire(home, e -> controller.seek(0));
        wire(play, e -> controller.setPlaying(!controller.playing()));
        wire(loop, e -> controller.toggleLoop());
        wire(mono, e -> controller.setMono(!controller.mono()));
        wire(bypass, e -> controller.toggleBypass());
        wire(reference, e -> controller.perform(new KeyMap().lookup(java.awt.event.KeyEvent.VK_R).orElseThrow()));
        JButton trimDown = new JButton("−");
        JButton trimUp = new JButton("+");
        trimDown.setToolTipText("Trim the selected device 0.5 dB down");
        trimUp.setToolTipText("Trim the selected device 0.5 dB up");
        matching.setToolTipText("Level matching: every device plays at the master's integrated loudness");
        wire(trimDown, e -> controller.adjustTrim(-0.5));
        wire(trimUp, e -> controller.adjustTrim(0.5));
        wire(matching, e -> controller.setLevelMatching(matching.isSelected()));
        listening.setFocusable(false);
        listening.setPreferredSize(new Dimension(90, listening.getPreferredSize().height));
        listening.setToolTipText("Listening level: how loud you imagine playing (ISO 226 equal-loudness); "
                + "83 dB SPL hears the programme unchanged");
        listening.addChangeListener(e -> {
            listeningLabel.setText(listening.getValue() + " dB SPL");
            if (!listening.getValueIsAdjusting()) {
                controller.setListeningLevelDbSpl(listening.getValue());
            }
        });
        listeningLabel.setText("83 dB SPL");
        play.putClientProperty("JButton.buttonType", "default");
        clock.setFont(clock.getFont().deriveFont(Font.PLAIN, 20f));
        source.setFont(source.getFont().deriveFont(Font.BOLD, 15f));
        add(home);
        add(Box.createHorizontalStrut(6));
        add(play);
        add(Box.createHorizontalStrut(16));
        add(clock);
        add(Box.createHorizontalStrut(24));
        add(source);
        add(Box.createHorizontalStrut(12));
        add(levelMatch);
        add(Box.createHorizontalGlue());
        levelControls = levelControls(trimDown, trimUp);
        add(loop);
        add(Box.createHorizontalStrut(6));
        add(mono);
        add(Box.createHorizontalStrut(6));
        add(bypass);
        add(Box.createHorizontalStrut(6));
        add(reference);
        play.setIconTextGap(8);
        play.setPreferredSize(new Dimension(100, play.getPreferredSize().height));
        controller.addListener(this::refresh);
        refresh();
        setPlayheadFrame(0);
    }

    /** Level matching, trim and listening level: a small panel the view places under the meters. */
    public JPanel levelControls() {
        return levelControls;
    }

    private JPanel levelControls(JButton trimDown, JButton trimUp) {
        JPanel panel = new JPanel(new java.awt.GridLayout(4, 1, 0, 2));
        panel.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        JPanel match = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 4, 0));
        match.add(matching);
        match.add(new JLabel("trim"));
        match.add(trimDown);
        match.add(trimUp);
        headroom.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        match.add(headroom);
        JLabel listeningTitle = new JLabel("Listening level");
        listeningTitle.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        JLabel levelTitle = new JLabel("Level match");
        levelTitle.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        JPanel listen = new JPanel(new java.awt.BorderLayout(6, 0));
        listen.add(listening, java.awt.BorderLayout.CENTER);
        listen.add(listeningLabel, java.awt.BorderLayout.EAST);
        panel.add(levelTitle);
        panel.add(match);
        panel.add(listeningTitle);
        panel.add(listen);
        return panel;
    }

    private void wire(AbstractButton button, ActionListener action) {
        button.setFocusable(false);
        button.addActionListener(action);
    }

    /** Updates the clock from the playhead; called by the window's timer. */
    public void setPlayheadFrame(long frame) {
        double rate = controller.sampleRate();
        clock.setText(clock(frame / rate) + " / " + clock(controller.lengthFrames() / rate));
        if (controller.referenceSlot() >= 0) {
            refreshLevel();
        }
    }

    private static String clock(double seconds) {
        long tenths = (long) Math.floor(seconds * 10);
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, tenths / 10 % 60, tenths % 10);
    }

    private void refresh() {
        play.setText(controller.playing() ? "Pause" : "Play");
        play.setIcon(TransportIcons.of(controller.playing() ? TransportIcons.Kind.PAUSE : TransportIcons.Kind.PLAY));
        loop.setSelected(controller.loopActive());
        mono.setSelected(controller.mono());
        bypass.setSelected(controller.bypassed());
        reference.setEnabled(controller.referenceAvailable());
        int s = controller.selected();
        source.setText(controller.label(s));
        reference.setSelected(controller.referenceSlot() >= 0);
        matching.setSelected(controller.gains().matching());
        double headroomDb = controller.headroomDb();
        headroom.setText(headroomDb < 0 ? String.format(Locale.ROOT, "output %.1f dB", headroomDb) : "");
        headroom.setToolTipText(headroomDb < 0 ? String.format(Locale.ROOT, "Everything plays %.1f dB down while "
                + "level matching, so the master sits at %.0f LUFS and devices that lift the bass do not clip",
                -headroomDb, PlayerController.MATCHED_PLAYBACK_MAX_LUFS) : null);
        refreshLevel();
    }

    /** The level-match readout of the source heard; also on every tick, as a reference's match is refined. */
    private void refreshLevel() {
        int s = controller.selected();
        int slot = controller.referenceSlot();
        if (slot >= 0) {
            double refTrim = controller.referenceTrimDb(slot);
            String refTrimText = refTrim == 0 ? "" : String.format(Locale.ROOT, ", trim %+.1f dB", refTrim);
            levelMatch.setText(controller.referenceLevel(slot)
                    .map(level -> String.format(Locale.ROOT, "level match %+.1f dB%s%s", level.matchGainDb(),
                            level.measured() ? "" : " (estimate)", refTrimText))
                    .orElse("reference" + refTrimText));
            levelMatch.setToolTipText("References are always level matched to the master");
            return;
        }
        SourceGains gains = controller.gains();
        double gain = gains.matchDb(s);
        double trim = gains.trimDb(s);
        String trimText = trim == 0 ? "" : String.format(Locale.ROOT, ", trim %+.1f dB", trim);
        if (s == 0) {
            levelMatch.setText("the master itself" + trimText);
        } else if (!gains.matching()) {
            levelMatch.setText("level match off" + trimText);
        } else if (Double.isNaN(gain)) {
            levelMatch.setText("level match: measuring…" + trimText);
        } else {
            levelMatch.setText(String.format(Locale.ROOT, "level match %+.1f dB%s%s", gain,
                    gains.exact(s) ? "" : " (estimate)", trimText));
        }
        levelMatch.setToolTipText(String.format(Locale.ROOT, "Gain applied: %+.1f dB",
                gains.appliedDb(s)));
    }
}
