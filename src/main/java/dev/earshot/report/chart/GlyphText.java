package dev.earshot.report.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.util.HashMap;
import java.util.Map;

/**
 * Recovers the text of a chart label that reaches a {@code Graphics2D} as glyphs, so the SVG and PDF writers can
 * write it as text (searchable, selectable, read aloud) instead of outlines. Caches a glyph table per font. Not
 * thread-safe: one per picture or document.
 */
public final class GlyphText {
    private final Map<Font, Map<Integer, Character>> glyphChars = new HashMap<>();

    /**
     * The text a glyph vector shows, recovered from its glyph codes, or {@code null} when a glyph is not one of the
     * Latin letters, digits and punctuation a chart label uses. Needed because JFreeChart draws some rotated labels
     * through {@code TextLayout}, which reaches a {@code Graphics2D} as glyphs rather than as a string.
     */
    public String textOf(GlyphVector glyphs) {
        Map<Integer, Character> chars = glyphChars.computeIfAbsent(glyphs.getFont(), font -> {
            StringBuilder candidates = new StringBuilder();
            for (char ch = 0x20; ch < 0x180; ch++) {
                candidates.append(ch);
            }
            candidates.append("\u2010\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u2212\u00b7");
            GlyphVector all = font.createGlyphVector(glyphs.getFontRenderContext(), candidates.toString());
            Map<Integer, Character> map = new HashMap<>();
            for (int i = 0; i < all.getNumGlyphs() && i < candidates.length(); i++) {
                int code = all.getGlyphCode(i);
                if (code != 0) {
                    map.putIfAbsent(code, candidates.charAt(i));
                }
            }
            return map;
        });
        StringBuilder text = new StringBuilder(glyphs.getNumGlyphs());
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            Character ch = chars.get(glyphs.getGlyphCode(i));
            if (ch == null) {
                return null;
            }
            text.append(ch.charValue());
        }
        return text.toString();
    }

    /**
     * Draws {@code glyphs} on {@code g} as text in their own font, as a string label is drawn, when their text can
     * be recovered; the font of {@code g} is left as it was.
     *
     * @return false when the glyphs are not readable text; the caller then draws them as outlines
     */
    public boolean drawAsText(Graphics2D g, GlyphVector glyphs, float x, float y) {
        String text = textOf(glyphs);
        if (text == null) {
            return false;
        }
        Font saved = g.getFont();
        g.setFont(glyphs.getFont());
        g.drawString(text, x, y);
        g.setFont(saved);
        return true;
    }
}
