package dev.earshot.playback;

import dev.earshot.device.DeviceChain;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * What the engine's audio thread does for each block at the master's rate: applies the queued commands, then runs
 * transport, chains, references, mixer and listening level, and publishes the meters. Holds the playback state, which
 * only the audio thread changes; other threads reach it through the {@link CommandRing} and read the meter boards.
 *
 * <p>Allocates every buffer in the constructor; {@link #render()} allocates nothing and takes no lock.
 */
final class BlockRenderer {
    private final int blockFrames;
    private final Transport transport;
    private final SourceBank bank;
    private final ReferenceBank references;
    private final SourceMixer mixer;
    private final MeterBoard meters = new MeterBoard();
    private final LiveMeterBoard liveMeters;
    private final ListeningLevel listeningLevel;
    private final CommandRing commands;
    private final CommandRing.Command command = new CommandRing.Command();
    private final IntFunction<float[][]> referenceAudio;
    private final float[][] input;
    private final float[][] block;
    private final long[] positions;
    private final float[] fadeGains;
    private ChainWarmUp warmUp;
    private int lastNonReference;
    private int currentReference = -1;

    /**
     * Prepares every chain (allocating, on the caller's thread).
     *
     * @param stereo         the master's two rows; read only
     * @param referenceSlots reference slots the engine holds at most
     * @param referenceAudio the two rows of the reference loaded into a slot, looked up on the audio thread without
     *                       allocating when a {@link CommandRing#REFERENCE_LOAD} arrives
     */
    BlockRenderer(float[][] stereo, int sampleRate, List<DeviceChain> chains, int blockFrames, int fadeFrames,
                  int referenceSlots, CommandRing commands, IntFunction<float[][]> referenceAudio) {
        this.blockFrames = blockFrames;
        this.commands = commands;
        this.referenceAudio = referenceAudio;
        this.transport = new Transport(stereo, fadeFrames);
        this.bank = new SourceBank(chains, sampleRate, blockFrames);
        this.references = new ReferenceBank(referenceSlots, blockFrames, bank.latencyFrames(), fadeFrames);
        bank.attach(references);
        this.mixer = new SourceMixer(bank.count() + referenceSlots, fadeFrames);
        this.positions = new long[blockFrames];
        this.fadeGains = new float[blockFrames];
        this.input = new float[2][blockFrames];
        this.block = new float[2][blockFrames];
        this.liveMeters = new LiveMeterBoard(sampleRate, blockFrames);
        this.listeningLevel = new ListeningLevel(sampleRate, blockFrames, fadeFrames);
    }

    /** Runs only the chains heard or faded to (see {@link PlaybackEngine#suspendIdleChains}); before rendering. */
    void suspendIdleChains(int sampleRate) {
        warmUp = new ChainWarmUp(sampleRate, bank.memoryFrames(), blockFrames);
    }

    /** The rows {@link #render()} writes each block into; owned by this renderer. */
    float[][] block() {
        return block;
    }

    SourceBank bank() {
        return bank;
    }

    Transport transport() {
        return transport;
    }

    MeterBoard meters() {
        return meters;
    }

    LiveMeterBoard liveMeters() {
        return liveMeters;
    }

    ListeningLevel listeningLevel() {
        return listeningLevel;
    }

    /** Audio thread: applies the queued commands and renders the next block into {@link #block()}. */
    void render() {
        while (commands.poll(command)) {
            apply(command);
        }
        if (mixer.silent()) {
            long jump = transport.pendingJump();
            if (jump >= 0) {
                transport.jumpSilently(jump);
                bank.reset();
                if (warmUp != null) {
                    warmUp.forget();
                }
            }
            Arrays.fill(block[0], 0f);
            Arrays.fill(block[1], 0f);
            liveMeters.measure(block, null, blockFrames);
        } else {
            transport.read(input, blockFrames, positions, fadeGains);
            if (warmUp != null) {
                warmUp.beforeBlock(bank, mixer);
            }
            bank.process(input, blockFrames);
            if (warmUp != null) {
                warmUp.afterBlock(input);
            }
            references.process(positions, fadeGains, blockFrames);
            mixer.mix(bank, block, blockFrames);
            if (warmUp != null) {
                warmUp.suspendIdle(bank, mixer);
            }
            listeningLevel.process(block, blockFrames);
            liveMeters.measure(block, bank.output(0), blockFrames, mixer.outputGain());
        }
        meters.publish(block, blockFrames, transport.readFrame(), mixer.selected());
    }

    private void apply(CommandRing.Command c) {
        switch (c.type) {
            case CommandRing.PLAY -> mixer.setPlaying(true);
            case CommandRing.PAUSE -> mixer.setPlaying(false);
            case CommandRing.SEEK -> transport.seek(c.first);
            case CommandRing.SELECT -> select((int) c.first);
            case CommandRing.LOOP -> transport.setLoop(c.first, c.second);
            case CommandRing.GAIN -> mixer.setGain((int) c.first, (float) c.value);
            case CommandRing.MONO -> mixer.setMono(c.first != 0);
            case CommandRing.RESET_TRUE_PEAK -> liveMeters.resetTruePeak();
            case CommandRing.REFERENCE_LOAD -> references.load((int) c.first, referenceAudio.apply((int) c.first),
                    c.second);
            case CommandRing.REFERENCE_OFFSET -> references.setOffset((int) c.first, c.second);
            case CommandRing.TOGGLE_REFERENCE -> toggle();
            case CommandRing.OUTPUT_GAIN -> mixer.setOutputGain((float) c.value);
            default -> throw new IllegalStateException("unknown command " + c.type);
        }
    }

    /** Selects a source, remembering the reference or the other source heard for the toggle. */
    private void select(int source) {
        if (source >= bank.count()) {
            currentReference = source - bank.count();
        }
        if (warmUp != null) {
            if (source >= 1 && source < bank.count() && bank.isSuspended(source)) {
                if (warmUp.warming() != source) {
                    warmUp.request(bank, source);
                }
                return;
            }
            warmUp.cancel();
        }
        mixer.select(source);
    }

    private void toggle() {
        int heard = mixer.selected();
        if (heard >= bank.count()) {
            select(lastNonReference);
        } else if (references.anyLoaded()) {
            lastNonReference = heard;
            boolean current = currentReference >= 0 && references.loaded(currentReference);
            select(bank.count() + (current ? currentReference : firstReference()));
        }
    }

    private int firstReference() {
        int slot = 0;
        while (!references.loaded(slot)) {
            slot++;
        }
        return slot;
    }
}
