package dev.earshot.audio;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;

/**
 * Streams a FLAC file (any bit depth from 4 to 32, 1 to 8 channels) decoded frame by frame with jflac. Samples are
 * scaled by {@code 2^-(bits-1)}, so full-scale integers map to [-1, 1) exactly. Memory holds one FLAC frame (at most
 * 65 535 frames per channel) regardless of the file's length.
 *
 * <p>Every problem with the file surfaces as an {@link AudioFileException} naming it: no "fLaC" signature, a missing
 * or impossible STREAMINFO block, a frame whose CRC or structure is wrong, and a file that ends before the sample
 * count STREAMINFO announces (truncation inside the last frame is caught the same way). A file whose STREAMINFO does
 * not state the sample count can only be checked frame by frame. Not thread-safe: one thread reads.
 */
public final class FlacSource implements AudioSource {
    private final Path file;
    private final InputStream input;
    private final FLACDecoder decoder;
    private final ErrorRecorder errors;
    private final AudioFormatInfo format;
    private final long totalFrames;
    private final float scale;
    private long framesDecoded;
    private int framePosition;
    private int frameLength;
    private boolean ended;
    private boolean readToEnd;

    private FlacSource(Path file, InputStream input, FLACDecoder decoder, ErrorRecorder errors, StreamInfo info)
            throws AudioFileException {
        this.file = file;
        this.input = input;
        this.decoder = decoder;
        this.errors = errors;
        int bits = info.getBitsPerSample();
        if (bits < 4 || bits > 32) {
            throw new AudioFileException(file, "STREAMINFO claims " + bits + " bits per sample (FLAC allows 4 to 32)");
        }
        try {
            format = new AudioFormatInfo(info.getSampleRate(), info.getChannels(), bits, SampleEncoding.LOSSLESS,
                    "FLAC");
        } catch (IllegalArgumentException e) {
            throw new AudioFileException(file, "unsupported stream: " + e.getMessage(), e);
        }
        totalFrames = info.getTotalSamples();
        scale = (float) Math.scalb(1.0, 1 - bits);
    }

    /**
     * Opens {@code file} and reads its metadata blocks; audio is decoded on demand by {@link #read}.
     *
     * @throws AudioFileException if the file is missing, unreadable, not FLAC or has a damaged header
     */
    public static FlacSource open(Path file) throws IOException {
        InputStream input = FileInput.open(file);
        try {
            FLACDecoder decoder = new FLACDecoder(input);
            ErrorRecorder errors = new ErrorRecorder();
            decoder.addFrameListener(errors);
            StreamInfo info = readHeader(file, decoder);
            return new FlacSource(file, input, decoder, errors, info);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    private static StreamInfo readHeader(Path file, FLACDecoder decoder) throws AudioFileException {
        StreamInfo info;
        try {
            info = decoder.readStreamInfo();
            decoder.readMetadata(info);
        } catch (EOFException e) {
            throw new AudioFileException(file, "truncated: the file ends inside its metadata blocks", e);
        } catch (IOException e) {
            // jflac reports format problems only through these two messages.
            String problem = switch (String.valueOf(e.getMessage())) {
                case "Could not find Stream Sync" -> "not a FLAC file (no \"fLaC\" signature)";
                case "StreamInfo metadata block missing" -> "no STREAMINFO block where FLAC requires it (first block)";
                default -> "cannot be read: " + e.getMessage();
            };
            throw new AudioFileException(file, problem, e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException
                 | NullPointerException e) {
            throw new AudioFileException(file, "damaged metadata blocks (" + e + ")", e);
        }
        if (info.getChannels() < 1 || info.getSampleRate() <= 0) {
            throw new AudioFileException(file, "STREAMINFO is damaged (" + info.getChannels() + " channels, "
                    + info.getSampleRate() + " Hz)");
        }
        return info;
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    /**
     * The frame count from STREAMINFO. If the encoder did not state it (rare: streamed encodes) -1 until the stream
     * has been read to its end, then the count decoded.
     */
    @Override
    public long lengthFrames() {
        if (totalFrames > 0) {
            return totalFrames;
        }
        return readToEnd ? framesDecoded : -1;
    }

    @Override
    public int read(float[][] block, int maxFrames) throws IOException {
        if (framePosition == frameLength && !nextFrame()) {
            return -1;
        }
        int frames = Math.min(maxFrames, frameLength - framePosition);
        for (int c = 0; c < format.channels(); c++) {
            int[] samples = decoder.getChannelData()[c].getOutput();
            float[] out = block[c];
            for (int i = 0; i < frames; i++) {
                out[i] = samples[framePosition + i] * scale;
            }
        }
        framePosition += frames;
        return frames;
    }

    private boolean nextFrame() throws AudioFileException {
        if (ended || (totalFrames > 0 && framesDecoded >= totalFrames)) {
            ended = true;
            return false;
        }
        int badFramesBefore = decoder.getBadFrames();
        Frame frame;
        try {
            frame = decoder.readNextFrame();
        } catch (IOException e) {
            throw new AudioFileException(file, "read failed after " + framesDecoded + " samples: " + e.getMessage(), e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException
                 | NullPointerException | ArithmeticException e) {
            throw corrupt("undecodable frame (" + e + ")", e);
        }
        if (frame == null) {
            // End of file. jflac reports an end inside a frame as an error and then returns no frame.
            ended = true;
            if (totalFrames > 0 && framesDecoded < totalFrames) {
                throw new AudioFileException(file, "truncated: audio ends after " + framesDecoded + " of "
                        + totalFrames + " samples");
            }
            if (errors.first != null) {
                throw new AudioFileException(file, "truncated: the file ends inside the frame after "
                        + framesDecoded + " samples");
            }
            readToEnd = true;
            return false;
        }
        if (errors.first != null || decoder.getBadFrames() != badFramesBefore) {
            throw corrupt(errors.first == null ? "undecodable frame"
                    : errors.first.startsWith("CRC Error") ? "frame checksum (CRC-16) mismatch"
                    : "jflac reports " + errors.first, null);
        }
        if (frame.header.channels != format.channels()) {
            throw corrupt("a frame has " + frame.header.channels + " channels, STREAMINFO says "
                    + format.channels(), null);
        }
        int blockSize = frame.header.blockSize;
        frameLength = totalFrames > 0 ? (int) Math.min(blockSize, totalFrames - framesDecoded) : blockSize;
        framePosition = 0;
        framesDecoded += blockSize;
        return frameLength > 0 || nextFrame();
    }

    private AudioFileException corrupt(String detail, Throwable cause) {
        ended = true;
        String problem = "corrupt audio data after " + framesDecoded + " samples: " + detail;
        return cause == null ? new AudioFileException(file, problem) : new AudioFileException(file, problem, cause);
    }

    @Override
    public void close() throws IOException {
        ended = true;
        input.close();
    }

    /** Keeps the first error jflac reports; jflac otherwise only counts bad frames or zeroes them silently. */
    private static final class ErrorRecorder implements FrameListener {
        private String first;

        @Override
        public void processMetadata(Metadata metadata) {
        }

        @Override
        public void processFrame(Frame frame) {
        }

        @Override
        public void processError(String message) {
            if (first == null) {
                first = message;
            }
        }
    }
}
