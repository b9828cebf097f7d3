package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One bar over all the files a command reads, in kilobytes: the files' sizes are counted before and as they
 * are read, and nothing is drawn when standard error is not a terminal.
 */
class ProgressTest {

    @TempDir
    Path dir;

    private Path small;
    private Path large;

    @BeforeEach
    void files() throws Exception {
        small = Files.write(dir.resolve("son-la.csv"), new byte[10 * 1024]);
        large = Files.write(dir.resolve("ha-noi.csv"), new byte[30 * 1024]);
    }

    /** 10 kB and 30 kB: 40 kB in all, 10 after the first file, 40 after the second; a missing file weighs 0. */
    @Test
    void countsTheFilesSizes() {
        try (Progress p = Progress.overFiles("Reading", List.of(small, large, dir.resolve("missing.csv")), null)) {
            assertThat(p.total()).isEqualTo(40 * 1024);
            assertThat(p.done()).isZero();
            p.reading(small);
            p.read(small);
            assertThat(p.done()).isEqualTo(10 * 1024);
            assertThat(p.filesDone()).isEqualTo(1);
            p.read(large);
            assertThat(p.done()).isEqualTo(40 * 1024);
            assertThat(p.filesDone()).isEqualTo(2);
        }
    }

    @Test
    void silentWhenNotATerminal() {
        try (Progress p = Progress.overFiles("Reading", List.of(small, large), null)) {
            assertThat(p.isSilent()).isTrue();
        }
        // The tests' standard error is not a terminal: the tool's own choice is silent too.
        try (Progress p = Progress.overFiles("Reading", List.of(small, large))) {
            assertThat(p.isSilent()).isTrue();
        }
    }

    @Test
    void silentForOneFile() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (Progress p = Progress.overFiles("Reading", List.of(large), new PrintStream(drawn, true, StandardCharsets.UTF_8))) {
            assertThat(p.isSilent()).isTrue();
            p.read(large);
        }
        assertThat(drawn.size()).isZero();
    }

    /** On a terminal, the one bar ends at 40 of 40 kB with the last file and its place. */
    @Test
    void oneBarOverAllTheFilesOnATerminal() {
        ByteArrayOutputStream drawn = new ByteArrayOutputStream();
        try (Progress p = Progress.overFiles("Reading", List.of(small, large), new PrintStream(drawn, true,
                StandardCharsets.UTF_8))) {
            assertThat(p.isSilent()).isFalse();
            for (Path file : List.of(small, large)) {
                p.reading(file);
                p.read(file);
            }
        }
        String bar = drawn.toString(StandardCharsets.UTF_8);
        assertThat(bar).contains("Reading").contains("100%").contains("40/40 kB").contains("(2/2) ha-noi.csv");
    }
}
