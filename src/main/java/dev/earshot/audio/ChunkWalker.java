package dev.earshot.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Walks the chunks of a RIFF (little-endian sizes) or IFF (big-endian sizes) file from a start offset to the end of
 * the file. Each step advances by at least 8 bytes and the number of chunks is capped, so a hostile file cannot make
 * it loop for long.
 */
final class ChunkWalker {
    /** More chunks than any real audio file carries; guards against files made of millions of empty chunks. */
    static final int MAX_CHUNKS = 100_000;

    private final HeaderReader reader;
    private final boolean bigEndian;
    private long nextOffset;
    private int chunkCount;

    ChunkWalker(HeaderReader reader, long startOffset, boolean bigEndian) {
        this.reader = reader;
        this.bigEndian = bigEndian;
        this.nextOffset = startOffset;
    }

    /**
     * The next chunk header, or {@code null} when fewer than 8 bytes remain (the end of the file, or trailing bytes
     * too short to be a chunk). The returned chunk's size is as declared; callers check it against the file size.
     */
    Chunk next() throws IOException {
        if (nextOffset < 0 || nextOffset + 8 > reader.sizeBytes()) {
            return null;
        }
        if (++chunkCount > MAX_CHUNKS) {
            throw reader.error("more than " + MAX_CHUNKS + " chunks; the file is not a plausible audio file");
        }
        byte[] header = reader.read(nextOffset, 8, "a chunk header");
        long size = bigEndian ? Bytes.u32be(header, 4) : Bytes.u32le(header, 4);
        Chunk chunk = new Chunk(new String(header, 0, 4, StandardCharsets.ISO_8859_1), nextOffset, size);
        nextOffset = chunk.nextOffset();
        return chunk;
    }

    /** Bytes between the chunk's payload and the end of the file (may be less than the chunk declares). */
    long bytesAvailable(Chunk chunk) {
        return Math.max(0, reader.sizeBytes() - chunk.payloadOffset());
    }

    /** Fails unless the whole payload of {@code chunk} lies inside the file. */
    void requireInside(Chunk chunk) throws AudioFileException {
        long available = bytesAvailable(chunk);
        if (chunk.sizeBytes() > available) {
            throw reader.error("header cut short: the '" + printable(chunk.id()) + "' chunk at byte "
                    + chunk.headerOffset() + " claims " + chunk.sizeBytes() + " bytes but only " + available
                    + " remain in the file");
        }
    }

    /**
     * Why a header lacks a required chunk: which of the two ({@code first}, {@code second}) were not found and, when
     * a chunk claimed more bytes than the file holds ({@code overrun}, or null), that the header was cut short.
     */
    static String missing(String first, boolean foundFirst, String second, boolean foundSecond, Chunk overrun,
                          long fileBytes) {
        String what = !foundFirst && !foundSecond ? "no " + first + " and no " + second + " chunk"
                : !foundFirst ? "no " + first + " chunk" : "no " + second + " chunk";
        if (overrun != null) {
            return "header cut short: " + what + " found; the '" + printable(overrun.id())
                    + "' chunk at byte " + overrun.headerOffset() + " claims " + overrun.sizeBytes()
                    + " bytes but the file holds only " + fileBytes + " bytes";
        }
        return what + " found in " + fileBytes + " bytes";
    }

    static String printable(String id) {
        StringBuilder out = new StringBuilder();
        for (char c : id.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F ? String.valueOf(c) : String.format("\\x%02X", (int) c));
        }
        return out.toString();
    }
}
