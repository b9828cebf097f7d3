package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Holds the columnar validation of a dataset to the findings of the object rules it replaced: for 1,000
 * random small datasets, {@link DatasetValidator#validate(Dataset, ValidationContext)} (columns first, an
 * observation only where a rule may report) gives exactly the findings, in the same order, of
 * {@link DatasetValidator#validateObservations} (every row an observation, every rule). The datasets draw
 * their keys from a few indicators of every measure kind and frequency, areas with parents, children, a
 * past validity and none, periods of every kind and breakdowns by sex, age and residence, so that the
 * rules that compare rows (sexes, children, the period before) find their neighbours; totals are made
 * equal to their parts half of the time. Numbers are small (so that sums agree or miss by little), at
 * scales 0 to 2, sometimes negative, zero or above 100, and sometimes beyond a long or at a scale the
 * columns cannot hold (kept in the side map); every qualifier and status, absent components and stated
 * units occur. The rule sets vary the change threshold, add plausible ranges, an application's rule and
 * one that throws.
 */
class ColumnarValidationTest {

    private static final Indicator SHARE = Indicator.builder("SHARE", BilingualText.of("Tỷ lệ", "Share"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(1).breakdowns(BreakdownDimension.SEX,
            BreakdownDimension.AGE_GROUP).build();
    private static final Indicator SHARE_HALF = Indicator.builder("SHARE_H", BilingualText.of("Tỷ lệ 6 tháng", "Half"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).decimals(0).frequency(Frequency.HALF_YEARLY)
            .breakdowns(BreakdownDimension.SEX).build();
    private static final Indicator RATIO = Indicator.builder("RATIO", BilingualText.of("Tỷ số", "Ratio"),
            MeasureKind.RATIO, Unit.PER_100).decimals(1).breakdowns(BreakdownDimension.SEX).build();
    private static final Indicator MEAN = Indicator.builder("MEAN", BilingualText.of("Bình quân", "Mean"),
            MeasureKind.MEAN, Unit.YEARS).decimals(2).frequency(Frequency.BIENNIAL)
            .breakdowns(BreakdownDimension.SEX).build();
    private static final Indicator TIMES = Indicator.builder("TIMES", BilingualText.of("Số lần", "Times"),
            MeasureKind.TIMES, Unit.TIMES).decimals(1).frequency(Frequency.QUARTERLY).build();
    private static final Indicator PERSONS = Indicator.builder("PERSONS", BilingualText.of("Số người", "Persons"),
            MeasureKind.COUNT, Unit.PERSONS).breakdowns(BreakdownDimension.SEX, BreakdownDimension.AGE_GROUP).build();
    private static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Số câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).frequency(Frequency.PER_TERM).build();
    private static final Indicator BUDGET = Indicator.builder("BUDGET", BilingualText.of("Kinh phí", "Budget"),
            MeasureKind.AMOUNT, Unit.MILLION_VND).decimals(1).breakdowns(BreakdownDimension.SEX).build();
    private static final Indicator RATE = Indicator.builder("RATE", BilingualText.of("Tỷ suất", "Rate"),
            MeasureKind.RATIO, Unit.PER_1000).decimals(2).frequency(Frequency.FIVE_YEARLY).build();
    private static final List<Indicator> INDICATORS = List.of(SHARE, SHARE_HALF, RATIO, MEAN, TIMES, PERSONS, CLUBS,
            BUDGET, RATE);
    /** Indicator codes of the data: the context's and one it does not know. */
    private static final List<String> CODES = List.of("SHARE", "SHARE_H", "RATIO", "MEAN", "TIMES", "PERSONS", "CLUBS",
            "BUDGET", "RATE", "GHOST");

    private static final AreaHierarchy AREAS = AreaHierarchy.builder().addAll(List.of(
            Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
            Area.of("P1", BilingualText.of("Tỉnh 1", "Province 1"), AreaLevel.PROVINCE).withParent("VN"),
            Area.of("P2", BilingualText.of("Tỉnh 2", "Province 2"), AreaLevel.PROVINCE).withParent("VN")
                    .withValidTo(LocalDate.of(2019, 12, 31)),
            Area.of("C1", BilingualText.of("Xã 1", "Commune 1"), AreaLevel.COMMUNE).withParent("P1"),
            Area.of("C2", BilingualText.of("Xã 2", "Commune 2"), AreaLevel.COMMUNE).withParent("P1"),
            Area.of("C3", BilingualText.of("Xã 3", "Commune 3"), AreaLevel.COMMUNE).withParent("P2")
                    .withValidTo(LocalDate.of(2019, 12, 31)))).build();
    private static final List<String> AREA_CODES = List.of("VN", "P1", "P2", "C1", "C2", "C3", "ZZ");

    private static final List<ReportingPeriod> PERIODS = List.of(YearPeriod.of(2016), YearPeriod.of(2018),
            YearPeriod.of(2019), YearPeriod.of(2020), YearPeriod.of(2021), HalfYearPeriod.of(2020, 1),
            HalfYearPeriod.of(2020, 2), HalfYearPeriod.of(2021, 1), QuarterPeriod.of(2020, 4), QuarterPeriod.of(2021, 1),
            TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2016), TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021),
            SpanPeriod.ofClosed(2011, 2015), SpanPeriod.ofClosed(2016, 2020), YearPeriod.of(2015), YearPeriod.of(2010));

    private static final List<Breakdown> BREAKDOWNS = List.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE,
            Breakdown.of(BreakdownDimension.AGE_GROUP, "15"), Breakdown.of(BreakdownDimension.AGE_GROUP, "15").with(Sex.FEMALE),
            Breakdown.of(BreakdownDimension.AGE_GROUP, "15").with(Sex.MALE), Breakdown.of(BreakdownDimension.RESIDENCE, "urban"),
            Breakdown.of(BreakdownDimension.RESIDENCE, "urban").with(Sex.FEMALE));

    private static final List<Unit> UNITS = List.of(Unit.PERCENT, Unit.PER_100, Unit.PER_1000, Unit.YEARS, Unit.TIMES,
            Unit.PERSONS, Unit.COUNT, Unit.MILLION_VND, Unit.PERCENTAGE_POINT, Unit.FRACTION);

    /** An application's rule, seen by the validator as any rule: it reports budgets of 7 or more. */
    private static final Rule APPLICATION_RULE = new Rule() {
        @Override
        public String code() {
            return "test.budget";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public BilingualText message() {
            return BilingualText.of("Ngân sách {value}", "Budget {value}");
        }

        @Override
        public void check(Observation o, RuleScope scope) {
            if (o.indicator().equals("BUDGET") && o.value().filter(v -> v.compareTo(BigDecimal.valueOf(7)) >= 0)
                    .isPresent()) {
                scope.report(scope.at("value"), o.value().get().toPlainString(), "is 7 or more", Map.of());
            }
        }
    };

    /** A rule that throws on the rows of one area, reported as rule.failed. */
    private static final Rule THROWING_RULE = new Rule() {
        @Override
        public String code() {
            return "test.throws";
        }

        @Override
        public Severity defaultSeverity() {
            return Severity.ERROR;
        }

        @Override
        public BilingualText message() {
            return BilingualText.of("Lỗi", "Failure");
        }

        @Override
        public void check(Observation o, RuleScope scope) {
            if (o.area().equals("C2")) {
                throw new IllegalStateException("C2 is not handled");
            }
        }
    };

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 1000)
    void theColumnsFindWhatTheObjectRulesFind(@ForAll("seeds") long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Dataset dataset = dataset(random);
        ValidationContext context = ValidationContext.of(INDICATORS, AREAS);
        if (random.nextInt(4) == 0) {
            context = context.withStrategy(StandardRuleTest.strategy2011to2020());
        }
        if (random.nextInt(3) == 0) {
            // status.provisional: a day around the periods' deadlines (14 December of the year after)
            context = context.withAsOf(LocalDate.of(2015 + random.nextInt(14), 1 + random.nextInt(12), 14 + random.nextInt(2)));
        }
        DatasetValidator validator = DatasetValidator.of(rules(random));
        List<Finding> expected = validator.validateObservations(dataset, context).findings();
        List<Finding> actual = validator.validate(dataset, context).findings();
        assertThat(actual).as("seed %d, %d observations", seed, dataset.size()).containsExactlyElementsOf(expected);
    }

    private static RuleSet rules(SplittableRandom random) {
        RuleSet rules = RuleSet.defaults();
        switch (random.nextInt(6)) {
            case 0 -> rules = rules.withThreshold("change.jump", new BigDecimal("10"));
            case 1 -> rules = rules.withThreshold("change.jump", new BigDecimal("33.35"));
            case 2 -> rules = rules.withThreshold("change.jump", BigDecimal.ZERO);
            case 3 -> rules = rules.withThreshold("change.jump", new BigDecimal("1E+30"));
            default -> {
                // the default threshold, 50
            }
        }
        if (random.nextBoolean()) {
            rules = rules.withPlausibleRange("RATIO", new BigDecimal("1"), new BigDecimal("9.5"))
                    .withPlausibleRange("SHARE", new BigDecimal("2"), new BigDecimal("8"));
        }
        if (random.nextInt(3) == 0) {
            rules = rules.with(APPLICATION_RULE);
        }
        if (random.nextInt(4) == 0) {
            rules = rules.with(THROWING_RULE);
        }
        if (random.nextInt(5) == 0) {
            rules = rules.withSeverity("change.jump", Severity.ERROR).without("value.approximate");
        }
        return rules;
    }

    /** The numbers of one row: value, numerator, denominator, each null when absent. */
    private static final class Numbers {
        BigDecimal value;
        BigDecimal numerator;
        BigDecimal denominator;
    }

    private static Dataset dataset(SplittableRandom random) {
        // A few of each part, so that keys meet their neighbours.
        List<String> codes = pick(random, CODES, 1 + random.nextInt(3));
        List<String> areas = pick(random, AREA_CODES, 2 + random.nextInt(4));
        List<ReportingPeriod> periods = pick(random, PERIODS, 1 + random.nextInt(4));
        List<Breakdown> breakdowns = pick(random, BREAKDOWNS, 1 + random.nextInt(5));
        double density = 0.4 + 0.6 * random.nextDouble();
        Map<ObservationKey, Numbers> rows = new LinkedHashMap<>();
        for (String code : codes) {
            for (String area : areas) {
                for (ReportingPeriod period : periods) {
                    for (Breakdown breakdown : breakdowns) {
                        if (random.nextDouble() < density) {
                            rows.put(new ObservationKey(code, area, period, breakdown), numbers(random));
                        }
                    }
                }
            }
        }
        makeTotalsAddUp(random, rows);
        List<ObservationKey> keys = new ArrayList<>(rows.keySet());
        // Not in key order: the columns must not rely on it.
        for (int i = keys.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            ObservationKey k = keys.get(i);
            keys.set(i, keys.get(j));
            keys.set(j, k);
        }
        Dataset.Builder builder = Dataset.builder();
        for (ObservationKey key : keys) {
            Numbers n = rows.get(key);
            Observation.Builder o = Observation.builder(key.indicator(), key.area(), key.period())
                    .breakdown(key.breakdown());
            if (n.value != null) {
                o.value(n.value);
            }
            if (n.numerator != null) {
                o.numerator(n.numerator);
            }
            if (n.denominator != null) {
                o.denominator(n.denominator);
            }
            if (n.value == null && n.numerator == null && n.denominator == null) {
                o.value(number(random));
            }
            int q = random.nextInt(10);
            if (q >= 7) {
                o.qualifier(Qualifier.values()[1 + random.nextInt(Qualifier.values().length - 1)]);
            }
            o.status(ObservationStatus.values()[random.nextInt(ObservationStatus.values().length)]);
            if (random.nextInt(8) == 0) {
                o.unit(UNITS.get(random.nextInt(UNITS.size())));
            }
            builder.add(o.build());
        }
        return builder.build();
    }

    /** Half of the time, makes the totals by sex and the parents' figures the sums of their parts. */
    private static void makeTotalsAddUp(SplittableRandom random, Map<ObservationKey, Numbers> rows) {
        for (Map.Entry<ObservationKey, Numbers> e : rows.entrySet()) {
            ObservationKey k = e.getKey();
            if (random.nextBoolean() && k.breakdown().category(BreakdownDimension.SEX).isEmpty()) {
                Numbers f = rows.get(new ObservationKey(k.indicator(), k.area(), k.period(), k.breakdown().with(Sex.FEMALE)));
                Numbers m = rows.get(new ObservationKey(k.indicator(), k.area(), k.period(), k.breakdown().with(Sex.MALE)));
                if (f != null && m != null) {
                    addUp(e.getValue(), List.of(f, m));
                }
            }
            if (random.nextBoolean() && (k.area().equals("P1") || k.area().equals("P2"))) {
                List<Numbers> parts = new ArrayList<>();
                for (String child : k.area().equals("P1") ? List.of("C1", "C2") : List.of("C3")) {
                    Numbers c = rows.get(new ObservationKey(k.indicator(), child, k.period(), k.breakdown()));
                    if (c != null) {
                        parts.add(c);
                    }
                }
                addUp(e.getValue(), parts);
            }
        }
    }

    private static void addUp(Numbers total, List<Numbers> parts) {
        if (parts.isEmpty()) {
            return;
        }
        total.value = sum(parts, 0);
        total.numerator = sum(parts, 1);
        total.denominator = sum(parts, 2);
        if (total.value == null && total.numerator == null && total.denominator == null) {
            total.value = BigDecimal.ONE;
        }
    }

    private static BigDecimal sum(List<Numbers> parts, int field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Numbers p : parts) {
            BigDecimal n = field == 0 ? p.value : field == 1 ? p.numerator : p.denominator;
            if (n == null) {
                return null;
            }
            sum = sum.add(n);
        }
        return sum;
    }

    private static Numbers numbers(SplittableRandom random) {
        Numbers n = new Numbers();
        switch (random.nextInt(4)) {
            case 0 -> n.value = number(random);
            case 1 -> {
                n.numerator = number(random);
                n.denominator = number(random);
            }
            case 2 -> {
                n.value = number(random);
                n.numerator = number(random);
                n.denominator = number(random);
            }
            default -> {
                if (random.nextBoolean()) {
                    n.numerator = number(random);
                } else {
                    n.denominator = number(random);
                }
                if (random.nextBoolean()) {
                    n.value = number(random);
                }
            }
        }
        return n;
    }

    /** A small number, now and then negative, zero, above 100, or one that the columns keep aside. */
    private static BigDecimal number(SplittableRandom random) {
        int kind = random.nextInt(40);
        if (kind == 0) {
            return new BigDecimal(BigInteger.TEN.pow(20).add(BigInteger.valueOf(random.nextInt(5))));
        }
        if (kind == 1) {
            return new BigDecimal(BigInteger.valueOf(random.nextInt(9) + 1), -2); // 3E+2: a negative scale
        }
        if (kind == 2) {
            return BigDecimal.valueOf(random.nextInt(3), 31); // a scale above 29
        }
        if (kind == 3) {
            return BigDecimal.valueOf(100 + random.nextInt(50));
        }
        if (kind == 4) {
            return BigDecimal.valueOf(Long.MAX_VALUE - random.nextInt(3), random.nextInt(3));
        }
        long unscaled = random.nextInt(13) - (random.nextInt(8) == 0 ? 6 : 0);
        int scale = random.nextInt(5) == 0 ? 2 : random.nextInt(4) == 0 ? 1 : 0;
        return BigDecimal.valueOf(unscaled * (scale == 0 ? 1 : scale == 1 ? 10 : 100) / (random.nextBoolean() ? 1 : 3),
                scale);
    }

    private static <T> List<T> pick(SplittableRandom random, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }
}
