package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.W_ENT;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.period.ReportingPeriod;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A dataset read from a file keeps each row's line, and validation names it in every finding. */
class SourcePositionsTest {

    private static final SourceFile FILE = SourceFile.of("son-la-2017.csv")
            .withColumn("indicator", 1, "Mã chỉ tiêu")
            .withColumn("area", 2, "Mã địa bàn")
            .withColumn("period", 3, "Kỳ báo cáo")
            .withColumn("value", 4, "Giá trị");

    /** Three rows on lines 2, 5 and 9 (lines 3, 4 and 6 to 8 were left out by a reader). */
    private static Dataset read() {
        Dataset.Builder builder = Dataset.builder().source(FILE);
        builder.add(builder.row().key(W_ENT.code(), "14", Y2017, Breakdown.TOTAL).value(151, 1).at(2, 1));
        builder.add(builder.row().key(W_ENT.code(), "15", Y2017, Breakdown.TOTAL).value(105, 0).at(5, 1));
        builder.add(builder.row().key(W_ENT.code(), "11", Y2017, Breakdown.TOTAL).value(-3, 0).at(9, 1));
        return builder.build();
    }

    @Test
    void findingsNameTheFileLineColumnAndHeader() {
        Dataset dataset = read();
        assertThat(dataset.source()).contains(FILE);
        assertThat(dataset.position(1)).contains(new SourcePosition("son-la-2017.csv", 5, 1));
        ValidationReport report = DatasetValidator.defaults().validate(dataset, CONTEXT);
        // 105 % on line 5 and -3 % on line 9 are outside 0-100; both in the value column, the 4th.
        assertThat(report.findings()).filteredOn(f -> f.code().equals("percentage.range"))
                .extracting(f -> f.location().index().getAsInt(), f -> f.location().file().orElseThrow(),
                        f -> f.location().line().getAsInt(), f -> f.location().column().getAsInt(),
                        f -> f.location().header().orElseThrow())
                .containsExactly(
                        tuple(1, "son-la-2017.csv", 5, 4, "Giá trị"),
                        tuple(2, "son-la-2017.csv", 9, 4, "Giá trị"));
        Location first = report.findings().stream().filter(f -> f.code().equals("percentage.range")).findFirst()
                .orElseThrow().location();
        assertThat(first.toString()).isEqualTo(
                "W_ENT/15/2017/_T value (index 1, son-la-2017.csv line 5, column 4 \"Giá trị\")");
    }

    @Test
    void aFindingsIndexIsTheRecordAsWrittenWhenTheReaderCountedRecords() {
        // The rows of read(), now with their records: line 2 is record 0 (the first row after the header),
        // line 5 record 3 and line 9 record 7, one record a line; records 1, 2 and 4 to 6 were left out.
        Dataset.Builder builder = Dataset.builder().source(FILE);
        builder.add(builder.row().key(W_ENT.code(), "14", Y2017, Breakdown.TOTAL).value(151, 1).at(2, 1, 0));
        builder.add(builder.row().key(W_ENT.code(), "15", Y2017, Breakdown.TOTAL).value(105, 0).at(5, 1, 3));
        builder.add(builder.row().key(W_ENT.code(), "11", Y2017, Breakdown.TOTAL).value(-3, 0).at(9, 1, 7));
        ValidationReport report = DatasetValidator.defaults().validate(builder.build(), CONTEXT);
        assertThat(report.findings()).filteredOn(f -> f.code().equals("percentage.range"))
                .extracting(f -> f.location().index().getAsInt(), f -> f.location().line().getAsInt(),
                        f -> f.location().column().getAsInt(), f -> f.location().key().orElseThrow().area())
                .containsExactly(tuple(3, 5, 4, "15"), tuple(7, 9, 4, "11"));
        assertThat(report.findings().stream().filter(f -> f.code().equals("percentage.range")).findFirst()
                .orElseThrow().location()).hasToString(
                "W_ENT/15/2017/_T value (index 3, son-la-2017.csv line 5, column 4 \"Giá trị\")");
    }

    @Test
    void aDatasetBuiltInCodeKeepsNoPosition() {
        Dataset dataset = Dataset.of(java.util.List.of(Observation.of(W_ENT.code(), "14", Y2017,
                new java.math.BigDecimal("105"))));
        assertThat(dataset.source()).isEmpty();
        assertThat(dataset.position(0)).isEmpty();
        Location at = DatasetValidator.defaults().validate(dataset, CONTEXT).findings().get(0).location();
        assertThat(at.line()).isEmpty();
        assertThat(at.file()).isEmpty();
        assertThat(at.header()).isEmpty();
    }

    @Test
    void aRepeatedKeyIsAnsweredWithTheFirstRow() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        ReportingPeriod y = Y2017;
        assertThat(builder.addIfAbsent(builder.row().key("W_ENT", "14", y, Breakdown.TOTAL).value(1, 0).at(2, 1)))
                .isEmpty();
        assertThat(builder.addIfAbsent(builder.row().key("W_ENT", "15", y, Breakdown.TOTAL).value(1, 0).at(3, 1)))
                .isEmpty();
        OptionalInt first = builder.addIfAbsent(builder.row().key("W_ENT", "14", y, Breakdown.TOTAL).value(2, 0)
                .at(7, 1));
        assertThat(first).hasValue(0);
        assertThat(builder.position(first.getAsInt())).contains(new SourcePosition("a.csv", 2, 1));
        assertThat(builder.size()).isEqualTo(2);
        // The refused row left no trace: the next row takes position 2 with its own line.
        builder.add(builder.row().key("W_ENT", "16", y, Breakdown.TOTAL).value(1, 0).at(8, 1));
        assertThat(builder.build().position(2)).contains(new SourcePosition("a.csv", 8, 1));
    }

    @Test
    void jsonObservationsKeepTheirOwnColumns() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("d.json"));
        assertThat(builder.addIfAbsent(Observation.of("W_ENT", "14", Y2017, java.math.BigDecimal.ONE), 2, 1))
                .isEmpty();
        assertThat(builder.addIfAbsent(Observation.of("W_ENT", "15", Y2017, java.math.BigDecimal.ONE), 2, 63))
                .isEmpty();
        assertThat(builder.addIfAbsent(Observation.of("W_ENT", "14", Y2017, java.math.BigDecimal.TEN), 3, 1))
                .hasValue(0);
        Dataset dataset = builder.build();
        assertThat(dataset.position(0)).contains(new SourcePosition("d.json", 2, 1));
        assertThat(dataset.position(1)).contains(new SourcePosition("d.json", 2, 63));
    }

    @Test
    void aFileKnowsTheColumnOfEachField() {
        SourceFile file = SourceFile.of("x.csv").withColumn("breakdown", 6, "Phân tổ").withColumn("breakdown.SEX", 7,
                "Giới tính");
        assertThat(file.column("breakdown.SEX")).contains(new SourceFile.Column(7, "Giới tính"));
        assertThat(file.column("breakdown.AGE_GROUP")).contains(new SourceFile.Column(6, "Phân tổ"));
        assertThat(file.column("value")).isEqualTo(Optional.empty());
        assertThat(SourceFile.of("")).isEqualTo(SourceFile.unnamed());
        assertThatThrownBy(() -> new SourcePosition("", 0, 1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Dataset.row().at(1, 0)).isInstanceOf(InvalidValueException.class);
    }
}
