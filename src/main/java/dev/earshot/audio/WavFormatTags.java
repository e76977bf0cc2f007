package dev.earshot.audio;

/** Names of WAV format tags that are not PCM, so an unsupported file can say what it holds. */
final class WavFormatTags {
    static final int PCM = 0x0001;
    static final int IEEE_FLOAT = 0x0003;
    static final int EXTENSIBLE = 0xFFFE;

    private WavFormatTags() {
    }

    /** E.g. "WAV format tag 0x0055 (MP3 in WAV) is not supported". */
    static String unsupported(int tag) {
        String name = name(tag);
        return String.format("WAV format tag 0x%04X%s is not supported", tag, name.isEmpty() ? "" : " (" + name + ")");
    }

    private static String name(int tag) {
        return switch (tag) {
            case 0x0000 -> "unknown";
            case 0x0002 -> "Microsoft ADPCM";
            case 0x0006 -> "A-law";
            case 0x0007 -> "µ-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050 -> "MPEG audio in WAV";
            case 0x0055 -> "MP3 in WAV";
            case 0x00FF, 0x1610 -> "AAC in WAV";
            case 0x0160, 0x0161, 0x0162, 0x0163 -> "Windows Media Audio";
            case 0x2000 -> "AC-3 in WAV";
            case 0x2001 -> "DTS in WAV";
            case 0xF1AC -> "FLAC in WAV";
            default -> "";
        };
    }
}
