package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.JsonProblem;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the JSON form of a data value set with Jackson's token stream, one data value at a time, into a
 * {@link Dhis2Mapping}. The set's own {@code period}, {@code orgUnit} and {@code attributeOptionCombo}
 * stand for those of the data values after them that have none.
 */
final class Dhis2JsonParser {

    private static final Set<String> SET_PROPERTIES = Set.of("dataSet", "completeDate", "period", "orgUnit",
            "attributeOptionCombo", "attributeCategoryOptions", "dataValues");

    private final Dhis2Mapping mapping;
    private final List<Finding> findings;
    private final String file;
    private final DataValue dv = new DataValue();
    // UIDs and periods repeat value after value: each kept as one string, none made per data value.
    private final TextTable texts;
    private String setPeriod = "";
    private String setOrgUnit = "";
    private String setAttributeOptionCombo = "";
    private int setPeriodLine;
    private int setPeriodColumn;
    private int setOrgUnitLine;
    private int setOrgUnitColumn;
    private int setAocLine;
    private int setAocColumn;

    Dhis2JsonParser(Dhis2Mapping mapping, String file) {
        this.mapping = mapping;
        this.findings = mapping.findings();
        this.file = file;
        this.texts = new TextTable(mapping.uids(), 4_096);
    }

    void read(Reader text) {
        read(() -> BinhdangJson.mapper().reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(text));
    }

    /** Reads UTF-8 bytes with Jackson's byte parser, which is faster than decoding them first. */
    void read(InputStream in) {
        read(() -> BinhdangJson.mapper().reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).createParser(in));
    }

    private void read(Supplier<JsonParser> open) {
        JsonParser p = null;
        try {
            p = open.get();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problem(JsonProblem.VALUE, p, "$", "a data value set is a JSON object",
                        "một bộ giá trị dữ liệu phải là một đối tượng JSON");
                return;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "dataValues" -> dataValues(p, t);
                    case "period" -> {
                        setPeriod = scalar(p, t, "$.period");
                        setPeriodLine = line(p);
                        setPeriodColumn = column(p);
                    }
                    case "orgUnit" -> {
                        setOrgUnit = scalar(p, t, "$.orgUnit");
                        setOrgUnitLine = line(p);
                        setOrgUnitColumn = column(p);
                    }
                    case "attributeOptionCombo" -> {
                        setAttributeOptionCombo = scalar(p, t, "$.attributeOptionCombo");
                        setAocLine = line(p);
                        setAocColumn = column(p);
                    }
                    default -> {
                        if (!SET_PROPERTIES.contains(name)) {
                            unknown(p, "$." + name);
                        }
                        p.skipChildren();
                    }
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
            int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
            JsonProblem kind = JsonProblem.of(e);
            add(kind, Severity.ERROR, "$", line, column, e.getOriginalMessage(),
                    kind.vietnamese().replace("{path}", "$") + ": " + e.getOriginalMessage());
        } finally {
            if (p != null) {
                p.close();
            }
        }
    }

    private void dataValues(JsonParser p, JsonToken t) {
        if (t != JsonToken.START_ARRAY) {
            problem(JsonProblem.VALUE, p, "$.dataValues", "dataValues must be an array",
                    "dataValues phải là một mảng");
            p.skipChildren();
            return;
        }
        int index = 0;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                problem(JsonProblem.VALUE, p, path(index, null), "a data value is a JSON object",
                        "một giá trị dữ liệu phải là một đối tượng JSON");
                p.skipChildren();
                index++;
                mapping.rejected();
                continue;
            }
            TokenStreamLocation start = p.currentTokenLocation();
            int startLine = Math.max(1, start.getLineNr());
            int startColumn = Math.max(1, start.getColumnNr());
            dv.clear(index, false, startLine, startColumn);
            dv.set(DataValue.PERIOD, setPeriod, setPeriodLine > 0 ? setPeriodLine : startLine,
                    setPeriodLine > 0 ? setPeriodColumn : startColumn);
            dv.set(DataValue.ORG_UNIT, setOrgUnit, setOrgUnitLine > 0 ? setOrgUnitLine : startLine,
                    setOrgUnitLine > 0 ? setOrgUnitColumn : startColumn);
            dv.set(DataValue.ATTRIBUTE_OPTION_COMBO, setAttributeOptionCombo, setAocLine > 0 ? setAocLine : startLine,
                    setAocLine > 0 ? setAocColumn : startColumn);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                int slot = slot(name);
                if (slot < 0) {
                    if (!name.equals("deleted")) {
                        unknown(p, path(index, name));
                    }
                    p.skipChildren();
                    continue;
                }
                TokenStreamLocation at = p.currentTokenLocation();
                String text = v == JsonToken.VALUE_STRING && DataValue.repeats(slot)
                        ? texts.text(p.getStringCharacters(), p.getStringOffset(), p.getStringLength())
                        : scalar(p, v, index, name);
                dv.set(slot, text, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
            }
            mapping.accept(dv);
            index++;
        }
    }

    /** The path of a data value, or of one of its properties: made only for a finding. */
    private static String path(int index, @Nullable String name) {
        String subject = "$." + DataValue.subject(index, false, 0);
        return name == null ? subject : subject + "." + name;
    }

    private static int slot(String name) {
        return switch (name) {
            case "dataElement" -> DataValue.DATA_ELEMENT;
            case "period" -> DataValue.PERIOD;
            case "orgUnit" -> DataValue.ORG_UNIT;
            case "categoryOptionCombo" -> DataValue.CATEGORY_OPTION_COMBO;
            case "attributeOptionCombo" -> DataValue.ATTRIBUTE_OPTION_COMBO;
            case "value" -> DataValue.VALUE;
            case "storedBy" -> DataValue.STORED_BY;
            case "lastUpdated" -> DataValue.LAST_UPDATED;
            case "comment" -> DataValue.COMMENT;
            case "followup" -> DataValue.FOLLOWUP;
            case "created" -> DataValue.CREATED;
            default -> -1;
        };
    }

    /** A scalar's text, numbers and booleans as written; null as empty; an object or array is a problem. */
    private String scalar(JsonParser p, JsonToken t, String path) {
        return scalar(p, t, -1, path);
    }

    /**
     * A scalar's text, numbers and booleans as written; null as empty; an object or array is a problem.
     * The path is {@code name} itself for an index below 0, else the property {@code name} of the data value
     * at the index; it is made only for a problem.
     */
    private String scalar(JsonParser p, JsonToken t, int index, String name) {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
                || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return p.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            problem(JsonProblem.VALUE, p, index < 0 ? name : path(index, name), "must be a string, a number or a boolean",
                    "phải là chuỗi, số hoặc giá trị đúng/sai");
            p.skipChildren();
        }
        return "";
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static int column(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
    }

    private void unknown(JsonParser p, String path) {
        add(JsonProblem.UNKNOWN, Severity.WARNING, path, line(p), column(p),
                "a data value set has no property " + path + "; it is not read",
                "bộ giá trị dữ liệu không có thuộc tính " + path + "; phần này không được đọc");
    }

    private void problem(JsonProblem kind, JsonParser p, String path, String detail, String detailVi) {
        add(kind, Severity.ERROR, path, line(p), column(p), detail, detailVi);
    }

    private void add(JsonProblem kind, Severity severity, String path, int line, int column, String detail,
            String detailVi) {
        Location location = Location.of(path, "").withPosition(line, column);
        if (!file.isEmpty()) {
            location = location.withFile(file);
        }
        findings.add(new Finding(kind.code(), severity, location, "", detail,
                java.util.Map.of("where", path + " (line " + line + ", column " + column + ")",
                        "whereVi", path + " (dòng " + line + ", cột " + column + ")",
                        "detail", detail, "detailVi", detailVi),
                io.github.binhdang.core.BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}")));
    }
}
