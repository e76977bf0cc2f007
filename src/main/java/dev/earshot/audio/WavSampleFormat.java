package dev.earshot.audio;

/** Sample formats {@link WavWriter} writes. */
public enum WavSampleFormat {
    /** 32-bit IEEE float, stored as given (no clipping, no dither). */
    FLOAT32(4),
    /** 24-bit signed integer, TPDF-dithered (±1 LSB peak) and clipped to the 24-bit range. */
    PCM24(3);

    private final int bytesPerSample;

    WavSampleFormat(int bytesPerSample) {
        this.bytesPerSample = bytesPerSample;
    }

    /** Bytes one sample occupies in the file. */
    public int bytesPerSample() {
        return bytesPerSample;
    }
}
