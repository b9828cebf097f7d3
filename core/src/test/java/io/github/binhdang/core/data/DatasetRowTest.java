package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Adding a {@link Dataset.Row} must give what building an {@link Observation} and adding it gives. */
class DatasetRowTest {

    private static final YearPeriod Y2017 = YearPeriod.of(2017);
    private static final String SON_LA_NFD = Normalizer.normalize("Sơn La", Normalizer.Form.NFD);

    /** One row's parts; numbers as decimals, optionally handed to the row as unscaled long and scale. */
    record Spec(String indicator, String area, ReportingPeriod period, Breakdown breakdown, @Nullable BigDecimal value,
            @Nullable BigDecimal numerator, @Nullable BigDecimal denominator, @Nullable Unit unit, Qualifier qualifier,
            ObservationStatus status, String source, String note, boolean asLongs) {
    }

    private static Spec spec(String indicator, String area, @Nullable BigDecimal value) {
        return new Spec(indicator, area, Y2017, Breakdown.TOTAL, value, null, null, null, Qualifier.EXACT,
                ObservationStatus.FINAL, "", "", false);
    }

    /** Each row's outcome: null when added, else the exception's class and message. */
    private static List<@Nullable String> viaObservations(List<Spec> specs, Dataset.Builder builder) {
        List<@Nullable String> outcomes = new ArrayList<>();
        for (Spec s : specs) {
            try {
                Observation.Builder b = Observation.builder(s.indicator(), s.area(), s.period()).breakdown(s.breakdown())
                        .qualifier(s.qualifier()).status(s.status()).source(s.source()).note(s.note());
                if (s.value() != null) {
                    b.value(s.value());
                }
                if (s.numerator() != null) {
                    b.numerator(s.numerator());
                }
                if (s.denominator() != null) {
                    b.denominator(s.denominator());
                }
                if (s.unit() != null) {
                    b.unit(s.unit());
                }
                builder.add(b.build());
                outcomes.add(null);
            } catch (RuntimeException e) {
                outcomes.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return outcomes;
    }

    private static List<@Nullable String> viaRow(List<Spec> specs, Dataset.Builder builder) {
        List<@Nullable String> outcomes = new ArrayList<>();
        Dataset.Row row = Dataset.row();
        for (Spec s : specs) {
            try {
                row.clear().key(s.indicator(), s.area(), s.period(), s.breakdown())
                        .qualifier(s.qualifier()).status(s.status()).source(s.source()).note(s.note());
                BigDecimal v = s.value();
                BigDecimal n = s.numerator();
                BigDecimal d = s.denominator();
                if (v != null) {
                    if (s.asLongs() && v.unscaledValue().bitLength() < 64) {
                        row.value(v.unscaledValue().longValue(), v.scale());
                    } else {
                        row.value(v);
                    }
                }
                if (n != null) {
                    if (s.asLongs() && n.unscaledValue().bitLength() < 64) {
                        row.numerator(n.unscaledValue().longValue(), n.scale());
                    } else {
                        row.numerator(n);
                    }
                }
                if (d != null) {
                    if (s.asLongs() && d.unscaledValue().bitLength() < 64) {
                        row.denominator(d.unscaledValue().longValue(), d.scale());
                    } else {
                        row.denominator(d);
                    }
                }
                if (s.unit() != null) {
                    row.unit(s.unit());
                }
                builder.add(row);
                outcomes.add(null);
            } catch (RuntimeException e) {
                outcomes.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return outcomes;
    }

    private static void assertSameResult(List<Spec> specs) {
        Dataset.Builder old = Dataset.builder();
        Dataset.Builder fast = Dataset.builder();
        assertThat(viaRow(specs, fast)).isEqualTo(viaObservations(specs, old));
        Dataset expected = old.build();
        Dataset actual = fast.build();
        assertThat(actual).isEqualTo(expected);
        assertThat(actual.indicators()).isEqualTo(expected.indicators());
        assertThat(actual.areas()).isEqualTo(expected.areas());
        assertThat(actual.periods()).isEqualTo(expected.periods());
        assertThat(actual.breakdowns()).isEqualTo(expected.breakdowns());
    }

    @Test
    void theBuildersRowIsTheBulkLoadDoor() {
        Dataset.Builder builder = Dataset.builder(2);
        builder.add(builder.row().key("W_ENT", "14", Y2017, Breakdown.FEMALE).value(1510, 2).numerator(384, 0)
                .denominator(2539, 0));
        builder.add(builder.row().key("W_ENT", "14", Y2017, Breakdown.MALE).value(new BigDecimal("84.9")));

        // 15.10 is 1510 with scale 2; the rows give what the observations built one by one give.
        assertThat(builder.build()).isEqualTo(Dataset.of(List.of(
                Observation.builder("W_ENT", "14", Y2017).breakdown(Breakdown.FEMALE).value(new BigDecimal("15.10"))
                        .components(384, 2539).build(),
                Observation.builder("W_ENT", "14", Y2017).breakdown(Breakdown.MALE).value(new BigDecimal("84.9"))
                        .build())));
        assertThat(builder.row()).isNotSameAs(builder.row());
    }

    @Test
    void keepsScalesAndBigNumbersExactly() {
        BigDecimal huge = new BigDecimal("123456789012345678901234.5");
        BigDecimal fine = new BigDecimal("1.000000000000000000000000000001"); // scale 30, above the columns' 29
        Dataset d = Dataset.builder()
                .add(Dataset.row().key("A", "14", Y2017, Breakdown.TOTAL).value(1510, 2))
                .add(Dataset.row().key("B", "14", Y2017, Breakdown.TOTAL).value(huge).numerator(384, 0)
                        .denominator(2539, 0))
                .add(Dataset.row().key("C", "14", Y2017, Breakdown.TOTAL).value(fine))
                .add(Dataset.row().key("D", "14", Y2017, Breakdown.TOTAL).value(12, -3))
                .add(Dataset.row().key("E", "14", Y2017, Breakdown.TOTAL).value(Long.MIN_VALUE, 0))
                .build();
        assertThat(d.get(0).value()).contains(new BigDecimal("15.10"));
        assertThat(d.get(0).value().orElseThrow().scale()).isEqualTo(2);
        assertThat(d.get(1).value()).contains(huge);
        assertThat(d.get(1).numerator()).contains(new BigDecimal("384"));
        assertThat(d.get(1).denominator()).contains(new BigDecimal("2539"));
        assertThat(d.get(2).value()).contains(fine);
        assertThat(d.get(3).value()).contains(new BigDecimal("1.2E+4"));
        assertThat(d.get(4).value()).contains(new BigDecimal("-9223372036854775808"));
    }

    @Test
    void givesTheSameResultOnTrickyRows() {
        Spec base = spec("W_ENT", "14", new BigDecimal("15.10"));
        List<Spec> specs = List.of(
                base,
                // the same key again, with spaces and the area in another instance
                new Spec(" W_ENT ", new String("14".toCharArray()), Y2017, Breakdown.TOTAL, BigDecimal.ONE, null, null,
                        null, Qualifier.EXACT, ObservationStatus.FINAL, "", "", true),
                spec("W_ENT", "  ", BigDecimal.ONE),
                spec("", "14", BigDecimal.ONE),
                spec("NEW_IND", " ", BigDecimal.ONE),
                spec("NO_VALUE", "14", null),
                new Spec("W_ENT", SON_LA_NFD, QuarterPeriod.of(2022, 3), Breakdown.FEMALE, null,
                        new BigDecimal("99999999999999999999"), new BigDecimal("0.5"), Unit.PERCENT, Qualifier.NEARLY,
                        ObservationStatus.PROVISIONAL, Normalizer.normalize("  Báo cáo số 12 ", Normalizer.Form.NFD),
                        "   ", true),
                new Spec("W_ENT", "Sơn La", QuarterPeriod.of(2022, 3), Breakdown.FEMALE, BigDecimal.TEN, null, null,
                        null, Qualifier.EXACT, ObservationStatus.FINAL, "", "", false),
                new Spec("W_ENT", "Sơn La", QuarterPeriod.of(2022, 3), Breakdown.MALE, new BigDecimal("-0.000"), null,
                        null, Unit.PERCENT, Qualifier.MORE_THAN, ObservationStatus.ESTIMATED, "", "ghi chú", true));
        assertSameResult(specs);
        Dataset.Builder b = Dataset.builder();
        List<@Nullable String> outcomes = viaRow(specs, b);
        assertThat(outcomes.get(1)).isEqualTo("InvalidValueException: Dataset.observation: W_ENT/14/2017/_T"
                + " duplicates the key of observation 0; a dataset holds one value per key");
        assertThat(outcomes.get(2)).isEqualTo("InvalidValueException: Observation.area: '  ' must not be blank");
        assertThat(outcomes.get(5)).isEqualTo("InvalidValueException: Observation.value: null is missing:"
                + " an observation needs a value or its numerator and denominator");
        assertThat(outcomes.get(7)).startsWith("InvalidValueException: Dataset.observation: W_ENT/Sơn La/2022-Q3/");
        // A row refused for its blank area leaves no trace of its new indicator.
        assertThat(b.build().indicators()).containsExactly("W_ENT");
        assertThat(b.build().get(1).source()).contains("Báo cáo số 12");
        assertThat(b.build().get(1).note()).isEmpty();
    }

    @Test
    void findsEveryRepeatInATidyFileAfterTheTableGrew() {
        // 20 areas x 10 years x 2 indicators x 3 sexes = 1,200 rows, breakdowns innermost as a tidy file lists
        // them, into a builder made for 16: the key index and its filter grow several times on the way.
        Breakdown[] sexes = {Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE};
        Dataset.Builder b = Dataset.builder(16);
        for (int area = 0; area < 20; area++) {
            for (int year = 2015; year < 2025; year++) {
                for (String indicator : new String[] {"W_ENT", "DV_MODELS"}) {
                    for (Breakdown sex : sexes) {
                        b.add(b.row().key(indicator, "A" + area, YearPeriod.of(year), sex).value(year, 0));
                    }
                }
            }
        }
        assertThat(b.size()).isEqualTo(1200);
        // Row 0 is A0/2015/W_ENT/_T; row 1,199 is A19/2024/DV_MODELS/M; row 7 is A0/2016/W_ENT/F (6 rows a year).
        assertThatThrownBy(() -> b.add(b.row().key("W_ENT", "A0", YearPeriod.of(2015), Breakdown.TOTAL).value(1, 0)))
                .hasMessage("Dataset.observation: W_ENT/A0/2015/_T duplicates the key of observation 0;"
                        + " a dataset holds one value per key");
        assertThatThrownBy(() -> b.add(b.row().key("DV_MODELS", "A19", YearPeriod.of(2024), Breakdown.MALE).value(1, 0)))
                .hasMessageContaining("duplicates the key of observation 1199;");
        assertThatThrownBy(() -> b.add(b.row().key("W_ENT", "A0", YearPeriod.of(2016), Breakdown.FEMALE).value(1, 0)))
                .hasMessageContaining("duplicates the key of observation 7;");
        b.add(b.row().key("W_ENT", "A20", YearPeriod.of(2015), Breakdown.TOTAL).value(1, 0));
        assertThat(b.build().size()).isEqualTo(1201);
    }

    @Test
    void refusesARowWithoutAKeyOrANumber() {
        Dataset.Builder b = Dataset.builder();
        assertThatThrownBy(() -> b.add(Dataset.row().value(1, 0)))
                .isInstanceOf(NullPointerException.class).hasMessage("indicator");
        assertThatThrownBy(() -> b.add(Dataset.row().key("A", "14", Y2017, Breakdown.TOTAL)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Observation.value");
                    assertThat(e.getMessage()).isEqualTo("Observation.value: null is missing: an observation"
                            + " needs a value or its numerator and denominator");
                });
        assertThatThrownBy(() -> Dataset.row().source(null)).isInstanceOf(NullPointerException.class);
        assertThat(b.size()).isZero();
    }

    @Property(tries = 200)
    void givesTheSameDatasetAndProblemsAsObservations(@ForAll("rows") List<Spec> specs) {
        assertSameResult(specs);
    }

    @Provide
    Arbitrary<List<Spec>> rows() {
        Arbitrary<String> indicators = Arbitraries.of("A", "B", " A", "", "Ñ", Normalizer.normalize("Ñ", Normalizer.Form.NFD));
        Arbitrary<String> areas = Arbitraries.of("14", "1", "14 ", "  ", SON_LA_NFD, "Sơn La");
        Arbitrary<ReportingPeriod> periods = Arbitraries.of(Y2017, YearPeriod.of(2018), QuarterPeriod.of(2018, 1));
        Arbitrary<Breakdown> breakdowns = Arbitraries.of(Breakdown.TOTAL, Breakdown.FEMALE, Breakdown.MALE);
        Arbitrary<@Nullable BigDecimal> numbers = Arbitraries.oneOf(
                Arbitraries.just(null),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(22).negate(), BigInteger.TEN.pow(22))
                        .flatMap(u -> Arbitraries.integers().between(-2, 31).map(sc -> new BigDecimal(u, sc))),
                Arbitraries.longs().flatMap(u -> Arbitraries.integers().between(0, 4).map(sc -> BigDecimal.valueOf(u, sc))));
        Arbitrary<@Nullable Unit> units = Arbitraries.of(Unit.PERCENT).injectNull(0.7);
        Arbitrary<String> texts = Arbitraries.of("", " ", "Niên giám", Normalizer.normalize("Niên giám ", Normalizer.Form.NFD));
        Arbitrary<Spec> spec = Combinators.combine(
                Combinators.combine(indicators, areas, periods, breakdowns).as(List::<Object>of),
                Combinators.combine(numbers, numbers, numbers).as((v, n, d) -> new @Nullable BigDecimal[] {v, n, d}),
                Combinators.combine(units, Arbitraries.of(Qualifier.class), Arbitraries.of(ObservationStatus.class))
                        .as((u, q, st) -> new @Nullable Object[] {u, q, st}),
                texts, texts, Arbitraries.of(true, false))
                .as((key, nums, meta, source, note, asLongs) -> new Spec((String) key.get(0), (String) key.get(1),
                        (ReportingPeriod) key.get(2), (Breakdown) key.get(3), nums[0], nums[1], nums[2],
                        (Unit) meta[0], (Qualifier) meta[1], (ObservationStatus) meta[2], source, note, asLongs));
        return spec.list().ofMaxSize(40);
    }
}
