package dev.earshot.audio;

/**
 * Where the samples of an uncompressed file are and how they are stored, as found by a header parser.
 *
 * @param format         the stream's format
 * @param coding         byte layout of one sample
 * @param dataOffset     byte offset of the first sample in the file
 * @param frames         frames actually present in the file (whole frames only)
 * @param declaredFrames frames the header promises; more than {@code frames} if the file was cut short
 */
record PcmLayout(AudioFormatInfo format, SampleCoding coding, long dataOffset, long frames, long declaredFrames) {

    /** Bytes per frame: channels × bytes per sample. */
    int frameBytes() {
        return format.channels() * coding.bytesPerSample();
    }
}
