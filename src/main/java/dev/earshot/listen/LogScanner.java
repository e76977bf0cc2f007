package dev.earshot.listen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.earshot.listen.LogLineFormat.LogLineException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the lines of a session log: framing, hash chain, JSON, line types and trial numbering. Problems are
 * collected as "line N: ..." messages (N is 1-based); the schedule and the counts are checked by
 * {@link SessionLogVerifier}.
 */
final class LogScanner {
    private final LogLineFormat format = new LogLineFormat();
    private final SessionLogJson json = new SessionLogJson(format);

    /** A trial line and its 1-based line number. */
    record ScannedTrial(int line, TrialRecord record) {
    }

    /**
     * The outcome of a scan.
     *
     * @param problems       every problem found, in line order
     * @param header         the header, or null if line 1 is not a readable header
     * @param trials         every readable trial line
     * @param footer         the footer, or null
     * @param footerLine     line number of the footer, or 0
     * @param completeLines  number of complete (newline-terminated) lines
     * @param completeBytes  bytes up to and including the last line end
     * @param partialBytes   bytes after the last line end (a line cut while being written), 0 if none
     * @param lastLineSha256 SHA-256 of the last complete line's bytes, or the genesis value when there is none
     * @param footerBytes    the footer line's bytes without its line end, or null
     */
    record Scan(List<String> problems, SessionHeader header, List<ScannedTrial> trials, SessionFooter footer,
                int footerLine, int completeLines, long completeBytes, int partialBytes, String lastLineSha256,
                byte[] footerBytes) {
    }

    Scan scan(byte[] content) {
        List<String> problems = new ArrayList<>();
        List<ScannedTrial> trials = new ArrayList<>();
        SessionHeader header = null;
        SessionFooter footer = null;
        byte[] footerBytes = null;
        int footerLine = 0;
        String prevHash = LogLineFormat.GENESIS;
        int lineNumber = 0;
        int start = 0;
        int expectedIndex = 1;
        for (int i = 0; i < content.length; i++) {
            if (content[i] != '\n') {
                continue;
            }
            lineNumber++;
            byte[] line = Arrays.copyOfRange(content, start, i);
            start = i + 1;
            String where = "line " + lineNumber + ": ";
            JsonNode node = null;
            try {
                node = format.parse(line);
            } catch (LogLineException e) {
                problems.add(where + e.getMessage());
            }
            if (node != null && !node.path("prev").asText().equals(prevHash)) {
                problems.add(where + (lineNumber == 1
                        ? "hash chain broken: 'prev' is not the genesis value (line 1 must be the header)"
                        : "hash chain broken: 'prev' does not match line " + (lineNumber - 1)));
            }
            prevHash = Sha256.hex(line);
            if (node == null) {
                continue;
            }
            if (footerLine != 0) {
                problems.add(where + "line after the footer (lines appended to a finished log)");
            }
            String type = node.path("type").asText("");
            try {
                switch (type) {
                    case SessionLogJson.HEADER -> {
                        if (lineNumber != 1) {
                            problems.add(where + "a header where a trial or footer belongs");
                        } else {
                            header = json.parseHeader(node);
                        }
                    }
                    case SessionLogJson.TRIAL -> {
                        if (lineNumber == 1) {
                            problems.add(where + "the log does not start with a header");
                        }
                        TrialRecord t = json.parseTrial(node);
                        if (t.index() != expectedIndex) {
                            problems.add(where + "trial " + t.index() + " where trial " + expectedIndex
                                    + " was expected (trial lines deleted, duplicated or reordered)");
                        }
                        expectedIndex = t.index() + 1;
                        trials.add(new ScannedTrial(lineNumber, t));
                    }
                    case SessionLogJson.FOOTER -> {
                        if (footerLine == 0) {
                            footer = json.parseFooter(node);
                            footerLine = lineNumber;
                            footerBytes = line;
                        }
                    }
                    default -> problems.add(where + "unknown line type '" + type + "'");
                }
            } catch (LogLineException e) {
                problems.add(where + e.getMessage());
            }
        }
        int partial = content.length - start;
        if (partial > 0) {
            problems.add("line " + (lineNumber + 1) + ": incomplete last line (" + partial
                    + " bytes without a line end): the session stopped while this line was being written");
        }
        if (lineNumber == 0 && partial == 0) {
            problems.add("line 1: the log is empty");
        }
        return new Scan(List.copyOf(problems), header, List.copyOf(trials), footer, footerLine, lineNumber, start,
                partial, prevHash, footerBytes);
    }
}
