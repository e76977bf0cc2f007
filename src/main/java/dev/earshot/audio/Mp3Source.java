package dev.earshot.audio;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javazoom.jl.decoder.Bitstream;
import javazoom.jl.decoder.Decoder;
import javazoom.jl.decoder.Header;
import javazoom.jl.decoder.JavaLayerException;

/**
 * Streams an MPEG audio file (MP3; Layers I and II decode too) frame by frame with jlayer, as floats with full scale
 * 1.0 and without jlayer's 16-bit rounding and clipping. An ID3v2 tag at the start is skipped; memory holds one MPEG
 * frame regardless of the file's length.
 *
 * <p><b>Gapless trimming.</b> When the first frame is a Xing/Info tag with a LAME (or FFmpeg) extension, the tag frame
 * is skipped, the encoder delay plus the decoder's {@value #DECODER_DELAY}-frame synthesis delay is dropped from the
 * start and the encoder padding from the end: the output then lines up sample for sample with the encoder's input
 * and {@link #lengthFrames()} is exact from the start. Without that tag the output starts with the codec's delay
 * (typically 1105 frames for LAME) and the length is estimated from the file size and the first frame's bit rate
 * (exact for constant bit rate; an estimate for VBR files without a tag); once the stream has been read to its end
 * the length is the count actually delivered.
 *
 * <p>Damaged input raises {@link AudioFileException} naming the file: not MPEG audio, a truncated stream (fewer frames
 * than the tag announces) or undecodable frames. Not thread-safe: one thread reads.
 */
public final class Mp3Source implements AudioSource {
    /** Frames of delay the MPEG Layer III hybrid filter bank adds in a standard decoder. */
    static final int DECODER_DELAY = 529;

    private final Path file;
    private final InputStream input;
    private final Bitstream bitstream;
    private final Decoder decoder;
    private final FloatFrameBuffer buffer = new FloatFrameBuffer();
    private final Mp3Layout layout;
    private final AudioFormatInfo format;
    private final long announcedFrames;
    private long framesToSkip;
    private long framesLeft;
    private long framesDelivered;
    private int framePosition;
    private int frameLength;
    private boolean firstFrame = true;
    private boolean ended;
    private boolean readToEnd;

    private Mp3Source(Path file, InputStream input, Mp3Layout layout) throws AudioFileException {
        this.file = file;
        this.input = input;
        this.layout = layout;
        MpegFrameHeader first = layout.firstFrame();
        try {
            format = new AudioFormatInfo(first.sampleRate(), first.channels(), 0, SampleEncoding.LOSSY, "MP3");
        } catch (IllegalArgumentException e) {
            throw new AudioFileException(file, "unsupported stream: " + e.getMessage(), e);
        }
        bitstream = new Bitstream(input);
        decoder = new Decoder();
        decoder.setOutputBuffer(buffer);
        if (layout.gapless()) {
            framesToSkip = layout.encoderDelay() + DECODER_DELAY;
            announcedFrames = Math.max(0, layout.tagFrames() * first.samplesPerFrame() - layout.encoderDelay()
                    - layout.encoderPadding());
            framesLeft = announcedFrames;
        } else {
            long tagBytes = layout.hasInfoTag() ? first.frameBytes() : 0;
            long frames = layout.tagFrames() > 0 ? layout.tagFrames()
                    : (layout.audioBytes() - tagBytes) / Math.max(1, first.frameBytes());
            announcedFrames = frames * first.samplesPerFrame();
            framesLeft = Long.MAX_VALUE;
        }
    }

    /**
     * Opens {@code file} and checks that it holds MPEG audio; frames are decoded on demand by {@link #read}.
     *
     * @throws AudioFileException if the file is missing, unreadable or holds no MPEG audio frame
     */
    public static Mp3Source open(Path file) throws IOException {
        Mp3Layout layout = Mp3Layout.read(file);
        InputStream input = FileInput.open(file);
        try {
            return new Mp3Source(file, input, layout);
        } catch (AudioFileException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    /** Exact with a LAME tag or once read to the end; otherwise an estimate (see the class comment). */
    @Override
    public long lengthFrames() {
        return readToEnd ? framesDelivered : announcedFrames;
    }

    @Override
    public int read(float[][] block, int maxFrames) throws IOException {
        while (framePosition == frameLength) {
            if (!nextFrame()) {
                return -1;
            }
        }
        int frames = Math.min(maxFrames, frameLength - framePosition);
        for (int c = 0; c < format.channels(); c++) {
            System.arraycopy(buffer.channel(c), framePosition, block[c], 0, frames);
        }
        framePosition += frames;
        framesDelivered += frames;
        return frames;
    }

    private boolean nextFrame() throws AudioFileException {
        if (ended) {
            return false;
        }
        if (framesLeft == 0) {
            ended = true;
            readToEnd = true;
            return false;
        }
        Header header = decodeFrame();
        if (header == null) {
            ended = true;
            if (layout.gapless() && framesLeft > 0) {
                throw new AudioFileException(file, "truncated: audio ends after " + framesDelivered + " of "
                        + announcedFrames + " frames the Info tag announces");
            }
            readToEnd = true;
            return false;
        }
        int channels = header.mode() == Header.SINGLE_CHANNEL ? 1 : 2;
        if (header.frequency() != format.sampleRate() || channels != format.channels()) {
            throw corrupt("the stream changes to " + header.frequency() + " Hz, " + channels + " channels", null);
        }
        framePosition = (int) Math.min(framesToSkip, buffer.frames());
        framesToSkip -= framePosition;
        frameLength = (int) Math.min(buffer.frames(), framePosition + framesLeft);
        if (framesLeft != Long.MAX_VALUE) {
            framesLeft -= frameLength - framePosition;
        }
        return true;
    }

    /** Reads and decodes the next audio frame into {@link #buffer}; {@code null} at the end of the stream. */
    private Header decodeFrame() throws AudioFileException {
        try {
            while (true) {
                Header header = bitstream.readFrame();
                if (header == null) {
                    return null;
                }
                if (firstFrame && layout.hasInfoTag()) {
                    // The tag frame holds metadata, not audio: decoding it would add a frame of silence.
                    firstFrame = false;
                    bitstream.closeFrame();
                    continue;
                }
                firstFrame = false;
                buffer.clear_buffer();
                decoder.decodeFrame(header, bitstream);
                bitstream.closeFrame();
                return header;
            }
        } catch (JavaLayerException e) {
            throw corrupt(e.getMessage(), e);
        } catch (IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException
                 | NullPointerException | ArithmeticException e) {
            throw corrupt("undecodable frame (" + e + ")", e);
        }
    }

    private AudioFileException corrupt(String detail, Throwable cause) {
        ended = true;
        String problem = "corrupt MPEG audio after " + framesDelivered + " frames: " + detail;
        return cause == null ? new AudioFileException(file, problem) : new AudioFileException(file, problem, cause);
    }

    @Override
    public void close() throws IOException {
        ended = true;
        input.close();
    }
}
