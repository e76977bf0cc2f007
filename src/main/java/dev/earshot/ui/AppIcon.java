package dev.earshot.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The window icon, painted: a rounded tile with a waveform. No image files to ship. */
final class AppIcon {
    private static final int[] SIZES = {16, 32, 64, 128};
    private static final double[] BARS = {0.25, 0.55, 0.9, 0.6, 1.0, 0.45, 0.7, 0.3};

    private AppIcon() {
    }

    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x1B1D21));
            g.fillRoundRect(0, 0, size, size, size / 4, size / 4);
            g.setColor(new Color(0x3D8BFD));
            float step = size / (BARS.length + 1f);
            g.setStroke(new BasicStroke(Math.max(1f, step * 0.55f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < BARS.length; i++) {
                float x = step * (i + 1);
                float half = (float) (BARS[i] * size * 0.36);
                g.drawLine(Math.round(x), Math.round(size / 2f - half), Math.round(x), Math.round(size / 2f + half));
            }
            g.dispose();
            images.add(image);
        }
        return images;
    }
}
