package io.github.binhdang.serialization.opensdg;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.PlainDecimal;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.serialization.csv.CsvProblem;
import io.github.binhdang.serialization.csv.CsvRecords;
import io.github.binhdang.serialization.internal.CellFindings;
import io.github.binhdang.serialization.internal.ExchangeCsv;
import io.github.binhdang.serialization.internal.ObservationComment;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Open SDG data file with the module's CSV tokenizer ({@link CsvRecords}), one row at a time.
 * Not thread-safe: one per reading.
 */
final class OpenSdgCsvParser {

    private static final int NONE = -1;
    private static final int CACHE_LIMIT = 10_000;

    private final OpenSdgMapping mapping;
    private final List<Unit> extraUnits;
    private final String id;
    private final String file;
    private final Dataset.Builder builder;
    private final Dataset.Row row = Dataset.row();
    private final List<Finding> findings = new ArrayList<>();
    private final PlainDecimal number = new PlainDecimal();
    private final Map<String, YearPeriod> years = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, Breakdown> breakdowns = new HashMap<>();
    private final StringBuilder key = new StringBuilder();
    private final String indicator;

    private boolean usable;
    private int rows;
    private List<String> header = List.of();
    private int year = NONE;
    private int value = NONE;
    private int geoCode = NONE;
    private int units = NONE;
    private int series = NONE;
    private int comment = NONE;
    private int[] columns = new int[0];
    private OpenSdgMapping.Column[] dims = new OpenSdgMapping.Column[0];

    OpenSdgCsvParser(OpenSdgMapping mapping, List<Unit> extraUnits, String id, String file, Dataset.Builder builder) {
        this.mapping = mapping;
        this.extraUnits = extraUnits;
        this.id = id;
        this.file = file;
        this.builder = builder;
        this.indicator = mapping.indicator(id);
    }

    static Dataset.Builder newBuilder(String file) {
        Dataset.Builder b = Dataset.builder();
        if (!file.isEmpty()) {
            b.source(SourceFile.of(file));
        }
        return b;
    }

    int rows() {
        return rows;
    }

    List<Finding> read(Reader text) {
        ExchangeCsv.Read read = ExchangeCsv.read(text, ',', file, OpenSdgProblem.HEADER.code(), findings,
                new ExchangeCsv.Table() {
                    @Override
                    public boolean header(int line, List<String> names) {
                        OpenSdgCsvParser.this.header(line, names);
                        return usable;
                    }

                    @Override
                    public void row(int line, int record, CsvRecords.Fields fields) {
                        dataRow(line, record, fields);
                    }
                });
        rows = read.rows();
        return read.findings();
    }

    private void header(int line, List<String> names) {
        header = List.copyOf(names);
        List<Integer> cols = new ArrayList<>();
        List<OpenSdgMapping.Column> columnList = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Integer before = seen.putIfAbsent(name, i);
            if (before != null) {
                add(OpenSdgProblem.HEADER, Severity.ERROR, line, name, i + 1, name, "is given twice, in columns "
                        + (before + 1) + " and " + (i + 1), "bị lặp lại, ở cột " + (before + 1) + " và cột " + (i + 1));
                return;
            }
            switch (name) {
                case "Year" -> year = i;
                case "Value" -> value = i;
                case "GeoCode" -> geoCode = i;
                case "Units" -> units = i;
                case "Series" -> series = i;
                case "COMMENT_OBS" -> comment = i;
                default -> {
                    if (!mapping.isIgnored(name) && !name.isEmpty()) {
                        cols.add(i);
                        columnList.add(mapping.column(name));
                    }
                }
            }
        }
        if (year == NONE || value == NONE) {
            add(OpenSdgProblem.HEADER, Severity.ERROR, line, "", 0, String.join(",", names),
                    "has no column " + (year == NONE ? "Year" : "Value") + ": Open SDG data have Year first and Value"
                            + " last", "thiếu cột " + (year == NONE ? "Year" : "Value")
                            + ": dữ liệu Open SDG có cột Year đầu tiên và Value cuối cùng");
            return;
        }
        if (year != 0 || value != names.size() - 1) {
            add(OpenSdgProblem.ORDER, Severity.WARNING, line, "", 0, String.join(",", names),
                    "is read by the column names, but sdg-build checks that Year is first and Value last",
                    "vẫn được đọc theo tên cột, nhưng sdg-build kiểm tra Year là cột đầu và Value là cột cuối");
        }
        for (int i = 0; i < columnList.size(); i++) {
            String dimension = columnList.get(i).dimension().code();
            for (int j = 0; j < i; j++) {
                if (columnList.get(j).dimension().code().equals(dimension)) {
                    add(OpenSdgProblem.HEADER, Severity.ERROR, line, columnList.get(i).name(), cols.get(i) + 1,
                            columnList.get(i).name(), "is the breakdown " + dimension + " of column "
                                    + columnList.get(j).name() + " too", "cũng là phân tổ " + dimension + " của cột "
                                    + columnList.get(j).name());
                    return;
                }
            }
        }
        columns = cols.stream().mapToInt(Integer::intValue).toArray();
        dims = columnList.toArray(new OpenSdgMapping.Column[0]);
        usable = true;
    }

    private void dataRow(int line, int record, CsvRecords.Fields f) {
        if (f.size() != header.size()) {
            CsvProblem.Kind kind = CsvProblem.Kind.FIELD_COUNT;
            add(kind.code(), Severity.ERROR, line, "", 0, "", "has " + f.size() + " fields; the header has "
                    + header.size() + " columns", kind.vietnamese() + ": " + f.size() + " ô, dòng tiêu đề có "
                    + header.size() + " cột");
            return;
        }
        int before = findings.size();
        String ind = indicator;
        if (series != NONE) {
            String label = f.get(series);
            ind = label.isEmpty() ? indicator : mapping.indicator(id, label);
            if (ind == null) {
                add(OpenSdgProblem.CODE, Severity.ERROR, line, "Series", series + 1, label,
                        "is not a series of indicator " + id + " in the mapping",
                        "không phải chuỗi số liệu của chỉ tiêu " + id + " trong bảng đối chiếu");
            }
        }
        String ar = area(f, line);
        YearPeriod y = year(f, line);
        Breakdown breakdown = breakdown(f, line);
        Unit unit = null;
        if (units != NONE && !f.get(units).isEmpty()) {
            unit = mapping.unit(f.get(units), extraUnits);
            if (unit == null) {
                add(OpenSdgProblem.CODE, Severity.ERROR, line, "Units", units + 1, f.get(units),
                        "is not a unit of the mapping or a unit's code", "không phải đơn vị trong bảng đối chiếu");
            }
        }
        ObservationComment.Extras extras = new ObservationComment.Extras();
        if (comment != NONE) {
            String text = f.get(comment);
            try {
                extras = ObservationComment.parse(text, extraUnits);
            } catch (InvalidValueException e) {
                extras = null;
                add(OpenSdgProblem.COMMENT, Severity.ERROR, line, "COMMENT_OBS", comment + 1, text, e.getMessage(),
                        "phần “" + e.field() + "” của ghi chú không đọc được (" + e.getMessage() + ")");
            }
        }
        ReportingPeriod period = y;
        if (extras != null && extras.period != null && y != null) {
            if (extras.period.startYear() != y.year()) {
                add(OpenSdgProblem.PERIOD, Severity.ERROR, line, "Year", year + 1, f.get(year),
                        "is not the first year of the period in COMMENT_OBS, " + extras.period,
                        "không phải năm đầu của kỳ trong COMMENT_OBS, " + extras.period);
            }
            period = extras.period;
        }
        String valueText = f.get(value);
        boolean valueRead = false;
        BigDecimal big = null;
        if (!valueText.isEmpty()) {
            if (number.read(valueText)) {
                valueRead = true;
            } else {
                try {
                    big = NumberNotation.PLAIN.parse(valueText);
                    valueRead = true;
                } catch (TextParseException e) {
                    add(OpenSdgProblem.VALUE, Severity.ERROR, line, "Value", value + 1, valueText,
                            "is not a number: Open SDG writes a value as plain digits with a point, such as 38.89",
                            "không phải là số: Open SDG ghi giá trị bằng chữ số với dấu chấm thập phân, như 38.89");
                }
            }
        } else if (extras != null && extras.numerator == null && extras.denominator == null) {
            add(OpenSdgProblem.MISSING, Severity.ERROR, line, "Value", value + 1, "",
                    "no value, and no numerator or denominator in COMMENT_OBS",
                    "không có giá trị, cũng không có tử số hay mẫu số trong COMMENT_OBS");
        }
        if (findings.size() > before || extras == null || ind == null || ar == null || period == null
                || breakdown == null) {
            return;
        }
        row.clear().key(ind, ar, period, breakdown).at(line, 1, record);
        try {
            if (valueRead) {
                if (big != null) {
                    row.value(big);
                } else {
                    row.value(number.unscaled(), number.scale());
                }
            }
            extras.fill(row, unit, ObservationStatus.FINAL);
            OptionalInt first = builder.addIfAbsent(row);
            if (first.isPresent()) {
                findings.add(ExchangeCsv.duplicate(OpenSdgProblem.DUPLICATE.code(), file, line, builder,
                        first.getAsInt(), ind, ar, period, breakdown));
            }
        } catch (InvalidValueException e) {
            add(OpenSdgProblem.REFUSED, Severity.ERROR, line, "Value", value + 1, valueText, e.getMessage(),
                    "mô hình không nhận dòng này (" + e.getMessage() + ")");
        }
    }

    private @Nullable String area(CsvRecords.Fields f, int line) {
        String code = geoCode == NONE ? "" : f.get(geoCode);
        if (code.isEmpty()) {
            String d = mapping.defaultArea().orElse(null);
            if (d == null) {
                add(OpenSdgProblem.MISSING, Severity.ERROR, line, geoCode == NONE ? "" : "GeoCode", geoCode + 1, "",
                        "has no GeoCode, and the mapping names no area for rows without one",
                        "không có GeoCode, và bảng đối chiếu không chỉ định địa bàn cho dòng không có GeoCode");
            }
            return d;
        }
        String known = areas.get(code);
        if (known == null) {
            known = mapping.area(code);
            if (areas.size() < CACHE_LIMIT) {
                areas.put(code, known);
            }
        }
        return known;
    }

    private @Nullable YearPeriod year(CsvRecords.Fields f, int line) {
        String text = f.get(year);
        YearPeriod known = years.get(text);
        if (known != null) {
            return known;
        }
        try {
            if (text.length() != 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new InvalidValueException("Year", "'" + text + "'", "must be a year of four digits");
            }
            known = YearPeriod.of(Integer.parseInt(text));
        } catch (InvalidValueException e) {
            add(OpenSdgProblem.PERIOD, Severity.ERROR, line, "Year", year + 1, text,
                    "is not a year: Open SDG's Year is a year such as 2021; another period goes in COMMENT_OBS"
                            + " (period=2022-Q3)", "không phải là năm: cột Year của Open SDG ghi năm như 2021; kỳ"
                            + " khác ghi trong COMMENT_OBS (period=2022-Q3)");
            return null;
        }
        if (years.size() < CACHE_LIMIT) {
            years.put(text, known);
        }
        return known;
    }

    private @Nullable Breakdown breakdown(CsvRecords.Fields f, int line) {
        key.setLength(0);
        boolean total = true;
        for (int c : columns) {
            String v = f.get(c);
            if (!v.isEmpty()) {
                total = false;
            }
            key.append(v).append('\u0000');
        }
        if (total) {
            return Breakdown.TOTAL;
        }
        String k = key.toString();
        Breakdown known = breakdowns.get(k);
        if (known != null) {
            return known;
        }
        Breakdown b = Breakdown.TOTAL;
        for (int i = 0; i < columns.length; i++) {
            String v = f.get(columns[i]);
            if (v.isEmpty()) {
                continue;
            }
            OpenSdgMapping.Column c = dims[i];
            String category = c.toCategory().isEmpty() ? v : c.toCategory().get(v);
            try {
                if (category == null) {
                    throw new InvalidValueException("Breakdown.category", "'" + v + "'", "is not in the mapping");
                }
                b = b.with(c.dimension(), category);
            } catch (InvalidValueException e) {
                add(OpenSdgProblem.CODE, Severity.ERROR, line, c.name(), columns[i] + 1, v,
                        "is not a value of the disaggregation " + c.name() + " the mapping knows (" + e.rule() + ")",
                        "không phải giá trị của phân tổ " + c.name() + " trong bảng đối chiếu (" + e.rule() + ")");
                return null;
            }
        }
        if (breakdowns.size() < CACHE_LIMIT) {
            breakdowns.put(k, b);
        }
        return b;
    }

    private void add(OpenSdgProblem kind, Severity severity, int line, String column, int number, String written,
            String detail, String detailVi) {
        add(kind.code(), severity, line, column, number, written, detail, detailVi);
    }

    private void add(String code, Severity severity, int line, String column, int number, String written,
            String detail, String detailVi) {
        findings.add(CellFindings.of(code, severity, file, line, column, number, written, detail, detailVi));
    }
}
