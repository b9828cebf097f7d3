package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
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
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.progress.SkippedObservation;
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
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every type the Jackson module handles writes and reads back equal, over generated values: the value
 * types from generators, the definitions (indicators, strategies and their parts) from the fixtures,
 * validation reports from validating generated datasets, scorecards from assessing generated figures
 * against the national strategy. {@code AreaHierarchy} is left out: a hierarchy read from JSON does not
 * write back equal (issue 20, the JSON module's part).
 */
class ModuleRoundTripPropertiesTest {

    private static final JsonMapper MAPPER = BinhdangJson.mapper();

    /** A value and the type it is read back as. */
    record Sample(JavaType type, Object value) {
        @Override
        public String toString() {
            return type.getRawClass().getSimpleName() + " " + value;
        }
    }

    private static final Strategy NATIONAL = Fixtures.nationalStrategy();
    private static final Strategy SON_LA_PLAN = Fixtures.sonLaPlan(NATIONAL);
    private static final List<Indicator> INDICATORS = List.of(Fixtures.leaders(), Fixtures.womenOwners(),
            Fixtures.careRatio(), Fixtures.sexRatioAtBirth(), Fixtures.trafficking(), Fixtures.councilShare(),
            Fixtures.classes());

    private static <T> Arbitrary<Sample> of(Class<T> type, Arbitrary<? extends T> values) {
        JavaType javaType = MAPPER.constructType(type);
        return values.map(v -> new Sample(javaType, v));
    }

    private static <T> Arbitrary<Sample> of(TypeReference<T> type, Arbitrary<? extends T> values) {
        JavaType javaType = MAPPER.constructType(type);
        return values.map(v -> new Sample(javaType, v));
    }

    private static <E extends Enum<E>> Arbitrary<Sample> ofEnum(Class<E> type) {
        return of(type, Arbitraries.of(type));
    }

    static Arbitrary<BilingualText> texts() {
        // A bilingual text refuses blank sides; the string generator may give only spaces and line breaks.
        Arbitrary<String> notBlank = Generated.texts().filter(t -> !t.isBlank());
        return Combinators.combine(notBlank, notBlank).as(BilingualText::of);
    }

    /** Figures for the national strategy's indicators in Sơn La, 2019 to 2030. */
    static Arbitrary<Dataset> strategyFigures() {
        Arbitrary<Observation> figures = Combinators.combine(
                Arbitraries.of(NATIONAL.targets().stream().map(t -> t.indicator().code()).toList()),
                Arbitraries.integers().between(2019, 2030),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(1),
                Arbitraries.of(Qualifier.EXACT, Qualifier.NEARLY, Qualifier.MORE_THAN))
                .as((indicator, year, value, qualifier) -> Observation.builder(indicator, Fixtures.SON_LA,
                        YearPeriod.of(year)).value(value).qualifier(qualifier).build());
        return figures.list().ofMaxSize(20).uniqueElements(Observation::key).map(Dataset::of);
    }

    static Arbitrary<Scorecard> scorecards() {
        return strategyFigures().map(figures -> Scorecard.of(NATIONAL, figures, Fixtures.SON_LA));
    }

    static Arbitrary<ValidationReport> reports() {
        ValidationContext context = ValidationContext.of(INDICATORS, Fixtures.laoCaiMerger());
        return Generated.datasets().map(d -> DatasetValidator.defaults().validate(d, context));
    }

    @Provide
    Arbitrary<Sample> samples() {
        List<Target> targets = new ArrayList<>(NATIONAL.targets());
        targets.addAll(SON_LA_PLAN.targets());
        List<Milestone> milestones = targets.stream().flatMap(t -> t.milestones().stream()).toList();
        List<Baseline> baselines = targets.stream().flatMap(t -> t.baseline().stream()).toList();
        List<TargetReference> references = targets.stream().flatMap(t -> t.serves().stream()).toList();
        List<Objective> objectives = new ArrayList<>(NATIONAL.objectives());
        objectives.addAll(SON_LA_PLAN.objectives());
        Arbitrary<Quantity> quantities = Combinators.combine(Generated.decimals(), Arbitraries.of(Unit.builtIns()))
                .as((value, unit) -> {
                    try {
                        return Quantity.of(value, unit);
                    } catch (io.github.binhdang.core.InvalidValueException e) {
                        return Quantity.of(BigDecimal.ONE, unit);
                    }
                });
        Arbitrary<Assessment> assessments = scorecards().filter(s -> !s.rows().isEmpty())
                .flatMap(s -> Arbitraries.of(s.rows())).map(ScorecardRow::assessment);
        List<Arbitrary<Sample>> all = List.of(
                of(BilingualText.class, texts()),
                of(ReportingPeriod.class, Generated.periods()),
                of(YearPeriod.class, Generated.periods().filter(YearPeriod.class::isInstance).map(YearPeriod.class::cast)),
                of(HalfYearPeriod.class, Generated.periods().filter(HalfYearPeriod.class::isInstance)
                        .map(HalfYearPeriod.class::cast)),
                of(QuarterPeriod.class, Generated.periods().filter(QuarterPeriod.class::isInstance)
                        .map(QuarterPeriod.class::cast)),
                of(MonthPeriod.class, Generated.periods().filter(MonthPeriod.class::isInstance)
                        .map(MonthPeriod.class::cast)),
                of(SpanPeriod.class, Generated.periods().filter(SpanPeriod.class::isInstance).map(SpanPeriod.class::cast)),
                of(TermPeriod.class, Generated.periods().filter(TermPeriod.class::isInstance).map(TermPeriod.class::cast)),
                of(DateRange.class, Generated.periods().map(ReportingPeriod::toDateRange)),
                ofEnum(PeriodKind.class), ofEnum(TermBody.class),
                of(Unit.class, Arbitraries.of(Unit.builtIns())),
                ofEnum(MeasureKind.class),
                of(Quantity.class, quantities),
                of(Area.class, Arbitraries.of(Fixtures.laoCaiMerger().areas())),
                ofEnum(AreaLevel.class),
                of(BreakdownDimension.class, Arbitraries.of(BreakdownDimension.SEX, BreakdownDimension.AGE_GROUP,
                        BreakdownDimension.RESIDENCE, BreakdownDimension.ETHNICITY, Fixtures.COUNCIL_LEVEL)),
                of(Direction.class, Arbitraries.oneOf(Arbitraries.of(Direction.INCREASE, Direction.DECREASE),
                        Generated.decimals().map(Direction::towards))),
                ofEnum(Direction.Kind.class), ofEnum(Domain.class), ofEnum(Frequency.class),
                of(Indicator.class, Arbitraries.of(INDICATORS)),
                ofEnum(Comparison.class),
                of(Milestone.class, Arbitraries.of(milestones)),
                of(Baseline.class, Arbitraries.of(baselines)),
                of(TargetReference.class, Arbitraries.of(references)),
                of(LegalBasis.class, Arbitraries.just(Fixtures.resolution28())),
                of(Target.class, Arbitraries.of(targets)),
                of(Objective.class, Arbitraries.of(objectives)),
                of(Strategy.class, Arbitraries.of(NATIONAL, SON_LA_PLAN)),
                of(Catalogue.class, Arbitraries.subsetOf(INDICATORS).map(s -> new Catalogue(List.copyOf(s),
                        List.of(NATIONAL)))),
                ofEnum(Sex.class),
                of(Breakdown.class, Generated.breakdowns()),
                ofEnum(Qualifier.class), ofEnum(ObservationStatus.class),
                of(Observation.class, Generated.observations()),
                of(ObservationKey.class, Generated.observations().map(Observation::key)),
                of(Dataset.class, Generated.datasets()),
                ofEnum(Severity.class),
                of(Location.class, reports().filter(r -> !r.isEmpty()).map(r -> r.findings().get(0).location())),
                of(Finding.class, reports().filter(r -> !r.isEmpty()).flatMap(r -> Arbitraries.of(r.findings()))),
                of(ValidationReport.class, reports()),
                ofEnum(ProgressStatus.class),
                of(SeriesPoint.class, Combinators.combine(Generated.periods(), Generated.decimals(),
                        Arbitraries.of(Qualifier.class)).as(SeriesPoint::new)),
                of(SkippedObservation.class, Combinators.combine(Generated.observations().map(Observation::key), texts())
                        .as(SkippedObservation::new)),
                of(Assessment.class, assessments),
                of(ScorecardRow.class, scorecards().filter(s -> !s.rows().isEmpty()).flatMap(s -> Arbitraries.of(s.rows()))),
                of(Scorecard.class, scorecards()),
                of(new TypeReference<Map<ReportingPeriod, String>>() { }, Generated.periods().list().ofMaxSize(5)
                        .map(ModuleRoundTripPropertiesTest::keyed)),
                of(new TypeReference<Map<Breakdown, String>>() { }, Generated.breakdowns().list().ofMaxSize(5)
                        .map(ModuleRoundTripPropertiesTest::keyed)),
                of(new TypeReference<Map<ObservationKey, String>>() { }, Generated.observations().map(Observation::key)
                        .list().ofMaxSize(5).map(ModuleRoundTripPropertiesTest::keyed)));
        return Arbitraries.oneOf(all);
    }

    private static <K> Map<K, String> keyed(List<K> keys) {
        Map<K, String> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, "v" + map.size()));
        return map;
    }

    @Property(tries = 1000)
    void everyTypeOfTheModuleRoundTrips(@ForAll("samples") Sample sample) {
        String json = MAPPER.writeValueAsString(sample.value());

        Object back = MAPPER.readValue(json, sample.type());

        assertThat(back).as(json).isEqualTo(sample.value());
    }
}
