package dev.earshot.audio;

import java.util.Arrays;

/**
 * Recognises a file's kind from its first bytes (never from its name), and for files Earshot cannot read says what
 * they look like.
 */
final class FileSniffer {
    /** Bytes of the file's start that {@link #sniff} looks at. */
    static final int HEAD_BYTES = 512;

    /** What a file is. */
    enum Kind { WAV, AIFF, FLAC, MP3, UNSUPPORTED }

    /**
     * @param kind    the kind of file
     * @param problem for {@link Kind#UNSUPPORTED}, what the file looks like, e.g. "not an audio file (starts with
     *                text)"; otherwise empty
     */
    record Result(Kind kind, String problem) {
        static Result of(Kind kind) {
            return new Result(kind, "");
        }

        static Result unsupported(String problem) {
            return new Result(Kind.UNSUPPORTED, problem);
        }
    }

    private FileSniffer() {
    }

    /**
     * @param head       the file's first bytes
     * @param length     how many of them are valid (fewer than {@code head.length} for a short file)
     * @param sizeBytes  the file's size
     */
    static Result sniff(byte[] head, int length, long sizeBytes) {
        if (sizeBytes == 0) {
            return Result.unsupported("empty file (0 bytes)");
        }
        if (length >= 4 && (code(head, "RIFF") || code(head, "RF64") || code(head, "BW64"))) {
            return container(head, length, "WAVE", null, Kind.WAV, "RIFF");
        }
        if (length >= 4 && code(head, "FORM")) {
            return container(head, length, "AIFF", "AIFC", Kind.AIFF, "IFF");
        }
        if (length >= 4 && code(head, "fLaC")) {
            return Result.of(Kind.FLAC);
        }
        if (length >= 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3' || mpegFrameSync(head, length)) {
            return Result.of(Kind.MP3);
        }
        String known = KnownFormats.describe(head, length);
        if (known != null) {
            return Result.unsupported(known);
        }
        if (looksLikeText(head, length)) {
            return Result.unsupported("not an audio file (starts with text)");
        }
        return Result.unsupported("unrecognised format (starts with bytes "
                + Bytes.describeCode(length >= 4 ? head : Arrays.copyOf(head, 4), 0) + ")");
    }

    private static Result container(byte[] head, int length, String type, String otherType, Kind kind,
                                    String family) {
        if (length < 12) {
            return Result.unsupported("header cut short: the file holds only " + length + " bytes");
        }
        if (Bytes.isCode(head, 8, type) || otherType != null && Bytes.isCode(head, 8, otherType)) {
            return Result.of(kind);
        }
        return Result.unsupported("unsupported format (" + family + " file of type " + Bytes.describeCode(head, 8)
                + ")");
    }

    /** An MPEG audio frame header: 11 sync bits, a layer (1 to 3), and valid bitrate and sample-rate indices. */
    private static boolean mpegFrameSync(byte[] b, int length) {
        if (length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
            return false;
        }
        int version = (b[1] >> 3) & 3;
        int layer = (b[1] >> 1) & 3;
        int bitrateIndex = (b[2] >> 4) & 0xF;
        int rateIndex = (b[2] >> 2) & 3;
        return version != 1 && layer != 0 && bitrateIndex != 0xF && rateIndex != 3;
    }

    private static boolean looksLikeText(byte[] b, int length) {
        int printable = 0;
        for (int i = 0; i < length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
                return false;
            }
            printable += c < 0x80 ? 1 : 0;
        }
        return printable * 4 >= length * 3;
    }

    private static boolean code(byte[] b, String fourCc) {
        return Bytes.isCode(b, 0, fourCc);
    }
}
