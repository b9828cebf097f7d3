package io.github.binhdang.serialization.csv;

import static io.github.binhdang.serialization.csv.CsvNothingSilentTest.assertCounted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 19: headers and cells as Vietnamese spreadsheets write them. */
class CsvVietnameseSpreadsheetTest {

    private static final DatasetCsvReader VIETNAMESE = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE);

    private static CsvReadResult read(DatasetCsvReader reader, String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aProvincialSubmissionWithVietnameseHeadersReadsEveryRow() {
        String csv = "Mã chỉ tiêu;Mã địa bàn;Kỳ báo cáo;Giới tính;Nhóm tuổi;Giá trị;Tử số;Mẫu số;Đơn vị tính;Tình trạng;"
                + "Nguồn;Ghi chú\n"
                + "W_ENT;14;năm 2022;;;38,89;;;%;sơ bộ;Sở LĐTBXH;\n"
                + "W_ENT;14;2022;Nữ;;gần 40;;;%;;;\n"
                + "EMPLOYED;14;2022;Nam;15-24;hơn 1.500;;;người;chính thức;;\"ghi chú; có dấu chấm phẩy\"\n"
                + "EMPLOYED;14;6 tháng đầu năm 2022;;;khoảng 250;;;người;Sơ bộ;;\n"
                + "W_TRAINED;14;quý III/2022;;;18,23;125.525;688.753;%;;;\n";

        CsvReadResult result = read(VIETNAMESE, csv);

        assertThat(result.problems()).isEmpty();
        assertCounted(result, 5);
        Observation first = result.dataset().get(0);
        assertThat(first.indicator()).isEqualTo("W_ENT");
        assertThat(first.period()).isEqualTo(ReportingPeriod.parse("2022"));
        assertThat(first.value()).contains(new BigDecimal("38.89"));
        assertThat(first.unit()).contains(Unit.PERCENT);
        assertThat(first.status()).isEqualTo(ObservationStatus.PROVISIONAL);
        assertThat(first.source()).contains("Sở LĐTBXH");
        Observation women = result.dataset().get(1);
        assertThat(women.breakdown()).isEqualTo(Breakdown.of(Sex.FEMALE));
        assertThat(women.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(women.value()).contains(new BigDecimal("40"));
        assertThat(women.status()).isEqualTo(ObservationStatus.NOT_GIVEN);
        Observation men = result.dataset().get(2);
        assertThat(men.breakdown()).isEqualTo(Breakdown.of(Sex.MALE).with(BreakdownDimension.AGE_GROUP, "15-24"));
        assertThat(men.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(men.value()).contains(new BigDecimal("1500"));
        assertThat(men.note()).contains("ghi chú; có dấu chấm phẩy");
        Observation half = result.dataset().get(3);
        assertThat(half.period()).hasToString("2022-S1");
        assertThat(half.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(result.dataset().get(4).period()).hasToString("2022-Q3");
        assertThat(result.dataset().get(4).numerator()).contains(new BigDecimal("125525"));
    }

    @Test
    void headersAreMatchedWithoutRegardToCaseDiacriticsOrSpacing() {
        String csv = "CHI TIEU,tinh,  Năm ,so_lieu,DO TUOI,ghi chu\nW_ENT,14,2022,38.89,15-24,ok\n";

        CsvReadResult result = read(DatasetCsvReader.defaults(), csv);

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).breakdown().category(BreakdownDimension.AGE_GROUP)).contains("15-24");
        assertThat(result.dataset().get(0).note()).contains("ok");
        assertCounted(result, 1);
        // "age" as well as "ageGroup".
        assertThat(read(DatasetCsvReader.defaults(), "indicator,area,period,value,age\nW,14,2022,1,15-24\n")
                .problems()).isEmpty();
    }

    @Test
    void aCallerAddsHeaderNamesOfItsOwn() {
        DatasetCsvReader reader = DatasetCsvReader.defaults().withHeaderAlias("Mã xã", "area")
                .withHeaderAlias("Số người", "value");
        CsvReadResult result = read(reader, "indicator,MA XA,period,số người\nW,00001,2022,12\n");

        assertThat(result.problems()).isEmpty();
        assertThat(result.dataset().get(0).area()).isEqualTo("00001");
        assertCounted(result, 1);
        assertThatThrownBy(() -> DatasetCsvReader.defaults().withHeaderAlias("Mã xã", "commune"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'commune' is not a column");
    }

    @Test
    void aQualifierInTheCellAndAnotherInTheQualifierColumnIsAProblem() {
        CsvReadResult result = read(VIETNAMESE, "indicator;area;period;value;qualifier\n"
                + "W;14;2022;gần 40;khoảng\nX;14;2022;gần 40;gần\nY;14;2022;hơn;\n");

        assertThat(result.dataset()).extracting(Observation::indicator).containsExactly("X");
        assertThat(result.problems()).extracting(CsvProblem::line, CsvProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "qualifier"),
                        org.assertj.core.groups.Tuple.tuple(4, "value"));
        assertCounted(result, 3);
    }

    @Test
    void aMistypedMonthIsAnsweredAboutMonths() {
        CsvReadResult result = read(DatasetCsvReader.defaults(), "indicator,area,period,value\nW,14,2021-13,1\n");

        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).message()).contains("month must be 01 to 12").doesNotContain("SDMX");
        assertCounted(result, 1);
    }
}
