package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A dataset read from a file quotes each field as written: the file's way (its notation, its spellings)
 * for free, and a row's own way from the sparse text the reader kept with it.
 */
class DatasetWrittenTest {

    private static final SourceFile FILE = SourceFile.of("son-la.csv").withColumn("value", 5, "Giá trị")
            .withColumn("breakdown.SEX", 4, "Giới tính").withColumn("period", 3, "Kỳ báo cáo")
            .withNotation(NumberNotation.VIETNAMESE, true).withSpelling("breakdown.SEX", "F", "Nữ");

    private static Dataset read() {
        Dataset.Builder builder = Dataset.builder().source(FILE);
        builder.add(builder.row().key("W", "14", YearPeriod.of(2017), Breakdown.FEMALE).value(new BigDecimal("1234.5"))
                .at(2, 1));
        builder.add(builder.row().key("W", "14", YearPeriod.of(2018), Breakdown.FEMALE).value(400, 0)
                .written("value", "gần 400").written("breakdown.SEX", "nữ").at(3, 1));
        builder.add(builder.row().key("W", "14", YearPeriod.of(2019), Breakdown.TOTAL).value(7, 0)
                .written("note", "x".repeat(100)));
        return builder.build();
    }

    @Test
    void fieldsWrittenTheFilesWayNeedNoText() {
        Dataset dataset = read();
        assertThat(dataset.written(0, "value")).contains("1.234,5");
        assertThat(dataset.written(0, "breakdown.SEX")).contains("Nữ");
        assertThat(dataset.written(0, "period")).contains("2017");
        // No column for the unit: the file did not write it.
        assertThat(dataset.written(0, "unit")).isEmpty();
    }

    @Test
    void aRowsOwnWayIsKeptWithIt() {
        Dataset dataset = read();
        assertThat(dataset.written(1, "value")).contains("gần 400");
        assertThat(dataset.written(1, "breakdown.SEX")).contains("nữ");
        // A row added with no position quotes nothing.
        assertThat(dataset.written(2, "value")).isEmpty();
        assertThat(dataset.written(2, "note")).isEmpty();
    }

    @Test
    void aDatasetBuiltInCodeQuotesNothing() {
        Dataset dataset = Dataset.of(java.util.List.of(
                Observation.builder("W", "14", YearPeriod.of(2017)).value(new BigDecimal("1.5")).build()));
        assertThat(dataset.written(0, "value")).isEmpty();
    }

    @Test
    void aLongFieldIsKeptAsAnExcerpt() {
        Dataset.Builder builder = Dataset.builder().source(FILE.withColumn("note", 6, "Ghi chú"));
        builder.add(builder.row().key("W", "14", YearPeriod.of(2017), Breakdown.TOTAL).value(7, 0)
                .written("note", "x".repeat(100)).at(2, 1));
        assertThat(builder.build().written(0, "note")).contains("x".repeat(80) + "… (100 chars)");
    }

    @Test
    void aBlankPathIsRefused() {
        assertThatThrownBy(() -> Dataset.row().written(" ", "x")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theFilesNotationWithAndWithoutGrouping() {
        assertThat(FILE.format(new BigDecimal("2449433.5"))).isEqualTo("2.449.433,5");
        assertThat(FILE.withNotation(NumberNotation.VIETNAMESE, false).format(new BigDecimal("-2449433.5")))
                .isEqualTo("-2449433,5");
        assertThat(FILE.withNotation(NumberNotation.ENGLISH, false).format(new BigDecimal("1234.5")))
                .isEqualTo("1234.5");
        assertThat(SourceFile.of("a.json").format(new BigDecimal("15.10"))).isEqualTo("15.10");
    }
}
