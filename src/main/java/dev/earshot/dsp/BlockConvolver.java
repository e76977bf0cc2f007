package dev.earshot.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * Convolves one overlap-save block of every channel: transforms each input channel's window once, multiplies and
 * accumulates the routed impulse-response spectra per output channel, and transforms each output back.
 *
 * <p>Owns its transform and scratch spectra, so one instance serves one thread at a time; several instances can
 * share the same {@link FftConvolver}s. A block's result depends only on its input window, so blocks computed on
 * different threads equal those computed on one.
 */
final class BlockConvolver {
    private final FftConvolver[] convolvers;
    private final ConvolutionRouting routing;
    private final FloatFFT_1D transform;
    private final int fftSize;
    private final int firstOutput;
    private final float[][] inputSpectra;
    private final float[] outputSpectrum;

    BlockConvolver(FftConvolver[] convolvers, ConvolutionRouting routing) {
        this.convolvers = convolvers;
        this.routing = routing;
        this.fftSize = convolvers[0].fftSize();
        this.firstOutput = convolvers[0].irFrames() - 1;
        this.transform = new FloatFFT_1D(fftSize);
        this.inputSpectra = new float[routing.inputChannels()][fftSize];
        this.outputSpectrum = new float[fftSize];
    }

    /**
     * @param input        per input channel, samples {@code [inputOffset, inputOffset + fftSize)} form the window:
     *                     {@code irFrames - 1} past samples, then the block; only read
     * @param inputOffset  first window sample
     * @param output       per output channel, receives {@code frames} samples at {@code outputOffset}
     * @param outputOffset first output index written
     * @param frames       samples to write per output channel, at most {@code hopFrames}
     */
    void process(float[][] input, int inputOffset, float[][] output, int outputOffset, int frames) {
        for (int c = 0; c < inputSpectra.length; c++) {
            System.arraycopy(input[c], inputOffset, inputSpectra[c], 0, fftSize);
            transform.realForward(inputSpectra[c]);
        }
        for (int o = 0; o < routing.outputChannels(); o++) {
            convolvers[routing.irChannel(o, 0)].multiply(inputSpectra[routing.inputChannel(o, 0)], outputSpectrum);
            for (int p = 1; p < routing.paths(o); p++) {
                convolvers[routing.irChannel(o, p)].multiplyAccumulate(
                        inputSpectra[routing.inputChannel(o, p)], outputSpectrum);
            }
            transform.realInverse(outputSpectrum, false);
            System.arraycopy(outputSpectrum, firstOutput, output[o], outputOffset, frames);
        }
    }
}
