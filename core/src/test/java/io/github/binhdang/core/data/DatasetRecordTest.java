package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A dataset read from a file keeps each observation's record in the file as written (the element of a
 * JSON array, the row of a table after its header), which differs from its index once a record before it
 * was left out. Every expected record below is the one the test hands over, counted by hand.
 */
class DatasetRecordTest {

    private static final ReportingPeriod Y2017 = ReportingPeriod.parse("2017");

    private static Dataset.Row row(Dataset.Builder builder, String area) {
        return builder.row().key("W_ENT", area, Y2017, Breakdown.TOTAL).value(1, 0);
    }

    /** Records 0, 2, 3 and 7 kept (1, 4, 5 and 6 left out), one line each after a header on line 1. */
    private static Dataset.Builder fourOfEight() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        builder.add(row(builder, "11").at(2, 1, 0));
        builder.add(row(builder, "12").at(4, 1, 2));
        builder.add(row(builder, "14").at(5, 1, 3));
        builder.add(row(builder, "15").at(9, 1, 7));
        return builder;
    }

    @Test
    void eachObservationKeepsItsRecordAsWritten() {
        Dataset dataset = fourOfEight().build();
        assertThat(dataset.position(0)).contains(new SourcePosition("a.csv", 2, 1, 0));
        assertThat(dataset.position(1)).contains(new SourcePosition("a.csv", 4, 1, 2));
        assertThat(dataset.position(2)).contains(new SourcePosition("a.csv", 5, 1, 3));
        assertThat(dataset.position(3)).contains(new SourcePosition("a.csv", 9, 1, 7));
        assertThat(dataset.position(3).orElseThrow().recordNumber()).hasValue(7);
    }

    @Test
    void eachBuildCopiesTheRecordsSoFar() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        builder.add(row(builder, "11").at(2, 1, 0));
        builder.add(row(builder, "12").at(4, 1, 2));
        Dataset two = builder.build();
        builder.add(row(builder, "14").at(8, 1, 6));
        Dataset three = builder.build();
        assertThat(two.size()).isEqualTo(2);
        assertThat(two.position(1).orElseThrow().record()).isEqualTo(2);
        assertThat(three.position(1).orElseThrow().record()).isEqualTo(2);
        assertThat(three.position(2).orElseThrow().record()).isEqualTo(6);
        assertThat(builder.position(2).orElseThrow().record()).isEqualTo(6);
        // A source named after the rows were added renames the file and keeps the records.
        Dataset renamed = builder.source(SourceFile.of("b.csv")).build();
        assertThat(renamed.position(2)).contains(new SourcePosition("b.csv", 8, 1, 6));
        // Positions take no part in equality.
        assertThat(renamed).isEqualTo(three);
    }

    @Test
    void aFileReadWholeHasRecordsEqualToItsIndexes() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("d.json"));
        for (int i = 0; i < 40; i++) {
            builder.addIfAbsent(Observation.of("W_ENT", "A" + i, Y2017, BigDecimal.ONE), 2 + i, 3, i);
        }
        Dataset dataset = builder.build();
        assertThat(dataset.position(0)).contains(new SourcePosition("d.json", 2, 3, 0));
        assertThat(dataset.position(39)).contains(new SourcePosition("d.json", 41, 3, 39));
    }

    @Test
    void manyRunsLeftOutAreEachCounted() {
        // Every other record left out: row i is record 2i, line 2i + 2.
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        for (int i = 0; i < 30; i++) {
            builder.add(row(builder, "A" + i).at(2 * i + 2, 1, 2 * i));
        }
        Dataset dataset = builder.build();
        for (int i = 0; i < 30; i++) {
            assertThat(dataset.position(i)).as("row %d", i).contains(new SourcePosition("a.csv", 2 * i + 2, 1, 2 * i));
        }
    }

    @Test
    void aRecordLeftOutAfterEveryRowIsCountedToo() {
        // Past 64 steps, a step for every other row: row i is record 2i, line 2i + 2, for 300 rows.
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        for (int i = 0; i < 300; i++) {
            builder.add(row(builder, "A" + i).at(2 * i + 2, 1, 2 * i));
        }
        Dataset dataset = builder.build();
        for (int i = 0; i < 300; i++) {
            assertThat(dataset.position(i)).as("row %d", i).contains(new SourcePosition("a.csv", 2 * i + 2, 1, 2 * i));
        }
    }

    @Test
    void recordsOutOfOrderAreKeptAsGiven() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        builder.add(row(builder, "11").at(2, 1, 0));
        builder.add(row(builder, "12").at(9, 1, 7));
        builder.add(row(builder, "14").at(5, 1, 3));
        builder.add(row(builder, "15").at(6, 1, 4));
        Dataset dataset = builder.build();
        assertThat(dataset.position(0).orElseThrow().record()).isZero();
        assertThat(dataset.position(1).orElseThrow().record()).isEqualTo(7);
        assertThat(dataset.position(2).orElseThrow().record()).isEqualTo(3);
        assertThat(dataset.position(3).orElseThrow().record()).isEqualTo(4);
    }

    @Test
    void aRowWithoutARecordHasNone() {
        Dataset.Builder builder = Dataset.builder().source(SourceFile.of("a.csv"));
        builder.add(row(builder, "11").at(2, 1));
        builder.add(row(builder, "12").at(3, 1, 1));
        builder.add(row(builder, "14").at(4, 1));
        Dataset dataset = builder.build();
        assertThat(dataset.position(0)).contains(new SourcePosition("a.csv", 2, 1));
        assertThat(dataset.position(0).orElseThrow().recordNumber()).isEmpty();
        assertThat(dataset.position(1)).contains(new SourcePosition("a.csv", 3, 1, 1));
        assertThat(dataset.position(2).orElseThrow().record()).isEqualTo(SourcePosition.NO_RECORD);
        // A cleared row forgets its record with its line.
        Dataset.Row reused = Dataset.row().at(5, 1, 4).clear().at(6, 1);
        Dataset.Builder again = Dataset.builder().source(SourceFile.of("a.csv"));
        again.add(reused.key("W_ENT", "11", Y2017, Breakdown.TOTAL).value(1, 0));
        assertThat(again.build().position(0)).contains(new SourcePosition("a.csv", 6, 1));
    }

    @Test
    void aDatasetBuiltInCodeHasNoRecord() {
        Dataset dataset = Dataset.of(java.util.List.of(Observation.of("W_ENT", "11", Y2017, BigDecimal.ONE)));
        assertThat(dataset.position(0)).isEmpty();
    }

    @Test
    void aRecordIsCountedFromZero() {
        assertThatThrownBy(() -> Dataset.row().at(2, 1, -1)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> {
                    assertThat(e.field()).isEqualTo("Dataset.Row.record");
                    assertThat(e.value()).isEqualTo("-1");
                });
        assertThatThrownBy(() -> Dataset.builder().addIfAbsent(Observation.of("W_ENT", "11", Y2017, BigDecimal.ONE),
                2, 1, -1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new SourcePosition("", 2, 1, -2)).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.field()).isEqualTo("SourcePosition.record"));
        assertThat(new SourcePosition("", 2, 1, SourcePosition.NO_RECORD).recordNumber()).isEqualTo(OptionalInt.empty());
        // The text form gives the line to look at; the record is not shown.
        assertThat(new SourcePosition("a.csv", 9, 1, 7)).hasToString("a.csv line 9, column 1");
    }
}
