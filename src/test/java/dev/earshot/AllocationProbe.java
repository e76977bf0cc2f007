package dev.earshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Checks that code allocates nothing on the calling thread in the steady state. Before C2 compiles a method, the
 * interpreter and C1 allocate temporaries that C2's escape analysis removes, and a later recompilation of the
 * measuring loop itself can show a few dozen bytes once; neither is the steady state of a real-time callback. So the
 * probe warms up until a window of calls allocates nothing, then measures {@value #WINDOWS} more windows and demands
 * that almost all of them allocate nothing and none more than {@value #MAX_STRAY_BYTES} bytes. Code that allocates
 * on every call, or even once in a few hundred calls, fails: it would show in most windows.
 */
public final class AllocationProbe {
    /** Windows measured after warm-up. */
    public static final int WINDOWS = 20;
    /** Windows that may show a one-off JVM event. */
    public static final int MAX_STRAY_WINDOWS = 2;
    /** The most a one-off JVM event may show in one window. */
    public static final long MAX_STRAY_BYTES = 512;
    private static final int MAX_WARM_UP_WINDOWS = 100;

    private AllocationProbe() {
    }

    /** Asserts the steady-state rule above for {@code call}, run {@code windowCalls} times per window. */
    public static void assertSteadyStateAllocatesNothing(IntConsumer call, int windowCalls) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        int index = 0;
        boolean settled = false;
        for (int w = 0; w < MAX_WARM_UP_WINDOWS && !settled; w++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < windowCalls; i++) {
                call.accept(index++);
            }
            settled = threads.getThreadAllocatedBytes(thread) == before;
        }
        assertTrue(settled, "no window of " + windowCalls + " calls was free of allocation in "
                + MAX_WARM_UP_WINDOWS + " windows");
        long[] bytes = new long[WINDOWS];
        for (int w = 0; w < WINDOWS; w++) {
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < windowCalls; i++) {
                call.accept(index++);
            }
            bytes[w] = threads.getThreadAllocatedBytes(thread) - before;
        }
        long stray = Arrays.stream(bytes).filter(b -> b != 0).count();
        long largest = Arrays.stream(bytes).max().orElse(0);
        assertTrue(stray <= MAX_STRAY_WINDOWS && largest <= MAX_STRAY_BYTES,
                "bytes allocated per window of " + windowCalls + " calls: " + Arrays.toString(bytes));
    }
}
