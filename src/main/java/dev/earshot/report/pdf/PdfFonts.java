package dev.earshot.report.pdf;

import dev.earshot.report.pdf.PdfCanvas.Style;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The report's text fonts. Helvetica's Standard 14 font encodes only WinAnsi, so a client called Łukasz or a track
 * titled in Cyrillic or Greek would print with "?" in it. When the system has a font with Helvetica's metrics and
 * wider coverage (Liberation Sans on Linux, Arial on macOS and Windows), its regular, bold and italic faces are
 * embedded as subsets, which keeps the layout and covers Latin, Greek and Cyrillic; otherwise the Standard 14
 * Helvetica faces are used and {@link PdfText} replaces what they cannot show. Neither covers CJK. Nothing is shipped
 * with Earshot: the fonts are the user's own.
 */
final class PdfFonts {
    /** Each candidate family as its regular, bold and italic files, in order of preference. */
    private static final List<List<Path>> CANDIDATES = List.of(
            faces("/usr/share/fonts/truetype/liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                    "LiberationSans-Italic.ttf"),
            faces("/usr/share/fonts/truetype/liberation2", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                    "LiberationSans-Italic.ttf"),
            faces("/usr/share/fonts/liberation-sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
                    "LiberationSans-Italic.ttf"),
            faces("/System/Library/Fonts/Supplemental", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"),
            faces("/Library/Fonts", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"),
            faces("C:\\Windows\\Fonts", "arial.ttf", "arialbd.ttf", "ariali.ttf"));

    private PdfFonts() {
    }

    /** The first installed candidate family embedded in {@code document}, else the Standard 14 Helvetica faces. */
    static Map<Style, PDFont> load(PDDocument document) {
        for (List<Path> family : CANDIDATES) {
            Map<Style, PDFont> fonts = embedded(document, family);
            if (fonts != null) {
                return fonts;
            }
        }
        return standard();
    }

    /** The Standard 14 Helvetica faces, which every PDF reader has. */
    static Map<Style, PDFont> standard() {
        Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
        fonts.put(Style.REGULAR, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        fonts.put(Style.BOLD, new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD));
        fonts.put(Style.ITALIC, new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE));
        return fonts;
    }

    /** The family's three faces embedded as subsets, or null when a file is missing or unreadable. */
    static Map<Style, PDFont> embedded(PDDocument document, List<Path> family) {
        Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
        Style[] styles = {Style.REGULAR, Style.BOLD, Style.ITALIC};
        for (int i = 0; i < styles.length; i++) {
            Path file = family.get(i);
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try {
                fonts.put(styles[i], PDType0Font.load(document, file.toFile()));
            } catch (IOException | RuntimeException e) {
                // A damaged or unsupported font file: try the next family rather than fail the report.
                return null;
            }
        }
        return fonts;
    }

    private static List<Path> faces(String folder, String regular, String bold, String italic) {
        return List.of(Path.of(folder, regular), Path.of(folder, bold), Path.of(folder, italic));
    }
}
