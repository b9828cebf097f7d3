package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.message.Problem;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.csv.CsvLimits;
import io.github.binhdang.serialization.dhis2.Dhis2CodeMap;
import io.github.binhdang.serialization.dhis2.Dhis2Periods;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

/**
 * Every key serialization throws has a text of its own in core's problem texts (issue 19), and a few of
 * its problems are worded in Vietnamese as a person who wrote the file reads them.
 */
class ProblemKeysTest {

    /** A field written as a literal where serialization throws, as core's ProblemKeysTest finds them. */
    private static final Pattern THROWN = Pattern.compile("(new (?:[\\w.]*\\.)?(InvalidValueException|TextParseException)"
            + "|\\b(?:requireText|requireCode|requireRange|finite|requireBounded|requireBoundedScale|requireValid))"
            + "\\(\\s*\"([^\"]+)\"");
    private static final Pattern COMMENT = Pattern.compile("(?m)^\\s*(?:/\\*.*?\\*/|//[^\\n]*)", Pattern.DOTALL);

    // The fields serialization builds at run time, read at their throw sites: ValueJson's period of one kind
    // (the kind's class name), AreaJson's ends of a link ("AreaHierarchy." and the property), Dhis2Comment's
    // parts ("comment." and the key), and CsvProblems' own exceptions for a unit and a limit.
    private static final List<String> BUILT_AT_RUN_TIME = List.of(
            "invalid.YearPeriod", "invalid.HalfYearPeriod", "invalid.QuarterPeriod", "invalid.MonthPeriod",
            "invalid.SpanPeriod", "invalid.TermPeriod", "invalid.AreaHierarchy.predecessor",
            "invalid.AreaHierarchy.successor", "invalid.AreaHierarchy.from", "invalid.AreaHierarchy.to",
            "invalid.comment.period", "invalid.comment.qualifier", "invalid.comment.status",
            "invalid.comment.numerator", "invalid.comment.denominator", "invalid.comment.unit",
            "invalid.comment.source", "invalid.comment.note", "invalid.unit", "invalid.limit");

    @Test
    void everyKeyThrownInSerializationHasATextOfItsOwn() throws IOException {
        Set<String> keys = new TreeSet<>(BUILT_AT_RUN_TIME);
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = COMMENT.matcher(Files.readString(file, StandardCharsets.UTF_8)).replaceAll(" ");
                Matcher m = THROWN.matcher(code);
                while (m.find()) {
                    // "CsvLimits." and the setting, "Dhis2CodeMap." and the type: the start's text, tested below.
                    if (!m.group(3).endsWith(".")) {
                        keys.add(("TextParseException".equals(m.group(2)) ? "parse." : "invalid.") + m.group(3));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(keys).contains("invalid.Dhis2Writer.dataSet", "parse.Dhis2Period", "invalid.Number")
                .hasSizeGreaterThan(45);
        assertThat(keys).allSatisfy(key -> assertThat(Problem.bundle().keys()).as(key).contains(key));
    }

    @Test
    void aSettingOrATypeNamedAtRunTimeTakesTheTextOfItsStart() {
        InvalidValueException rows = catchThrowableOfType(InvalidValueException.class,
                () -> CsvLimits.defaults().withMaxRows(0));
        assertThat(rows.key()).isEqualTo("invalid.CsvLimits.maxRows");
        assertThat(Problem.of(rows).vi()).isEqualTo("giới hạn của bộ đọc CSV phải từ 1 trở lên, không phải 0");
        // "ab" is 2 characters, not the 11 of a UID.
        InvalidValueException uid = catchThrowableOfType(InvalidValueException.class,
                () -> Dhis2CodeMap.builder().add("orgUnit", "ab", "01"));
        assertThat(uid.key()).isEqualTo("invalid.Dhis2CodeMap.orgUnit");
        assertThat(Problem.of(uid).vi()).isEqualTo("không ánh xạ được mã định danh DHIS2 'ab': UID gồm 11 ký tự,"
                + " một chữ cái rồi 10 chữ cái hoặc chữ số; mỗi UID ứng với một mã, mỗi mã ứng với một UID");
    }

    @Test
    void problemsInFilesAreWordedInVietnamese() {
        // An unknown unit in JSON: the unit, not a clash with a built-in one.
        JacksonException unit = catchThrowableOfType(JacksonException.class,
                () -> BinhdangJson.mapper().readValue("\"ratio\"", Unit.class));
        assertThat(JsonProblem.detail(unit)).hasValueSatisfying(text -> assertThat(text.vi())
                .startsWith("không dùng được mã đơn vị tính 'ratio': đơn vị tính ghi trong số liệu phải có trong"
                        + " danh mục đơn vị tính"));
        // A DHIS2 month 13: the problem is after the year, at the 5th character.
        InvalidValueException month = catchThrowableOfType(InvalidValueException.class,
                () -> Dhis2Periods.parse("202213"));
        assertThat(Problem.of(month).vi()).isEqualTo("không đọc được kỳ DHIS2 '202213' (lỗi ở ký tự 5); hãy ghi"
                + " như 2022, 2022S1, 2022Q3 hoặc 202209");
    }
}
