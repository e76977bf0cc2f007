package dev.earshot.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Finds the fmt and data chunks of a RIFF/WAVE, RF64/WAVE or BW64/WAVE file, skipping every other chunk, and
 * checks them into a {@link PcmLayout}. Header sizes are untrusted: nothing is allocated from them, and a data
 * chunk longer than the file is clamped to the bytes present (the layout then reports fewer frames than declared).
 */
final class WavHeaderParser {
    private static final long NO_SIZE = 0xFFFF_FFFFL;

    private final HeaderReader reader;
    private boolean largeFile;
    private long ds64DataBytes = -1;
    private WavFmtChunk fmt;
    private Chunk data;
    private Chunk overrun;

    private WavHeaderParser(HeaderReader reader) {
        this.reader = reader;
    }

    static PcmLayout parse(HeaderReader reader) throws IOException {
        return new WavHeaderParser(reader).parse();
    }

    private PcmLayout parse() throws IOException {
        byte[] head = reader.read(0, 12, "the RIFF header");
        largeFile = Bytes.isCode(head, 0, "RF64") || Bytes.isCode(head, 0, "BW64");
        if (!largeFile && !Bytes.isCode(head, 0, "RIFF") || !Bytes.isCode(head, 8, "WAVE")) {
            throw reader.error("not a WAVE file (starts with " + Bytes.describeCode(head, 0) + ")");
        }
        walk();
        if (fmt == null || data == null) {
            throw reader.error(missing());
        }
        String container = largeFile ? new String(head, 0, 4, StandardCharsets.US_ASCII)
                : fmt.extensible() ? "WAV (extensible)" : "WAV";
        SampleEncoding encoding = fmt.coding().floating() ? SampleEncoding.PCM_FLOAT : SampleEncoding.PCM_INTEGER;
        AudioFormatInfo format = reader.formatInfo(fmt.sampleRate(), fmt.channels(), fmt.validBits(), encoding,
                container);
        long declaredBytes = dataBytes();
        long presentBytes = Math.min(declaredBytes, reader.sizeBytes() - data.payloadOffset());
        int frameBytes = fmt.channels() * fmt.coding().bytesPerSample();
        return new PcmLayout(format, fmt.coding(), data.payloadOffset(), presentBytes / frameBytes,
                declaredBytes / frameBytes);
    }

    private void walk() throws IOException {
        ChunkWalker walker = new ChunkWalker(reader, 12, false);
        for (Chunk chunk = walker.next(); chunk != null && (fmt == null || data == null); chunk = walker.next()) {
            switch (chunk.id()) {
                case "ds64" -> readDs64(walker, chunk);
                case "fmt " -> readFmt(walker, chunk);
                case "data" -> data = data == null ? chunk : data;
                default -> {
                    // LIST, bext, iXML, JUNK, fact, cue and every other chunk carry nothing the reader needs.
                }
            }
            if (chunk.sizeBytes() > walker.bytesAvailable(chunk)) {
                overrun = chunk;
            }
        }
    }

    private void readDs64(ChunkWalker walker, Chunk chunk) throws IOException {
        if (!largeFile || ds64DataBytes >= 0) {
            return;
        }
        if (chunk.sizeBytes() < 24) {
            throw reader.error("the ds64 chunk is " + chunk.sizeBytes() + " bytes; at least 24 are needed");
        }
        walker.requireInside(chunk);
        byte[] b = reader.read(chunk.payloadOffset(), 24, "the ds64 chunk");
        ds64DataBytes = Bytes.s64le(b, 8);
        if (ds64DataBytes < 0) {
            throw reader.error("the ds64 chunk declares a negative data size");
        }
    }

    private void readFmt(ChunkWalker walker, Chunk chunk) throws IOException {
        if (fmt != null) {
            return;
        }
        if (chunk.sizeBytes() < 16) {
            throw reader.error("the fmt chunk is " + chunk.sizeBytes() + " bytes; at least 16 are needed");
        }
        walker.requireInside(chunk);
        int length = (int) Math.min(chunk.sizeBytes(), WavFmtChunk.MAX_FMT_BYTES);
        fmt = WavFmtChunk.parse(reader.read(chunk.payloadOffset(), length, "the fmt chunk"), reader);
    }

    private long dataBytes() throws AudioFileException {
        if (!largeFile && data.sizeBytes() == NO_SIZE) {
            // Written by a streaming encoder that could not seek back: the data runs to the end of the file.
            return reader.sizeBytes() - data.payloadOffset();
        }
        if (largeFile && data.sizeBytes() == NO_SIZE) {
            if (ds64DataBytes < 0) {
                throw reader.error("RF64 file without a ds64 chunk: the size of its audio data is unknown");
            }
            return ds64DataBytes;
        }
        return data.sizeBytes();
    }

    private String missing() {
        return ChunkWalker.missing("fmt", fmt != null, "data", data != null, overrun, reader.sizeBytes());
    }
}
