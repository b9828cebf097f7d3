package io.github.binhdang.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;

/**
 * One progress bar on standard error over all the files a command reads (34 provinces' submissions), in
 * kilobytes of the files, so that a large file moves it as far as it weighs and the bar does not stand
 * still through a national file; the file being read and its place ({@code (3/34) son-la.csv}) beside it.
 * Silent when standard error is not a terminal ({@code System.console() == null}: piped, redirected, run
 * by a test or a nightly job), so that nothing but results and errors reach a log, and for one file,
 * whose bar would only jump from nothing to the end.
 */
final class Progress implements AutoCloseable {

    private final @Nullable ProgressBar bar;
    private final long total;
    private final int files;
    private long done;
    private int filesDone;

    private Progress(@Nullable ProgressBar bar, long total, int files) {
        this.bar = bar;
        this.total = total;
        this.files = files;
    }

    /** A bar over the files' sizes on standard error, silent when it is not a terminal. */
    static Progress overFiles(String task, List<Path> files) {
        return overFiles(task, files, System.console() == null ? null : System.err);
    }

    /**
     * A bar over the files' sizes drawn on a stream, or a silent one when there is no stream or one file. A
     * file whose size cannot be read (missing: the reader tells it) counts 0.
     */
    static Progress overFiles(String task, List<Path> files, @Nullable PrintStream terminal) {
        long total = 0;
        for (Path file : files) {
            total += size(file);
        }
        if (terminal == null || files.size() < 2) {
            return new Progress(null, total, files.size());
        }
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" kB", 1024)
                .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(200).build();
        return new Progress(bar, total, files.size());
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Names the file being read and its place among the files, beside the bar: {@code (3/34) son-la.csv}. */
    void reading(Path file) {
        if (bar != null) {
            bar.setExtraMessage("(" + (filesDone + 1) + "/" + files + ") " + file.getFileName());
        }
    }

    /** Counts a file as read: the bar moves by its size. */
    void read(Path file) {
        done += size(file);
        filesDone++;
        if (bar != null) {
            bar.stepTo(Math.min(done, total));
        }
    }

    /** Whether anything is drawn. */
    boolean isSilent() {
        return bar == null;
    }

    /** The bytes of all the files. */
    long total() {
        return total;
    }

    /** The bytes of the files read so far. */
    long done() {
        return done;
    }

    /** How many files were read so far. */
    int filesDone() {
        return filesDone;
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
