package io.github.binhdang.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.indicators.VietNamAreas;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Spark's totals equal the core's, group by group, on generated data (fixed seed): every commune of
 * Viet Nam's catalogue in 2023 and 2024 (the 10,035 before the reform) and in 2025 and 2026 (the 3,321
 * after), four indicators, twelve breakdowns, 1.24 million rows, some rows and some whole communes
 * left out; all carried onto the 34 provinces of 2026. And the 63 provinces of 2023–2024 with the 34 of
 * 2025–2026, carried onto the 34.
 */
class SparkCoreEqualityTest {

    private static final LocalDate ONTO = LocalDate.of(2026, 1, 1);
    private static final List<YearPeriod> YEARS = List.of(YearPeriod.of(2023), YearPeriod.of(2024),
            YearPeriod.of(2025), YearPeriod.of(2026));
    static final List<Indicator> INDICATORS = List.of(
            Indicator.builder("P2", BilingualText.of("Tỷ lệ", "Share"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                    .decimals(2).build(),
            Indicator.builder("P1", BilingualText.of("Tỷ lệ", "Share"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                    .decimals(1).build(),
            Indicator.builder("CNT", BilingualText.of("Số", "Count"), MeasureKind.COUNT, Unit.COUNT).build(),
            Indicator.builder("AMT", BilingualText.of("Tiền", "Money"), MeasureKind.AMOUNT, Unit.MILLION_VND)
                    .decimals(2).build());
    private static final List<Breakdown> BREAKDOWNS = breakdowns();

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = Sessions.start("SparkCoreEqualityTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static List<Breakdown> breakdowns() {
        List<Breakdown> list = new ArrayList<>();
        for (Breakdown sex : List.of(Breakdown.TOTAL, Breakdown.of(Sex.FEMALE), Breakdown.of(Sex.MALE))) {
            list.add(sex);
            for (String age : List.of("15-24", "25-54", "55+")) {
                list.add(sex.with(BreakdownDimension.AGE_GROUP, age));
            }
        }
        return list;
    }

    /**
     * Generated figures: the same rows as a core dataset, made on the driver, and as a Spark table, made
     * on the executors, each cell (area, year) from its own seed, so that no row crosses from one to the
     * other.
     */
    record Generated(Dataset dataset, org.apache.spark.sql.Dataset<Row> table, int size) {
    }

    static Generated generate(AreaHierarchy h, AreaLevel level, long seed) {
        List<String> areas = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (YearPeriod year : YEARS) {
            for (Area a : h.areas()) {
                if (a.level() == level && a.isValidOn(year.end())) {
                    areas.add(a.code());
                    years.add(year.toString());
                }
            }
        }
        String[] area = areas.toArray(new String[0]);
        String[] year = years.toArray(new String[0]);
        Dataset.Builder core = Dataset.builder();
        int size = 0;
        for (int i = 0; i < area.length; i++) {
            for (Row r : cell(seed, i, area[i], year[i])) {
                Dataset.Row d = core.row().key(r.getString(0), r.getString(1), ReportingPeriod.parse(r.getString(2)),
                        SparkObservations.breakdownOf(r, 5)).status(ObservationStatus.of(r.getString(13)))
                        .qualifier(Qualifier.of(r.getString(14)));
                if (!r.isNullAt(9)) {
                    d.value(SparkObservations.plain(r.getDecimal(9)));
                } else {
                    d.numerator(SparkObservations.plain(r.getDecimal(10)))
                            .denominator(SparkObservations.plain(r.getDecimal(11)));
                }
                core.add(d);
                size++;
            }
        }
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < area.length; i++) {
            cells.add(i);
        }
        org.apache.spark.api.java.JavaRDD<Row> rows = new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())
                .parallelize(cells, 4)
                .flatMap((org.apache.spark.api.java.function.FlatMapFunction<Integer, Row>) i ->
                        cell(seed, i, area[i], year[i]).iterator());
        return new Generated(core.build(), spark.createDataFrame(rows, SparkObservations.SCHEMA), size);
    }

    /**
     * The rows of one cell: four indicators × twelve breakdowns, one in a hundred left out; one cell in
     * fifty has no rows at all. Percentages have 2 decimals, counts none, amounts 2.
     */
    static List<Row> cell(long seed, int index, String area, String yearText) {
        Random rnd = new Random(seed * 1_000_003L + index);
        List<Row> rows = new ArrayList<>();
        if (rnd.nextInt(100) < 2) {
            return rows;
        }
        YearPeriod year = (YearPeriod) ReportingPeriod.parse(yearText);
        for (Indicator ind : INDICATORS) {
            for (Breakdown b : BREAKDOWNS) {
                if (rnd.nextInt(100) < 1) {
                    continue;
                }
                int q = rnd.nextInt(100);
                Qualifier qualifier = q < 2 ? Qualifier.NEARLY : q < 3 ? Qualifier.ABOUT : Qualifier.EXACT;
                ObservationStatus status = rnd.nextInt(100) < 3 ? ObservationStatus.PROVISIONAL : ObservationStatus.FINAL;
                BigDecimal value = null;
                BigDecimal numerator = null;
                BigDecimal denominator = null;
                if (ind.measureKind() == MeasureKind.PERCENTAGE) {
                    long den = 100 + rnd.nextInt(500_000);
                    numerator = BigDecimal.valueOf(rnd.nextInt((int) den + 1), 2);
                    denominator = BigDecimal.valueOf(den, 2);
                } else if (ind.measureKind() == MeasureKind.COUNT) {
                    value = BigDecimal.valueOf(rnd.nextInt(1000));
                } else {
                    value = BigDecimal.valueOf(rnd.nextInt(10_000_000), 2);
                }
                Map<String, String> c = b.categories();
                rows.add(RowFactory.create(ind.code(), area, yearText, Date.valueOf(year.start()),
                        Date.valueOf(year.end()), c.get("SEX"), c.get("AGE_GROUP"), null, null,
                        scaled(value), scaled(numerator), scaled(denominator), null, status.name(), qualifier.name()));
            }
        }
        return rows;
    }

    private static @org.jspecify.annotations.Nullable BigDecimal scaled(@org.jspecify.annotations.Nullable BigDecimal n) {
        return n == null ? null : n.setScale(SparkObservations.SCALE);
    }

    private static String key(String indicator, String area, String period, Breakdown b) {
        return indicator + "|" + area + "|" + period + "|" + b;
    }

    private static String key(Row r) {
        return key(r.getString(0), r.getString(1), r.getString(2), SparkObservations.breakdownOf(r, 11));
    }

    /** Checks Spark's totals against the core's, group by group, and the rows of each against a count. */
    private static void assertEqual(Map<String, Row> spark, AggregationResult core, Map<String, Long> rows) {
        assertThat(core.refused()).isEmpty();
        assertThat(spark).hasSize(core.dataset().size());
        Map<String, List<String>> missing = new HashMap<>();
        for (AggregationResult.Partial p : core.partials()) {
            missing.put(key(p.key().indicator(), p.key().area(), p.key().period().toString(), p.key().breakdown()),
                    p.missing());
        }
        for (Observation o : core.dataset()) {
            String k = key(o.indicator(), o.area(), o.period().toString(), o.breakdown());
            Row t = spark.get(k);
            assertThat(t).as(k).isNotNull();
            BigDecimal value = t.getAs("value");
            assertThat(value).as(k).isEqualTo(o.value().orElseThrow().setScale(SparkObservations.SCALE));
            Indicator ind = INDICATORS.stream().filter(i -> i.code().equals(o.indicator())).findFirst().orElseThrow();
            assertThat(t.<Integer>getAs("decimals")).isEqualTo(ind.decimals());
            if (o.numerator().isPresent()) {
                assertThat(t.<BigDecimal>getAs("numerator")).as(k).isEqualByComparingTo(o.numerator().get());
                assertThat(t.<BigDecimal>getAs("denominator")).as(k).isEqualByComparingTo(o.denominator().get());
            } else {
                assertThat(t.<BigDecimal>getAs("numerator")).as(k).isNull();
            }
            assertThat(t.<Long>getAs("rows")).as(k).isEqualTo(rows.get(k));
            assertThat(new TreeSet<>(t.<String>getList(t.fieldIndex("missing_children")))).as(k)
                    .isEqualTo(new TreeSet<>(missing.getOrDefault(k, List.of())));
            assertThat(t.<String>getAs("qualifier")).as(k).isEqualTo(o.qualifier().name());
            assertThat(t.<String>getAs("status")).as(k).isEqualTo(o.status().name());
        }
    }

    /** The rows each total should hold, counted from the generated rows with the rollup's parents. */
    private static Map<String, Long> rowsPerTotal(Dataset data, AreaRollup rollup) {
        Map<String, Long> counts = new HashMap<>();
        for (Observation o : data) {
            rollup.parentOf(o.area(), o.period()).ifPresent(parent -> counts.merge(
                    key(o.indicator(), parent, o.period().toString(), o.breakdown()), 1L, Long::sum));
        }
        return counts;
    }

    private static Map<String, Row> byKey(List<Row> totals) {
        Map<String, Row> map = new HashMap<>();
        for (Row r : totals) {
            map.put(key(r.getString(0), r.getString(1), r.getString(2), SparkObservations.breakdownOf(r, 5)), r);
        }
        return map;
    }

    @Test
    void communesAcrossTheReformOntoThe34ProvincesThroughUdafAndGroupByKey() {
        AreaHierarchy h = VietNamAreas.hierarchy();
        Generated g = generate(h, AreaLevel.COMMUNE, 20250701L);
        assertThat(g.size()).isGreaterThan(1_000_000);
        AreaRollup rollup = AreaRollup.onto(h, AreaLevel.COMMUNE, AreaLevel.PROVINCE, ONTO);
        AggregationResult core = Aggregation.toParents(g.dataset(), INDICATORS, rollup);
        assertThat(core.partials()).isNotEmpty();
        List<ReportingPeriod> periods = new ArrayList<>(YEARS);
        AreaTable areas = AreaTable.of(rollup, h, AreaLevel.COMMUNE, periods);
        org.apache.spark.sql.Dataset<Row> observations = g.table().cache();
        Map<String, Long> rows = rowsPerTotal(g.dataset(), rollup);

        SparkAggregation.Result r = SparkAggregation.toParents(observations, areas, INDICATORS);
        assertEqual(byKey(r.totals().collectAsList()), core, rows);
        assertThat(r.unknownAreas().count()).isZero();

        BinhdangAggregator agg = new BinhdangAggregator(INDICATORS, areas);
        List<Tuple2<String, Row>> keyed = SparkAggregation.contributions(observations, areas)
                .groupByKey((MapFunction<Row, String>) SparkCoreEqualityTest::key, Encoders.STRING())
                .agg(agg.toColumn()).collectAsList();
        Map<String, Row> byGroupByKey = new HashMap<>();
        for (Tuple2<String, Row> t : keyed) {
            byGroupByKey.put(t._1(), t._2());
        }
        assertEqual(byGroupByKey, core, rows);
        observations.unpersist();
    }

    @Test
    void provincesAcrossTheReformOntoThe34() {
        AreaHierarchy h = VietNamAreas.HIERARCHY;
        Generated g = generate(h, AreaLevel.PROVINCE, 1945L);
        AreaRollup rollup = AreaRollup.onto(h, AreaLevel.PROVINCE, AreaLevel.PROVINCE, ONTO);
        AggregationResult core = Aggregation.toParents(g.dataset(), INDICATORS, rollup);
        AreaTable areas = AreaTable.of(rollup, h, AreaLevel.PROVINCE, new ArrayList<>(YEARS));
        SparkAggregation.Result r = SparkAggregation.toParents(
                g.table(), areas, INDICATORS);
        assertEqual(byKey(r.totals().collectAsList()), core, rowsPerTotal(g.dataset(), rollup));
    }
}
