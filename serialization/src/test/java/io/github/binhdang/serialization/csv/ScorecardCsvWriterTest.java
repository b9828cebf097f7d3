package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCsvWriterTest {

    private static final Target T23 = Fixtures.nationalStrategy().objectives().get(1).targets().get(0);

    private static Scorecard escap() {
        Assessment a = Assessment.builder("escap", "2.3", T23.milestones().get(0))
                .latest(SeriesPoint.of(YearPeriod.of(2017), new BigDecimal("15.1")))
                .score(new BigDecimal("0.495"))
                .currentStatusIndex(new BigDecimal("0.25"))
                .progressGap(new BigDecimal("0.495"))
                .category(BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress"))
                .build(ProgressStatus.NEEDS_ACCELERATION, BilingualText.of("Chậm, cần 1,49 điểm/năm", "Slow, \"1.49\""));
        return Scorecard.ofRows("VN-NSGE-2021-2030", "14", Breakdown.TOTAL, "escap", List.of(new ScorecardRow(T23, a)));
    }

    private static Scorecard binhdang() {
        Assessment a = Assessment.builder("binhdang", "2.3", T23.milestones().get(0))
                .build(ProgressStatus.NO_DATA, BilingualText.of("Chưa có số liệu", "No data"));
        return Scorecard.ofRows("VN-NSGE-2021-2030", "14", Breakdown.FEMALE, "binhdang",
                List.of(new ScorecardRow(T23, a)));
    }

    @Test
    void writesOneRowPerTargetAndScorecardQuotingWhereNeeded() {
        StringWriter out = new StringWriter();

        ScorecardCsvWriter.defaults().write(List.of(escap(), binhdang()), out);

        assertThat(out.toString()).isEqualTo(ScorecardCsvWriter.HEADER + "\n"
                + "VN-NSGE-2021-2030,14,_T,escap,2.3,2025,AT_LEAST,27,2017,15.1,false,0.495,"
                + "Cần đẩy nhanh tiến độ,Accelerate progress,NEEDS_ACCELERATION,"
                + "\"Chậm, cần 1,49 điểm/năm\",\"Slow, \"\"1.49\"\"\",,0.25,0.495\n"
                + "VN-NSGE-2021-2030,14,SEX=F,binhdang,2.3,2025,AT_LEAST,27,,,false,,,,NO_DATA,"
                + "Chưa có số liệu,No data,,,\n");
    }

    @Test
    void aNegativeProgressGapIsWrittenAsANumberNotNeutralised() {
        // ESCAP's gap is negative when the projection passes the target: a number, never '-0.79.
        Assessment a = Assessment.builder("escap", "2.3", T23.milestones().get(0))
                .latest(SeriesPoint.of(YearPeriod.of(2017), new BigDecimal("58")))
                .currentStatusIndex(new BigDecimal("0.9"))
                .progressGap(new BigDecimal("-0.79"))
                .build(ProgressStatus.ON_TRACK, BilingualText.of("Đúng hướng", "On track"));
        StringWriter out = new StringWriter();

        ScorecardCsvWriter.defaults().write(List.of(Scorecard.ofRows("VN-NSGE-2021-2030", "14", Breakdown.TOTAL,
                "escap", List.of(new ScorecardRow(T23, a)))), out);

        assertThat(out.toString().lines().toList().get(1)).endsWith(",Đúng hướng,On track,,0.9,-0.79");
    }

    @Test
    void writesVietnameseNumbersWithASemicolon() {
        StringWriter out = new StringWriter();

        ScorecardCsvWriter.defaults().withSeparator(';').withNotation(NumberNotation.VIETNAMESE)
                .write(List.of(escap()), out);

        assertThat(out.toString().lines().toList().get(1))
                .startsWith("VN-NSGE-2021-2030;14;_T;escap;2.3;2025;AT_LEAST;27;2017;15,1;false;0,495;");
        assertThat(out.toString().lines().toList().get(0)).startsWith("strategy;area;breakdown;method;");
    }

    @Test
    void writesUtf8BytesAndFiles(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScorecardCsvWriter.defaults().write(List.of(escap()), bytes);
        Path file = dir.resolve("scorecard.csv");
        ScorecardCsvWriter.defaults().write(List.of(escap()), file);

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Cần đẩy nhanh tiến độ");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesASeparatorThatCannotSeparate() {
        assertThatThrownBy(() -> ScorecardCsvWriter.defaults().withSeparator('"'))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("ScorecardCsvWriter.separator: '\"' must be ',', ';', a tab or '|'");
    }
}
