package dev.earshot.report.model;

import java.util.List;

/**
 * The master through a lossy codec, encoded and decoded in process.
 *
 * @param results one row per codec setting (MP3 128 and 320 kbps)
 */
public record CodecPreview(List<Result> results) {

    public CodecPreview {
        results = List.copyOf(results);
    }

    /**
     * One codec setting.
     *
     * @param codec                e.g. "MP3"
     * @param bitrateKbps          bit rate in kbit/s
     * @param truePeakDbtp         true peak of the decoded file, in dBTP
     * @param oversCount           number of decoded samples above 0 dBFS (before any clipping)
     * @param highFrequencyLossDb  level above 16 kHz of the decoded file relative to the master, in dB
     * @param cutoffHz             the frequency above which the decoded spectrum falls 20 dB below the master's
     */
    public record Result(String codec, int bitrateKbps, double truePeakDbtp, long oversCount,
                         double highFrequencyLossDb, double cutoffHz) {
    }
}
