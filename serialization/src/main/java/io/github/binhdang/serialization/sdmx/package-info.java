/**
 * SDMX-CSV 1.0 and 2.0 for the binhdang model: read both, write either, through a caller's
 * {@link io.github.binhdang.serialization.sdmx.SdmxStructure} (the UN global SDG data structure built in).
 *
 * <h2>The forms</h2>
 * Source: the SDMX-CSV field guide ({@code sdmx-twg/sdmx-csv}, {@code data-message/docs/sdmx-csv-field-guide.md},
 * tags {@code v1.0} and {@code v2.0.0}, and 2.1 on its main branch, read at commit {@code 9a65b13}).
 * <ul>
 *   <li>1.0: the first column is {@code DATAFLOW} ({@code AGENCY:ID(VERSION)} in each row), then every
 *       dimension, {@code OBS_VALUE} and the attributes.</li>
 *   <li>2.0 (and 2.1): {@code STRUCTURE} (which may carry a sub-field separator, {@code STRUCTURE[;]}),
 *       {@code STRUCTURE_ID}, then an optional {@code ACTION}: {@code I} (information), {@code A} (append),
 *       {@code R} (replace), 2.1's {@code M} (merge) are read as observations; {@code D} (delete) rows are
 *       reported as {@code sdmx.delete} warnings and never applied. The other columns may come in any
 *       order; {@code SERIES_KEY}, {@code OBS_KEY}, {@code STRUCTURE_NAME} and custom columns are left
 *       aside.</li>
 *   <li>Labels: {@code labels=id} as written; {@code labels=both} ({@code SEX: Sex} headers, {@code F: Female}
 *       cells) read by the part before {@code ": "} in headers and coded cells (dimensions,
 *       {@code UNIT_MEASURE}, {@code UNIT_MULT}, {@code OBS_STATUS}); {@code labels=name}: the name columns
 *       are custom columns to the reader. The writer writes ids.</li>
 *   <li>The separator is found from the first line: a comma, or the semicolon some locales use. Text is
 *       read with the module's CSV tokenizer ({@link io.github.binhdang.serialization.csv.CsvRecords}), one
 *       row at a time.</li>
 *   <li>Attributes: {@code UNIT_MEASURE} through the structure's units; {@code UNIT_MULT} is a power of
 *       10 the value is multiplied by, exactly ({@code 2.539} with {@code UNIT_MULT} 3 is {@code 2539});
 *       {@code OBS_STATUS} {@code A} final, {@code P} provisional, {@code E} estimated; {@code TIME_DETAIL},
 *       a period that holds {@code TIME_PERIOD} (as UN SDG data give {@code 2021} with {@code 2016-2021}),
 *       is the observation's period; {@code COMMENT_OBS} holds the binhdang form below.</li>
 *   <li>Time periods: {@link io.github.binhdang.serialization.sdmx.SdmxPeriods}.</li>
 * </ul>
 *
 * <h2>What SDMX-CSV cannot hold: {@code COMMENT_OBS}</h2>
 * What else an observation has goes in {@code COMMENT_OBS}, in the module's one machine-readable form, the
 * one DHIS2's comment holds: {@code binhdang:} and {@code key=value} parts joined by {@code ;}, in this
 * order: {@code period} (a term of office, whose days {@code TIME_PERIOD} gives as a range:
 * {@code HDND:2016/2021} with {@code 2016-01-01/P6Y}), {@code qualifier} ({@code about}, {@code nearly},
 * {@code more_than}, {@code at_most}, {@code at_least}, {@code less_than}), {@code status} (only
 * {@code not_given}: the others are {@code OBS_STATUS}), {@code numerator}, {@code denominator},
 * {@code unit} (a unit with no {@code UNIT_MEASURE} code), {@code source} and {@code note}; {@code %},
 * {@code ;}, {@code =} and line breaks escaped as {@code %25}, {@code %3B}, {@code %3D}, {@code %0A},
 * {@code %0D}. For example 384 of 2,539 enterprises owned by women, about 15.1 %:
 * <pre>OBS_VALUE 15.1, UNIT_MEASURE PT, OBS_STATUS P, COMMENT_OBS binhdang:qualifier=about;numerator=384;denominator=2539</pre>
 * A {@code COMMENT_OBS} that does not start with {@code binhdang:} is read as the note. A value is always
 * plain digits: never {@code <}, {@code >} or {@code ~}. The files are for machines: no cell is marked
 * against spreadsheet formulas.
 *
 * <h2>Findings</h2>
 * Every row ends as an observation or as findings located by file, line, column (header and number)
 * and the cell's text, quoted with {@link io.github.binhdang.core.Excerpt}; messages in English and
 * Vietnamese. A header that cannot be used gives one {@code sdmx.header} finding for it and one that
 * counts the rows not read. Codes:
 * <table class="striped">
 * <caption>Problem codes of the SDMX-CSV reader and writer</caption>
 * <thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">What</th>
 *     <th scope="col">In Vietnamese</th></tr></thead>
 * <tbody>
 * <tr><td>{@code sdmx.header}</td><td>error</td><td>not SDMX-CSV, a column given twice, or the indicator,
 *     area, time or {@code OBS_VALUE} column missing</td><td>dòng tiêu đề không đúng SDMX-CSV</td></tr>
 * <tr><td>{@code sdmx.code}</td><td>error</td><td>a code not in the structure's code lists (indicator,
 *     area, breakdown, fixed dimension, {@code UNIT_MEASURE}, {@code OBS_STATUS})</td>
 *     <td>mã không có trong danh mục mã</td></tr>
 * <tr><td>{@code sdmx.period}</td><td>error</td><td>not an SDMX time period ({@code 2022-Q5}), one the model
 *     cannot hold ({@code 2022-W05}, {@code 2016-05-22/P5Y}), or one that does not match the period of
 *     {@code COMMENT_OBS}</td><td>kỳ báo cáo không đọc được</td></tr>
 * <tr><td>{@code sdmx.value}</td><td>error</td><td>a value or {@code UNIT_MULT} that is not a number</td>
 *     <td>giá trị không phải là số</td></tr>
 * <tr><td>{@code sdmx.missing}</td><td>error</td><td>an indicator, area or period missing; no value and no
 *     numerator or denominator</td><td>thiếu thông tin bắt buộc</td></tr>
 * <tr><td>{@code sdmx.comment}</td><td>error</td><td>a {@code binhdang:} comment with a part that cannot be
 *     read</td><td>ghi chú dạng binhdang không đọc được</td></tr>
 * <tr><td>{@code sdmx.duplicate}</td><td>error</td><td>the key of an earlier row</td>
 *     <td>trùng khóa với một dòng trước</td></tr>
 * <tr><td>{@code sdmx.action}</td><td>error</td><td>an {@code ACTION} other than I, A, M, R, D</td>
 *     <td>thao tác ACTION không hợp lệ</td></tr>
 * <tr><td>{@code sdmx.delete}</td><td>warning</td><td>a row with {@code ACTION} D: reported, not applied</td>
 *     <td>dòng yêu cầu xóa dữ liệu, không được áp dụng</td></tr>
 * <tr><td>{@code sdmx.detail}</td><td>warning</td><td>a {@code TIME_DETAIL} that is not a period holding
 *     {@code TIME_PERIOD}: left aside</td><td>TIME_DETAIL không đọc được, bị bỏ qua</td></tr>
 * <tr><td>{@code sdmx.refused}</td><td>error</td><td>a row the model refuses</td><td>giá trị bị từ chối</td></tr>
 * <tr><td>{@code sdmx.unmapped}</td><td>error</td><td>writing: an observation not written, a code of it with
 *     no SDMX code in the structure</td><td>mã chưa có mã SDMX tương ứng</td></tr>
 * <tr><td>{@code csv.syntax}, {@code csv.empty}, {@code csv.fields}</td><td>error</td><td>as the CSV
 *     reader's, {@link io.github.binhdang.serialization.csv.CsvProblem.Kind}</td><td>—</td></tr>
 * </tbody>
 * </table>
 */
@NullMarked
package io.github.binhdang.serialization.sdmx;

import org.jspecify.annotations.NullMarked;
