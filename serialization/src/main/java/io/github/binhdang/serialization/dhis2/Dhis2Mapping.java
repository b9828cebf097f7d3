package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.PlainDecimal;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.serialization.internal.ObservationComment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Turns data values, one at a time as they are read, into the rows of a dataset or into findings: the
 * one place where a DHIS2 data value meets the model, for both the JSON and the CSV form and for the
 * importer. Not thread-safe: one per reading.
 */
final class Dhis2Mapping {

    private final Dhis2CodeMap map;
    private final List<Unit> units;
    private final String file;
    private final Dataset.Builder builder = Dataset.builder();
    private final List<Finding> findings = new ArrayList<>();
    private final PlainDecimal number = new PlainDecimal();
    // One row for the whole reading, cleared for each data value: no object per value.
    private final Dataset.Row row = builder.row();
    private final ObservationComment.Extras extras = new ObservationComment.Extras();
    // Periods repeat value after value: each text is read once; a refusal is kept as its reason.
    private final Map<String, Object> periods = new HashMap<>();
    private int dataValues;

    Dhis2Mapping(Dhis2CodeMap map, List<Unit> units, String file) {
        this.map = map;
        this.units = units;
        this.file = file;
        if (!file.isEmpty()) {
            builder.source(SourceFile.of(file));
        }
    }

    /** The code map's UIDs, for a parser's {@link TextTable}. */
    List<String> uids() {
        return map.uids();
    }

    int dataValues() {
        return dataValues;
    }

    /** Counts a data value that a parser reported and did not hand over. */
    void rejected() {
        dataValues++;
    }

    List<Finding> findings() {
        return findings;
    }

    Dataset dataset() {
        return builder.build();
    }

    /** Maps one data value: a row of the dataset, or findings. */
    void accept(DataValue dv) {
        dataValues++;
        int before = countErrors();
        // Looked up first: a code the map has is a UID (its builder checks), so only a miss is checked.
        String indicator = map.indicatorOrNull(dv.text[DataValue.DATA_ELEMENT]);
        if (indicator == null) {
            unknownCode(dv, DataValue.DATA_ELEMENT, "indicator", "chỉ tiêu");
        }
        String area = map.areaOrNull(dv.text[DataValue.ORG_UNIT]);
        if (area == null) {
            unknownCode(dv, DataValue.ORG_UNIT, "area", "địa bàn");
        }
        String coc = dv.text[DataValue.CATEGORY_OPTION_COMBO];
        if (coc.isEmpty()) {
            coc = Dhis2CodeMap.DEFAULT_COMBO;
        }
        Breakdown breakdown = map.breakdownOrNull(coc);
        if (breakdown == null) {
            breakdown = Breakdown.TOTAL;
            if (!Dhis2CodeMap.isUid(coc)) {
                notUid(dv, DataValue.CATEGORY_OPTION_COMBO, coc);
            } else {
                unmapped(dv, DataValue.CATEGORY_OPTION_COMBO, coc, "breakdown", "phân tổ");
            }
        }
        String aoc = dv.text[DataValue.ATTRIBUTE_OPTION_COMBO];
        if (aoc.isEmpty()) {
            aoc = Dhis2CodeMap.DEFAULT_COMBO;
        }
        if (!map.acceptsAttributeOptionCombo(aoc)) {
            if (!Dhis2CodeMap.isUid(aoc)) {
                notUid(dv, DataValue.ATTRIBUTE_OPTION_COMBO, aoc);
            } else {
                add(Dhis2Problem.CODE, dv, DataValue.ATTRIBUTE_OPTION_COMBO, aoc,
                        "is not an attribute option combo the code map accepts (" + map.attributeOptionCombo() + ")",
                        "không phải nhóm thuộc tính mà bảng đối chiếu mã chấp nhận (" + map.attributeOptionCombo() + ")");
            }
        }
        ReportingPeriod period = period(dv);
        ObservationComment.Extras extras = this.extras;
        String comment = dv.text[DataValue.COMMENT];
        try {
            Dhis2Comment.parse(comment, units, extras);
        } catch (InvalidValueException e) {
            extras = null;
            add(Dhis2Problem.COMMENT, dv, DataValue.COMMENT, comment, e.getMessage(),
                    "phần “" + e.field() + "” của ghi chú không đọc được (" + e.getMessage() + ")");
        }
        String followup = dv.text[DataValue.FOLLOWUP];
        if (!followup.isEmpty() && !followup.equalsIgnoreCase("true") && !followup.equalsIgnoreCase("false")) {
            add(Dhis2Problem.VALUE, dv, DataValue.FOLLOWUP, followup, "must be true or false",
                    "phải là true hoặc false");
        }
        if (extras != null && extras.period != null && period != null) {
            String filed = Dhis2Periods.filed(extras.period);
            if (!filed.equals(Dhis2Periods.filed(period)) || Dhis2Periods.format(period).isEmpty()) {
                add(Dhis2Problem.PERIOD, dv, DataValue.PERIOD, dv.text[DataValue.PERIOD],
                        "does not match the period of the comment, " + extras.period + ", which is filed under "
                                + filed, "không khớp với kỳ trong ghi chú, " + extras.period
                                + ", vốn được ghi dưới kỳ " + filed);
            }
            period = extras.period;
        }
        String valueText = dv.text[DataValue.VALUE];
        boolean hasValue = !valueText.isEmpty();
        boolean valueRead = false;
        java.math.BigDecimal big = null;
        if (hasValue) {
            if (number.read(valueText)) {
                valueRead = true;
            } else {
                try {
                    big = NumberNotation.PLAIN.parse(valueText);
                    valueRead = true;
                } catch (TextParseException e) {
                    add(Dhis2Problem.VALUE, dv, DataValue.VALUE, valueText,
                            "is not a number: DHIS2 writes a value as plain digits with a point, such as 38.89",
                            "không phải là số: DHIS2 ghi giá trị bằng chữ số với dấu chấm thập phân, như 38.89");
                }
            }
        } else if (extras != null && extras.numerator == null && extras.denominator == null) {
            add(Dhis2Problem.MISSING, dv, DataValue.VALUE, "",
                    "no value, and no numerator or denominator in the comment",
                    "không có giá trị, cũng không có tử số hay mẫu số trong ghi chú");
        }
        if (countErrors() > before || extras == null || indicator == null || area == null || period == null) {
            return;
        }
        Dataset.Row row = this.row.clear().key(indicator, area, period, breakdown)
                .at(dv.startLine, dv.startColumn, dv.index);
        try {
            if (valueRead) {
                if (big != null) {
                    row.value(big);
                } else {
                    row.value(number.unscaled(), number.scale());
                }
            }
            extras.fill(row, null, ObservationStatus.FINAL);
            OptionalInt first = builder.addIfAbsent(row);
            if (first.isPresent()) {
                // Every row is added with its data value's number as its record, and a line.
                SourcePosition at = builder.position(first.getAsInt()).orElseThrow();
                add(Dhis2Problem.DUPLICATE, dv, DataValue.DATA_ELEMENT, dv.text[DataValue.DATA_ELEMENT],
                        "has the key " + indicator + "/" + area + "/" + period + "/" + breakdown + " of the data value #"
                                + at.record() + " (line " + at.line() + ")",
                        "trùng khóa " + indicator + "/" + area + "/" + period + "/" + breakdown + " với giá trị dữ liệu #"
                                + at.record() + " (dòng " + at.line() + ")");
                return;
            }
        } catch (InvalidValueException e) {
            add(Dhis2Problem.REFUSED, dv, DataValue.VALUE, valueText, e.getMessage(),
                    "mô hình không nhận giá trị này (" + e.getMessage() + ")");
        }
    }

    private int countErrors() {
        return findings.size();
    }

    /** The findings of a data element or organisation unit the map does not have: missing, no UID, unmapped. */
    private void unknownCode(DataValue dv, int slot, String noun, String nounVi) {
        String uid = dv.text[slot];
        if (uid.isEmpty()) {
            missing(dv, slot);
        } else if (!Dhis2CodeMap.isUid(uid)) {
            notUid(dv, slot, uid);
        } else {
            unmapped(dv, slot, uid, noun, nounVi);
        }
    }

    private void missing(DataValue dv, int slot) {
        add(Dhis2Problem.MISSING, dv, slot, "", "is missing", "bị thiếu");
    }

    private void notUid(DataValue dv, int slot, String text) {
        add(Dhis2Problem.CODE, dv, slot, text, "is not a DHIS2 UID: 11 characters, a letter then 10 letters or digits",
                "không phải mã UID của DHIS2: 11 ký tự, một chữ cái rồi 10 chữ cái hoặc chữ số");
    }

    private void unmapped(DataValue dv, int slot, String uid, String noun, String nounVi) {
        add(Dhis2Problem.CODE, dv, slot, uid, "has no " + noun + " in the code map",
                "không có " + nounVi + " tương ứng trong bảng đối chiếu mã");
    }

    private @Nullable ReportingPeriod period(DataValue dv) {
        String text = dv.text[DataValue.PERIOD];
        if (text.isEmpty()) {
            missing(dv, DataValue.PERIOD);
            return null;
        }
        Object known = periods.get(text);
        if (known == null) {
            try {
                known = Dhis2Periods.parse(text);
            } catch (TextParseException e) {
                known = e.rule();
            }
            if (periods.size() < 10_000) {
                periods.put(text, known);
            }
        }
        if (known instanceof ReportingPeriod p) {
            return p;
        }
        add(Dhis2Problem.PERIOD, dv, DataValue.PERIOD, text, "cannot be read as a DHIS2 period: " + known,
                "không đọc được là kỳ báo cáo DHIS2 (" + known + ")");
        return null;
    }

    private void add(Dhis2Problem kind, DataValue dv, int slot, String written, String detail, String detailVi) {
        String property = DataValue.PROPERTIES.get(slot);
        Location location = Location.of(dv.subject(), property).withIndex(dv.index)
                .withPosition(dv.line[slot], dv.column[slot]).withWritten(Excerpt.of(written));
        if (!file.isEmpty()) {
            location = location.withFile(file);
        }
        findings.add(finding(kind, Severity.ERROR, location, written,
                "data value #" + dv.index + " (line " + dv.line[slot] + ", column " + dv.column[slot] + "), "
                        + property,
                "giá trị dữ liệu #" + dv.index + " (dòng " + dv.line[slot] + ", cột " + dv.column[slot] + "), "
                        + property, detail, detailVi));
    }

    /**
     * Makes a finding: {@code <where> '<value>': <detail>} in English and
     * {@code <where> “<value>”: <detail in Vietnamese>}, the value quoted with {@link Excerpt}.
     */
    static Finding finding(Dhis2Problem kind, Severity severity, Location location, String written, String where,
            String whereVi, String detail, String detailVi) {
        String value = Excerpt.of(written);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("where", where);
        arguments.put("whereVi", whereVi);
        arguments.put("detail", detail);
        arguments.put("detailVi", detailVi);
        BilingualText template = value.isEmpty()
                ? BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}")
                : BilingualText.of("{whereVi} “{value}”: {detailVi}", "{where} '{value}': {detail}");
        return new Finding(kind.code(), severity, location, value, detail, arguments, template);
    }
}
