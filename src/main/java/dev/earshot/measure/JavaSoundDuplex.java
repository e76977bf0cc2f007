package dev.earshot.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.TargetDataLine;

/**
 * Plays and records through Java Sound: an output mixer and an input mixer chosen by (part of) their names, 24-bit
 * signed PCM where the devices take it, else 16-bit. The only class of this package that touches
 * {@code javax.sound}. Playback runs on a thread of its own while the calling thread records; both lines start
 * together, and the latency between them is found afterwards from the deconvolved sweep.
 */
public final class JavaSoundDuplex implements DuplexAudio {
    private final Mixer output;
    private final Mixer input;
    private final int sampleRate;
    private final int outputChannels;
    private final int inputChannels;

    private JavaSoundDuplex(Mixer output, Mixer input, int sampleRate, int outputChannels, int inputChannels) {
        this.output = output;
        this.input = input;
        this.sampleRate = sampleRate;
        this.outputChannels = outputChannels;
        this.inputChannels = inputChannels;
    }

    /**
     * Finds the devices whose names contain {@code outputName} and {@code inputName} (case-insensitive).
     *
     * @throws DeviceUnavailableException naming the device that is missing and listing those there are
     */
    public static JavaSoundDuplex open(String outputName, String inputName, int sampleRate, int outputChannels,
                                       int inputChannels) throws DeviceUnavailableException {
        Mixer output = find(outputName, true);
        Mixer input = find(inputName, false);
        return new JavaSoundDuplex(output, input, sampleRate, outputChannels, inputChannels);
    }

    /** The names of the mixers that can play ({@code playback} true) or record. */
    public static List<String> deviceNames(boolean playback) {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            if (mixer.getSourceLineInfo(new DataLine.Info(SourceDataLine.class, null)).length > 0 && playback
                    || !playback && mixer.getTargetLineInfo(new DataLine.Info(TargetDataLine.class, null)).length > 0) {
                names.add(info.getName());
            }
        }
        return names;
    }

    private static Mixer find(String name, boolean playback) throws DeviceUnavailableException {
        String what = playback ? "audio output device" : "audio input device";
        List<String> names = deviceNames(playback);
        if (names.isEmpty()) {
            throw new DeviceUnavailableException("no " + what + " matching '" + name + "': this machine has no "
                    + what + "s at all");
        }
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (names.contains(info.getName())
                    && info.getName().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                return AudioSystem.getMixer(info);
            }
        }
        throw new DeviceUnavailableException("no " + what + " matching '" + name + "'; there are: "
                + String.join(", ", names));
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int outputChannels() {
        return outputChannels;
    }

    @Override
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    public String description() {
        return output.getMixerInfo().getName() + " -> " + input.getMixerInfo().getName();
    }

    @Override
    public float[][] playAndRecord(float[][] signal, int extraFrames) throws IOException {
        int frames = signal[0].length;
        int recordFrames = frames + extraFrames;
        try {
            AudioFormat outFormat = format(output, SourceDataLine.class, outputChannels);
            AudioFormat inFormat = format(input, TargetDataLine.class, inputChannels);
            SourceDataLine play = (SourceDataLine) output.getLine(new DataLine.Info(SourceDataLine.class, outFormat));
            TargetDataLine record = (TargetDataLine) input.getLine(new DataLine.Info(TargetDataLine.class, inFormat));
            byte[] outBytes = PcmBytes.pack(signal, outFormat.getSampleSizeInBits() / 8, extraFrames);
            byte[] inBytes = new byte[recordFrames * inFormat.getFrameSize()];
            play.open(outFormat);
            record.open(inFormat);
            try {
                Thread player = new Thread(() -> {
                    play.write(outBytes, 0, outBytes.length);
                    play.drain();
                }, "earshot-measure-playback");
                record.start();
                play.start();
                player.start();
                int read = 0;
                while (read < inBytes.length) {
                    int n = record.read(inBytes, read, inBytes.length - read);
                    if (n <= 0) {
                        throw new IOException(input.getMixerInfo().getName() + ": recording stopped after "
                                + read / inFormat.getFrameSize() + " frames");
                    }
                    read += n;
                }
                player.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("measurement interrupted");
            } finally {
                play.close();
                record.close();
            }
            return PcmBytes.unpack(inBytes, inputChannels, inFormat.getSampleSizeInBits() / 8);
        } catch (LineUnavailableException | IllegalArgumentException e) {
            throw new DeviceUnavailableException(description() + ": cannot open the devices at " + sampleRate
                    + " Hz: " + e.getMessage(), e);
        }
    }

    private AudioFormat format(Mixer mixer, Class<?> lineType, int channels) throws DeviceUnavailableException {
        for (int bits : new int[] {24, 16}) {
            AudioFormat format = new AudioFormat(sampleRate, bits, channels, true, false);
            if (mixer.isLineSupported(new DataLine.Info(lineType, format))) {
                return format;
            }
        }
        throw new DeviceUnavailableException(mixer.getMixerInfo().getName() + ": does not take " + channels
                + " channel(s) of 16- or 24-bit PCM at " + sampleRate + " Hz");
    }

    @Override
    public void close() {
    }
}
