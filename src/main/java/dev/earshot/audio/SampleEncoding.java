package dev.earshot.audio;

/** How samples are stored in a file. */
public enum SampleEncoding {
    /** Signed (or, for 8-bit WAV, offset-binary) two's-complement integers. */
    PCM_INTEGER,
    /** IEEE 754 floating point, 32 or 64 bit. */
    PCM_FLOAT,
    /** A lossless codec (FLAC); {@code bitsPerSample} is the decoded depth. */
    LOSSLESS,
    /** A lossy codec (MP3); {@code bitsPerSample} is 0, the decoder delivers floats. */
    LOSSY
}
