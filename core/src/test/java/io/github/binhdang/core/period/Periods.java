package io.github.binhdang.core.period;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for every kind of period. */
final class Periods {

    private Periods() {
    }

    static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(1900, 9999).edgeCases(c -> c.includeOnly(1900, 9999));
    }

    static Arbitrary<ReportingPeriod> any() {
        Arbitrary<ReportingPeriod> year = years().map(YearPeriod::of);
        Arbitrary<ReportingPeriod> half = Combinators.combine(years(), Arbitraries.integers().between(1, 2))
                .as(HalfYearPeriod::of);
        Arbitrary<ReportingPeriod> quarter = Combinators.combine(years(), Arbitraries.integers().between(1, 4))
                .as(QuarterPeriod::of);
        Arbitrary<ReportingPeriod> month = Combinators.combine(years(), Arbitraries.integers().between(1, 12))
                .as(MonthPeriod::of);
        Arbitrary<ReportingPeriod> span = Combinators.combine(
                        Arbitraries.integers().between(1900, 9998), Arbitraries.integers().between(1, 30))
                .as((first, extra) -> SpanPeriod.ofClosed(first, Math.min(9999, first + extra)));
        Arbitrary<ReportingPeriod> term = Combinators.combine(Arbitraries.of(TermBody.class),
                        Arbitraries.integers().between(1900, 9998), Arbitraries.integers().between(1, 6))
                .as((body, first, length) -> TermPeriod.of(body, first, Math.min(9999, first + length)));
        return Arbitraries.oneOf(year, half, quarter, month, span, term);
    }
}
