package dev.earshot.dsp.demo;

import java.util.Arrays;
import java.util.Locale;

/**
 * The measured properties of a demo song that the tests check (and the listening tool prints).
 *
 * @param integratedLufs     BS.1770 integrated loudness (test-side implementation)
 * @param samplePeakDbfs     largest sample magnitude in dBFS
 * @param kickBandDb         power of the 40 Hz third-octave band (35.6-44.9 Hz) of the mid signal, dB (relative)
 * @param loudestOtherLowDb  loudest other third-octave band with centre 25-200 Hz, dB on the same scale
 * @param loudestOtherLowHz  its centre frequency
 * @param introMonoLossDb    intro, 200-1500 Hz: mean channel power minus power of (L+R)/2, dB
 * @param monoLoudnessLossDb integrated loudness of the stereo master minus that of (L+R)/2 on both channels
 * @param harshBandDb        3.15 kHz third-octave band power in the vocal sections, dB (relative)
 * @param band2kDb           2 kHz band, same scale
 * @param band4kDb           4 kHz band, same scale
 * @param introLufs          integrated loudness of the intro alone
 * @param chorusLufs         integrated loudness of the chorus alone
 */
record DemoMasterFigures(double integratedLufs, double samplePeakDbfs, double kickBandDb, double loudestOtherLowDb,
                         double loudestOtherLowHz, double introMonoLossDb, double monoLoudnessLossDb,
                         double harshBandDb, double band2kDb, double band4kDb, double introLufs, double chorusLufs) {
    private static final int KICK_BAND = -14;
    private static final int SEGMENT = 32_768;

    static DemoMasterFigures of(DemoSong song) {
        float[][] x = song.samples();
        int rate = song.sampleRate();
        int frames = song.lengthFrames();
        double peak = 0;
        for (float[] channel : x) {
            for (float v : channel) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        double[] mid = new double[frames];
        double[] left = new double[frames];
        double[] right = new double[frames];
        float[][] mono = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            left[i] = x[0][i];
            right[i] = x[1][i];
            mid[i] = 0.5 * (left[i] + right[i]);
            mono[0][i] = (float) mid[i];
            mono[1][i] = (float) mid[i];
        }
        WelchSpectrum whole = WelchSpectrum.of(mid, 0, frames, SEGMENT, rate);
        double kick = db(whole.thirdOctavePower(KICK_BAND));
        double other = Double.NEGATIVE_INFINITY;
        double otherHz = 0;
        for (int band = -16; band <= -7; band++) {
            double level = db(whole.thirdOctavePower(band));
            if (band != KICK_BAND && level > other) {
                other = level;
                otherHz = WelchSpectrum.thirdOctaveCentreHz(band);
            }
        }
        DemoSection intro = section(song, "intro");
        double introStereo = 0.5 * (band(left, intro, rate) + band(right, intro, rate));
        double introMono = band(mid, intro, rate);
        int vocalStart = section(song, "verse").startFrame();
        int vocalEnd = section(song, "chorus").endFrame();
        WelchSpectrum vocal = WelchSpectrum.of(mid, vocalStart, vocalEnd, 4096, rate);
        double stereoLufs = ReferenceLoudness.integratedLufs(x, rate);
        DemoSection chorus = section(song, "chorus");
        return new DemoMasterFigures(stereoLufs, 2 * db(peak), kick, other, otherHz,
                db(introStereo / introMono), stereoLufs - ReferenceLoudness.integratedLufs(mono, rate),
                db(vocal.thirdOctavePower(5)), db(vocal.thirdOctavePower(3)), db(vocal.thirdOctavePower(6)),
                ReferenceLoudness.integratedLufs(slice(x, intro), rate),
                ReferenceLoudness.integratedLufs(slice(x, chorus), rate));
    }

    static DemoSection section(DemoSong song, String name) {
        return song.sections().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static double band(double[] signal, DemoSection section, int rate) {
        return WelchSpectrum.of(signal, section.startFrame(), section.endFrame(), 4096, rate).bandPower(200, 1500);
    }

    private static float[][] slice(float[][] x, DemoSection section) {
        float[][] y = new float[x.length][];
        for (int c = 0; c < x.length; c++) {
            y[c] = Arrays.copyOfRange(x[c], section.startFrame(), section.endFrame());
        }
        return y;
    }

    /** 10 log10 of a power (so 2 db(peak) above is 20 log10 of the peak amplitude). */
    private static double db(double power) {
        return 10 * Math.log10(power);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "integrated %.2f LUFS, sample peak %.2f dBFS%n"
                        + "40 Hz band %.1f dB, loudest other band below 200 Hz %.1f dB at %.0f Hz (margin %.1f dB)%n"
                        + "intro 200-1500 Hz mono loss %.2f dB, whole-song mono loudness loss %.2f LU%n"
                        + "vocal sections: 3.15 kHz band %.1f dB, 2 kHz %.1f dB, 4 kHz %.1f dB (margin %.1f dB)%n"
                        + "intro %.2f LUFS, chorus %.2f LUFS",
                integratedLufs, samplePeakDbfs, kickBandDb, loudestOtherLowDb, loudestOtherLowHz,
                kickBandDb - loudestOtherLowDb, introMonoLossDb, monoLoudnessLossDb, harshBandDb, band2kDb, band4kDb,
                harshBandDb - Math.max(band2kDb, band4kDb), introLufs, chorusLufs);
    }
}
