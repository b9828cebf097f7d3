package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the problems of a CSV file into validation findings. The code is worked out from the kind of
 * problem the reader reports; the reader's messages are this package's own, so their openings are
 * stable.
 */
final class CsvFindings {

    private CsvFindings() {
    }

    static Finding of(CsvProblem problem) {
        String code = code(problem);
        String subject = "line " + problem.line();
        // A whole row's problem, or a missing column's, has no column of its own: it points at the row's start.
        Location location = Location.of(subject, problem.column())
                .withPosition(problem.line(), Math.max(1, problem.columnNumber()));
        Map<String, Object> arguments = new HashMap<>();
        // Lines and columns as text, so that line 1234 is not grouped as 1.234 in Vietnamese.
        arguments.put("line", Integer.toString(problem.line()));
        arguments.put("column", problem.column());
        arguments.put("detail", problem.message());
        return new Finding(code, Severity.ERROR, location, problem.value(), problem.message(), arguments,
                template(code, !problem.column().isEmpty(), !problem.value().isEmpty()));
    }

    private static String code(CsvProblem problem) {
        String message = problem.message();
        if (message.startsWith("the CSV cannot be read")) {
            return "csv.syntax";
        }
        if (message.startsWith("the file is empty")) {
            return "csv.empty";
        }
        if (message.startsWith("unknown column") || message.startsWith("missing required column")
                || message.startsWith("column '")) {
            return "csv.header";
        }
        if (message.startsWith("duplicates the key")) {
            return "csv.duplicate";
        }
        if (problem.column().isEmpty() || message.startsWith("the row has")) {
            return "csv.row";
        }
        return "csv.value";
    }

    // The English detail is the reader's own message; the Vietnamese says what kind of problem it is and
    // where, and gives the English detail after it.
    private static BilingualText template(String code, boolean hasColumn, boolean hasValue) {
        String where = hasColumn ? "Dòng {line}, cột {column}" : "Dòng {line}";
        String whereEn = hasColumn ? "Line {line}, column {column}" : "Line {line}";
        String value = hasValue ? " “{value}”" : "";
        String valueEn = hasValue ? " '{value}'" : "";
        String vi;
        switch (code) {
            case "csv.syntax":
                vi = where + ": tệp CSV không đọc được từ đây trở đi";
                break;
            case "csv.empty":
                vi = where + ": tệp trống, dòng đầu phải là dòng tiêu đề ghi tên các cột";
                break;
            case "csv.header":
                vi = where + ": dòng tiêu đề có lỗi" + value;
                break;
            case "csv.duplicate":
                vi = where + ": trùng khóa với một dòng trước" + value;
                break;
            case "csv.row":
                vi = where + ": dòng này không đọc được" + value;
                break;
            default:
                vi = where + ": không đọc được giá trị" + value;
                break;
        }
        return BilingualText.of(vi + " ({detail})", whereEn + valueEn + ": {detail}");
    }
}
