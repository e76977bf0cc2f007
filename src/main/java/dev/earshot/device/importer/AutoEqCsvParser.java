package dev.earshot.device.importer;

import dev.earshot.dsp.MagnitudeCurve;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads an AutoEq-style measurement CSV: a header line whose first column is {@code frequency} and which has a
 * {@code raw} column (other columns, such as {@code smoothed} or {@code error}, may follow and are ignored), then one
 * row per frequency in Hz with the values in dB, comma-separated with decimal points. Blank lines are skipped; empty
 * cells in other columns are allowed. The result is normalised to 0 dB at 1 kHz. Stateless and thread-safe.
 */
public final class AutoEqCsvParser {
    private AutoEqCsvParser() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws ImportException naming the file and line for a missing header or {@code raw} column, a malformed row,
     *                         or a response that breaks the importer's rules (at least 10 rows, frequencies
     *                         increasing, finite values, 100 Hz–10 kHz covered)
     * @throws IOException     if the file cannot be read
     */
    public static MeasuredCurve parse(Path file) throws ImportException, IOException {
        return parse(TextFile.read(file));
    }

    /** As {@link #parse(Path)}, for text already in memory that came from a file called {@code fileName}. */
    public static MeasuredCurve parse(String text, String fileName) throws ImportException {
        return parse(TextFile.of(fileName, text));
    }

    /**
     * The device relative to neutral: {@code measurement − target}, with the target interpolated linearly in
     * log-frequency at the measurement's frequencies (held at its end values outside its range). Both curves are
     * already 0 dB at 1 kHz, so the difference is too.
     */
    public static MagnitudeCurve relativeTo(MagnitudeCurve measurement, MagnitudeCurve target) {
        double[] frequencies = measurement.frequenciesHz();
        double[] gains = measurement.gainsDb();
        for (int i = 0; i < frequencies.length; i++) {
            gains[i] -= target.gainDbAt(frequencies[i]);
        }
        return new MagnitudeCurve(frequencies, gains);
    }

    static MeasuredCurve parse(TextFile text) throws ImportException {
        String fileName = text.fileName();
        List<String> lines = text.lines();
        int headerIndex = 0;
        while (headerIndex < lines.size() && lines.get(headerIndex).isBlank()) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw ImportException.atLine(fileName, Math.max(1, lines.size()), "no header line 'frequency,raw' and "
                    + "no data rows");
        }
        String[] header = lines.get(headerIndex).strip().split("\\s*,\\s*", -1);
        if (!header[0].toLowerCase(Locale.ROOT).equals("frequency")) {
            throw ImportException.atLine(fileName, headerIndex + 1, "the header must start with 'frequency' "
                    + "(e.g. 'frequency,raw'), found '" + lines.get(headerIndex).strip() + "'");
        }
        int rawColumn = -1;
        for (int c = 1; c < header.length; c++) {
            if (header[c].toLowerCase(Locale.ROOT).equals("raw")) {
                rawColumn = c;
                break;
            }
        }
        if (rawColumn < 0) {
            throw ImportException.atLine(fileName, headerIndex + 1, "the header has no 'raw' column, found '"
                    + lines.get(headerIndex).strip() + "'");
        }
        CurveBuilder builder = new CurveBuilder(fileName);
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            String[] cells = line.split("\\s*,\\s*", -1);
            if (cells.length <= rawColumn) {
                throw ImportException.atLine(fileName, lineNumber, "has " + cells.length + " columns but 'raw' is "
                        + "column " + (rawColumn + 1) + ": '" + line + "'");
            }
            double frequencyHz = RewFrequencyResponseParser.number(DecimalStyle.POINT, cells[0], fileName,
                    lineNumber, "frequency");
            double levelDb = RewFrequencyResponseParser.number(DecimalStyle.POINT, cells[rawColumn], fileName,
                    lineNumber, "raw level");
            builder.add(lineNumber, frequencyHz, levelDb);
        }
        return MeasuredCurve.normalized(builder.build(lines.size()));
    }
}
