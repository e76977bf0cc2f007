package dev.earshot.report.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes text safe for the report's font ({@link PdfFonts}): typographic signs always become their ASCII equivalents
 * (U+2212 minus → "-", "∞" → "inf", "Δ" → "d"), so copied figures paste as plain text; other characters the font
 * cannot encode lose their accent if that makes them encodable (with the Standard 14 Helvetica, which encodes only
 * WinAnsi), and anything else (CJK, emoji) becomes "?". Never throws for odd input.
 * Not thread-safe (it caches per character); one instance per document.
 */
final class PdfText {

    private static final Map<Integer, String> REPLACEMENTS = Map.ofEntries(
            Map.entry(0x2212, "-"), Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"),
            Map.entry(0x221E, "inf"), Map.entry(0x0394, "d"), Map.entry(0x2264, "<="), Map.entry(0x2265, ">="),
            Map.entry(0x00D7, "x"), Map.entry(0x2192, "->"), Map.entry(0x2009, " "), Map.entry(0x202F, " "),
            Map.entry(0x00A0, " "), Map.entry(0x2007, " "), Map.entry(0x2248, "~"));

    private final PDFont font;
    private final Map<Integer, String> cache = new HashMap<>();

    PdfText(PDFont font) {
        this.font = font;
    }

    /** {@code text} with every character the font cannot show replaced; null becomes "". */
    String safe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.append(cache.computeIfAbsent(codePoint, this::replacement)));
        return out.toString();
    }

    private String replacement(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return " ";
        }
        if (codePoint < 0x20) {
            return "";
        }
        String mapped = REPLACEMENTS.get(codePoint);
        if (mapped != null) {
            return mapped;
        }
        String original = new String(Character.toChars(codePoint));
        if (encodable(original)) {
            return original;
        }
        String stripped = Normalizer.normalize(original, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (!stripped.isEmpty() && encodable(stripped)) {
            return stripped;
        }
        return Character.getType(codePoint) == Character.DASH_PUNCTUATION ? "-" : "?";
    }

    private boolean encodable(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("font cannot encode text", e);
        }
    }

    /** Width of already-safe text in points. */
    float width(String safeText, float sizePt) {
        try {
            return font.getStringWidth(safeText) / 1000f * sizePt;
        } catch (IOException e) {
            throw new UncheckedIOException("font cannot measure text", e);
        }
    }
}
