package io.github.binhdang.serialization.internal;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import java.util.HashMap;
import java.util.Map;

/**
 * Findings of a cell of a CSV-shaped exchange format (SDMX-CSV, Open SDG): located by file, line, column
 * number and header, the cell's text quoted with {@link Excerpt}, the message in English and Vietnamese:
 * {@code line 7, column OBS_VALUE (12) 'abc': is not a number} and
 * {@code dòng 7, cột OBS_VALUE (12) “abc”: không phải là số}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class CellFindings {

    private CellFindings() {
    }

    /**
     * Makes the finding of a cell, or of a whole row when the column is {@code ""}.
     *
     * @param code      the finding's code, such as {@code sdmx.value}
     * @param severity  how serious it is, not null
     * @param file      the file's name, or {@code ""}
     * @param line      the line, from 1
     * @param column    the column's header, or {@code ""} for the whole row
     * @param number    the column's position, from 1, or 0 for the whole row
     * @param written   the cell's text, or {@code ""}
     * @param detail    what is wrong, in English, not blank
     * @param detailVi  what is wrong, in Vietnamese, not blank
     * @return the finding, not null
     */
    public static Finding of(String code, Severity severity, String file, int line, String column, int number,
            String written, String detail, String detailVi) {
        Location location = Location.of("line " + line, column).withPosition(line, Math.max(number, 1));
        if (!column.isEmpty()) {
            location = location.withHeader(column);
        }
        if (!written.isEmpty()) {
            location = location.withWritten(Excerpt.of(written));
        }
        if (!file.isEmpty()) {
            location = location.withFile(file);
        }
        String where = column.isEmpty() ? "line " + line : "line " + line + ", column " + column + " (" + number + ")";
        String whereVi = column.isEmpty() ? "dòng " + line : "dòng " + line + ", cột " + column + " (" + number + ")";
        if (!file.isEmpty()) {
            where = file + ", " + where;
            whereVi = file + ", " + whereVi;
        }
        String value = Excerpt.of(written);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("where", where);
        arguments.put("whereVi", whereVi);
        arguments.put("detail", detail);
        arguments.put("detailVi", detailVi);
        BilingualText template = value.isEmpty()
                ? BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}")
                : BilingualText.of("{whereVi} “{value}”: {detailVi}", "{where} '{value}': {detail}");
        return new Finding(code, severity, location, value, detail, arguments, template);
    }
}
