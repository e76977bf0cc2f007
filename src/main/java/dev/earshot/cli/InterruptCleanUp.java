package dev.earshot.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C handling for a long command: a shutdown hook that cancels the work and then waits (at most
 * {@value #CLEAN_UP_SECONDS} s) until the command says it has finished, so the work can remove its temporary files
 * before the JVM goes. Register before the work, call {@link #finished()} in a {@code finally}, and
 * {@link #unregister()} once it has ended normally.
 */
final class InterruptCleanUp {
    private static final long CLEAN_UP_SECONDS = 5;

    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    private InterruptCleanUp(Runnable cancel, String threadName) {
        hook = new Thread(() -> {
            cancel.run();
            try {
                finished.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, threadName);
    }

    /**
     * @param cancel     stops the work (called on the hook's thread)
     * @param threadName the hook thread's name
     */
    static InterruptCleanUp register(Runnable cancel, String threadName) {
        InterruptCleanUp cleanUp = new InterruptCleanUp(cancel, threadName);
        Runtime.getRuntime().addShutdownHook(cleanUp.hook);
        return cleanUp;
    }

    /** The work has ended (however); a waiting hook may let the JVM go. */
    void finished() {
        finished.countDown();
    }

    /** Removes the hook. */
    void unregister() {
        Runtime.getRuntime().removeShutdownHook(hook);
    }
}
