package dev.earshot.audio;

/**
 * One chunk of a RIFF or IFF file.
 *
 * @param id           the four-character code
 * @param headerOffset byte offset of the chunk's 8-byte header in the file
 * @param sizeBytes    the payload size the header declares (untrusted: may exceed the file)
 */
record Chunk(String id, long headerOffset, long sizeBytes) {
    /** Byte offset of the payload. */
    long payloadOffset() {
        return headerOffset + 8;
    }

    /** Byte offset of the next chunk: payload plus the pad byte that follows an odd-sized payload. */
    long nextOffset() {
        return payloadOffset() + sizeBytes + (sizeBytes & 1);
    }
}
