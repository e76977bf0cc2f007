package dev.earshot.ui;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import javax.swing.Icon;

/** Small painted transport icons in the button's text colour, so they look the same with every font. */
final class TransportIcons {
    private static final int SIZE = 12;

    private TransportIcons() {
    }

    /** The kinds of icon. */
    enum Kind { PLAY, PAUSE, HOME }

    static Icon of(Kind kind) {
        return new Icon() {
            @Override
            public void paintIcon(Component c, Graphics graphics, int x, int y) {
                Graphics2D g = (Graphics2D) graphics.create();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(c.getForeground());
                switch (kind) {
                    case PLAY -> g.fillPolygon(new Polygon(new int[] {x + 1, x + SIZE, x + 1},
                            new int[] {y, y + SIZE / 2, y + SIZE}, 3));
                    case PAUSE -> {
                        g.fillRect(x + 1, y, 4, SIZE);
                        g.fillRect(x + SIZE - 4, y, 4, SIZE);
                    }
                    case HOME -> {
                        g.fillRect(x, y, 2, SIZE);
                        g.fillPolygon(new Polygon(new int[] {x + SIZE, x + 3, x + SIZE},
                                new int[] {y, y + SIZE / 2, y + SIZE}, 3));
                    }
                    default -> throw new IllegalStateException("unknown icon " + kind);
                }
                g.dispose();
            }

            @Override
            public int getIconWidth() {
                return SIZE;
            }

            @Override
            public int getIconHeight() {
                return SIZE;
            }
        };
    }
}
