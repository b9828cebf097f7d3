package io.github.binhdang.serialization.json;

import static io.github.binhdang.serialization.json.Fixtures.dec;
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
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.DateRange;
import io.github.binhdang.core.period.HalfYearPeriod;
import io.github.binhdang.core.period.MonthPeriod;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.QuarterPeriod;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.LegalBasis;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Write, read, equal: for every type the module handles. */
class RoundTripTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    static Stream<Arguments> values() {
        Strategy national = Fixtures.nationalStrategy();
        return Stream.of(
                Arguments.of(BilingualText.class, BilingualText.of("Sơn La", "Son La")),
                Arguments.of(ReportingPeriod.class, YearPeriod.of(2022)),
                Arguments.of(ReportingPeriod.class, HalfYearPeriod.of(2022, 1)),
                Arguments.of(ReportingPeriod.class, QuarterPeriod.of(2022, 3)),
                Arguments.of(ReportingPeriod.class, MonthPeriod.of(2022, 9)),
                Arguments.of(ReportingPeriod.class, SpanPeriod.ofClosed(2021, 2025)),
                Arguments.of(ReportingPeriod.class, TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021)),
                Arguments.of(ReportingPeriod.class, TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2026)),
                Arguments.of(ReportingPeriod.class, TermPeriod.of(TermBody.PARTY_COMMITTEE, 2020, 2025)),
                Arguments.of(YearPeriod.class, YearPeriod.of(1945)),
                Arguments.of(HalfYearPeriod.class, HalfYearPeriod.of(2022, 2)),
                Arguments.of(QuarterPeriod.class, QuarterPeriod.of(2022, 4)),
                Arguments.of(MonthPeriod.class, MonthPeriod.of(2022, 12)),
                Arguments.of(SpanPeriod.class, SpanPeriod.ofClosed(2026, 2030)),
                Arguments.of(TermPeriod.class, TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026)),
                Arguments.of(DateRange.class, new DateRange(LocalDate.of(2021, 12, 15), LocalDate.of(2022, 12, 14))),
                Arguments.of(PeriodKind.class, PeriodKind.HALF_YEAR),
                Arguments.of(TermBody.class, TermBody.PARTY_COMMITTEE),
                Arguments.of(Unit.class, Unit.PERCENT),
                Arguments.of(Unit.class, Unit.MILLION_VND),
                Arguments.of(Unit.class, Fixtures.CLASSES),
                Arguments.of(MeasureKind.class, MeasureKind.AMOUNT),
                Arguments.of(Quantity.class, Quantity.of(dec("38.89"), Unit.PERCENT)),
                Arguments.of(Quantity.class, Quantity.of(dec("15.10"), Unit.PERCENT)),
                Arguments.of(Quantity.class, Quantity.of(dec("75"), Fixtures.CLASSES)),
                Arguments.of(Area.class, Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE)),
                Arguments.of(Area.class, Area.of("088", BilingualText.of("Sa Pa"), AreaLevel.DISTRICT).withParent("10")
                        .withValidity(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 6, 30))),
                Arguments.of(Area.class, Area.of("15", BilingualText.of("Lào Cai"), AreaLevel.PROVINCE)
                        .withValidFrom(LocalDate.of(2025, 7, 1))),
                Arguments.of(Area.class, Area.of("15", BilingualText.of("Yên Bái"), AreaLevel.PROVINCE)
                        .withValidTo(LocalDate.of(2025, 6, 30))),
                Arguments.of(AreaLevel.class, AreaLevel.COMMUNE),
                Arguments.of(BreakdownDimension.class, BreakdownDimension.AGE_GROUP),
                Arguments.of(BreakdownDimension.class, Fixtures.COUNCIL_LEVEL),
                Arguments.of(BreakdownDimension.class, BreakdownDimension.of("SEX", BilingualText.of("Giới", "Gender"))),
                Arguments.of(Direction.class, Direction.INCREASE),
                Arguments.of(Direction.class, Direction.DECREASE),
                Arguments.of(Direction.class, Direction.towards(dec("50.0"))),
                Arguments.of(Direction.class, Direction.within(dec("104"), dec("106.5"))),
                Arguments.of(Direction.Kind.class, Direction.Kind.TOWARDS),
                Arguments.of(Domain.class, Domain.FAMILY_GBV),
                Arguments.of(Frequency.class, Frequency.PER_TERM),
                Arguments.of(Indicator.class, Fixtures.leaders()),
                Arguments.of(Indicator.class, Fixtures.womenOwners()),
                Arguments.of(Indicator.class, Fixtures.careRatio()),
                Arguments.of(Indicator.class, Fixtures.sexRatioAtBirth()),
                Arguments.of(Indicator.class, Fixtures.classes()),
                Arguments.of(Comparison.class, Comparison.ABOUT),
                Arguments.of(Milestone.class, Milestone.of(2025, Comparison.AT_LEAST, dec("27"), Unit.PERCENT)),
                Arguments.of(Milestone.class, Milestone.fromYearOnward(2025, Comparison.AT_LEAST, dec("100"),
                        Unit.PERCENT)),
                Arguments.of(Milestone.class, Milestone.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026),
                        Comparison.ABOVE, dec("35"), Unit.PERCENT)),
                Arguments.of(Baseline.class, Baseline.of(YearPeriod.of(2019), dec("24.10"))),
                Arguments.of(TargetReference.class, new TargetReference("VN-NSGE-2021-2030", "2.3")),
                Arguments.of(LegalBasis.class, Fixtures.resolution28()),
                Arguments.of(Target.class, national.target("2.3").orElseThrow()),
                Arguments.of(Target.class, Fixtures.sonLaPlan(national).target("SL-1").orElseThrow()),
                Arguments.of(Objective.class, national.objective(3).orElseThrow()),
                Arguments.of(Objective.class, Fixtures.sonLaPlan(national).objective(3).orElseThrow()),
                Arguments.of(Strategy.class, national),
                Arguments.of(Strategy.class, Fixtures.sonLaPlan(national)),
                Arguments.of(Catalogue.class, Catalogue.ofStrategies(List.of(national, Fixtures.sonLaPlan(national)))),
                Arguments.of(Catalogue.class, Catalogue.of(List.of(Fixtures.leaders()), List.of())),
                Arguments.of(Sex.class, Sex.TOTAL),
                Arguments.of(Breakdown.class, Breakdown.TOTAL),
                Arguments.of(Breakdown.class, Breakdown.FEMALE.with(BreakdownDimension.AGE_GROUP, "15-24")),
                Arguments.of(Qualifier.class, Qualifier.MORE_THAN),
                Arguments.of(ObservationStatus.class, ObservationStatus.ESTIMATED),
                Arguments.of(Observation.class, Fixtures.fullObservation()),
                Arguments.of(Observation.class, Observation.of("W_ENT", "14", YearPeriod.of(2017), dec("15.1"))),
                Arguments.of(Observation.class, Observation.builder("X", "1", YearPeriod.of(2020))
                        .denominator(dec("1E+3")).build()),
                Arguments.of(ObservationKey.class, Fixtures.fullObservation().key()),
                Arguments.of(ObservationKey.class, new ObservationKey("W_ENT", "14", YearPeriod.of(2017), Breakdown.TOTAL)),
                Arguments.of(Dataset.class, Fixtures.sonLa2017()),
                Arguments.of(Dataset.class, Dataset.empty()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void writesAndReadsBackAnEqualValue(Class<?> type, Object value) {
        String json = MAPPER.writeValueAsString(value);

        Object back = MAPPER.readValue(json, type);

        assertThat(back).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).isEqualTo(json);
    }

    @Test
    void areaHierarchyKeepsItsAreasAndMerges() {
        AreaHierarchy hierarchy = Fixtures.laoCaiMerger();

        AreaHierarchy back = MAPPER.readValue(MAPPER.writeValueAsString(hierarchy), AreaHierarchy.class);

        assertThat(back.areas()).isEqualTo(hierarchy.areas());
        for (Area area : hierarchy.areas()) {
            assertThat(back.mergedInto(area)).isEqualTo(hierarchy.mergedInto(area));
            assertThat(back.predecessors(area)).isEqualTo(hierarchy.predecessors(area));
        }
        Area newLaoCai = hierarchy.find("15", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(back.predecessors(newLaoCai)).extracting(Area::code).containsExactly("10", "15");
    }

    @Test
    void roundTripsALocalPlanWhoseStrategyIsNotInTheDocument() {
        Strategy plan = Fixtures.sonLaPlan(Fixtures.nationalStrategy());

        Strategy back = MAPPER.readValue(MAPPER.writeValueAsString(plan), Strategy.class);

        assertThat(back).isEqualTo(plan);
        assertThat(back.localises()).contains("VN-NSGE-2021-2030");
        assertThat(back.area()).contains("14");
    }

    @Test
    void everyPeriodKindReadsThroughTheInterface() {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (String text : List.of("2022", "2022-S1", "2022-Q3", "2022-M09", "2021/2025", "HDND:2016/2021",
                "QH:2021/2026", "CAPUY:2020/2025")) {
            periods.add(ReportingPeriod.parse(text));
        }
        for (ReportingPeriod period : periods) {
            String json = MAPPER.writeValueAsString(period);
            assertThat(json).isEqualTo("\"" + period + "\"");
            assertThat(MAPPER.readValue(json, ReportingPeriod.class)).isEqualTo(period);
        }
    }
}
