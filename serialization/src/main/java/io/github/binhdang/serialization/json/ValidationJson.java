package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON of validation reports, findings and locations. The format is described in the package
 * documentation.
 */
final class ValidationJson {

    private static final List<Object> LOCATION = List.of("key", "subject", "indicator", "area", "path", "index",
            "line", "column");
    private static final List<Object> FINDING = List.of("code", "severity", "location", "value", "rule",
            "arguments", "template", "messageEn", "messageVi");
    private static final List<Object> REPORT = List.of("findings", "counts", "acceptable");
    private static final List<Object> INTEGER = List.of("int");
    private static final List<Object> LONG = List.of("long");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private ValidationJson() {
    }

    // Locations.

    static void writeLocation(Location location, JsonGenerator g) {
        g.writeStartObject();
        location.key().ifPresent(key -> {
            g.writeName("key");
            ObservationJson.writeKey(key, g);
        });
        g.writeStringProperty("subject", location.subject());
        location.indicator().ifPresent(code -> g.writeStringProperty("indicator", code));
        location.area().ifPresent(code -> g.writeStringProperty("area", code));
        if (!location.path().isEmpty()) {
            g.writeStringProperty("path", location.path());
        }
        location.index().ifPresent(index -> g.writeNumberProperty("index", index));
        location.line().ifPresent(line -> g.writeNumberProperty("line", line));
        location.column().ifPresent(column -> g.writeNumberProperty("column", column));
        g.writeEndObject();
    }

    static Location readLocation(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Location.class, LOCATION);
        ObservationKey key = null;
        String subject = null;
        String indicator = null;
        String area = null;
        String path = "";
        Integer index = null;
        Integer line = null;
        Integer column = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "key":
                    key = f.read(ObservationJson::readKey);
                    break;
                case "subject":
                    subject = f.readText();
                    break;
                case "indicator":
                    indicator = f.readText();
                    break;
                case "area":
                    area = f.readText();
                    break;
                case "path":
                    String read = f.readText();
                    path = read == null ? "" : read;
                    break;
                case "index":
                    index = f.readInteger();
                    break;
                case "line":
                    line = f.readInteger();
                    break;
                case "column":
                    column = f.readInteger();
                    break;
                default:
                    f.unknown();
            }
        }
        if ((line == null) != (column == null)) {
            throw JsonFields.mismatch(p, Location.class, "a Location has both 'line' and 'column' or neither");
        }
        // With a key, the subject is the key's text: the one written is for readers and is not needed.
        ObservationKey checkedKey = key;
        String checkedPath = path;
        Location location;
        if (checkedKey != null) {
            location = f.build(() -> Location.of(checkedKey, checkedPath));
        } else {
            String checkedSubject = f.require(subject, "subject");
            location = f.build(() -> Location.of(checkedSubject, checkedPath));
        }
        Location built = location;
        if (indicator != null && !built.indicator().equals(Optional.of(indicator))) {
            Location before = built;
            String code = indicator;
            built = f.build(() -> before.withIndicator(code));
        }
        if (area != null && !built.area().equals(Optional.of(area))) {
            Location before = built;
            String code = area;
            built = f.build(() -> before.withArea(code));
        }
        if (index != null) {
            Location before = built;
            int at = index;
            built = f.build(() -> before.withIndex(at));
        }
        if (line != null && column != null) {
            Location before = built;
            int l = line;
            int c = column;
            built = f.build(() -> before.withPosition(l, c));
        }
        return built;
    }

    // Findings.

    static void writeFinding(Finding finding, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("code", finding.code());
        g.writeStringProperty("severity", finding.severity().name());
        g.writeName("location");
        writeLocation(finding.location(), g);
        g.writeStringProperty("value", finding.value());
        g.writeStringProperty("rule", finding.rule());
        if (!finding.arguments().isEmpty()) {
            g.writeName("arguments");
            g.writeStartObject();
            // Sorted, so that the same finding always gives the same text.
            for (Map.Entry<String, Object> argument : new TreeMap<>(finding.arguments()).entrySet()) {
                g.writeName(argument.getKey());
                writeArgument(argument.getValue(), g);
            }
            g.writeEndObject();
        }
        ValueJson.writeBilingual("template", finding.template(), g);
        g.writeStringProperty("messageEn", finding.message(Locale.ENGLISH));
        g.writeStringProperty("messageVi", finding.message(VIETNAMESE));
        g.writeEndObject();
    }

    // The message formats a BigDecimal, an Integer and a Long alike, but a finding's equality tells them
    // apart: the rarer integers carry a tag so that they read back as what they were.
    private static void writeArgument(Object value, JsonGenerator g) {
        if (value instanceof BigDecimal decimal) {
            ValueJson.writeDecimal(decimal, g);
        } else if (value instanceof Integer integer) {
            g.writeStartObject();
            g.writeNumberProperty("int", integer);
            g.writeEndObject();
        } else if (value instanceof Long number) {
            g.writeStartObject();
            g.writeNumberProperty("long", number);
            g.writeEndObject();
        } else if (value instanceof BilingualText text) {
            ValueJson.writeBilingual(text, g);
        } else {
            g.writeString(value.toString());
        }
    }

    private static Object readArgument(JsonParser p, ReadScope scope) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return JsonFields.decimal(p);
        }
        if (token != JsonToken.START_OBJECT) {
            throw JsonFields.mismatch(p, Finding.class, "expected an argument as text, a number or an object but found "
                    + JsonFields.describe(token));
        }
        String first = p.nextName();
        if ("int".equals(first) || "long".equals(first)) {
            p.nextToken();
            Object number;
            if ("int".equals(first)) {
                number = JsonFields.integer(p);
            } else {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw JsonFields.mismatch(p, Long.class,
                            "expected a whole number but found " + JsonFields.describe(p.currentToken()));
                }
                number = p.getLongValue();
            }
            if (p.nextToken() != JsonToken.END_OBJECT) {
                throw JsonFields.mismatch(p, Finding.class, "an integer argument has only the property '" + first + "'");
            }
            return number;
        }
        // Jackson stands on the first property name now, which JsonFields.open accepts.
        return ValueJson.readBilingual(p, scope);
    }

    static Finding readFinding(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Finding.class, FINDING);
        String code = null;
        Severity severity = null;
        Location location = null;
        String value = null;
        String rule = null;
        Map<String, Object> arguments = Map.of();
        BilingualText template = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "severity":
                    severity = f.read(ValueJson.enumReader(Severity.class));
                    break;
                case "location":
                    location = f.read(ValidationJson::readLocation);
                    break;
                case "value":
                    value = f.readText();
                    break;
                case "rule":
                    rule = f.readText();
                    break;
                case "arguments":
                    Map<String, Object> read = f.read(ValidationJson::readArguments);
                    arguments = read == null ? Map.of() : read;
                    break;
                case "template":
                    template = f.read(ValueJson::readBilingual);
                    break;
                case "messageEn":
                case "messageVi":
                    // Written for readers; the messages are made again from the template.
                    p.skipChildren();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        Severity checkedSeverity = f.require(severity, "severity");
        Location checkedLocation = f.require(location, "location");
        String checkedValue = value == null ? "" : value;
        String checkedRule = f.require(rule, "rule");
        BilingualText checkedTemplate = f.require(template, "template");
        Map<String, Object> checkedArguments = arguments;
        return f.build(() -> new Finding(checkedCode, checkedSeverity, checkedLocation, checkedValue, checkedRule,
                checkedArguments, checkedTemplate));
    }

    private static Map<String, Object> readArguments(JsonParser p, ReadScope scope) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonFields.mismatch(p, Finding.class,
                    "expected the arguments as an object but found " + JsonFields.describe(p.currentToken()));
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (String name = p.nextName(); name != null; name = p.nextName()) {
            p.nextToken();
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw JsonFields.mismatch(p, Finding.class, "the argument '" + name + "' is null");
            }
            arguments.put(name, readArgument(p, scope));
        }
        return arguments;
    }

    // Reports.

    static void writeReport(ValidationReport report, JsonGenerator g) {
        g.writeStartObject();
        g.writeBooleanProperty("acceptable", report.isAcceptable());
        g.writeName("counts");
        g.writeStartObject();
        for (Severity severity : Severity.values()) {
            g.writeNumberProperty(severity.name(), report.count(severity));
        }
        g.writeEndObject();
        g.writeName("findings");
        g.writeStartArray();
        for (Finding finding : report.findings()) {
            writeFinding(finding, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static ValidationReport readReport(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, ValidationReport.class, REPORT);
        List<Finding> findings = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "findings":
                    findings = f.list(ValidationJson::readFinding);
                    break;
                case "counts":
                case "acceptable":
                    // Written for readers; worked out again from the findings.
                    p.skipChildren();
                    break;
                default:
                    f.unknown();
            }
        }
        List<Finding> checked = f.require(findings, "findings");
        return f.build(() -> ValidationReport.of(checked));
    }
}
