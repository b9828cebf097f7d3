package io.github.binhdang.serialization.json;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The JSON of observations, their keys and datasets. The format is described in the package
 * documentation.
 */
final class ObservationJson {

    private static final List<Object> OBSERVATION = List.of("indicator", "area", "period", "breakdown", "value",
            "numerator", "denominator", "unit", "qualifier", "status", "source", "note");
    private static final List<Object> KEY = List.of("indicator", "area", "period", "breakdown");
    private static final List<Object> DATASET = List.of("observations");

    private ObservationJson() {
    }

    static void writeObservation(Observation o, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("indicator", o.indicator());
        g.writeStringProperty("area", o.area());
        g.writeStringProperty("period", o.period().toString());
        if (!o.breakdown().isTotal()) {
            g.writeStringProperty("breakdown", o.breakdown().toString());
        }
        o.value().ifPresent(value -> ValueJson.writeDecimal("value", value, g));
        o.numerator().ifPresent(value -> ValueJson.writeDecimal("numerator", value, g));
        o.denominator().ifPresent(value -> ValueJson.writeDecimal("denominator", value, g));
        o.unit().ifPresent(unit -> {
            g.writeName("unit");
            ValueJson.writeUnit(unit, g);
        });
        if (o.qualifier() != Qualifier.EXACT) {
            g.writeStringProperty("qualifier", o.qualifier().name());
        }
        if (o.status() != ObservationStatus.FINAL) {
            g.writeStringProperty("status", o.status().name());
        }
        o.source().ifPresent(text -> g.writeStringProperty("source", text));
        o.note().ifPresent(text -> g.writeStringProperty("note", text));
        g.writeEndObject();
    }

    static Observation readObservation(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Observation.class, OBSERVATION);
        String indicator = null;
        String area = null;
        ReportingPeriod period = null;
        Breakdown breakdown = null;
        BigDecimal value = null;
        BigDecimal numerator = null;
        BigDecimal denominator = null;
        Unit unit = null;
        Qualifier qualifier = null;
        ObservationStatus status = null;
        String source = null;
        String note = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "indicator":
                    indicator = f.readText();
                    break;
                case "area":
                    area = f.readText();
                    break;
                case "period":
                    period = f.read(ValueJson::readPeriod);
                    break;
                case "breakdown":
                    breakdown = f.read(ValueJson::readBreakdown);
                    break;
                case "value":
                    value = f.readDecimal();
                    break;
                case "numerator":
                    numerator = f.readDecimal();
                    break;
                case "denominator":
                    denominator = f.readDecimal();
                    break;
                case "unit":
                    unit = f.read(ValueJson::readUnit);
                    break;
                case "qualifier":
                    qualifier = f.read(ValueJson.enumReader(Qualifier.class));
                    break;
                case "status":
                    status = f.read(ValueJson.enumReader(ObservationStatus.class));
                    break;
                case "source":
                    source = f.readText();
                    break;
                case "note":
                    note = f.readText();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedIndicator = f.require(indicator, "indicator");
        String checkedArea = f.require(area, "area");
        ReportingPeriod checkedPeriod = f.require(period, "period");
        Observation.Builder b = f.build(() -> Observation.builder(checkedIndicator, checkedArea, checkedPeriod));
        if (breakdown != null) {
            b.breakdown(breakdown);
        }
        if (value != null) {
            b.value(value);
        }
        if (numerator != null) {
            b.numerator(numerator);
        }
        if (denominator != null) {
            b.denominator(denominator);
        }
        if (unit != null) {
            b.unit(unit);
        }
        if (qualifier != null) {
            b.qualifier(qualifier);
        }
        if (status != null) {
            b.status(status);
        }
        if (source != null) {
            b.source(source);
        }
        if (note != null) {
            b.note(note);
        }
        return f.build(b::build);
    }

    static void writeKey(ObservationKey key, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("indicator", key.indicator());
        g.writeStringProperty("area", key.area());
        g.writeStringProperty("period", key.period().toString());
        if (!key.breakdown().isTotal()) {
            g.writeStringProperty("breakdown", key.breakdown().toString());
        }
        g.writeEndObject();
    }

    static ObservationKey readKey(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, ObservationKey.class, KEY);
        String indicator = null;
        String area = null;
        ReportingPeriod period = null;
        Breakdown breakdown = Breakdown.TOTAL;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "indicator":
                    indicator = f.readText();
                    break;
                case "area":
                    area = f.readText();
                    break;
                case "period":
                    period = f.read(ValueJson::readPeriod);
                    break;
                case "breakdown":
                    Breakdown read = f.read(ValueJson::readBreakdown);
                    breakdown = read == null ? Breakdown.TOTAL : read;
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedIndicator = f.require(indicator, "indicator");
        String checkedArea = f.require(area, "area");
        ReportingPeriod checkedPeriod = f.require(period, "period");
        Breakdown checkedBreakdown = breakdown;
        return f.build(() -> new ObservationKey(checkedIndicator, checkedArea, checkedPeriod, checkedBreakdown));
    }

    // Datasets: {"observations": [...]}, read one observation at a time.

    static void writeDataset(Iterable<Observation> observations, JsonGenerator g) {
        g.writeStartObject();
        g.writeName("observations");
        g.writeStartArray();
        for (Observation o : observations) {
            writeObservation(o, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static Dataset readDataset(JsonParser p, ReadScope scope) {
        Dataset.Builder builder = Dataset.builder();
        readObservations(p, scope, o -> {
            try {
                builder.add(o);
            } catch (InvalidValueException e) {
                throw JsonFields.invalid(p, Dataset.class, e);
            }
        });
        return builder.build();
    }

    /**
     * Reads the dataset object at the parser's current token and hands each observation to the action
     * as soon as it is read; returns how many there were. A {@link JacksonException} from the action
     * gets the observation's path; any other exception from it passes unchanged.
     */
    static long readObservations(JsonParser p, ReadScope scope, Consumer<Observation> action) {
        return readObservations(p, scope, (o, line, column, element) -> action.accept(o), false);
    }

    /**
     * Takes each observation with the line and column of its opening brace (0 when not asked for) and its
     * element in the array of observations, from 0.
     */
    @FunctionalInterface
    interface Located {
        void accept(Observation observation, int line, int column, int element);
    }

    /**
     * Reads the dataset object as {@link #readObservations(JsonParser, ReadScope, Consumer)} does, handing
     * each observation over with the line and column of its opening brace when {@code located} (taken from
     * Jackson's token location, one object per observation, so only when asked for).
     */
    static long readObservations(JsonParser p, ReadScope scope, Located action, boolean located) {
        JsonFields f = JsonFields.open(p, scope, Dataset.class, DATASET);
        long count = -1;
        for (String property = f.next(); property != null; property = f.next()) {
            if (property.equals("observations")) {
                Long read = f.read((q, s) -> observationArray(q, s, action, located));
                count = read == null ? 0 : read;
            } else {
                f.unknown();
            }
        }
        if (count < 0) {
            throw JsonFields.mismatch(p, Dataset.class, "missing required property 'observations' of Dataset");
        }
        return count;
    }

    private static long observationArray(JsonParser p, ReadScope scope, Located action, boolean located) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonFields.mismatch(p, Dataset.class,
                    "expected an array of observations but found " + JsonFields.describe(p.currentToken()));
        }
        long index = 0;
        long max = scope.limits().maxObservations();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int position = (int) Math.min(index, Integer.MAX_VALUE);
            if (index >= max) {
                throw JsonReadLimits.broken(p, "Observations", index + 1, max, "maxObservations")
                        .prependPath(Dataset.class, position);
            }
            int line = 0;
            int column = 0;
            if (located) {
                TokenStreamLocation start = p.currentTokenLocation();
                line = start.getLineNr();
                column = start.getColumnNr();
            }
            Observation observation;
            try {
                observation = readObservation(p, scope);
            } catch (InvalidValueException e) {
                throw JsonFields.invalid(p, Observation.class, e).prependPath(Dataset.class, position);
            } catch (JacksonException e) {
                throw JsonFields.located(p, e).prependPath(Dataset.class, position);
            }
            try {
                action.accept(observation, line, column, position);
            } catch (JacksonException e) {
                throw e.prependPath(Dataset.class, position);
            }
            index++;
        }
        return index;
    }
}
