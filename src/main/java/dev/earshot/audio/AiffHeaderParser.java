package dev.earshot.audio;

import java.io.IOException;

/**
 * Finds the COMM and SSND chunks of a FORM/AIFF or FORM/AIFC file, skipping every other chunk, and checks them into
 * a {@link PcmLayout}. Sizes are untrusted: audio data cut short is clamped to the frames present.
 */
final class AiffHeaderParser {
    private final HeaderReader reader;
    private boolean aifc;
    private AiffCommChunk comm;
    private Chunk ssnd;
    private long ssndDataOffset;
    private Chunk overrun;

    private AiffHeaderParser(HeaderReader reader) {
        this.reader = reader;
    }

    static PcmLayout parse(HeaderReader reader) throws IOException {
        return new AiffHeaderParser(reader).parse();
    }

    private PcmLayout parse() throws IOException {
        byte[] head = reader.read(0, 12, "the FORM header");
        aifc = Bytes.isCode(head, 8, "AIFC");
        if (!Bytes.isCode(head, 0, "FORM") || !aifc && !Bytes.isCode(head, 8, "AIFF")) {
            throw reader.error("not an AIFF file (starts with " + Bytes.describeCode(head, 0) + ")");
        }
        walk();
        if (comm == null || ssnd == null) {
            throw reader.error(missing());
        }
        SampleEncoding encoding = comm.coding().floating() ? SampleEncoding.PCM_FLOAT : SampleEncoding.PCM_INTEGER;
        AudioFormatInfo format = reader.formatInfo(comm.sampleRate(), comm.channels(), comm.bitsPerSample(),
                encoding, aifc ? "AIFF-C" : "AIFF");
        int frameBytes = comm.channels() * comm.coding().bytesPerSample();
        long chunkDataBytes = ssnd.payloadOffset() + ssnd.sizeBytes() - ssndDataOffset;
        if (chunkDataBytes < 0) {
            throw reader.error("the SSND chunk's data offset " + (ssndDataOffset - ssnd.payloadOffset() - 8)
                    + " lies beyond the chunk's " + ssnd.sizeBytes() + " bytes");
        }
        long declaredFrames = Math.min(comm.frames(), chunkDataBytes / frameBytes);
        long presentBytes = Math.max(0, reader.sizeBytes() - ssndDataOffset);
        long frames = Math.min(declaredFrames, presentBytes / frameBytes);
        return new PcmLayout(format, comm.coding(), ssndDataOffset, frames, declaredFrames);
    }

    private void walk() throws IOException {
        ChunkWalker walker = new ChunkWalker(reader, 12, true);
        for (Chunk chunk = walker.next(); chunk != null && (comm == null || ssnd == null); chunk = walker.next()) {
            if (chunk.id().equals("COMM") && comm == null) {
                int needed = AiffCommChunk.bytesNeeded(aifc);
                if (chunk.sizeBytes() < needed) {
                    throw reader.error("the COMM chunk is " + chunk.sizeBytes() + " bytes; at least " + needed
                            + " are needed");
                }
                walker.requireInside(chunk);
                comm = AiffCommChunk.parse(reader.read(chunk.payloadOffset(), needed, "the COMM chunk"), aifc,
                        reader);
            } else if (chunk.id().equals("SSND") && ssnd == null) {
                if (chunk.sizeBytes() < 8) {
                    throw reader.error("the SSND chunk is " + chunk.sizeBytes() + " bytes; at least 8 are needed");
                }
                byte[] b = reader.read(chunk.payloadOffset(), 8, "the SSND chunk header");
                ssnd = chunk;
                ssndDataOffset = chunk.payloadOffset() + 8 + Bytes.u32be(b, 0);
            }
            if (chunk.sizeBytes() > walker.bytesAvailable(chunk)) {
                overrun = chunk;
            }
        }
    }

    private String missing() {
        return ChunkWalker.missing("COMM", comm != null, "SSND", ssnd != null, overrun, reader.sizeBytes());
    }
}
