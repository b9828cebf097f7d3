package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.PlainDecimal;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
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
 * Reads SDMX-CSV 1.0 or 2.0 with the module's CSV tokenizer ({@link CsvRecords}), one row at a time, into
 * a dataset through an {@link SdmxStructure}. Not thread-safe: one per reading.
 */
final class SdmxCsvParser {

    // The columns that are not the structure's dimensions.
    private static final int NONE = -1;
    private static final int CACHE_LIMIT = 10_000;

    private final SdmxStructure structure;
    private final List<Unit> extraUnits;
    private final String file;
    private final Dataset.Builder builder = Dataset.builder();
    private final Dataset.Row row = Dataset.row();
    private final List<Finding> findings = new ArrayList<>();
    private final PlainDecimal number = new PlainDecimal();
    private final Map<String, Object> periods = new HashMap<>();
    private final Map<String, String> indicators = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();
    private final Map<String, Breakdown> breakdowns = new HashMap<>();

    private @Nullable SdmxVersion version;
    private boolean usable;
    private int rows;
    private List<String> header = List.of();
    // Column positions.
    private int action = NONE;
    private int indicator = NONE;
    private int area = NONE;
    private int time = NONE;
    private int value = NONE;
    private int unitMeasure = NONE;
    private int unitMult = NONE;
    private int obsStatus = NONE;
    private int timeDetail = NONE;
    private int comment = NONE;
    private int[] breakdownColumns = new int[0];
    private SdmxStructure.Dimension[] breakdownDimensions = new SdmxStructure.Dimension[0];
    private int[] fixedColumns = new int[0];
    private SdmxStructure.Dimension[] fixedDimensions = new SdmxStructure.Dimension[0];
    private final StringBuilder key = new StringBuilder();

    SdmxCsvParser(SdmxStructure structure, List<Unit> extraUnits, String file) {
        this.structure = structure;
        this.extraUnits = extraUnits;
        this.file = file;
        if (!file.isEmpty()) {
            builder.source(SourceFile.of(file));
        }
    }

    SdmxReadResult read(Reader text) {
        ExchangeCsv.Read read = ExchangeCsv.read(text, '\0', file, SdmxProblem.HEADER.code(), findings,
                new ExchangeCsv.Table() {
                    @Override
                    public boolean header(int line, List<String> names) {
                        SdmxCsvParser.this.header(line, names);
                        return usable;
                    }

                    @Override
                    public void row(int line, int record, CsvRecords.Fields fields) {
                        dataRow(line, record, fields);
                    }
                });
        rows = read.rows();
        List<Finding> all = read.findings();
        SdmxVersion shown = version;
        return shown == null ? SdmxReadResult.ofNoVersion(builder.build(), rows, ValidationReport.of(all))
                : SdmxReadResult.of(builder.build(), rows, shown, ValidationReport.of(all));
    }

    /** The id of a header or the code of a coded cell: the part before ": " (labels=both). */
    private static String id(String text) {
        int i = text.indexOf(": ");
        return i > 0 ? text.substring(0, i) : text;
    }

    private static String headerId(String text) {
        String id = id(text).trim();
        int bracket = id.indexOf('[');
        return bracket > 0 ? id.substring(0, bracket) : id;
    }

    private void header(int line, List<String> names) {
        header = List.copyOf(names);
        String first = headerId(names.get(0));
        if (first.equals("DATAFLOW")) {
            version = SdmxVersion.V1_0;
        } else if (first.equals("STRUCTURE")) {
            version = SdmxVersion.V2_0;
            if (names.size() < 2 || !headerId(names.get(1)).equals("STRUCTURE_ID")) {
                add(SdmxProblem.HEADER, Severity.ERROR, line, names.size() < 2 ? "" : names.get(1), 2,
                        names.size() < 2 ? "" : names.get(1), "is not STRUCTURE_ID, the second column of SDMX-CSV 2.0",
                        "không phải STRUCTURE_ID, cột thứ hai của SDMX-CSV 2.0");
                return;
            }
        } else {
            add(SdmxProblem.HEADER, Severity.ERROR, line, names.get(0), 1, names.get(0),
                    "is not SDMX-CSV: the first column is DATAFLOW (1.0) or STRUCTURE (2.0)",
                    "không phải SDMX-CSV: cột đầu tiên phải là DATAFLOW (1.0) hoặc STRUCTURE (2.0)");
            return;
        }
        List<Integer> bCols = new ArrayList<>();
        List<SdmxStructure.Dimension> bDims = new ArrayList<>();
        List<Integer> fCols = new ArrayList<>();
        List<SdmxStructure.Dimension> fDims = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < names.size(); i++) {
            String id = headerId(names.get(i));
            if (id.isEmpty()) {
                continue;
            }
            Integer before = seen.putIfAbsent(id, i);
            if (before != null) {
                add(SdmxProblem.HEADER, Severity.ERROR, line, names.get(i), i + 1, names.get(i),
                        "is given twice, in columns " + (before + 1) + " and " + (i + 1),
                        "bị lặp lại, ở cột " + (before + 1) + " và cột " + (i + 1));
                return;
            }
            switch (id) {
                case "ACTION" -> action = i;
                case "OBS_VALUE" -> value = i;
                case "UNIT_MEASURE" -> unitMeasure = i;
                case "UNIT_MULT" -> unitMult = i;
                case "OBS_STATUS" -> obsStatus = i;
                case "TIME_DETAIL" -> timeDetail = i;
                case "COMMENT_OBS" -> comment = i;
                default -> {
                    SdmxStructure.Dimension d = structure.dimension(id);
                    if (d != null) {
                        switch (d.role()) {
                            case INDICATOR -> indicator = i;
                            case AREA -> area = i;
                            case TIME -> time = i;
                            case BREAKDOWN -> {
                                bCols.add(i);
                                bDims.add(d);
                            }
                            case FIXED -> {
                                fCols.add(i);
                                fDims.add(d);
                            }
                            default -> throw new IllegalStateException(d.role().name());
                        }
                    }
                    // Any other column is a custom column, STRUCTURE_ID, STRUCTURE_NAME, a key or a name column
                    // (labels=name): SDMX-CSV allows them, and they hold nothing the model keeps.
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (SdmxStructure.Dimension d : structure.dimensions()) {
            int at = switch (d.role()) {
                case INDICATOR -> indicator;
                case AREA -> area;
                case TIME -> time;
                default -> 0;
            };
            if (at == NONE) {
                missing.add(d.id());
            }
        }
        if (value == NONE) {
            missing.add("OBS_VALUE");
        }
        if (!missing.isEmpty()) {
            add(SdmxProblem.HEADER, Severity.ERROR, line, "", 0, String.join(",", names),
                    "has no column " + String.join(", ", missing) + ": the structure needs the indicator, the area,"
                            + " the time period and OBS_VALUE",
                    "thiếu cột " + String.join(", ", missing) + ": cần có chỉ tiêu, địa bàn, kỳ báo cáo và OBS_VALUE");
            return;
        }
        breakdownColumns = bCols.stream().mapToInt(Integer::intValue).toArray();
        breakdownDimensions = bDims.toArray(new SdmxStructure.Dimension[0]);
        fixedColumns = fCols.stream().mapToInt(Integer::intValue).toArray();
        fixedDimensions = fDims.toArray(new SdmxStructure.Dimension[0]);
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
        if (action != NONE) {
            String a = id(f.get(action));
            switch (a) {
                case "", "I", "A", "M", "R" -> {
                }
                case "D" -> {
                    add(SdmxProblem.DELETE, Severity.WARNING, line, header.get(action), action + 1, a,
                            "asks to delete data: the row is reported here and not applied",
                            "yêu cầu xóa dữ liệu: dòng này chỉ được báo cáo, không được áp dụng");
                    return;
                }
                default -> {
                    add(SdmxProblem.ACTION, Severity.ERROR, line, header.get(action), action + 1, a,
                            "is not an SDMX-CSV action: I, A, M, R or D", "không phải thao tác của SDMX-CSV: I, A, M, R hoặc D");
                    return;
                }
            }
        }
        String ind = code(f, line, indicator, indicators, true);
        String ar = code(f, line, area, areas, false);
        ReportingPeriod period = period(f, line);
        Breakdown breakdown = breakdown(f, line);
        for (int i = 0; i < fixedColumns.length; i++) {
            int c = fixedColumns[i];
            String code = id(f.get(c));
            if (!code.isEmpty() && !code.equals(SdmxStructure.TOTAL) && !code.equals(fixedDimensions[i].fixed())) {
                add(SdmxProblem.CODE, Severity.ERROR, line, header.get(c), c + 1, code,
                        "is not read: the structure holds only " + fixedDimensions[i].fixed() + " in "
                                + fixedDimensions[i].id() + ", and the model could not tell this row from others",
                        "không đọc được: cấu trúc chỉ nhận mã " + fixedDimensions[i].fixed() + " ở "
                                + fixedDimensions[i].id());
            }
        }
        ObservationComment.Extras extras = null;
        if (comment != NONE) {
            String text = f.get(comment);
            try {
                extras = ObservationComment.parse(text, extraUnits);
            } catch (InvalidValueException e) {
                add(SdmxProblem.COMMENT, Severity.ERROR, line, header.get(comment), comment + 1, text, e.getMessage(),
                        "phần “" + e.field() + "” của ghi chú không đọc được (" + e.getMessage() + ")");
            }
        } else {
            extras = new ObservationComment.Extras();
        }
        int mult = 0;
        if (unitMult != NONE) {
            String m = id(f.get(unitMult));
            if (!m.isEmpty()) {
                try {
                    mult = Integer.parseInt(m);
                    if (mult < -30 || mult > 30) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    add(SdmxProblem.VALUE, Severity.ERROR, line, header.get(unitMult), unitMult + 1, m,
                            "is not a unit multiplier: a whole number from -30 to 30, the power of 10 of the value",
                            "không phải hệ số nhân đơn vị: một số nguyên từ -30 đến 30, số mũ của 10");
                }
            }
        }
        Unit unit = null;
        if (unitMeasure != NONE) {
            String u = id(f.get(unitMeasure));
            if (!u.isEmpty()) {
                unit = structure.unit(u);
                if (unit == null) {
                    add(SdmxProblem.CODE, Severity.ERROR, line, header.get(unitMeasure), unitMeasure + 1, u,
                            "is not a unit of the structure", "không phải đơn vị trong cấu trúc");
                }
            }
        }
        ObservationStatus status = ObservationStatus.FINAL;
        if (obsStatus != NONE) {
            String s = id(f.get(obsStatus));
            switch (s) {
                case "", "A" -> status = ObservationStatus.FINAL;
                case "P" -> status = ObservationStatus.PROVISIONAL;
                case "E" -> status = ObservationStatus.ESTIMATED;
                default -> add(SdmxProblem.CODE, Severity.ERROR, line, header.get(obsStatus), obsStatus + 1, s,
                        "is not a status the model holds: A (normal), P (provisional) or E (estimated)",
                        "không phải tình trạng mô hình lưu được: A (bình thường), P (sơ bộ) hoặc E (ước tính)");
            }
        }
        if (timeDetail != NONE && period != null) {
            String d = f.get(timeDetail);
            if (!d.isEmpty()) {
                ReportingPeriod holder = detail(d);
                if (holder != null && holder.contains(period.start())) {
                    period = holder;
                } else {
                    add(SdmxProblem.DETAIL, Severity.WARNING, line, header.get(timeDetail), timeDetail + 1, d,
                            "is left aside: it is not a period that holds " + period
                                    + " (such as 2016-2021); the row is read for " + period,
                            "bị bỏ qua: không phải kỳ chứa " + period + " (như 2016-2021); dòng được đọc cho kỳ " + period);
                    // A warning: not counted as a reason to refuse the row.
                    before++;
                }
            }
        }
        String valueText = f.get(value);
        boolean hasValue = !valueText.isEmpty();
        boolean valueRead = false;
        BigDecimal big = null;
        if (hasValue) {
            if (mult == 0 && number.read(valueText)) {
                valueRead = true;
            } else {
                try {
                    big = NumberNotation.PLAIN.parse(valueText);
                    if (mult != 0) {
                        big = big.scaleByPowerOfTen(mult);
                        if (big.scale() < 0) {
                            big = big.setScale(0);
                        }
                    }
                    valueRead = true;
                } catch (TextParseException e) {
                    add(SdmxProblem.VALUE, Severity.ERROR, line, header.get(value), value + 1, valueText,
                            "is not a number: SDMX writes a value as plain digits with a point, such as 38.89",
                            "không phải là số: SDMX ghi giá trị bằng chữ số với dấu chấm thập phân, như 38.89");
                }
            }
        } else if (extras != null && extras.numerator == null && extras.denominator == null) {
            add(SdmxProblem.MISSING, Severity.ERROR, line, header.get(value), value + 1, "",
                    "no value, and no numerator or denominator in COMMENT_OBS",
                    "không có giá trị, cũng không có tử số hay mẫu số trong COMMENT_OBS");
        }
        if (extras != null && extras.period != null && period != null) {
            if (!extras.period.start().equals(period.start()) || !extras.period.end().equals(period.end())) {
                add(SdmxProblem.PERIOD, Severity.ERROR, line, header.get(time), time + 1, f.get(time),
                        "does not cover the days of the period in COMMENT_OBS, " + extras.period,
                        "không trùng với kỳ trong COMMENT_OBS, " + extras.period);
            }
            period = extras.period;
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
            extras.fill(row, unit, status);
            OptionalInt first = builder.addIfAbsent(row);
            if (first.isPresent()) {
                findings.add(ExchangeCsv.duplicate(SdmxProblem.DUPLICATE.code(), file, line, builder,
                        first.getAsInt(), ind, ar, period, breakdown));
            }
        } catch (InvalidValueException e) {
            add(SdmxProblem.REFUSED, Severity.ERROR, line, header.get(value), value + 1, valueText, e.getMessage(),
                    "mô hình không nhận dòng này (" + e.getMessage() + ")");
        }
    }

    private static @Nullable ReportingPeriod detail(String text) {
        try {
            return ReportingPeriod.parse(text);
        } catch (InvalidValueException e) {
            return null;
        }
    }

    private @Nullable String code(CsvRecords.Fields f, int line, int column, Map<String, String> cache,
            boolean isIndicator) {
        String text = id(f.get(column));
        String known = cache.get(text);
        if (known != null) {
            return known;
        }
        if (text.isEmpty()) {
            add(SdmxProblem.MISSING, Severity.ERROR, line, header.get(column), column + 1, "", "is missing",
                    "bị thiếu");
            return null;
        }
        String mapped = isIndicator ? structure.indicator(text) : structure.area(text);
        if (mapped == null) {
            add(SdmxProblem.CODE, Severity.ERROR, line, header.get(column), column + 1, text,
                    "is not " + (isIndicator ? "an indicator" : "an area") + " of the structure's code list",
                    "không có trong danh mục " + (isIndicator ? "chỉ tiêu" : "địa bàn") + " của cấu trúc");
            return null;
        }
        if (cache.size() < CACHE_LIMIT) {
            cache.put(text, mapped);
        }
        return mapped;
    }

    private @Nullable ReportingPeriod period(CsvRecords.Fields f, int line) {
        String text = id(f.get(time));
        if (text.isEmpty()) {
            add(SdmxProblem.MISSING, Severity.ERROR, line, header.get(time), time + 1, "", "is missing", "bị thiếu");
            return null;
        }
        Object known = periods.get(text);
        if (known == null) {
            try {
                known = SdmxPeriods.parse(text);
            } catch (TextParseException e) {
                known = e.rule();
            }
            if (periods.size() < CACHE_LIMIT) {
                periods.put(text, known);
            }
        }
        if (known instanceof ReportingPeriod p) {
            return p;
        }
        add(SdmxProblem.PERIOD, Severity.ERROR, line, header.get(time), time + 1, text,
                "cannot be read as an SDMX time period: " + known,
                "không đọc được là kỳ báo cáo SDMX (" + known + ")");
        return null;
    }

    private @Nullable Breakdown breakdown(CsvRecords.Fields f, int line) {
        if (breakdownColumns.length == 0) {
            return Breakdown.TOTAL;
        }
        key.setLength(0);
        boolean total = true;
        for (int c : breakdownColumns) {
            String code = id(f.get(c));
            if (!code.isEmpty() && !code.equals(SdmxStructure.TOTAL)) {
                total = false;
            }
            key.append(code).append('\u0000');
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
        for (int i = 0; i < breakdownColumns.length; i++) {
            int c = breakdownColumns[i];
            String code = id(f.get(c));
            if (code.isEmpty() || code.equals(SdmxStructure.TOTAL)) {
                continue;
            }
            SdmxStructure.Dimension d = breakdownDimensions[i];
            String category = d.category(code);
            try {
                if (category == null) {
                    throw new InvalidValueException("Breakdown.category", "'" + code + "'", "is not in the code list");
                }
                b = b.with(d.breakdown(), category);
            } catch (InvalidValueException e) {
                add(SdmxProblem.CODE, Severity.ERROR, line, header.get(c), c + 1, code,
                        "is not a code of " + d.id() + " the structure knows (" + e.rule() + ")",
                        "không phải mã của " + d.id() + " trong cấu trúc (" + e.rule() + ")");
                return null;
            }
        }
        if (breakdowns.size() < CACHE_LIMIT) {
            breakdowns.put(k, b);
        }
        return b;
    }

    private void add(SdmxProblem kind, Severity severity, int line, String column, int number, String written,
            String detail, String detailVi) {
        add(kind.code(), severity, line, column, number, written, detail, detailVi);
    }

    private void add(String code, Severity severity, int line, String column, int number, String written,
            String detail, String detailVi) {
        findings.add(CellFindings.of(code, severity, file, line, column, number, written, detail, detailVi));
    }
}
