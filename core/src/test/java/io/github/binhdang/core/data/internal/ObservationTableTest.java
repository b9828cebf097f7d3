package io.github.binhdang.core.data.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.YearPeriod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationTableTest {

    static final YearPeriod Y2022 = YearPeriod.of(2022);

    @Test
    void recordsEachIndicatorsScalesMagnitudesRowsAndQualifiers() {
        ObservationTable t = new ObservationTable(4);
        t.add(Observation.builder("SHARE", "A", Y2022).components(-384, 2539).build());
        t.add(Observation.builder("SHARE", "B", Y2022).components(BigDecimal.valueOf(125, 1), BigDecimal.valueOf(7000))
                .build());
        t.add(Observation.builder("CLUBS", "A", Y2022).numerator(new BigDecimal("12")).qualifier(Qualifier.NEARLY)
                .build());
        int share = t.indicators().idOf("SHARE");
        int clubs = t.indicators().idOf("CLUBS");
        // SHARE's numerators have scales 0 and 1; its denominators scale 0; no values.
        assertThat(t.scaleCodes(share, 1)).isEqualTo(0b11);
        assertThat(t.scaleCodes(share, 2)).isEqualTo(0b1);
        assertThat(t.scaleCodes(share, 0)).isEqualTo(1 << ObservationTable.ABSENT);
        assertThat(t.maxScale(share, 1)).isEqualTo(1);
        assertThat(t.maxMagnitude(share, 1)).isEqualTo(384);
        assertThat(t.maxMagnitude(share, 2)).isEqualTo(7000);
        assertThat(t.rows(share)).isEqualTo(2);
        assertThat(t.isAllExactAndFinal(share)).isTrue();
        // CLUBS: a numerator with no value, so column 3 holds its scale; "nearly" marks it.
        assertThat(t.scaleCodes(clubs, 3)).isEqualTo(0b1);
        assertThat(t.isAllExactAndFinal(clubs)).isFalse();
        assertThat(t.isAllExactAndFinal()).isFalse();
        assertThat(t.rows(99)).isZero();
        assertThat(t.scaleCodes(99, 0)).isZero();
    }

    @Test
    void aNewRowFromIdsReadsBackAsTheSameObservation() {
        ObservationTable t = new ObservationTable(2);
        int attributes = t.encodeAttributes(new ObservationTable.Attributes(null, "src", null));
        t.appendNew(t.encodeIndicator("SHARE"), t.encodeArea("VN"), t.encodePeriod(Y2022),
                t.encodeBreakdown(Breakdown.TOTAL), 1512, 2, 384, 0, 2539, 0, Qualifier.EXACT,
                ObservationStatus.FINAL, attributes);
        t.appendNew(t.encodeIndicator("CLUBS"), t.encodeArea("VN"), t.encodePeriod(Y2022),
                t.encodeBreakdown(Breakdown.TOTAL), 460, 0, 0, ObservationTable.ABSENT, 0, ObservationTable.ABSENT,
                Qualifier.ABOUT, ObservationStatus.PROVISIONAL, attributes);
        ObservationTable sealed = t.handOver();
        assertThat(sealed.observation(0)).isEqualTo(Observation.builder("SHARE", "VN", Y2022)
                .value(new BigDecimal("15.12")).components(384, 2539).source("src").build());
        assertThat(sealed.observation(1)).isEqualTo(Observation.builder("CLUBS", "VN", Y2022).value(460)
                .qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL).source("src").build());
        assertThat(sealed.find(sealed.indicators().idOf("CLUBS"), sealed.areas().idOf("VN"), 0, 0)).isEqualTo(1);
    }

    @Test
    void anExactlyFullTableIsHandedOverWithoutCopyingItsColumns() {
        ObservationTable t = new ObservationTable(20);
        for (int i = 0; i < 20; i++) {
            t.add(Observation.of("SHARE", "A" + i, Y2022, BigDecimal.ONE));
        }
        assertThat(t.handOver().valueColumn()).isSameAs(t.valueColumn());
        assertThat(t.compact().valueColumn()).isNotSameAs(t.valueColumn());
        ObservationTable roomy = new ObservationTable(40);
        roomy.add(Observation.of("SHARE", "A", Y2022, BigDecimal.ONE));
        ObservationTable copy = roomy.handOver();
        assertThat(copy.valueColumn()).hasSize(1);
        assertThat(copy.observation(0)).isEqualTo(roomy.observation(0));
    }

    @ParameterizedTest
    @CsvSource({
            // rows, rows made room for: the building index grows (16 to 3,000), is right-sized (300 of 400),
            // or already has the finished capacity (500 of 500).
            "3000, 16",
            "300, 400",
            "500, 500"})
    void findsEveryRowWhileBuildingAndOnceFinishedWhateverTheIndexWentThrough(int rows, int roomFor) {
        ObservationTable t = new ObservationTable(roomFor);
        for (int i = 0; i < rows; i++) {
            // Keys differing in every part, so that hashes crowd and probes pass over other rows.
            t.add(Observation.of("IND" + i % 7, "A" + i / 7, YearPeriod.of(2000 + i % 3), BigDecimal.valueOf(i)));
        }
        for (ObservationTable table : new ObservationTable[] {t, t.compact(), t.handOver(), t.compact().compact()}) {
            for (int i = 0; i < rows; i++) {
                int found = table.find(table.indicators().idOf("IND" + i % 7), table.areas().idOf("A" + i / 7),
                        table.periods().idOf(YearPeriod.of(2000 + i % 3)), table.breakdowns().idOf(Breakdown.TOTAL));
                assertThat(found).isEqualTo(i);
            }
            // A key made of known parts that was never added.
            assertThat(table.find(table.indicators().idOf("IND1"), table.areas().idOf("A0"),
                    table.periods().idOf(YearPeriod.of(2000)), table.breakdowns().idOf(Breakdown.TOTAL))).isEqualTo(-1);
        }
        // Row 8 is IND1/A1/2002: the building index still refuses it, naming the first row.
        assertThatThrownBy(() -> t.add(Observation.of("IND1", "A1", YearPeriod.of(2002), BigDecimal.ONE)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Dataset.observation: IND1/A1/2002/_T duplicates the key of observation 8; a dataset holds"
                        + " one value per key");
    }

    @Test
    void theRowPathRefusesARepeatedKeyWhetherItsFirstRowIsPlacedInTheIndexOrStillWaiting() {
        ObservationTable t = new ObservationTable(16);
        for (int i = 0; i < 3000; i++) {
            t.addRow("IND" + i % 7, "A" + i / 7, YearPeriod.of(2000 + i % 3), Breakdown.TOTAL, i, 0, null, 0,
                    ObservationTable.ABSENT, null, 0, ObservationTable.ABSENT, null, Qualifier.EXACT,
                    ObservationStatus.FINAL, null, null, null);
        }
        // Row 8 was placed in the index long ago; row 2999 (2999 = 7 × 428 + 3 and 2999 % 3 = 2, so
        // IND3/A428/2002) was added last and may still wait to be placed.
        assertThatThrownBy(() -> t.addRow("IND1", "A1", YearPeriod.of(2002), Breakdown.TOTAL, 1, 0, null, 0,
                ObservationTable.ABSENT, null, 0, ObservationTable.ABSENT, null, Qualifier.EXACT,
                ObservationStatus.FINAL, null, null, null))
                .hasMessage("Dataset.observation: IND1/A1/2002/_T duplicates the key of observation 8; a dataset holds"
                        + " one value per key");
        assertThatThrownBy(() -> t.addRow("IND3", "A428", YearPeriod.of(2002), Breakdown.TOTAL, 1, 0, null, 0,
                ObservationTable.ABSENT, null, 0, ObservationTable.ABSENT, null, Qualifier.EXACT,
                ObservationStatus.FINAL, null, null, null))
                .hasMessage("Dataset.observation: IND3/A428/2002/_T duplicates the key of observation 2999; a dataset"
                        + " holds one value per key");
        assertThat(t.size()).isEqualTo(3000);
        ObservationTable finished = t.compact();
        for (int i = 0; i < 3000; i++) {
            assertThat(finished.find(finished.indicators().idOf("IND" + i % 7), finished.areas().idOf("A" + i / 7),
                    finished.periods().idOf(YearPeriod.of(2000 + i % 3)), 0)).isEqualTo(i);
        }
    }
}
