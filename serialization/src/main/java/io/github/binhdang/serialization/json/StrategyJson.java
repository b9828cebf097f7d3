package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.indicator.ResponsibleAgency;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.LegalBasis;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.ObjectiveReference;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON of indicators, strategies and everything in them, and of catalogues. The format is
 * described in the package documentation.
 */
final class StrategyJson {

    private static final List<Object> INDICATOR = List.of("code", "name", "definition", "measureKind", "unit",
            "numerator", "denominator", "direction", "breakdowns", "levels", "frequency", "source", "agency",
            "agencies", "decimals");
    private static final List<Object> AGENCY = List.of("name", "from");
    private static final List<Object> MILESTONE = List.of("period", "comparison", "value", "unit", "onward",
            "tolerance");
    private static final List<Object> BASELINE = List.of("period", "value");
    private static final List<Object> REFERENCE = List.of("strategy", "target");
    private static final List<Object> LEGAL_BASIS = List.of("documentNumber", "issuer", "date");
    private static final List<Object> TARGET = List.of("code", "text", "indicator", "milestones", "baseline", "serves",
            "servesObjective");
    private static final List<Object> OBJECTIVE_REFERENCE = List.of("strategy", "objective");
    private static final List<Object> OBJECTIVE = List.of("number", "domain", "title", "targets");
    private static final List<Object> STRATEGY = List.of("code", "title", "span", "legalBasis", "localises", "area",
            "objectives");
    private static final List<Object> CATALOGUE = List.of("indicators", "strategies");

    private StrategyJson() {
    }

    // Indicators.

    static void writeIndicator(Indicator indicator, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", indicator.code());
        ValueJson.writeBilingual("name", indicator.name(), g);
        indicator.definition().ifPresent(text -> ValueJson.writeBilingual("definition", text, g));
        g.writeStringProperty("measureKind", indicator.measureKind().name());
        g.writeName("unit");
        ValueJson.writeUnit(indicator.unit(), g);
        indicator.numerator().ifPresent(text -> ValueJson.writeBilingual("numerator", text, g));
        indicator.denominator().ifPresent(text -> ValueJson.writeBilingual("denominator", text, g));
        g.writeName("direction");
        ValueJson.writeDirection(indicator.direction(), g);
        if (!indicator.breakdowns().isEmpty()) {
            g.writeName("breakdowns");
            g.writeStartArray();
            for (BreakdownDimension dimension : indicator.breakdowns()) {
                ValueJson.writeDimension(dimension, g);
            }
            g.writeEndArray();
        }
        if (!indicator.levels().isEmpty()) {
            g.writeName("levels");
            g.writeStartArray();
            for (AreaLevel level : new TreeSet<>(indicator.levels())) {
                g.writeString(level.name());
            }
            g.writeEndArray();
        }
        g.writeStringProperty("frequency", indicator.frequency().name());
        indicator.source().ifPresent(text -> ValueJson.writeBilingual("source", text, g));
        // The undated agency: the one in force before every dated one.
        indicator.agencyOn(LocalDate.MIN).ifPresent(text -> ValueJson.writeBilingual("agency", text, g));
        if (!indicator.agencies().isEmpty()) {
            g.writeName("agencies");
            g.writeStartArray();
            for (ResponsibleAgency agency : indicator.agencies()) {
                g.writeStartObject();
                ValueJson.writeBilingual("name", agency.name(), g);
                g.writeStringProperty("from", agency.from().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeNumberProperty("decimals", indicator.decimals());
        g.writeEndObject();
    }

    static Indicator readIndicator(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Indicator.class, INDICATOR);
        String code = null;
        BilingualText name = null;
        BilingualText definition = null;
        MeasureKind measureKind = null;
        Unit unit = null;
        BilingualText numerator = null;
        BilingualText denominator = null;
        Direction direction = null;
        List<BreakdownDimension> breakdowns = List.of();
        List<AreaLevel> levels = List.of();
        Frequency frequency = null;
        BilingualText source = null;
        BilingualText agency = null;
        List<ResponsibleAgency> agencies = List.of();
        Integer decimals = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "name":
                    name = f.read(ValueJson::readBilingual);
                    break;
                case "definition":
                    definition = f.read(ValueJson::readBilingual);
                    break;
                case "measureKind":
                    measureKind = f.read(ValueJson.enumReader(MeasureKind.class));
                    break;
                case "unit":
                    unit = f.read(ValueJson::readUnit);
                    break;
                case "numerator":
                    numerator = f.read(ValueJson::readBilingual);
                    break;
                case "denominator":
                    denominator = f.read(ValueJson::readBilingual);
                    break;
                case "direction":
                    direction = f.read(ValueJson::readDirection);
                    break;
                case "breakdowns":
                    int[] dimensions = {0};
                    breakdowns = f.list((q, s) -> {
                        s.dimensions(q, ++dimensions[0]);
                        return ValueJson.readDimension(q, s);
                    });
                    break;
                case "levels":
                    levels = f.list(ValueJson.enumReader(AreaLevel.class));
                    break;
                case "frequency":
                    frequency = f.read(ValueJson.enumReader(Frequency.class));
                    break;
                case "source":
                    source = f.read(ValueJson::readBilingual);
                    break;
                case "agency":
                    agency = f.read(ValueJson::readBilingual);
                    break;
                case "agencies":
                    agencies = f.list(StrategyJson::readAgency);
                    break;
                case "decimals":
                    decimals = f.readInteger();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedName = f.require(name, "name");
        MeasureKind checkedKind = f.require(measureKind, "measureKind");
        Unit checkedUnit = f.require(unit, "unit");
        if ((numerator == null) != (denominator == null)) {
            throw JsonFields.mismatch(p, Indicator.class,
                    "an indicator has both a numerator and a denominator, or neither");
        }
        BilingualText def = definition;
        BilingualText num = numerator;
        BilingualText den = denominator;
        Direction dir = direction;
        List<BreakdownDimension> dims = breakdowns;
        List<AreaLevel> lvls = levels;
        Frequency freq = frequency;
        BilingualText src = source;
        BilingualText agc = agency;
        List<ResponsibleAgency> dated = agencies;
        Integer dec = decimals;
        return f.build(() -> {
            Indicator.Builder b = Indicator.builder(checkedCode, checkedName, checkedKind, checkedUnit);
            if (def != null) {
                b.definition(def);
            }
            if (num != null && den != null) {
                b.components(num, den);
            }
            if (dir != null) {
                b.direction(dir);
            }
            b.breakdowns(dims.toArray(new BreakdownDimension[0]));
            b.levels(lvls.toArray(new AreaLevel[0]));
            if (freq != null) {
                b.frequency(freq);
            }
            if (src != null) {
                b.source(src);
            }
            if (agc != null) {
                b.agency(agc);
            }
            dated.forEach(b::agency);
            if (dec != null) {
                b.decimals(dec);
            }
            return b.build();
        });
    }

    private static ResponsibleAgency readAgency(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, ResponsibleAgency.class, AGENCY);
        BilingualText name = null;
        LocalDate from = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "name":
                    name = f.read(ValueJson::readBilingual);
                    break;
                case "from":
                    from = f.readDate();
                    break;
                default:
                    f.unknown();
            }
        }
        BilingualText checkedName = f.require(name, "name");
        LocalDate checkedFrom = f.require(from, "from");
        return f.build(() -> ResponsibleAgency.of(checkedName, checkedFrom));
    }

    // Milestones, baselines, references, legal bases.

    static void writeMilestone(Milestone milestone, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("period", milestone.period().toString());
        g.writeStringProperty("comparison", milestone.comparison().name());
        ValueJson.writeDecimal("value", milestone.value(), g);
        g.writeName("unit");
        ValueJson.writeUnit(milestone.unit(), g);
        if (milestone.isOnward()) {
            g.writeBooleanProperty("onward", true);
        }
        if (milestone.hasOwnTolerance()) { // issue 21: an "about" milestone's own tolerance
            ValueJson.writeDecimal("tolerance", milestone.tolerance(), g);
        }
        g.writeEndObject();
    }

    static Milestone readMilestone(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Milestone.class, MILESTONE);
        ReportingPeriod period = null;
        Comparison comparison = null;
        BigDecimal value = null;
        Unit unit = null;
        Boolean onward = null;
        BigDecimal tolerance = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "period":
                    period = f.read(ValueJson::readPeriod);
                    break;
                case "comparison":
                    comparison = f.read(ValueJson.enumReader(Comparison.class));
                    break;
                case "value":
                    value = f.readDecimal();
                    break;
                case "unit":
                    unit = f.read(ValueJson::readUnit);
                    break;
                case "onward":
                    onward = f.readBoolean();
                    break;
                case "tolerance":
                    tolerance = f.readDecimal();
                    break;
                default:
                    f.unknown();
            }
        }
        ReportingPeriod checkedPeriod = f.require(period, "period");
        Comparison checkedComparison = f.require(comparison, "comparison");
        BigDecimal checkedValue = f.require(value, "value");
        Unit checkedUnit = f.require(unit, "unit");
        BigDecimal checkedTolerance = tolerance;
        if (Boolean.TRUE.equals(onward)) {
            if (checkedPeriod.kind() != PeriodKind.YEAR) {
                return f.build(() -> {
                    throw new InvalidValueException("Milestone.period", checkedPeriod,
                            "is not a year; only a milestone for a year holds onward");
                });
            }
            int year = ((YearPeriod) checkedPeriod).year();
            return f.build(() -> withTolerance(Milestone.fromYearOnward(year, checkedComparison, checkedValue,
                    checkedUnit), checkedTolerance));
        }
        return f.build(() -> withTolerance(Milestone.of(checkedPeriod, checkedComparison, checkedValue, checkedUnit),
                checkedTolerance));
    }

    private static Milestone withTolerance(Milestone milestone, @Nullable BigDecimal tolerance) {
        return tolerance == null ? milestone : milestone.withTolerance(tolerance);
    }

    static void writeBaseline(Baseline baseline, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("period", baseline.period().toString());
        ValueJson.writeDecimal("value", baseline.value(), g);
        g.writeEndObject();
    }

    static Baseline readBaseline(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Baseline.class, BASELINE);
        ReportingPeriod period = null;
        BigDecimal value = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "period":
                    period = f.read(ValueJson::readPeriod);
                    break;
                case "value":
                    value = f.readDecimal();
                    break;
                default:
                    f.unknown();
            }
        }
        ReportingPeriod checkedPeriod = f.require(period, "period");
        BigDecimal checkedValue = f.require(value, "value");
        return f.build(() -> Baseline.of(checkedPeriod, checkedValue));
    }

    static void writeReference(TargetReference reference, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("strategy", reference.strategy());
        g.writeStringProperty("target", reference.target());
        g.writeEndObject();
    }

    static TargetReference readReference(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, TargetReference.class, REFERENCE);
        String strategy = null;
        String target = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "strategy":
                    strategy = f.readText();
                    break;
                case "target":
                    target = f.readText();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedStrategy = f.require(strategy, "strategy");
        String checkedTarget = f.require(target, "target");
        return f.build(() -> new TargetReference(checkedStrategy, checkedTarget));
    }

    static void writeObjectiveReference(ObjectiveReference reference, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("strategy", reference.strategy());
        g.writeNumberProperty("objective", reference.objective());
        g.writeEndObject();
    }

    static ObjectiveReference readObjectiveReference(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, ObjectiveReference.class, OBJECTIVE_REFERENCE);
        String strategy = null;
        Integer objective = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "strategy":
                    strategy = f.readText();
                    break;
                case "objective":
                    objective = f.readInteger();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedStrategy = f.require(strategy, "strategy");
        int checkedObjective = f.require(objective, "objective");
        return f.build(() -> new ObjectiveReference(checkedStrategy, checkedObjective));
    }

    static void writeLegalBasis(LegalBasis basis, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("documentNumber", basis.documentNumber());
        ValueJson.writeBilingual("issuer", basis.issuer(), g);
        g.writeStringProperty("date", basis.date().toString());
        g.writeEndObject();
    }

    static LegalBasis readLegalBasis(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, LegalBasis.class, LEGAL_BASIS);
        String number = null;
        BilingualText issuer = null;
        LocalDate date = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "documentNumber":
                    number = f.readText();
                    break;
                case "issuer":
                    issuer = f.read(ValueJson::readBilingual);
                    break;
                case "date":
                    date = f.readDate();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedNumber = f.require(number, "documentNumber");
        BilingualText checkedIssuer = f.require(issuer, "issuer");
        LocalDate checkedDate = f.require(date, "date");
        return f.build(() -> new LegalBasis(checkedNumber, checkedIssuer, checkedDate));
    }

    // Targets, objectives, strategies. Inside a catalogue, a target names a listed indicator by code.

    static void writeTarget(Target target, JsonGenerator g, Map<String, Indicator> shared) {
        g.writeStartObject();
        g.writeStringProperty("code", target.code());
        ValueJson.writeBilingual("text", target.text(), g);
        Indicator indicator = target.indicator();
        if (indicator.equals(shared.get(indicator.code()))) {
            g.writeStringProperty("indicator", indicator.code());
        } else {
            g.writeName("indicator");
            writeIndicator(indicator, g);
        }
        g.writeName("milestones");
        g.writeStartArray();
        for (Milestone milestone : target.milestones()) {
            writeMilestone(milestone, g);
        }
        g.writeEndArray();
        target.baseline().ifPresent(baseline -> {
            g.writeName("baseline");
            writeBaseline(baseline, g);
        });
        target.serves().ifPresent(reference -> {
            g.writeName("serves");
            writeReference(reference, g);
        });
        target.servesObjective().ifPresent(reference -> {
            g.writeName("servesObjective");
            writeObjectiveReference(reference, g);
        });
        g.writeEndObject();
    }

    static Target readTarget(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Target.class, TARGET);
        String code = null;
        BilingualText text = null;
        Indicator indicator = null;
        List<Milestone> milestones = null;
        Baseline baseline = null;
        TargetReference serves = null;
        ObjectiveReference servesObjective = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "text":
                    text = f.read(ValueJson::readBilingual);
                    break;
                case "indicator":
                    indicator = f.read(StrategyJson::readTargetIndicator);
                    break;
                case "milestones":
                    milestones = f.list(StrategyJson::readMilestone);
                    break;
                case "baseline":
                    baseline = f.read(StrategyJson::readBaseline);
                    break;
                case "serves":
                    serves = f.read(StrategyJson::readReference);
                    break;
                case "servesObjective":
                    servesObjective = f.read(StrategyJson::readObjectiveReference);
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedText = f.require(text, "text");
        Indicator checkedIndicator = f.require(indicator, "indicator");
        List<Milestone> checkedMilestones = f.require(milestones, "milestones");
        Baseline base = baseline;
        TargetReference ref = serves;
        ObjectiveReference objectiveRef = servesObjective;
        return f.build(() -> {
            Target.Builder b = Target.builder(checkedCode, checkedText, checkedIndicator);
            checkedMilestones.forEach(b::milestone);
            if (base != null) {
                b.baseline(base);
            }
            if (ref != null) {
                b.serves(ref);
            }
            if (objectiveRef != null) {
                b.serves(objectiveRef);
            }
            return b.build();
        });
    }

    private static Indicator readTargetIndicator(JsonParser p, ReadScope scope) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return readIndicator(p, scope);
        }
        String code = p.getString();
        return scope.indicator(code).orElseThrow(() -> new InvalidValueException("Target.indicator", "'" + code + "'",
                "names no indicator listed before it; a target names an indicator by code only inside a catalogue,"
                        + " after the catalogue's indicators"));
    }

    static void writeObjective(Objective objective, JsonGenerator g, Map<String, Indicator> shared) {
        g.writeStartObject();
        g.writeNumberProperty("number", objective.number());
        g.writeStringProperty("domain", objective.domain().name());
        ValueJson.writeBilingual("title", objective.title(), g);
        g.writeName("targets");
        g.writeStartArray();
        for (Target target : objective.targets()) {
            writeTarget(target, g, shared);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Objective readObjective(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Objective.class, OBJECTIVE);
        Integer number = null;
        Domain domain = null;
        BilingualText title = null;
        List<Target> targets = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "number":
                    number = f.readInteger();
                    break;
                case "domain":
                    domain = f.read(ValueJson.enumReader(Domain.class));
                    break;
                case "title":
                    title = f.read(ValueJson::readBilingual);
                    break;
                case "targets":
                    targets = f.list(StrategyJson::readTarget);
                    break;
                default:
                    f.unknown();
            }
        }
        int checkedNumber = f.require(number, "number");
        Domain checkedDomain = f.require(domain, "domain");
        BilingualText checkedTitle = f.require(title, "title");
        List<Target> checkedTargets = targets;
        return f.build(() -> new Objective(checkedNumber, checkedDomain, checkedTitle, checkedTargets));
    }

    static void writeStrategy(Strategy strategy, JsonGenerator g, Map<String, Indicator> shared) {
        g.writeStartObject();
        g.writeStringProperty("code", strategy.code());
        ValueJson.writeBilingual("title", strategy.title(), g);
        g.writeStringProperty("span", strategy.span().toString());
        strategy.legalBasis().ifPresent(basis -> {
            g.writeName("legalBasis");
            writeLegalBasis(basis, g);
        });
        strategy.localises().ifPresent(code -> g.writeStringProperty("localises", code));
        strategy.area().ifPresent(code -> g.writeStringProperty("area", code));
        g.writeName("objectives");
        g.writeStartArray();
        for (Objective objective : strategy.objectives()) {
            writeObjective(objective, g, shared);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Strategy readStrategy(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Strategy.class, STRATEGY);
        String code = null;
        BilingualText title = null;
        SpanPeriod span = null;
        LegalBasis legalBasis = null;
        String localises = null;
        String area = null;
        List<Objective> objectives = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "title":
                    title = f.read(ValueJson::readBilingual);
                    break;
                case "span":
                    span = f.read(ValueJson.periodOf(SpanPeriod.class, PeriodKind.SPAN));
                    break;
                case "legalBasis":
                    legalBasis = f.read(StrategyJson::readLegalBasis);
                    break;
                case "localises":
                    localises = f.readText();
                    break;
                case "area":
                    area = f.readText();
                    break;
                case "objectives":
                    objectives = f.list(StrategyJson::readObjective);
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedTitle = f.require(title, "title");
        SpanPeriod checkedSpan = f.require(span, "span");
        if (area != null && localises == null) {
            throw JsonFields.mismatch(p, Strategy.class, "a strategy has an area only when it localises another");
        }
        LegalBasis basis = legalBasis;
        String parent = localises;
        String areaCode = area;
        List<Objective> checkedObjectives = objectives;
        Strategy strategy = f.build(() -> {
            Strategy.Builder b = Strategy.builder(checkedCode, checkedTitle, checkedSpan);
            if (basis != null) {
                b.legalBasis(basis);
            }
            checkedObjectives.forEach(b::objective);
            if (parent != null) {
                Strategy localised = scope.strategy(parent).orElseGet(() -> standIn(parent, checkedObjectives));
                if (areaCode != null) {
                    b.localises(localised, areaCode);
                } else {
                    b.localises(localised);
                }
            }
            return b.build();
        });
        scope.define(strategy);
        return strategy;
    }

    /**
     * A strategy keeps only the code of the strategy it localises, but its builder wants that strategy
     * to check the targets and objectives served. When the document has not given it, this stand-in holds
     * exactly the targets served, and objectives up to the highest one served, so the references are taken
     * as written; it is never kept.
     */
    private static Strategy standIn(String code, List<Objective> objectives) {
        Set<String> served = new LinkedHashSet<>();
        for (Objective objective : objectives) {
            for (Target target : objective.targets()) {
                target.serves().filter(ref -> ref.strategy().equals(code)).ifPresent(ref -> served.add(ref.target()));
            }
        }
        Indicator placeholder = Indicator.builder("placeholder", BilingualText.of("placeholder"), MeasureKind.COUNT,
                Unit.COUNT).build();
        List<Target> targets = new ArrayList<>();
        for (String target : served) {
            targets.add(Target.builder(target, BilingualText.of(target), placeholder)
                    .milestone(Milestone.of(ReportingPeriod.MAX_YEAR, Comparison.AT_LEAST, BigDecimal.ZERO, Unit.COUNT))
                    .build());
        }
        int objectivesServed = 0;
        for (Objective objective : objectives) {
            for (Target target : objective.targets()) {
                objectivesServed = Math.max(objectivesServed, target.servesObjective()
                        .filter(ref -> ref.strategy().equals(code)).map(ObjectiveReference::objective).orElse(0));
            }
        }
        Strategy.Builder b = Strategy.builder(code, BilingualText.of(code),
                SpanPeriod.ofClosed(ReportingPeriod.MIN_YEAR, ReportingPeriod.MAX_YEAR));
        // As many objectives as the highest one served (at least one when targets are served); the first
        // holds the targets served.
        int count = Math.max(objectivesServed, targets.isEmpty() ? 0 : 1);
        for (int n = 1; n <= count; n++) {
            b.objective(new Objective(n, Domain.STATE_MANAGEMENT, BilingualText.of(code),
                    n == 1 ? targets : List.of()));
        }
        return b.build();
    }

    // Catalogues.

    static void writeCatalogue(Catalogue catalogue, JsonGenerator g) {
        Map<String, Indicator> shared = new HashMap<>();
        g.writeStartObject();
        g.writeName("indicators");
        g.writeStartArray();
        for (Indicator indicator : catalogue.indicators()) {
            writeIndicator(indicator, g);
            shared.put(indicator.code(), indicator);
        }
        g.writeEndArray();
        g.writeName("strategies");
        g.writeStartArray();
        for (Strategy strategy : catalogue.strategies()) {
            writeStrategy(strategy, g, shared);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Catalogue readCatalogue(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Catalogue.class, CATALOGUE);
        List<Indicator> indicators = List.of();
        List<Strategy> strategies = List.of();
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "indicators":
                    indicators = f.list((q, s) -> {
                        Indicator indicator = readIndicator(q, s);
                        s.define(indicator);
                        return indicator;
                    });
                    break;
                case "strategies":
                    strategies = f.list(StrategyJson::readStrategy);
                    break;
                default:
                    f.unknown();
            }
        }
        List<Indicator> checkedIndicators = indicators;
        List<Strategy> checkedStrategies = strategies;
        return f.build(() -> Catalogue.of(checkedIndicators, checkedStrategies));
    }
}
