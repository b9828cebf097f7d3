package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.InvalidValueException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A value that core or a writer refuses ({@link InvalidValueException}) reaches the user in the user's
 * language, worded by {@link InvalidValueException#message(java.util.Locale)} from core's problem texts
 * (the Vietnamese below written out from problems_vi.properties, key invalid.OpenSdgMapping.indicators).
 */
class ValueProblemsTest {

    @TempDir
    Path dir;

    /** POL.02 would take the Open SDG id of the catalogue's POL-02: told in Vietnamese, nothing written. */
    @Test
    void anUnusableOpenSdgCodeIsToldInVietnamese() throws Exception {
        Path dotted = Files.writeString(dir.resolve("dotted.csv"), "indicator,area,period,value\nPOL.02,VN,2024,5\n");
        Run run = Run.of("convert", dotted.toString(), dir.resolve("dotted").toString(), "--to", "open-sdg",
                "--lang", "vi");

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).isEqualTo(dir.resolve("dotted") + ": không ghi được thành số liệu Open SDG:"
                + " mã chỉ tiêu 'POL.02' không dùng được làm tên tệp số liệu Open SDG: chỉ dùng chữ, số, '.', '-' và"
                + " '_', và không trùng mã Open SDG (dấu chấm thay dấu gạch) của một mã khác hay của một chỉ tiêu SDG");
        assertThat(dir.resolve("dotted")).doesNotExist();
    }

    /** An InvalidValueException that no command turned into a usage error: one line, in the user's language. */
    @Test
    void aRefusedValueThatEscapesACommandIsOneLineInTheLanguage() {
        InvalidValueException e = new InvalidValueException("Sex", "'X'", "is not a sex: use F, M or _T");
        assertThat(handled(e, "vi")).isEqualTo("Không thể tiếp tục: giới tính 'X' không đúng; hãy ghi Nữ hoặc Nam"
                + " (F hoặc M) (chạy lại với --debug để xem chi tiết)");
        assertThat(handled(e, "en")).isEqualTo("Cannot go on: 'X' is not a sex: use F, M or _T (run again with --debug"
                + " for the details)");
    }

    private static String handled(Exception e, String lang) {
        CommandLine cl = Main.commandLine("--lang", lang);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        try {
            int code = cl.getExecutionExceptionHandler().handleExecutionException(e, cl, cl.parseArgs("--lang", lang));
            assertThat(code).isEqualTo(Main.USAGE);
        } catch (Exception unexpected) {
            throw new AssertionError(unexpected);
        }
        return err.toString().strip();
    }
}
