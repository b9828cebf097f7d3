package io.github.binhdang.serialization.json;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.MonthPeriod;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik generators of observations and datasets, shared by the JSON and CSV properties. */
@SuppressWarnings("exports") // jqwik is read from the unnamed module in tests
public final class Generated {

    private Generated() {
    }

    public static Arbitrary<ReportingPeriod> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1900, 9990);
        return Arbitraries.oneOf(
                years.map(YearPeriod::of),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(HalfYearPeriod::of),
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(QuarterPeriod::of),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(MonthPeriod::of),
                Combinators.combine(years, Arbitraries.integers().between(1, 9))
                        .as((y, n) -> SpanPeriod.ofClosed(y, y + n)),
                Combinators.combine(Arbitraries.of(TermBody.class), years, Arbitraries.integers().between(1, 9))
                        .as((body, y, n) -> TermPeriod.of(body, y, y + n)));
    }

    public static Arbitrary<Breakdown> breakdowns() {
        Arbitrary<Optional<Sex>> sex = Arbitraries.of(Sex.class).optional();
        Arbitrary<Optional<String>> age = Arbitraries.of("15-24", "25-54", "65+", "0-4").optional();
        Arbitrary<Optional<String>> residence = Arbitraries.of("URBAN", "RURAL").optional();
        Arbitrary<Optional<String>> level = Arbitraries.of("PROVINCE", "DISTRICT", "COMMUNE", "Xã").optional();
        return Combinators.combine(sex, age, residence, level).as((s, a, r, l) -> {
            Breakdown b = Breakdown.TOTAL;
            if (s.isPresent()) {
                b = b.with(s.get());
            }
            if (a.isPresent()) {
                b = b.with(BreakdownDimension.AGE_GROUP, a.get());
            }
            if (r.isPresent()) {
                b = b.with(BreakdownDimension.RESIDENCE, r.get());
            }
            if (l.isPresent()) {
                b = b.with(Fixtures.COUNCIL_LEVEL, l.get());
            }
            return b;
        });
    }

    /** Decimals of scale 0 to 8, small and large, of either sign; some with many digits (up to 60, scale up to 30). */
    public static Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(25)));
        Arbitrary<BigDecimal> manyDigits = Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(60).negate(), BigInteger.TEN.pow(60)),
                Arbitraries.integers().between(0, 30)).as(BigDecimal::new);
        return Arbitraries.frequencyOf(
                Tuple.of(9, Combinators.combine(unscaled, Arbitraries.integers().between(0, 8)).as(BigDecimal::new)),
                Tuple.of(1, manyDigits));
    }

    /** Free text for sources and notes: Vietnamese, separators, quotes and line breaks. */
    public static Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.of("Báo cáo số 12/BC-UBND", "gần 400 người", "a, b; c", "\"quoted\" text",
                        "two\nlines", "Sơn La", "Tổng cục Thống kê (GSO)", "=1+1", "#not a comment"),
                Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyÁàảãạ ,;\"'\n0123456789")
                        .ofMinLength(1).ofMaxLength(40))
                // The same Vietnamese text typed on a keyboard that sends decomposed characters (NFD).
                .flatMap(t -> Arbitraries.of(t, Normalizer.normalize(t, Normalizer.Form.NFD)));
    }

    public static Arbitrary<Observation> observations() {
        Arbitrary<String> indicators = Arbitraries.of("W_ENT", "W_HDND", "0503", "Tỷ lệ nữ", "A.1-b");
        Arbitrary<String> areas = Arbitraries.of("14", "01", "VN", "Sơn La", "088", "SL-MOC_CHAU", "Xã Tân Lập");
        Arbitrary<Optional<BigDecimal>> numbers = decimals().optional(0.7);
        Arbitrary<Optional<Unit>> units = Arbitraries.of(Unit.PERCENT, Unit.PERSONS, Unit.COUNT, Unit.MILLION_VND,
                Unit.PER_100000, Unit.PERCENTAGE_POINT, Fixtures.CLASSES).optional();
        Arbitrary<Optional<String>> texts = texts().optional();
        Arbitrary<Observation.Builder> keys = Combinators.combine(indicators, areas, periods(), breakdowns())
                .as((i, a, p, b) -> Observation.builder(i, a, p).breakdown(b));
        return Combinators.combine(keys, numbers, numbers, numbers, units, Arbitraries.of(Qualifier.class),
                Arbitraries.of(ObservationStatus.class), Combinators.combine(texts, texts).as(List::of))
                .as((b, value, numerator, denominator, unit, qualifier, status, sourceAndNote) -> {
                    if (value.isEmpty() && numerator.isEmpty() && denominator.isEmpty()) {
                        b.value(BigDecimal.ZERO);
                    }
                    value.ifPresent(b::value);
                    numerator.ifPresent(b::numerator);
                    denominator.ifPresent(b::denominator);
                    unit.ifPresent(b::unit);
                    sourceAndNote.get(0).ifPresent(b::source);
                    sourceAndNote.get(1).ifPresent(b::note);
                    return b.qualifier(qualifier).status(status).build();
                });
    }

    /** Datasets of up to 40 observations, keeping the first of each key. */
    public static Arbitrary<Dataset> datasets() {
        return datasets(40);
    }

    /** Datasets of up to {@code maxSize} observations, keeping the first of each key. */
    public static Arbitrary<Dataset> datasets(int maxSize) {
        return observations().list().ofMaxSize(maxSize).map(list -> {
            Set<ObservationKey> keys = new HashSet<>();
            List<Observation> unique = new ArrayList<>();
            for (Observation o : list) {
                if (keys.add(o.key())) {
                    unique.add(o);
                }
            }
            return Dataset.of(unique);
        });
    }
}
