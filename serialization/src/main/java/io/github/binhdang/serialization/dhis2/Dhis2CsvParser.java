package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvProblem;
import io.github.binhdang.serialization.csv.CsvRecords;
import java.io.Reader;
import java.util.List;
import java.util.Locale;

/**
 * Reads the CSV form of a data value set with the module's CSV tokenizer ({@link CsvRecords}), one row
 * at a time, into a {@link Dhis2Mapping}. The columns are positional, as DHIS2 reads them.
 */
final class Dhis2CsvParser {

    /** DHIS2's columns in order, as this package writes the header. */
    static final List<String> HEADER = List.of("dataelement", "period", "orgunit", "categoryoptioncombo",
            "attributeoptioncombo", "value", "storedby", "lastupdated", "comment", "followup");

    // The slot of each column.
    private static final int[] SLOTS = {DataValue.DATA_ELEMENT, DataValue.PERIOD, DataValue.ORG_UNIT,
        DataValue.CATEGORY_OPTION_COMBO, DataValue.ATTRIBUTE_OPTION_COMBO, DataValue.VALUE, DataValue.STORED_BY,
        DataValue.LAST_UPDATED, DataValue.COMMENT, DataValue.FOLLOWUP};

    // The least and most fields of a row: up to the value; up to DHIS2's "deleted" after followup.
    private static final int MIN_FIELDS = 6;
    private static final int MAX_FIELDS = 11;

    private final Dhis2Mapping mapping;
    private final List<Finding> findings;
    private final String file;
    private final DataValue dv = new DataValue();
    private int index;

    Dhis2CsvParser(Dhis2Mapping mapping, String file) {
        this.mapping = mapping;
        this.findings = mapping.findings();
        this.file = file;
    }

    /** Reads the rows; returns the findings of the text's syntax. */
    ValidationReport read(Reader text) {
        return CsvRecords.read(text, ',', file, new CsvRecords.Handler() {
            @Override
            public boolean header(int line, List<String> names) {
                first(line, names);
                return true;
            }

            @Override
            public void row(int line, CsvRecords.Fields fields) {
                dataRow(line, fields);
            }
        });
    }

    private void first(int line, List<String> names) {
        // A data value: a UID, then a period, which starts with its year's digits (a header's names do not).
        if (names.size() > 1 && Dhis2CodeMap.isUid(names.get(0)) && !names.get(1).isEmpty()
                && Character.isDigit(names.get(1).charAt(0))) {
            warn(line, 1, String.join(",", names), "is a data value, not a header: it is read, but DHIS2 takes the"
                    + " first row for a header and would skip it", "là một giá trị dữ liệu chứ không phải dòng tiêu"
                    + " đề: dòng này được đọc, nhưng DHIS2 coi dòng đầu là tiêu đề và sẽ bỏ qua nó");
            dataRow(line, new CsvRecords.Fields() {
                @Override
                public int size() {
                    return names.size();
                }

                @Override
                public String get(int i) {
                    return names.get(i);
                }
            });
            return;
        }
        for (int i = 0; i < names.size(); i++) {
            if (!matches(i, names.get(i).toLowerCase(Locale.ROOT).replace("_", ""))) {
                warn(line, i + 1, names.get(i), "is not DHIS2's column " + (i + 1) + " ("
                        + (i < HEADER.size() ? HEADER.get(i) : "none") + "): DHIS2 ignores the header and reads the"
                        + " columns by position, " + String.join(",", HEADER), "không phải cột " + (i + 1)
                        + " của DHIS2 (" + (i < HEADER.size() ? HEADER.get(i) : "không có") + "): DHIS2 bỏ qua dòng"
                        + " tiêu đề và đọc các cột theo thứ tự " + String.join(",", HEADER));
                return;
            }
        }
    }

    private static boolean matches(int i, String name) {
        if (i < HEADER.size() && HEADER.get(i).equals(name)) {
            return true;
        }
        return switch (i) {
            case 3 -> name.equals("catoptcombo");
            case 4 -> name.equals("attroptcombo");
            case 7 -> name.equals("timestamp");
            case 10 -> name.equals("deleted");
            default -> false;
        };
    }

    private void dataRow(int line, CsvRecords.Fields fields) {
        int n = fields.size();
        if (n < MIN_FIELDS || n > MAX_FIELDS) {
            Location location = Location.of("line " + line, "").withIndex(index).withPosition(line, 1);
            if (!file.isEmpty()) {
                location = location.withFile(file);
            }
            CsvProblem.Kind kind = CsvProblem.Kind.FIELD_COUNT;
            String detail = "has " + n + " fields; a DHIS2 data value has " + MIN_FIELDS + " to " + MAX_FIELDS
                    + " (" + String.join(",", HEADER) + ")";
            String detailVi = kind.vietnamese() + ": có " + n + " ô, một giá trị dữ liệu DHIS2 có từ " + MIN_FIELDS
                    + " đến " + MAX_FIELDS + " ô";
            findings.add(new Finding(kind.code(), Severity.ERROR, location, "", detail,
                    java.util.Map.of("where", "data value #" + index + " (line " + line + ")",
                            "whereVi", "giá trị dữ liệu #" + index + " (dòng " + line + ")",
                            "detail", detail, "detailVi", detailVi),
                    io.github.binhdang.core.BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}")));
            index++;
            mapping.rejected();
            return;
        }
        dv.clear(index, true, line, 1);
        for (int i = 0; i < n && i < SLOTS.length; i++) {
            dv.set(SLOTS[i], fields.get(i), line, i + 1);
        }
        mapping.accept(dv);
        index++;
    }

    private void warn(int line, int column, String written, String detail, String detailVi) {
        Location location = Location.of("line " + line, "").withPosition(line, column)
                .withWritten(Excerpt.of(written));
        if (!file.isEmpty()) {
            location = location.withFile(file);
        }
        findings.add(Dhis2Mapping.finding(Dhis2Problem.HEADER, Severity.WARNING, location, written,
                "line " + line + ", column " + column, "dòng " + line + ", cột " + column, detail, detailVi));
    }
}
