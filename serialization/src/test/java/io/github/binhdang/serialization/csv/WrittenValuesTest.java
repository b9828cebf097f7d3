package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The validator's findings on a dataset read from CSV quote each field as the file wrote it
 * ("1.234,5", "gần 400", "Nữ"), although the dataset keeps no text for rows written the file's way.
 */
class WrittenValuesTest {

    private static final Indicator W_ENT = Indicator.builder("W_ENT",
            BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp", "Female share of enterprise owners"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).build();
    private static final Indicator EMPLOYED = Indicator.builder("EMPLOYED",
            BilingualText.of("Số người có việc làm", "Employed persons"), MeasureKind.COUNT, Unit.PERSONS)
            .breakdowns(BreakdownDimension.SEX).build();
    private static final ValidationContext CONTEXT = ValidationContext.of(List.of(W_ENT, EMPLOYED),
            AreaHierarchy.builder().addAll(List.of(
                    Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
                    Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN")))
                    .build());

    // Columns: 1 indicator, 2 area, 3 period, 4 sex, 5 value; Vietnamese headers and numbers.
    private static final String FILE = String.join("\n",
            /* 1 */ "Mã chỉ tiêu;Mã địa bàn;Kỳ báo cáo;Giới tính;Giá trị",
            /* 2 */ "W_ENT;14;năm 2017;;1.234,5",
            /* 3 */ "W_ENT;14;2018;;gần 400",
            /* 4 */ "W_ENT;14;2019;Nữ;15,1",
            /* 5 */ "EMPLOYED;14;2019;;1.500",
            /* 6 */ "EMPLOYED;14;2019;Nữ;700",
            /* 7 */ "EMPLOYED;14;2019;Nam;600",
            /* 8 */ "W_ENT;14;2020;nữ;12,0",
            /* 9 */ "EMPLOYED;14;2021;;-1234") + "\n";

    @Test
    void findingsQuoteTheFieldAsTheFileWroteIt() {
        CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), "son-la.csv");
        assertThat(read.problems()).isEmpty();
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);

        // Worked out from the file: line, column, header and field as written of each finding.
        assertThat(checked.findings()).extracting(Finding::code, f -> f.location().line().getAsInt(),
                f -> f.location().column().getAsInt(), f -> f.location().header().orElse(""),
                f -> f.location().written().orElse("(none)"))
                .containsExactly(
                        tuple("percentage.range", 2, 5, "Giá trị", "1.234,5"),   // 1234.5 %
                        tuple("percentage.range", 3, 5, "Giá trị", "gần 400"),   // nearly 400 %
                        tuple("value.approximate", 3, 5, "Giá trị", "gần 400"),
                        // from 1,234.5 to at most 400: a fall of at least 67.6 %, more than 50 %
                        tuple("change.jump", 3, 5, "Giá trị", "gần 400"),
                        tuple("breakdown.dimension", 4, 4, "Giới tính", "Nữ"),   // W_ENT has no sex breakdown
                        tuple("sex.sum", 5, 5, "Giá trị", "1.500"),              // 700 + 600 is not 1,500
                        tuple("breakdown.dimension", 8, 4, "Giới tính", "nữ"),
                        tuple("count.integer", 9, 5, "Giá trị", "-1234"));      // a negative count
        // The file's way of writing, kept once: grouped Vietnamese numbers, "Nữ" for F, "năm 2017" for 2017.
        var dataset = read.dataset();
        var source = dataset.source().orElseThrow();
        assertThat(source.format(new java.math.BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(source.spelling("breakdown.SEX", "F")).isEqualTo("Nữ");
        assertThat(source.spelling("breakdown.SEX", "M")).isEqualTo("Nam");
        assertThat(dataset.written(0, "period")).contains("năm 2017");
        assertThat(dataset.written(1, "period")).contains("2018");
        assertThat(dataset.written(5, "breakdown.SEX")).contains("Nam");
        assertThat(dataset.written(3, "breakdown.SEX")).contains("");
        // A field the file has no column for is not quoted.
        assertThat(dataset.written(0, "unit")).isEmpty();
    }

    @Test
    void aFileThatDoesNotGroupThousandsIsQuotedUngrouped() {
        String file = "indicator;area;period;value\nEMPLOYED;14;2019;-1234,0\nEMPLOYED;14;2020;1.500\n";
        CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        ValidationReport checked = DatasetValidator.defaults().validate(read.dataset(), CONTEXT);
        assertThat(checked.findings()).extracting(Finding::code, f -> f.location().line().getAsInt(),
                f -> f.location().written().orElse("(none)"))
                .containsExactly(tuple("count.integer", 2, "-1234,0"),   // a negative count
                        tuple("change.jump", 3, "1.500"));                 // -1234 to 1500
        // The file writes 1234 ungrouped; "1.500" is its row's own way, kept with the row.
        assertThat(read.dataset().source().orElseThrow().format(new java.math.BigDecimal("1500"))).isEqualTo("1500");
    }
}
