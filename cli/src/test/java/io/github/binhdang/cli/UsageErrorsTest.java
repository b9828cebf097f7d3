package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * picocli's usage errors in the user's language ({@link UsageErrors}): each kind in English and in
 * Vietnamese, one line on the error stream with the hint to the command's help, exit code 2, and none of
 * picocli's own English in the Vietnamese line.
 */
class UsageErrorsTest {

    /** picocli's English for each kind, which the Vietnamese line must not carry. */
    private static final String[] PICOCLI = {"Unknown option", "Unmatched argument", "Missing required", "Invalid value",
            "should be specified only once", "cannot convert", "expected one of"};

    @TempDir
    Path dir;

    private static String usageLine(Run run) {
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.out()).isEmpty();
        String err = run.err().strip();
        assertThat(err).doesNotContain("\n").doesNotContain("Exception");
        return err;
    }

    private static String vietnamese(Run run) {
        String line = usageLine(run);
        assertThat(line).doesNotContain(PICOCLI);
        return line;
    }

    private String sample() {
        return Run.sample().toString();
    }

    @Test
    void anUnknownOption() {
        assertThat(usageLine(Run.of("validate", "--colour", sample(), "--lang", "en")))
                .isEqualTo("Unknown option --colour (see: binhdang validate --help)");
        assertThat(vietnamese(Run.of("validate", "--colour", sample(), "--lang", "vi")))
                .isEqualTo("Không có tùy chọn --colour (xem: binhdang validate --help)");
    }

    /** picocli's suggestion for a mistyped option or command is kept: --pla is near --plan. */
    @Test
    void anUnknownOptionWithASuggestion() {
        assertThat(usageLine(Run.of("scorecard", sample(), "--pla", "x.json", "--lang", "en")))
                .startsWith("Unknown option --pla; did you mean --plan?");
        assertThat(vietnamese(Run.of("scorecard", sample(), "--pla", "x.json", "--lang", "vi")))
                .startsWith("Không có tùy chọn --pla; có phải ý bạn là --plan?");
    }

    @Test
    void anUnknownCommand() {
        assertThat(usageLine(Run.of("valdate", sample(), "--lang", "en"))).startsWith("Unexpected argument valdate:")
                .contains("did you mean validate");
        assertThat(vietnamese(Run.of("valdate", sample(), "--lang", "vi"))).startsWith("Tham số thừa valdate:")
                .contains("có phải ý bạn là validate");
    }

    /** convert takes two files; a third is not an option and not taken. */
    @Test
    void anArgumentTooMany() {
        String out = dir.resolve("out.json").toString();
        assertThat(usageLine(Run.of("convert", sample(), out, "extra.csv", "--lang", "en")))
                .startsWith("Unexpected argument extra.csv: not a command, an option or a file")
                .endsWith("(see: binhdang convert --help)");
        assertThat(vietnamese(Run.of("convert", sample(), out, "extra.csv", "--lang", "vi")))
                .startsWith("Tham số thừa extra.csv:");
    }

    @Test
    void noFile() {
        assertThat(usageLine(Run.of("validate", "--lang", "en")))
                .isEqualTo("Missing the required FILE (see: binhdang validate --help)");
        assertThat(vietnamese(Run.of("validate", "--lang", "vi")))
                .isEqualTo("Thiếu tham số bắt buộc FILE (xem: binhdang validate --help)");
    }

    @Test
    void anOptionWithoutItsValue() {
        assertThat(usageLine(Run.of("--lang", "en", "aggregate", sample(), "--onto")))
                .isEqualTo("Option --onto needs a value (DATE) (see: binhdang aggregate --help)");
        assertThat(vietnamese(Run.of("--lang", "vi", "aggregate", sample(), "--onto")))
                .isEqualTo("Tùy chọn --onto cần một giá trị (DATE) (xem: binhdang aggregate --help)");
    }

    @Test
    void aDateThatIsNotADate() {
        assertThat(usageLine(Run.of("aggregate", sample(), "--onto", "2025-13-01", "--lang", "en")))
                .isEqualTo("Invalid value '2025-13-01' for --onto: expected a date written yyyy-mm-dd, such as"
                        + " 2025-07-01 (see: binhdang aggregate --help)");
        assertThat(vietnamese(Run.of("aggregate", sample(), "--onto", "1/7/2025", "--lang", "vi")))
                .isEqualTo("Giá trị '1/7/2025' của --onto không hợp lệ: cần một ngày viết theo dạng yyyy-mm-dd,"
                        + " ví dụ 2025-07-01 (xem: binhdang aggregate --help)");
    }

    /** The values of an enumerated option are listed: --lang takes vi or en (here the language is English). */
    @Test
    void aValueNotInTheList() {
        assertThat(usageLine(Run.of("catalogue", "areas", "--lang", "fr")))
                .isEqualTo("Invalid value 'fr' for --lang: expected one of vi, en (see: binhdang catalogue --help)");
        assertThat(vietnamese(Run.of("catalogue", "place", "--lang", "vi")))
                .isEqualTo("Giá trị 'place' của strategies|targets|indicators|areas không hợp lệ: cần một trong"
                        + " strategies, targets, indicators, areas (xem: binhdang catalogue --help)");
    }

    @Test
    void anOptionGivenTwice() {
        assertThat(usageLine(Run.of("validate", sample(), "--plan", "a.json", "--plan", "b.json", "--lang", "en")))
                .isEqualTo("Option --plan is given more than once (see: binhdang validate --help)");
        assertThat(vietnamese(Run.of("validate", sample(), "--plan", "a.json", "--plan", "b.json", "--lang", "vi")))
                .isEqualTo("Tùy chọn --plan được cho nhiều hơn một lần (xem: binhdang validate --help)");
    }

    /** The language of the system chooses when --lang is not given. */
    @Test
    void inTheSystemsLanguage() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("vi-VN"));
            assertThat(vietnamese(Run.of("validate", "--colour", sample()))).startsWith("Không có tùy chọn --colour");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** A long argument is quoted by its first 80 characters and its length, as everywhere else. */
    @Test
    void aLongArgumentIsShortened() {
        String longOption = "--" + "x".repeat(200);
        assertThat(usageLine(Run.of("validate", longOption, sample(), "--lang", "en")))
                .startsWith("Unknown option --" + "x".repeat(78) + "… (202 chars)");
    }
}
