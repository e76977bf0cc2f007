package dev.earshot.audio;

/** How one sample is laid out in bytes: width, byte order and number type. */
enum SampleCoding {
    /** 8-bit unsigned, offset binary (WAV). */
    U8(1, false),
    /** 8-bit signed (AIFF). */
    S8(1, false),
    S16_LE(2, false),
    S16_BE(2, false),
    S24_LE(3, false),
    S24_BE(3, false),
    S32_LE(4, false),
    S32_BE(4, false),
    F32_LE(4, true),
    F32_BE(4, true),
    F64_LE(8, true),
    F64_BE(8, true);

    private final int bytesPerSample;
    private final boolean floating;

    SampleCoding(int bytesPerSample, boolean floating) {
        this.bytesPerSample = bytesPerSample;
        this.floating = floating;
    }

    int bytesPerSample() {
        return bytesPerSample;
    }

    boolean floating() {
        return floating;
    }

    /** The coding for signed integers of {@code bytes} bytes in the given order; 8-bit is signed here. */
    static SampleCoding signedInteger(int bytes, boolean bigEndian) {
        return switch (bytes) {
            case 1 -> S8;
            case 2 -> bigEndian ? S16_BE : S16_LE;
            case 3 -> bigEndian ? S24_BE : S24_LE;
            case 4 -> bigEndian ? S32_BE : S32_LE;
            default -> throw new IllegalArgumentException(bytes + "-byte integers");
        };
    }

    /** The coding for IEEE floats of {@code bytes} bytes (4 or 8) in the given order. */
    static SampleCoding ieeeFloat(int bytes, boolean bigEndian) {
        return switch (bytes) {
            case 4 -> bigEndian ? F32_BE : F32_LE;
            case 8 -> bigEndian ? F64_BE : F64_LE;
            default -> throw new IllegalArgumentException(bytes + "-byte floats");
        };
    }
}
