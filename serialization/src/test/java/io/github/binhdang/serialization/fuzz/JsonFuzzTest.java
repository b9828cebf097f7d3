package io.github.binhdang.serialization.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
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
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.Catalogue;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the JSON side: the streaming dataset reader (bytes in) and every type of the Jackson module
 * {@code BinhdangModule}. For the module, the first byte picks the type (its value modulo the number of
 * types, in the order of {@link #TYPES}) and, above that, the strict or the lenient mapper; the rest is
 * the document. A read gives a value or one of Jackson's documented errors; a value read is written
 * again and read back without error. Corpus in {@code JsonFuzzTestInputs/}; see CONTRIBUTING.md,
 * "Fuzzing".
 */
class JsonFuzzTest {

    /** Every type the module handles, and the maps keyed by its key types. */
    static final List<JavaType> TYPES;

    static {
        JsonMapper m = BinhdangJson.mapper();
        List<Class<?>> classes = List.of(BilingualText.class, ReportingPeriod.class, YearPeriod.class,
                HalfYearPeriod.class, QuarterPeriod.class, MonthPeriod.class, SpanPeriod.class, TermPeriod.class,
                DateRange.class, PeriodKind.class, TermBody.class, Unit.class, MeasureKind.class, Quantity.class,
                Area.class, AreaLevel.class, AreaHierarchy.class, BreakdownDimension.class, Direction.class,
                Direction.Kind.class, Domain.class, Frequency.class, Indicator.class, Comparison.class,
                Milestone.class, Baseline.class, TargetReference.class, LegalBasis.class, Target.class,
                Objective.class, Strategy.class, Catalogue.class, Sex.class, Breakdown.class, Qualifier.class,
                ObservationStatus.class, Observation.class, ObservationKey.class, Dataset.class, Severity.class,
                Location.class, Finding.class, ValidationReport.class, ProgressStatus.class, SeriesPoint.class,
                SkippedObservation.class, Assessment.class, ScorecardRow.class, Scorecard.class);
        List<JavaType> types = new java.util.ArrayList<>();
        classes.forEach(c -> types.add(m.constructType(c)));
        types.add(m.constructType(new TypeReference<Map<ReportingPeriod, String>>() { }));
        types.add(m.constructType(new TypeReference<Map<Breakdown, String>>() { }));
        types.add(m.constructType(new TypeReference<Map<ObservationKey, String>>() { }));
        TYPES = List.copyOf(types);
    }

    /** A dataset document reads, or fails with a located Jackson error. */
    @FuzzTest(maxDuration = "2m")
    void datasetReader(byte[] data) {
        Allowed.jackson(() -> DatasetJsonReader.of().read(new ByteArrayInputStream(data)));
    }

    /** A document of the chosen type reads, or fails with a Jackson error; what reads writes and reads back. */
    @FuzzTest(maxDuration = "2m")
    void module(byte[] data) {
        int choice = data.length == 0 ? 0 : Byte.toUnsignedInt(data[0]);
        JavaType type = TYPES.get(choice % TYPES.size());
        JsonMapper mapper = (choice / TYPES.size()) % 2 == 0 ? BinhdangJson.mapper() : BinhdangJson.lenientMapper();
        byte[] document = java.util.Arrays.copyOfRange(data, Math.min(1, data.length), data.length);
        Object value = Allowed.jackson(() -> mapper.readValue(document, type));
        if (value != null) {
            String written = mapper.writeValueAsString(value);
            mapper.readValue(written, type);
        }
    }
}
