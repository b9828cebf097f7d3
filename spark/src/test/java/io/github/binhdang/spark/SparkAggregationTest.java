package io.github.binhdang.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.LinkKind;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.Carry;
import io.github.binhdang.core.calc.SplitShares;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Small cases worked out by hand, on a made-up hierarchy: old communes C1, C2 and C5 went whole into C3
 * on 1 July 2025; C6 was split between C3 and C7; C4 was unchanged.
 */
class SparkAggregationTest {

    private static final LocalDate LAST = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST = LAST.plusDays(1);
    private static final LocalDate ONTO = LocalDate.of(2026, 1, 1);
    private static final YearPeriod Y2024 = YearPeriod.of(2024);
    private static final Area C1 = commune("C1").withValidTo(LAST);
    private static final Area C2 = commune("C2").withValidTo(LAST);
    private static final Area C5 = commune("C5").withValidTo(LAST);
    private static final Area C6 = commune("C6").withValidTo(LAST);
    private static final Area C4 = commune("C4");
    private static final Area C3 = commune("C3").withValidFrom(FIRST);
    private static final Area C7 = commune("C7").withValidFrom(FIRST);
    private static final AreaHierarchy H = AreaHierarchy.builder().addAll(List.of(C1, C2, C5, C6, C4, C3, C7))
            .merge(C1, C3).merge(C2, C3).merge(C5, C3)
            .link(C6, C3, LinkKind.PARTIAL).link(C6, C7, LinkKind.PARTIAL).build();

    static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(4).build();
    static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Số câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).decimals(0).build();
    static final List<Indicator> INDICATORS = List.of(SHARE, CLUBS);

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.start("SparkAggregationTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Area commune(String code) {
        return Area.of(code, BilingualText.of("Xã " + code), AreaLevel.COMMUNE);
    }

    private static Observation share(String area, String numerator, String denominator) {
        return Observation.builder("SHARE", area, Y2024).components(new BigDecimal(numerator), new BigDecimal(denominator))
                .build();
    }

    private static Map<String, Row> totals(SparkAggregation.Result r) {
        Map<String, Row> byKey = new HashMap<>();
        for (Row row : r.totals().collectAsList()) {
            byKey.put(row.getString(0) + " " + row.getString(1), row);
        }
        return byKey;
    }

    private static List<String> missing(Row total) {
        return total.getList(total.fieldIndex("missing_children"));
    }

    private static AreaTable carry(SplitShares shares) {
        return AreaTable.carry(H, AreaLevel.COMMUNE, ONTO, shares, List.of(Y2024));
    }

    @Test
    void threeOldCommunesIntoOneGive25Point6198AndNameTheMissingThird() {
        // 10.00 + 5.50 = 15.50 over 40.00 + 20.50 = 60.50: 1550/6050 = 0.2561983… → 25.6198 % at 4 decimals.
        Dataset data = Dataset.of(List.of(share("C1", "10.00", "40.00"), share("C2", "5.50", "20.50")));
        SparkAggregation.Result r = SparkAggregation.toParents(SparkObservations.toSpark(spark, data),
                carry(SplitShares.none()), INDICATORS);
        Row c3 = totals(r).get("SHARE C3");
        assertThat(c3.getDecimal(c3.fieldIndex("value"))).isEqualByComparingTo("25.6198");
        assertThat(c3.getDecimal(c3.fieldIndex("numerator"))).isEqualByComparingTo("15.50");
        assertThat(c3.getDecimal(c3.fieldIndex("denominator"))).isEqualByComparingTo("60.50");
        assertThat(c3.getLong(c3.fieldIndex("rows"))).isEqualTo(2);
        assertThat(c3.<String>getList(c3.fieldIndex("missing_children"))).containsExactlyInAnyOrder("C5", "C6");
        assertThat(c3.getInt(c3.fieldIndex("decimals"))).isEqualTo(4);
        assertThat(c3.isNullAt(c3.fieldIndex("no_data"))).isTrue();
        // The core gives the same figure and names the same parts.
        AggregationResult core = Carry.onto(data, INDICATORS, H, AreaLevel.COMMUNE, ONTO);
        assertThat(core.dataset().find("SHARE", "C3", Y2024, Breakdown.TOTAL).orElseThrow().value())
                .contains(new BigDecimal("25.6198"));
        assertThat(core.partials().get(0).missing()).containsExactlyInAnyOrder("C5", "C6");
    }

    @Test
    void theSameTotalThroughGroupByKey() {
        Dataset data = Dataset.of(List.of(share("C1", "10.00", "40.00"), share("C2", "5.50", "20.50")));
        AreaTable areas = carry(SplitShares.none());
        BinhdangAggregator agg = new BinhdangAggregator(INDICATORS, areas);
        List<Row> rows = SparkAggregation.contributions(SparkObservations.toSpark(spark, data), areas)
                .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) row -> row.getString(1),
                        org.apache.spark.sql.Encoders.STRING())
                .agg(agg.toColumn()).collectAsList().stream().map(t -> t._2()).toList();
        assertThat(rows).singleElement().satisfies(t -> {
            assertThat(t.getDecimal(0)).isEqualByComparingTo("25.6198");
            assertThat(t.<String>getList(4)).containsExactlyInAnyOrder("C5", "C6");
        });
    }

    @Test
    void splitUnitsAreCarriedByTheirSharesAsTheCoreCarriesThem() {
        // C6's 10 clubs split 0.6 / 0.4: C3 gets 4 + 5 + 6.0 = 15.0 (estimated), C7 gets 4.0; C4 keeps 3.
        Dataset data = Dataset.of(List.of(clubs("C1", 4), clubs("C2", 5), clubs("C6", 10), clubs("C4", 3),
                share("C1", "1", "3"), share("C6", "2", "7")));
        SplitShares shares = SplitShares.builder().share("C6", "C3", "0.6").share("C6", "C7", "0.4").build();
        Map<String, Row> spark = totals(SparkAggregation.toParents(SparkObservations.toSpark(SparkAggregationTest.spark,
                data), carry(shares), INDICATORS));
        AggregationResult core = Carry.onto(data, INDICATORS, H, AreaLevel.COMMUNE, ONTO, shares);
        assertThat(spark.get("CLUBS C3").<BigDecimal>getAs("value")).isEqualByComparingTo("15");
        assertThat(spark.get("CLUBS C7").<BigDecimal>getAs("value")).isEqualByComparingTo("4");
        assertThat(spark.get("CLUBS C3").getString(spark.get("CLUBS C3").fieldIndex("status"))).isEqualTo("ESTIMATED");
        assertThat(spark.get("CLUBS C4").getString(spark.get("CLUBS C4").fieldIndex("status"))).isEqualTo("FINAL");
        assertThat(spark).hasSize(core.dataset().size());
        for (Observation o : core.dataset()) {
            Row row = spark.get(o.indicator() + " " + o.area());
            assertThat(row).as(o.key().toString()).isNotNull();
            if (o.value().isPresent()) {
                assertThat(row.<BigDecimal>getAs("value")).as(o.key().toString()).isEqualTo(
                        o.value().get().setScale(SparkObservations.SCALE));
            }
            o.numerator().ifPresent(n -> assertThat(row.<BigDecimal>getAs("numerator")).isEqualByComparingTo(n));
            o.denominator().ifPresent(d -> assertThat(row.<BigDecimal>getAs("denominator")).isEqualByComparingTo(d));
            assertThat(row.getString(row.fieldIndex("status"))).isEqualTo(o.status().name());
            List<String> missing = core.partials().stream().filter(p -> p.key().equals(o.key()))
                    .flatMap(p -> p.missing().stream()).toList();
            assertThat(row.<String>getList(row.fieldIndex("missing_children"))).as(o.key().toString()).containsExactlyInAnyOrderElementsOf(missing);
        }
    }

    @Test
    void withoutSharesASplitUnitsFiguresAreListedAsNotCarried() {
        Dataset data = Dataset.of(List.of(clubs("C1", 4), clubs("C6", 10)));
        SparkAggregation.Result r = SparkAggregation.toParents(SparkObservations.toSpark(spark, data),
                carry(SplitShares.none()), INDICATORS);
        assertThat(r.notCarried().collectAsList()).singleElement()
                .satisfies(row -> assertThat(row.getString(1)).isEqualTo("C6"));
        assertThat(missing(totals(r).get("CLUBS C3"))).containsExactlyInAnyOrder("C2", "C5", "C6");
    }

    @Test
    void unknownAreasAreReportedWithTheirRowCountsNeverDropped() {
        Dataset data = Dataset.of(List.of(clubs("C1", 4), clubs("X9", 1),
                Observation.builder("CLUBS", "X9", Y2024).sex(io.github.binhdang.core.data.Sex.FEMALE).value(1L).build()));
        SparkAggregation.Result r = SparkAggregation.toParents(SparkObservations.toSpark(spark, data),
                carry(SplitShares.none()), INDICATORS);
        assertThat(r.unknownAreas().collectAsList()).singleElement().satisfies(row -> {
            assertThat(row.getString(0)).isEqualTo("X9");
            assertThat(row.getLong(2)).isEqualTo(2);
        });
    }

    @Test
    void aZeroDenominatorGivesNoValueAndAFinding() {
        Dataset data = Dataset.of(List.of(share("C1", "0", "0"), share("C2", "0.00", "0.00")));
        SparkAggregation.Result r = SparkAggregation.toParents(SparkObservations.toSpark(spark, data),
                carry(SplitShares.none()), INDICATORS);
        Row c3 = totals(r).get("SHARE C3");
        assertThat(c3.isNullAt(c3.fieldIndex("value"))).isTrue();
        assertThat(c3.getString(c3.fieldIndex("no_data"))).isEqualTo("ZERO_DENOMINATOR");
        List<Row> findings = SparkValidation.findings(SparkObservations.toSpark(spark, data), INDICATORS)
                .collectAsList();
        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.getString(0)).isEqualTo("denominator.zero");
            assertThat(f.getString(1)).isEqualTo("ERROR");
            assertThat(f.getString(9)).isEqualTo("denominator");
        });
    }

    @Test
    void aMissingDenominatorRefusesThePercentageNeverAveragesIt() {
        Dataset data = Dataset.of(List.of(share("C1", "10", "40"),
                Observation.builder("SHARE", "C2", Y2024).value(new BigDecimal("30")).build()));
        Row c3 = totals(SparkAggregation.toParents(SparkObservations.toSpark(spark, data), carry(SplitShares.none()),
                INDICATORS)).get("SHARE C3");
        assertThat(c3.isNullAt(c3.fieldIndex("value"))).isTrue();
        assertThat(c3.getString(c3.fieldIndex("no_data"))).isEqualTo("MISSING_COMPONENT");
    }

    @Test
    void qualifiersAndStatusesAreCarriedAsTheCoreCarriesThem() {
        Dataset data = Dataset.of(List.of(
                Observation.builder("CLUBS", "C1", Y2024).value(4L).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("CLUBS", "C2", Y2024).value(5L).qualifier(Qualifier.NEARLY)
                        .status(ObservationStatus.PROVISIONAL).build(),
                Observation.builder("CLUBS", "C4", Y2024).value(5L).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("SHARE", "C1", Y2024).components(1, 2).qualifier(Qualifier.NEARLY).build(),
                Observation.builder("SHARE", "C2", Y2024).components(1, 2).qualifier(Qualifier.MORE_THAN).build()));
        Map<String, Row> t = totals(SparkAggregation.toParents(SparkObservations.toSpark(spark, data),
                carry(SplitShares.none()), INDICATORS));
        // All "nearly" gives "nearly"; mixed gives "about"; the least final status wins.
        assertThat(t.get("CLUBS C3").<String>getAs("qualifier")).isEqualTo("NEARLY");
        assertThat(t.get("CLUBS C3").<String>getAs("status")).isEqualTo("PROVISIONAL");
        assertThat(t.get("SHARE C3").<String>getAs("qualifier")).isEqualTo("ABOUT");
        assertThat(t.get("CLUBS C4").<String>getAs("status")).isEqualTo("FINAL");
    }

    @Test
    void aSumPastALongStopsTheJobNamingTheTotal() {
        // 999,999,999,999.999999 is the largest DECIMAL(18, 6); ten of them pass Long.MAX_VALUE at scale 6.
        String big = "999999999999.999999";
        // Ten old communes merged into C3, each with the largest number.
        AreaHierarchy.Builder many = AreaHierarchy.builder().add(C3);
        List<Observation> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Area old = commune("O" + i).withValidTo(LAST);
            many.add(old).merge(old, C3);
            rows.add(Observation.builder("CLUBS", old.code(), Y2024).value(new BigDecimal(big)).build());
        }
        AreaTable table = AreaTable.carry(many.build(), AreaLevel.COMMUNE, ONTO, SplitShares.none(), List.of(Y2024));
        SparkAggregation.Result r = SparkAggregation.toParents(SparkObservations.toSpark(spark, Dataset.of(rows)),
                table, INDICATORS);
        assertThatThrownBy(() -> r.totals().collectAsList())
                .hasStackTraceContaining("BinhdangAggregator.value")
                .hasStackTraceContaining("indicator CLUBS, area C3, period 2024, breakdown _T");
    }

    @Test
    void aDecimalPastTheScaleIsRefusedNamingTheObservation() {
        Dataset data = Dataset.of(List.of(share("C1", "1.1234567", "3")));
        assertThatThrownBy(() -> SparkObservations.toSpark(spark, data))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("SparkObservations.numerator")
                .hasMessageContaining("1.1234567")
                .hasMessageContaining("indicator SHARE, area C1, period 2024, breakdown");
    }

    @Test
    void aTableNotMatchingTheSchemaIsRefusedListingEveryBadColumnBeforeAnyJob() {
        org.apache.spark.sql.Dataset<Row> wrong = SparkObservations.toSpark(spark, Dataset.of(List.of(clubs("C1", 4))))
                .drop("qualifier").withColumn("value", org.apache.spark.sql.functions.col("value")
                        .cast(DataTypes.DoubleType));
        assertThatThrownBy(() -> SparkAggregation.toParents(wrong, carry(SplitShares.none()), INDICATORS))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("value (DOUBLE, expected DECIMAL(18,6))")
                .hasMessageContaining("qualifier (missing, expected STRING)");
    }

    @Test
    void observationsGoThereAndBackThroughSpark() {
        Dataset data = Dataset.of(List.of(share("C1", "10.25", "40"), clubs("C4", 3),
                Observation.builder("CLUBS", "C2", Y2024).sex(io.github.binhdang.core.data.Sex.FEMALE).value(2L)
                        .qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL).build()));
        assertThat(SparkObservations.fromSpark(SparkObservations.toSpark(spark, data))).isEqualTo(data);
    }

    @Test
    void theClusterJobOfTheReadmeReadsParquetAndWritesTheTotals(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // Two communes of Hà Nội in 2026 (00004 Ba Đình, 00008 Ngọc Hà): 1 of 4 and 2 of 6 women
        // leaders give 3 of 10 = 30.00 % for province 01, whose other wards are named missing.
        Dataset data = Dataset.of(List.of(
                Observation.builder("POL-01", "00004", YearPeriod.of(2026)).components(1, 4).build(),
                Observation.builder("POL-01", "00008", YearPeriod.of(2026)).components(2, 6).build(),
                Observation.builder("POL-01", "99999", YearPeriod.of(2026)).components(2, 6).build()));
        SparkObservations.toSpark(spark, data).write().parquet(dir.resolve("in").toString());
        ProvinceTotals.run(spark, dir.resolve("in").toString(), dir.resolve("out").toString());
        List<Row> totals = spark.read().parquet(dir.resolve("out/totals").toString()).collectAsList();
        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.<String>getAs("area")).isEqualTo("01");
            assertThat(t.<BigDecimal>getAs("value")).isEqualByComparingTo("30.00");
            assertThat(t.<Long>getAs("rows")).isEqualTo(2);
            assertThat(missing(t)).isNotEmpty().doesNotContain("00004", "00008");
        });
        assertThat(spark.read().parquet(dir.resolve("out/unknown-areas").toString()).collectAsList())
                .singleElement().satisfies(u -> assertThat(u.<String>getAs("area")).isEqualTo("99999"));
    }

    private static Observation clubs(String area, long value) {
        return Observation.builder("CLUBS", area, Y2024).value(value).build();
    }
}
