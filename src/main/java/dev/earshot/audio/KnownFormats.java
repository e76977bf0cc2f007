package dev.earshot.audio;

/** Names common files Earshot cannot read, so the error says what the file is instead of "unrecognised". */
final class KnownFormats {
    private KnownFormats() {
    }

    /** A problem text such as "unsupported format (OggS ...)", or {@code null} if the start is not known. */
    static String describe(byte[] b, int length) {
        if (length < 4) {
            return null;
        }
        if (Bytes.isCode(b, 0, "OggS")) {
            return "unsupported format (OggS: an Ogg Vorbis, Opus or Ogg FLAC stream)";
        }
        if (length >= 8 && Bytes.isCode(b, 4, "ftyp")) {
            return "unsupported format (MP4/M4A container, e.g. AAC or ALAC)";
        }
        if (Bytes.isCode(b, 0, "caff")) {
            return "unsupported format (Apple Core Audio Format, caff)";
        }
        if (Bytes.isCode(b, 0, "wvpk")) {
            return "unsupported format (WavPack)";
        }
        if (Bytes.isCode(b, 0, "MAC ")) {
            return "unsupported format (Monkey's Audio, APE)";
        }
        if (Bytes.isCode(b, 0, ".snd")) {
            return "unsupported format (Sun/NeXT AU)";
        }
        if ((b[0] & 0xFF) == 0x30 && (b[1] & 0xFF) == 0x26 && (b[2] & 0xFF) == 0xB2 && (b[3] & 0xFF) == 0x75) {
            return "unsupported format (Windows Media, WMA/ASF)";
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xF6) == 0xF0) {
            return "unsupported format (AAC ADTS stream)";
        }
        if (Bytes.isCode(b, 0, "PK\u0003\u0004")) {
            return "not an audio file (ZIP archive)";
        }
        if (Bytes.isCode(b, 0, "%PDF")) {
            return "not an audio file (PDF document)";
        }
        if ((b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "not an audio file (PNG image)";
        }
        if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "not an audio file (JPEG image)";
        }
        return null;
    }
}
