package dev.earshot.device.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a REW frequency response text export: header lines starting with {@code *} (among them a column line such
 * as {@code * Freq(Hz) SPL(dB) Phase(degrees)}), then one row per frequency with the frequency in Hz, the level in
 * dB and optionally the phase in degrees (ignored: the importer designs a minimum-phase response). Text lines before
 * the first row that do not start with {@code *} are also taken as header. Blank lines are skipped.
 *
 * <p>Fields are separated by spaces, tabs, semicolons or commas, decided per row: a row with a semicolon splits at
 * semicolons, a row with a tab at tabs, a row whose commas are followed by a space or that has no spaces splits at
 * commas, any other row at runs of spaces. Numbers use decimal points with optional comma thousands groups
 * ({@code 1,000.5}) or decimal commas with optional point thousands groups ({@code 1.000,5}); the style is found from
 * the file's numbers (a decimal comma is only possible where commas do not separate fields) and must be the same in
 * every row. When no number decides it, a file whose rows use semicolons is read with decimal commas, any other with
 * decimal points.
 *
 * <p>The result is normalised to 0 dB at 1 kHz. Stateless and thread-safe.
 */
public final class RewFrequencyResponseParser {
    private static final Pattern SEMICOLONS = Pattern.compile("\\s*;\\s*");
    private static final Pattern TABS = Pattern.compile("\\s*\\t\\s*");
    private static final Pattern COMMAS = Pattern.compile("\\s*,\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RewFrequencyResponseParser() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws ImportException naming the file and line for a malformed row or a response that breaks the rules of
     *                         the importer (at least 10 rows, frequencies increasing, finite values, 100 Hz–10 kHz
     *                         covered)
     * @throws IOException     if the file cannot be read
     */
    public static MeasuredCurve parse(Path file) throws ImportException, IOException {
        return parse(TextFile.read(file));
    }

    /** As {@link #parse(Path)}, for text already in memory that came from a file called {@code fileName}. */
    public static MeasuredCurve parse(String text, String fileName) throws ImportException {
        return parse(TextFile.of(fileName, text));
    }

    static MeasuredCurve parse(TextFile text) throws ImportException {
        String fileName = text.fileName();
        List<String[]> rows = new ArrayList<>();
        List<Integer> rowLines = new ArrayList<>();
        boolean semicolons = false;
        DecimalStyle.Guess guess = new DecimalStyle.Guess(fileName);
        List<String> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("*")) {
                continue;
            }
            if (rows.isEmpty() && Character.isLetter(line.charAt(0)) && !looksNonFinite(line)) {
                continue;
            }
            int lineNumber = i + 1;
            Split split = split(line);
            semicolons |= split.separator == SEMICOLONS;
            if (split.fields.length < 2) {
                throw ImportException.atLine(fileName, lineNumber, "expected a frequency and a level, found '"
                        + line + "'");
            }
            if (split.separator != COMMAS) {
                guess.add(lineNumber, split.fields[0]);
                guess.add(lineNumber, split.fields[1]);
            }
            rows.add(split.fields);
            rowLines.add(lineNumber);
        }
        DecimalStyle style = guess.result(semicolons ? DecimalStyle.COMMA : DecimalStyle.POINT);
        CurveBuilder builder = new CurveBuilder(fileName);
        for (int r = 0; r < rows.size(); r++) {
            int lineNumber = rowLines.get(r);
            double frequencyHz = number(style, rows.get(r)[0], fileName, lineNumber, "frequency");
            double levelDb = number(style, rows.get(r)[1], fileName, lineNumber, "level");
            builder.add(lineNumber, frequencyHz, levelDb);
        }
        return MeasuredCurve.normalized(builder.build(lines.size()));
    }

    private record Split(Pattern separator, String[] fields) {
    }

    private static Split split(String line) {
        Pattern separator;
        if (line.indexOf(';') >= 0) {
            separator = SEMICOLONS;
        } else if (line.indexOf('\t') >= 0) {
            separator = TABS;
        } else if (line.indexOf(',') >= 0 && (line.matches(".*,\\s.*") || !SPACES.matcher(line).find())) {
            separator = COMMAS;
        } else {
            separator = SPACES;
        }
        return new Split(separator, separator.split(line));
    }

    private static boolean looksNonFinite(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.startsWith("nan") || lower.startsWith("inf");
    }

    static double number(DecimalStyle style, String token, String fileName, int line, String what)
            throws ImportException {
        try {
            return style.parse(token);
        } catch (NumberFormatException e) {
            throw ImportException.atLine(fileName, line, "cannot read " + what + " '" + token + "' as a number"
                    + " (this file uses " + style.description() + ")");
        }
    }
}
