package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.message.Problem;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvProblem.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one reading of a CSV file, in file order, and the findings they become. Each problem
 * is reported by what it is, where it arises (a field the mapper cannot read, a header column, a
 * repeated key, text the tokenizer cannot read on), and carries its kind, and so its finding's code,
 * from there; the English messages and their Vietnamese details are written here, once. The Vietnamese
 * detail is kept beside the problem (the problem itself is English) and is what a finding's Vietnamese
 * message says: a clerk reads no English in it.
 *
 * <p>A problem's {@link CsvProblem#line() line} is at least 1. A problem keeps the field as written
 * shortened ({@link Excerpt}), once, and its messages quote what a user wrote through the same excerpt,
 * so that a problem costs about the same whatever the size of the field. At most
 * {@link CsvLimits#maxProblems()} problems are kept; the ones after are counted and summed up in one last
 * problem.
 */
final class CsvProblems {

    /**
     * Whether the Vietnamese message shows the field as written after the place: a field's, not the key a
     * duplicate's detail names or the column name a header's names.
     */
    private static boolean showsValue(Kind kind) {
        return kind == Kind.VALUE || kind == Kind.ENCODING;
    }

    private static final String UNKNOWN_UNIT = "is not known; known units: ";

    /** A unit the reader does not know, with the units it knows, for the detail in either language. */
    static final class UnknownUnit extends InvalidValueException {
        private static final long serialVersionUID = 1L;

        /** The units the reader knows, as a list for people. */
        final String known;

        UnknownUnit(String text, String known) {
            super("unit", "'" + text + "'", UNKNOWN_UNIT + known);
            this.known = known;
        }
    }

    private final List<CsvProblem> problems = new ArrayList<>();
    // The Vietnamese detail of each problem, by position: what its English message says, in Vietnamese.
    private final List<String> vietnamese = new ArrayList<>();
    // The problems, by position, that are warnings rather than errors (the rows were read).
    private final BitSet warnings = new BitSet();
    // Issue 20 (hostcsv): the problems kept at most, all problems found, the lines of the first and last
    // one not kept, and the rows after the header read and reported.
    private final int maxProblems;
    private int total;
    private int firstUnlisted;
    private int lastUnlisted;
    private long rowsRead;
    private long rowsReported;
    // Issue 22 (excel): the sheet of a workbook the rows are in, or "" for a file without sheets.
    private String sheet = "";

    /** Places the problems in a sheet's cells ({@code Data!D7}) rather than on a file's lines. */
    void sheet(String name) {
        this.sheet = name;
    }

    /** Problems of a reading that keeps {@value CsvLimits#DEFAULT_MAX_PROBLEMS} at most. */
    CsvProblems() {
        this(CsvLimits.DEFAULT_MAX_PROBLEMS);
    }

    /** Problems of a reading that keeps so many at most. */
    CsvProblems(int maxProblems) {
        this.maxProblems = maxProblems;
    }

    /** The number of problems found so far, kept or not: a row whose reading adds any is left out. */
    int size() {
        return total;
    }

    /** Counts a row after the header, and whether it was reported (left out with a problem). */
    void row(boolean reported) {
        rowsRead++;
        if (reported) {
            rowsReported++;
        }
    }

    /**
     * The number of rows after the header counted so far: while a row is read, before it is counted, its
     * record in the file as written, from 0 ({@link io.github.binhdang.core.data.SourcePosition#record()}).
     */
    int rowsCounted() {
        return (int) Math.min(rowsRead, Integer.MAX_VALUE);
    }

    private void add(Kind kind, int line, String column, int columnNumber, CharSequence value, String message,
            String vi) {
        total++;
        int at = Math.max(1, line);
        if (problems.size() >= maxProblems) {
            if (firstUnlisted == 0) {
                firstUnlisted = at;
            }
            lastUnlisted = at;
            return;
        }
        problems.add(new CsvProblem(kind, at, Excerpt.of(column), columnNumber, Excerpt.of(value), message));
        vietnamese.add(vi);
    }

    // The file

    /** The file has no row, not even a header. */
    void empty() {
        add(Kind.EMPTY, 1, "", 0, "", "the file is empty: its first line must be a header naming the columns"
                + " indicator, area, period and value (or numerator)", "tệp trống: dòng đầu tiên phải là dòng tiêu đề"
                + " ghi tên các cột indicator, area, period và value (hoặc numerator)");
    }

    // The header

    /** A header name that is no column; {@code columns} lists the columns. */
    void unknownColumn(int line, String name, int number, String columns) {
        warnings.set(problems.size());
        String shown = Excerpt.of(name);
        add(Kind.HEADER, line, name, number, name, "unknown column '" + shown + "' is not read; the columns are "
                + columns, "không có cột nào tên '" + shown + "' nên cột này không được đọc; các cột: " + columns);
    }

    /** A column named a second time, at {@code number}, after {@code first}. */
    void columnTwice(int line, String name, int number, Column column, int first) {
        add(Kind.HEADER, line, name, number, name, "column '" + column.header() + "' is given twice, as column "
                + first + " and column " + number, "cột '" + column.header() + "' được ghi hai lần, ở cột " + first
                + " và cột " + number);
    }

    /** A required column the header lacks; {@code present} is the header as written. */
    void missingColumn(int line, Column column, String header) {
        String present = Excerpt.of(header);
        add(Kind.HEADER, line, column.header(), 0, "", "missing required column '" + column.header()
                + "'; the header has: " + present, "thiếu cột bắt buộc '" + column.header() + "'; dòng tiêu đề có: "
                + present);
    }

    /** Neither a value nor a numerator column; {@code present} is the header as written. */
    void missingNumberColumn(int line, String header) {
        String present = Excerpt.of(header);
        add(Kind.HEADER, line, Column.VALUE.header(), 0, "", "missing required column 'value' (or 'numerator'):"
                + " a row needs a value or its numerator; the header has: " + present, "thiếu cột bắt buộc 'value'"
                + " (hoặc 'numerator'): mỗi hàng cần có giá trị hoặc tử số; dòng tiêu đề có: " + present);
    }

    /** A dimension column beside the breakdown column. */
    void mixedBreakdown(int line, Column dimension, int number) {
        add(Kind.HEADER, line, dimension.header(), number, "", "column '" + dimension.header()
                + "' cannot be used with column 'breakdown'; give the breakdown in one way only", "không dùng được cột '"
                + dimension.header() + "' cùng với cột 'breakdown'; chỉ ghi phân tổ theo một cách");
    }

    // A row

    /**
     * A field that cannot be read, said about the field in words, from the parts of the exception and
     * not its message (which names Java types and counts characters from 0): {@code cannot be read as a
     * number: expected a digit, at character 3}.
     */
    void field(int line, String column, int number, String value, Column which, InvalidValueException e) {
        if (e instanceof OverLimit o) {
            add(Kind.LIMIT, line, column, number, value, o.detail, o.vi);
            return;
        }
        add(Kind.VALUE, line, column, number, value, describe(which, e), describeVietnamese(which, e));
    }

    /** A field that cannot be read, for a reason the reader words itself ({@code detail}, {@code vi}). */
    void field(int line, String column, int number, String value, String detail, String vi) {
        add(Kind.VALUE, line, column, number, value, detail, vi);
    }

    static String describe(Column which, InvalidValueException e) {
        if (e instanceof TextParseException t) {
            String at = t.index() > 0 && t.index() < t.text().length() ? ", at character " + (t.index() + 1) : "";
            return "cannot be read as " + noun(which) + ": " + t.rule() + at;
        }
        String value = Excerpt.of(e.value());
        if (!(value.startsWith("'") && value.endsWith("'") && value.length() >= 2)) {
            value = "'" + value + "'";
        }
        // The rules of codes, sexes, qualifiers and statuses name what they expect ("is not a qualifier: use
        // EXACT, …"); the reader's own unit rule does not, so the unit is named before it.
        return (which == Column.UNIT ? "the unit " : "") + value + " " + e.rule();
    }

    /**
     * The Vietnamese of {@link #describe}: the rules of core are English, so the detail is core's
     * Vietnamese text for the exception's key ({@link Problem}: {@code không đọc được kỳ báo cáo '2022-Q5'
     * (lỗi ở ký tự 7); …}), or for a unit the units the reader knows.
     */
    static String describeVietnamese(Column which, InvalidValueException e) {
        if (e instanceof UnknownUnit u) {
            String value = Excerpt.of(e.value());
            if (value.startsWith("'") && value.endsWith("'") && value.length() >= 2) {
                value = value.substring(1, value.length() - 1);
            }
            return unknownUnitVietnamese(value, u.known);
        }
        // Core's one home for wording a value problem in Vietnamese, by the exception's key.
        return Problem.of(e).vi();
    }

    private static String unknownUnitVietnamese(String unit, String known) {
        return "đơn vị tính '" + unit + "' không có trong danh mục; các đơn vị tính: " + known;
    }

    /** What a column holds, in Vietnamese: {@code số}, {@code kỳ báo cáo}. */
    private static String nounVietnamese(Column which) {
        return switch (which) {
            case INDICATOR -> "mã chỉ tiêu";
            case AREA -> "mã địa bàn";
            case PERIOD -> "kỳ báo cáo";
            case BREAKDOWN -> "phân tổ";
            case SEX -> "giới tính";
            case AGE_GROUP -> "nhóm tuổi";
            case RESIDENCE -> "khu vực thành thị/nông thôn";
            case ETHNICITY -> "dân tộc";
            case VALUE, NUMERATOR, DENOMINATOR -> "số";
            case UNIT -> "đơn vị tính";
            case QUALIFIER -> "mức độ chính xác";
            case STATUS -> "tình trạng số liệu";
            case SOURCE -> "nguồn số liệu";
            case NOTE -> "ghi chú";
        };
    }

    /** What a field of a column should be, with its article: {@code a number}, {@code a period}. */
    private static String noun(Column which) {
        return switch (which) {
            case VALUE, NUMERATOR, DENOMINATOR -> "a number";
            case BREAKDOWN -> "a breakdown";
            default -> "a " + word(which);
        };
    }

    /** What a column holds, in words: {@code age group} for ageGroup. */
    private static String word(Column which) {
        return switch (which) {
            case AGE_GROUP -> "age group";
            case NUMERATOR, DENOMINATOR, VALUE -> "number";
            default -> which.header();
        };
    }

    /** A required field that is empty or blank, as written. */
    void emptyField(int line, String column, int number, String value, Column required) {
        add(Kind.VALUE, line, column, number, value, required == Column.PERIOD ? "is empty; every row needs a period"
                : "is empty; every row needs an " + required.header(), "bị để trống; hàng nào cũng phải có "
                + nounVietnamese(required));
    }

    /** A field with bytes that are not UTF-8. */
    void notUtf8(int line, String column, int number, String value) {
        add(Kind.ENCODING, line, column, number, value,
                "is not valid UTF-8 (shown as U+FFFD): save the file as \"CSV UTF-8\"",
                "có ký tự không đúng mã UTF-8 (hiện thành U+FFFD): hãy lưu lại tệp dưới dạng \"CSV UTF-8\"");
    }

    /** A row with more fields than the header has columns. */
    void tooManyFields(int line, int fields, int columns) {
        add(Kind.FIELD_COUNT, line, "", 0, "", "the row has " + fields + " fields but the header has " + columns
                + " columns; is a separator or a decimal comma unquoted?", "hàng có " + fields + " trường nhưng dòng tiêu"
                + " đề có " + columns + " cột; có dấu phân cách hoặc dấu phẩy thập phân không nằm trong ngoặc kép?");
    }

    /** A row without any number; named by the value column, {@code number} 0 when there is none. */
    void noNumber(int line, String column, int number) {
        add(Kind.ROW, line, column, number, "", "the row has no value, numerator or denominator",
                "hàng không có giá trị, tử số hay mẫu số");
    }

    /**
     * A row the dataset refuses for a reason of its own: a limit of one dataset (the exception's field
     * is the dataset's, such as {@code Dataset.indicator} for the 65,537th code), or a part it refuses.
     */
    void refused(int line, InvalidValueException e) {
        boolean limit = e.field().startsWith("Dataset.");
        add(limit ? Kind.LIMIT : Kind.ROW, line, "", 0, "", limit ? "the row is one more than a dataset can hold: "
                + e.rule() : "the row cannot be an observation: " + Excerpt.of(e.value()) + " " + e.rule(), limit
                ? "hàng này vượt quá giới hạn của một bộ dữ liệu" + limitVietnamese(e.field())
                : "hàng này không thành một số liệu được: " + Excerpt.of(e.value()) + " không hợp lệ");
    }

    /** What a dataset holds at most, by the exception's field, in Vietnamese, after a colon. */
    private static String limitVietnamese(String field) {
        return switch (field) {
            case "Dataset.indicator" -> ": số mã chỉ tiêu khác nhau đã đến mức tối đa";
            case "Dataset.area" -> ": số địa bàn khác nhau đã đến mức tối đa";
            case "Dataset.period" -> ": số kỳ báo cáo khác nhau đã đến mức tối đa";
            case "Dataset.breakdown" -> ": số phân tổ khác nhau đã đến mức tối đa";
            case "Dataset.size" -> ": số hàng đã đến mức tối đa";
            default -> "";
        };
    }

    /** A row with the key of the row on {@code firstLine}. */
    void duplicate(int line, String fullKey, int firstLine) {
        String key = Excerpt.of(fullKey);
        add(Kind.DUPLICATE, line, "", 0, fullKey, "duplicates the key " + key + " of the row on line " + firstLine
                + "; a dataset holds one value per key", "trùng khóa " + key + " với hàng ở dòng " + firstLine
                + "; mỗi khóa chỉ có một giá trị");
    }

    // Issue 19, the CSV reader's own problems (csvpeople): rows and text that are not changed silently

    /** A row with fewer fields than the header has columns: half of a row split by a line break, say. */
    void tooFewFields(int line, int fields, int columns) {
        add(Kind.FIELD_COUNT, line, "", 0, "", "the row has " + fields + " fields but the header has " + columns
                + " columns; is a line break unquoted, or a separator missing?", "hàng có " + fields + " trường nhưng"
                + " dòng tiêu đề có " + columns + " cột; có dấu xuống dòng không nằm trong ngoặc kép, hoặc thiếu dấu"
                + " phân cách?");
    }

    /**
     * A quote opened in a column and never closed where a field may end; {@code lines} lines, from the
     * row's, could not be read (the lines after them were read again as rows).
     */
    void unclosedQuote(int line, String column, int number, int lines) {
        add(Kind.SYNTAX, line, column, number, "", "the quote opened in column " + number + " is not closed;"
                + (lines == 1 ? " 1 line" : " " + lines + " lines") + " could not be read and the rows after "
                + (lines == 1 ? "it" : "them") + " were read again", "dấu ngoặc kép mở ở cột " + number + " không được"
                + " đóng; " + lines + " dòng không đọc được, các hàng sau đó đã được đọc lại");
    }

    /**
     * The text is in an encoding the reader does not read, such as UTF-16 ({@code encoding}) without a byte
     * order mark ({@code noMark}).
     */
    void encoding(String encoding, boolean noMark) {
        add(Kind.ENCODING, 1, "", 0, "", "the file looks like " + encoding + (noMark ? " without a byte order mark"
                : "") + ", which is not read: save it as \"CSV UTF-8\"", "tệp có vẻ là " + encoding
                + (noMark ? " không có BOM (dấu thứ tự byte)" : "") + ", là dạng bộ đọc không đọc được: hãy lưu"
                + " lại dưới dạng \"CSV UTF-8\"");
    }

    // Issue 20, the reader's limits (hostcsv): each names the limit and the setting that changes it

    /** A limit reached while reading a value, with the limit's name, its value and what was found. */
    static final class OverLimit extends InvalidValueException {
        private static final long serialVersionUID = 1L;

        /** The English and Vietnamese detail. */
        final String detail;
        final String vi;

        OverLimit(String text, String detail, String vi) {
            super("limit", "'" + text + "'", detail);
            this.detail = detail;
            this.vi = vi;
        }
    }

    /** How the limit is named and changed, after the detail: {@code (limit maxFieldLength = 32767, …)}. */
    private static String setting(String name, long limit) {
        return " (limit " + name + " = " + limit + ", set with CsvLimits.with" + Character.toUpperCase(name.charAt(0))
                + name.substring(1) + ")";
    }

    private static String settingVietnamese(String name, long limit) {
        return " (giới hạn " + name + " = " + limit + ", đặt lại bằng CsvLimits.with"
                + Character.toUpperCase(name.charAt(0)) + name.substring(1) + ")";
    }

    /** A number with more digits than the limit; thrown by the mapper, reported by {@link #field}. */
    static OverLimit tooManyDigits(String text, int digits, int limit) {
        return new OverLimit(text, "the number has " + digits + " digits, more than the limit"
                + setting("maxNumberDigits", limit) + "; the row is left out", "số có " + digits + " chữ số, vượt giới"
                + " hạn" + settingVietnamese("maxNumberDigits", limit) + "; hàng này bị bỏ qua");
    }

    /** A breakdown with more dimensions than the limit; thrown by the mapper, reported by {@link #field}. */
    static OverLimit tooManyDimensions(String text, int dimensions, int limit) {
        return new OverLimit(text, "the breakdown has " + dimensions + " dimensions, more than the limit"
                + setting("maxBreakdownDimensions", limit) + "; the row is left out", "phân tổ có " + dimensions
                + " chiều phân tổ, vượt giới hạn" + settingVietnamese("maxBreakdownDimensions", limit)
                + "; hàng này bị bỏ qua");
    }

    /** A field longer than the limit, known by its first characters and its length. */
    void fieldTooLong(int line, String column, int number, CharSequence value, long length, int limit) {
        add(Kind.LIMIT, line, column, number, value, "the field has " + length + " characters, more"
                + " than the limit" + setting("maxFieldLength", limit) + "; the row is left out", "trường có " + length
                + " ký tự, vượt giới hạn" + settingVietnamese("maxFieldLength", limit) + "; hàng này bị bỏ qua");
    }

    /**
     * A row longer than the limit, of {@code length} characters or, when {@code reread}, more: then the
     * lines after its first were read again as rows.
     */
    void rowTooLong(int line, long length, int limit, boolean reread) {
        add(Kind.LIMIT, line, "", 0, "", reread ? "the row has more than " + limit + " characters, the limit"
                + setting("maxRowLength", limit) + ", with line breaks inside quotes: is a quote not closed? The"
                + " row is left out and the lines after its first were read again" : "the row has " + length
                + " characters, more than the limit" + setting("maxRowLength", limit) + "; the row is left out",
                reread ? "hàng có hơn " + limit + " ký tự, vượt giới hạn" + settingVietnamese("maxRowLength", limit)
                + ", có dấu xuống dòng trong ngoặc kép: có dấu ngoặc kép không được đóng? Hàng này bị bỏ qua, các dòng"
                + " sau dòng đầu của nó đã được đọc lại" : "hàng có " + length + " ký tự, vượt giới hạn"
                + settingVietnamese("maxRowLength", limit) + "; hàng này bị bỏ qua");
    }

    /** The row on {@code line} is one more than the limit: it and the rows after it are not read. */
    void tooManyRows(int line, int limit) {
        add(Kind.LIMIT, line, "", 0, "", "the file has more than " + limit + " rows, the limit"
                + setting("maxRows", limit) + "; the rows from this line on were not read", "tệp có hơn " + limit
                + " hàng, vượt giới hạn" + settingVietnamese("maxRows", limit) + "; các hàng từ dòng này trở đi không"
                + " được đọc");
    }

    /** The last problem, when problems were found beyond the most kept: how many more, on which lines. */
    private void unlisted(int more) {
        String lines = firstUnlisted == lastUnlisted ? "line " + firstUnlisted : "lines " + firstUnlisted + " to "
                + lastUnlisted;
        String linesVi = firstUnlisted == lastUnlisted ? "dòng " + firstUnlisted : "các dòng từ " + firstUnlisted
                + " đến " + lastUnlisted;
        problems.add(new CsvProblem(Kind.LIMIT, firstUnlisted, "", 0, "", more + " more problems, on " + lines
                + ", are not listed" + setting("maxProblems", maxProblems) + "; " + rowsRead + " rows were read, "
                + rowsReported + " of them reported"));
        vietnamese.add("còn " + more + " lỗi khác, ở " + linesVi + ", không được liệt kê"
                + settingVietnamese("maxProblems", maxProblems) + "; đã đọc " + rowsRead + " hàng, " + rowsReported
                + " hàng trong số đó có lỗi");
    }

    // The result

    /**
     * The dataset of the good rows, the problems and their findings, and the counts of rows; problems not
     * kept are summed up in a last one.
     */
    CsvReadResult result(Dataset dataset, String file) {
        ValidationReport report = report(file);
        return new CsvReadResult(dataset, problems, report, rowsRead, rowsReported);
    }

    /**
     * The problems' findings alone, for a reader of another format on this package's tokenizer
     * ({@link CsvRecords}), whose rows are not this reader's observations; problems not kept are summed up
     * in a last one.
     */
    ValidationReport report(String file) {
        int kept = problems.size();
        if (total > kept) {
            unlisted(total - kept);
        }
        List<Finding> findings = new ArrayList<>(problems.size());
        for (int i = 0; i < problems.size(); i++) {
            findings.add(finding(problems.get(i), vietnamese.get(i), file,
                    warnings.get(i) ? Severity.WARNING : Severity.ERROR, sheet));
        }
        return ValidationReport.of(findings);
    }

    private static Finding finding(CsvProblem problem, String vi, String file, Severity severity, String sheet) {
        Kind kind = problem.kind();
        // A whole row's problem, or a missing column's, has no column of its own: it points at the row's start.
        int column = Math.max(1, problem.columnNumber());
        String cell = sheet.isEmpty() ? "" : SourcePosition.cellReference(sheet, problem.line(), column);
        String subject = sheet.isEmpty() ? "line " + problem.line() : cell;
        Location location = Location.of(subject, problem.column())
                .withPosition(problem.line(), column)
                .withWritten(problem.value());
        if (!sheet.isEmpty()) {
            location = location.withSheet(sheet);
        }
        if (!file.isEmpty()) {
            location = location.withFile(file);
        }
        if (!problem.column().isBlank() && problem.columnNumber() > 0) {
            location = location.withHeader(problem.column());
        }
        Map<String, Object> arguments = new HashMap<>();
        // Lines and columns as text, so that line 1234 is not grouped as 1.234 in Vietnamese.
        arguments.put("line", Integer.toString(problem.line()));
        arguments.put("column", problem.column());
        arguments.put("detail", problem.message());
        arguments.put("detailVi", vi);
        if (!sheet.isEmpty()) {
            arguments.put("cell", cell);
        }
        return new Finding(kind.code(), severity, location, problem.value(), problem.message(), arguments,
                template(kind, !problem.column().isEmpty(), !problem.value().isEmpty(), !sheet.isEmpty()));
    }

    // The English detail is the problem's own message and the Vietnamese its Vietnamese detail: each says
    // where, the field as written, and what is wrong.
    private static BilingualText template(Kind kind, boolean hasColumn, boolean hasValue, boolean inSheet) {
        String where = inSheet ? hasColumn ? "Ô {cell}, cột {column}" : "Ô {cell}"
                : hasColumn ? "Dòng {line}, cột {column}" : "Dòng {line}";
        String whereEn = inSheet ? hasColumn ? "Cell {cell}, column {column}" : "Cell {cell}"
                : hasColumn ? "Line {line}, column {column}" : "Line {line}";
        String value = hasValue && showsValue(kind) ? " “{value}”" : "";
        String valueEn = hasValue ? " '{value}'" : "";
        return BilingualText.of(where + value + ": {detailVi}", whereEn + valueEn + ": {detail}");
    }
}
