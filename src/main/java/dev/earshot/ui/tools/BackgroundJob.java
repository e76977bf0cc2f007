package dev.earshot.ui.tools;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javax.swing.SwingWorker;

/**
 * Runs one cancellable task of a tool dialog on a {@link SwingWorker}: progress fractions (0..1) reach the EDT while
 * the task is not cancelled; when it ends, {@code always} runs and then either the result or the failure's cause is
 * handed over, all on the EDT. Start on the EDT.
 */
final class BackgroundJob {
    /** The work, on the worker thread. */
    @FunctionalInterface
    interface Task<T> {
        T run(ProgressListener progress) throws IOException;
    }

    private BackgroundJob() {
    }

    /**
     * @param task       the work; it may call its progress listener from the worker thread
     * @param cancelled  whether the user cancelled; progress is not shown any more once it is true
     * @param progress   told on the EDT with the latest fraction
     * @param always     run first on the EDT when the task has ended, however it ended
     * @param result     told on the EDT with the task's result
     * @param failure    told on the EDT with what the task threw
     */
    static <T> void start(Task<T> task, BooleanSupplier cancelled, DoubleConsumer progress, Runnable always,
                          Consumer<T> result, Consumer<Throwable> failure) {
        new SwingWorker<T, Double>() {
            @Override
            protected T doInBackground() throws IOException {
                return task.run(this::publish);
            }

            @Override
            protected void process(List<Double> fractions) {
                if (!cancelled.getAsBoolean()) {
                    progress.accept(fractions.get(fractions.size() - 1));
                }
            }

            @Override
            protected void done() {
                always.run();
                try {
                    result.accept(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    failure.accept(e.getCause());
                }
            }
        }.execute();
    }
}
