package io.github.binhdang.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * A progress bar on standard error for work that may take a while (many files, a national dataset),
 * silent when standard error is not a terminal ({@code System.console() == null}: piped, redirected,
 * run by a test or a nightly job), so that nothing but results and errors reach a log.
 */
final class Progress implements AutoCloseable {

    private final @Nullable ProgressBar bar;

    private Progress(@Nullable ProgressBar bar) {
        this.bar = bar;
    }

    /** A bar of so many steps, or a silent one when standard error is not a terminal or there is one step. */
    static Progress of(String task, long steps) {
        if (System.console() == null || steps < 2) {
            return new Progress(null);
        }
        return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(steps)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200).build());
    }

    void step(String what) {
        if (bar != null) {
            bar.setExtraMessage(what);
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
