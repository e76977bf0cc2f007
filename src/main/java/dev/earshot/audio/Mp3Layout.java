package dev.earshot.audio;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an MP3 file's first bytes say, found before decoding: where the first MPEG frame starts (after any ID3v2 tag),
 * its header, and the Xing/Info tag LAME and FFmpeg write into that frame (frame count, encoder delay and padding).
 *
 * @param firstFrame      header of the first frame
 * @param hasInfoTag      whether the first frame is a Xing/Info tag frame (it carries no audio)
 * @param tagFrames       audio frames announced by the tag (the tag frame excluded), or -1
 * @param encoderDelay    frames the encoder added at the start (LAME tag), or -1 if unknown
 * @param encoderPadding  frames the encoder added at the end (LAME tag), or -1 if unknown
 * @param audioBytes      bytes from the first frame to the end of the file
 */
record Mp3Layout(MpegFrameHeader firstFrame, boolean hasInfoTag, long tagFrames, int encoderDelay,
                 int encoderPadding, long audioBytes) {
    /** How far past the ID3v2 tag to look for the first frame before giving up. */
    private static final int SEARCH_BYTES = 64 * 1024;

    /** Whether the LAME tag gives the encoder delay and padding, so the decoder's output can be trimmed exactly. */
    boolean gapless() {
        return tagFrames > 0 && encoderDelay >= 0 && encoderPadding >= 0;
    }

    static Mp3Layout read(Path file) throws IOException {
        try (InputStream input = FileInput.open(file)) {
            long fileBytes = Files.size(file);
            byte[] head = input.readNBytes(10);
            long offset = 0;
            if (head.length == 10 && head[0] == 'I' && head[1] == 'D' && head[2] == '3') {
                long tagBytes = 10 + syncSafe(head, 6) + ((head[5] & 0x10) != 0 ? 10 : 0);
                try {
                    input.skipNBytes(tagBytes - 10);
                } catch (EOFException e) {
                    throw new AudioFileException(file, "truncated: the file ends inside its ID3v2 tag", e);
                }
                offset = tagBytes;
                head = new byte[0];
            }
            byte[] window = concat(head, input.readNBytes(SEARCH_BYTES + 2 * 4608));
            for (int i = 0; i + 4 <= window.length && i <= SEARCH_BYTES; i++) {
                MpegFrameHeader header = MpegFrameHeader.parse(word(window, i));
                if (header != null && confirmed(header, window, i, offset + i, fileBytes)) {
                    return withTag(header, window, i, fileBytes - offset - i);
                }
            }
            throw new AudioFileException(file, "not an MP3 file (no MPEG audio frame found"
                    + (offset > 0 ? " after the ID3v2 tag)" : ")"));
        }
    }

    /** A header counts only if the next frame follows where it says, or the file ends exactly there. */
    private static boolean confirmed(MpegFrameHeader header, byte[] window, int at, long filePosition,
                                     long fileBytes) {
        int next = at + header.frameBytes();
        if (filePosition + header.frameBytes() == fileBytes) {
            return true;
        }
        return next + 4 <= window.length && header.sameStreamAs(MpegFrameHeader.parse(word(window, next)));
    }

    private static Mp3Layout withTag(MpegFrameHeader header, byte[] window, int at, long audioBytes) {
        int tag = at + header.tagOffset();
        if (header.layer() != 3 || tag + 8 > window.length) {
            return new Mp3Layout(header, false, -1, -1, -1, audioBytes);
        }
        String id = new String(window, tag, 4, StandardCharsets.ISO_8859_1);
        if (!id.equals("Xing") && !id.equals("Info")) {
            return new Mp3Layout(header, false, -1, -1, -1, audioBytes);
        }
        int flags = word(window, tag + 4);
        int position = tag + 8;
        long frames = -1;
        if ((flags & 1) != 0 && position + 4 <= window.length) {
            frames = word(window, position) & 0xFFFFFFFFL;
            position += 4;
        }
        position += ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        int delay = -1;
        int padding = -1;
        if (position + 24 <= window.length) {
            String encoder = new String(window, position, 4, StandardCharsets.ISO_8859_1);
            if (encoder.equals("LAME") || encoder.equals("Lavc") || encoder.equals("Lavf")) {
                int packed = (window[position + 21] & 0xFF) << 16 | (window[position + 22] & 0xFF) << 8
                        | (window[position + 23] & 0xFF);
                delay = packed >>> 12;
                padding = packed & 0xFFF;
            }
        }
        return new Mp3Layout(header, true, frames, delay, padding, audioBytes);
    }

    private static long syncSafe(byte[] data, int at) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 7) | (data[at + i] & 0x7F);
        }
        return value;
    }

    private static int word(byte[] data, int at) {
        return (data[at] & 0xFF) << 24 | (data[at + 1] & 0xFF) << 16 | (data[at + 2] & 0xFF) << 8
                | (data[at + 3] & 0xFF);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
