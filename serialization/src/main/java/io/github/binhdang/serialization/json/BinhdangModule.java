package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson module that reads and writes the binhdang model in the JSON format described in the
 * {@linkplain io.github.binhdang.serialization.json package documentation}.
 *
 * <p>It registers one serializer and one deserializer for each public type of the core model that
 * has a JSON form: the texts, every period kind, units and quantities, areas and hierarchies,
 * dimensions, directions, indicators, strategies with their objectives, targets, milestones,
 * baselines, references and legal bases, breakdowns, observations, observation keys and datasets,
 * validation reports with their findings, locations and severities, progress assessments with
 * their series points and skipped observations, scorecards and their rows, the enums, and
 * {@link Catalogue}. The core model has no Jackson annotation and Jackson does not
 * reflect on it: every field is written and read by hand here.
 *
 * <p>Maps keyed by {@link ReportingPeriod}, {@link Breakdown} or {@link ObservationKey} are written with
 * their text forms as property names ({@code {"2017": …, "2021/2025": …}}, {@code {"SEX=F": …}},
 * {@code {"W_ENT/14/2017/_T": …}}) and read back. {@link #version()} is the artifact's own version.
 *
 * <p>Register it with {@code JsonMapper.builder().addModule(new BinhdangModule())}, or let
 * {@code findAndAddModules()} find it through {@link java.util.ServiceLoader}. Prefer
 * {@link BinhdangJson#mapper()}, which also sets the safety limits the format is meant to be read
 * with.
 *
 * <p>Deserializers turn the model's {@link InvalidValueException} into a Jackson
 * {@link tools.jackson.databind.exc.InvalidFormatException} whose original message is the model's
 * own ({@code Milestone.value: 140 is above 100 for a percentage}), with the location in the text
 * and the path from the root. Unknown properties fail unless
 * {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES} is disabled.
 *
 * @implSpec This class is immutable once built and thread-safe; its handlers keep no state.
 */
public final class BinhdangModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    // The types with a handler pair, in the order registered: tests go through every one of them.
    private final transient List<Class<?>> types = new ArrayList<>();

    /** The name this module registers under. */
    public static final String NAME = "binhdang";

    /** What the handlers count themselves: skipped properties, breakdown dimensions, observations. */
    private final JsonReadLimits limits;

    /**
     * Creates the module with a handler pair for every supported type and the default read limits,
     * {@link JsonReadLimits#defaults()}.
     */
    public BinhdangModule() {
        this(JsonReadLimits.defaults());
    }

    /**
     * Creates the module with a handler pair for every supported type and the read limits given; the
     * ones that are Jackson's own ({@link JsonReadLimits#toStreamReadConstraints()}) belong on the
     * mapper's factory, which {@link BinhdangJson#builder(JsonReadLimits)} sets too.
     *
     * @param limits  the limits the handlers count: skipped properties, breakdown dimensions,
     *                observations, not null
     */
    public BinhdangModule(JsonReadLimits limits) {
        super(NAME, PackageVersion.VERSION);
        this.limits = java.util.Objects.requireNonNull(limits, "limits");
        Map<String, Indicator> none = Map.of();

        add(BilingualText.class, ValueJson::writeBilingual, ValueJson::readBilingual);

        add(ReportingPeriod.class, ValueJson::writePeriod, ValueJson::readPeriod);
        add(YearPeriod.class, ValueJson::writePeriod, ValueJson.periodOf(YearPeriod.class, PeriodKind.YEAR));
        add(HalfYearPeriod.class, ValueJson::writePeriod,
                ValueJson.periodOf(HalfYearPeriod.class, PeriodKind.HALF_YEAR));
        add(QuarterPeriod.class, ValueJson::writePeriod, ValueJson.periodOf(QuarterPeriod.class, PeriodKind.QUARTER));
        add(MonthPeriod.class, ValueJson::writePeriod, ValueJson.periodOf(MonthPeriod.class, PeriodKind.MONTH));
        add(SpanPeriod.class, ValueJson::writePeriod, ValueJson.periodOf(SpanPeriod.class, PeriodKind.SPAN));
        add(TermPeriod.class, ValueJson::writePeriod, ValueJson.periodOf(TermPeriod.class, PeriodKind.TERM));
        add(DateRange.class, ValueJson::writeDateRange, ValueJson::readDateRange);
        add(PeriodKind.class, ValueJson.enumWriter(), ValueJson.enumReader(PeriodKind.class));
        add(TermBody.class, ValueJson::writeTermBody, ValueJson::readTermBody);

        add(Unit.class, ValueJson::writeUnit, ValueJson::readUnit);
        add(MeasureKind.class, ValueJson.enumWriter(), ValueJson.enumReader(MeasureKind.class));
        add(Quantity.class, ValueJson::writeQuantity, ValueJson::readQuantity);

        add(Area.class, AreaJson::writeArea, AreaJson::readArea);
        add(AreaLevel.class, ValueJson.enumWriter(), ValueJson.enumReader(AreaLevel.class));
        add(AreaHierarchy.class, AreaJson::writeHierarchy, AreaJson::readHierarchy);

        add(BreakdownDimension.class, ValueJson::writeDimension, ValueJson::readDimension);
        add(Direction.class, ValueJson::writeDirection, ValueJson::readDirection);
        add(Direction.Kind.class, ValueJson.enumWriter(), ValueJson.enumReader(Direction.Kind.class));
        add(Domain.class, ValueJson.enumWriter(), ValueJson.enumReader(Domain.class));
        add(Frequency.class, ValueJson.enumWriter(), ValueJson.enumReader(Frequency.class));
        add(Indicator.class, StrategyJson::writeIndicator, StrategyJson::readIndicator);

        add(Comparison.class, ValueJson.enumWriter(), ValueJson.enumReader(Comparison.class));
        add(Milestone.class, StrategyJson::writeMilestone, StrategyJson::readMilestone);
        add(Baseline.class, StrategyJson::writeBaseline, StrategyJson::readBaseline);
        add(TargetReference.class, StrategyJson::writeReference, StrategyJson::readReference);
        add(LegalBasis.class, StrategyJson::writeLegalBasis, StrategyJson::readLegalBasis);
        add(Target.class, (target, g) -> StrategyJson.writeTarget(target, g, none), StrategyJson::readTarget);
        add(Objective.class, (objective, g) -> StrategyJson.writeObjective(objective, g, none),
                StrategyJson::readObjective);
        add(Strategy.class, (strategy, g) -> StrategyJson.writeStrategy(strategy, g, none),
                StrategyJson::readStrategy);
        add(Catalogue.class, StrategyJson::writeCatalogue, StrategyJson::readCatalogue);

        add(Sex.class, ValueJson::writeSex, ValueJson::readSex);
        add(Breakdown.class, ValueJson::writeBreakdown, ValueJson::readBreakdown);
        add(Qualifier.class, ValueJson.enumWriter(), ValueJson.enumReader(Qualifier.class));
        add(ObservationStatus.class, ValueJson.enumWriter(), ValueJson.enumReader(ObservationStatus.class));
        add(Observation.class, ObservationJson::writeObservation, ObservationJson::readObservation);
        add(ObservationKey.class, ObservationJson::writeKey, ObservationJson::readKey);
        add(Dataset.class, ObservationJson::writeDataset, ObservationJson::readDataset);

        add(Severity.class, ValueJson.enumWriter(), ValueJson.enumReader(Severity.class));
        add(Location.class, ValidationJson::writeLocation, ValidationJson::readLocation);
        add(Finding.class, ValidationJson::writeFinding, ValidationJson::readFinding);
        add(ValidationReport.class, ValidationJson::writeReport, ValidationJson::readReport);

        add(ProgressStatus.class, ValueJson.enumWriter(), ValueJson.enumReader(ProgressStatus.class));
        add(SeriesPoint.class, ProgressJson::writePoint, ProgressJson::readPoint);
        add(SkippedObservation.class, ProgressJson::writeSkipped, ProgressJson::readSkipped);
        add(Assessment.class, ProgressJson::writeAssessment, ProgressJson::readAssessment);
        add(ScorecardRow.class, ProgressJson::writeRow, ProgressJson::readRow);
        add(Scorecard.class, ProgressJson::writeScorecard, ProgressJson::readScorecard);

        // Map keys: the text forms, so that maps keyed by these types round-trip.
        addKey(ReportingPeriod.class, ReportingPeriod::parse);
        addKey(Breakdown.class, Breakdown::parse);
        addKey(ObservationKey.class, ObservationKey::parse);
    }

    private <T> void addKey(Class<T> type, Function<String, T> parse) {
        addKeySerializer(type, new KeyWriter<>(type));
        addKeyDeserializer(type, new KeyReader(type, parse));
    }

    /** Writes a map key as its type's text form, {@code toString()}. */
    private static final class KeyWriter<T> extends StdSerializer<T> {

        KeyWriter(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            g.writeName(value.toString());
        }
    }

    /** Reads a map key with its type's parser, turning the model's refusal into a Jackson error. */
    private static final class KeyReader extends KeyDeserializer {

        private final Class<?> type;
        private final Function<String, ?> parse;

        KeyReader(Class<?> type, Function<String, ?> parse) {
            this.type = type;
            this.parse = parse;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) {
            try {
                return parse.apply(key);
            } catch (InvalidValueException e) {
                throw ctxt.weirdKeyException(type, key, e.getMessage());
            }
        }
    }

    /**
     * Returns the read limits its handlers count.
     *
     * @return the limits, not null
     */
    public JsonReadLimits limits() {
        return limits;
    }

    /** The types this module reads and writes, in the order registered. */
    List<Class<?>> types() {
        return List.copyOf(types);
    }

    private <T> void add(Class<T> type, ValueWriter<T> writer, ValueReader<T> reader) {
        types.add(type);
        addSerializer(type, new Writer<>(type, writer));
        addDeserializer(type, new Reader<>(type, reader, limits));
    }

    /** Writes one type through its codec. */
    private static final class Writer<T> extends StdSerializer<T> {

        private final transient ValueWriter<T> writer;

        Writer(Class<T> type, ValueWriter<T> writer) {
            super(type);
            this.writer = writer;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
            writer.write(value, g);
        }
    }

    /** Reads one type through its codec, turning the model's refusals into Jackson errors. */
    private static final class Reader<T> extends StdDeserializer<T> {

        private final transient ValueReader<T> reader;
        private final transient JsonReadLimits limits;

        Reader(Class<T> type, ValueReader<T> reader, JsonReadLimits limits) {
            super(type);
            this.reader = reader;
            this.limits = limits;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) {
            try {
                return reader.read(p, ReadScope.of(ctxt, limits));
            } catch (InvalidValueException e) {
                throw JsonFields.invalid(p, handledType(), e);
            } catch (JacksonException e) {
                throw JsonFields.located(p, e);
            }
        }
    }
}
