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
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, a provincial submission as a spreadsheet saves it, read and validated: the qualifiers
 * written in its cells sharpen the checks. Expected findings worked out by hand: "hơn 100" is no share;
 * "gần 45" allows 40.5 to 45 and 40 of 100 is 40; women "khoảng 4.300" (3,870 to 4,730) and men 4,600
 * make 8,470 to 9,330, not 10,000.
 */
class CsvSubmissionValidationTest {

    private static final Indicator SHARE = Indicator.builder("W_ENT", BilingualText.of("Tỷ lệ nữ chủ doanh nghiệp",
            "Female share of enterprise owners"), MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).build();
    private static final Indicator EMPLOYED = Indicator.builder("EMPLOYED", BilingualText.of("Số người có việc làm",
            "Employed persons"), MeasureKind.COUNT, Unit.PERSONS).breakdowns(BreakdownDimension.SEX).build();
    private static final ValidationContext CONTEXT = ValidationContext.of(List.of(SHARE, EMPLOYED),
            AreaHierarchy.builder().add(Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE)).build());

    @Test
    void qualifiersWrittenInCellsSharpenTheChecks() {
        String csv = "Mã chỉ tiêu;Mã địa bàn;Năm;Giới tính;Giá trị;Tử số;Mẫu số;Tình trạng\n"
                + "W_ENT;14;2022;;hơn 100;;;sơ bộ\n"
                + "W_ENT;14;2023;;gần 45;40;100;chính thức\n"
                + "EMPLOYED;14;2022;;10.000;;;chính thức\n"
                + "EMPLOYED;14;2022;Nữ;khoảng 4.300;;;chính thức\n"
                + "EMPLOYED;14;2022;Nam;4.600;;;\n";

        CsvReadResult read = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        List<Finding> findings = DatasetValidator.defaults().validate(read.dataset(), CONTEXT).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).toList();

        assertThat(read.problems()).isEmpty();
        assertThat(read.dataset().size()).isEqualTo(5);
        assertThat(findings).extracting(Finding::code, Finding::severity, f -> f.location().subject()).containsExactly(
                tuple("percentage.range", Severity.ERROR, "W_ENT/14/2022/_T"),
                tuple("value.components.approximate", Severity.WARNING, "W_ENT/14/2023/_T"),
                tuple("sex.sum", Severity.ERROR, "EMPLOYED/14/2022/_T"));
        assertThat(findings.get(0).message(java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("hơn 100 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm");
        // The men's empty status is not given: information, unless a rule set requires it.
        assertThat(DatasetValidator.defaults().validate(read.dataset(), CONTEXT).findings(Severity.INFO))
                .extracting(Finding::code).contains("status.given");
    }
}
