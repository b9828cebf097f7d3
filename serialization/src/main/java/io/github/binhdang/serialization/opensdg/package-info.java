/**
 * Open SDG's data CSV for the binhdang model (the input of open-sdg/sdg-build): read and written through
 * a caller's {@link io.github.binhdang.serialization.opensdg.OpenSdgMapping}, with the metadata's
 * {@code progress_calculation_options} written from the strategy's targets.
 *
 * <h2>The form</h2>
 * Source: open-sdg/sdg-build 2.3.0 (commit {@code b59aef56}, March 2024): {@code sdg/inputs/InputCsvData.py}
 * (one file per indicator, {@code indicator_1-1-1.csv} for 1.1.1), {@code sdg/check_csv.py} ({@code Year}
 * first, {@code Value} last), {@code sdg/IndicatorOptions.py} ({@code Year} and {@code Value} not
 * disaggregations, {@code Series} and {@code Units} columns), {@code sdg/data.py} {@code filter_headline}
 * (the headline: the rows whose disaggregation columns are all empty), and its test files
 * ({@code tests/assets/data/csv}, {@code csv-with-geocodes}: {@code GeoCode} beside a region, empty for the
 * whole country).
 * <ul>
 *   <li>{@code Year}: a year of four digits; another period (a half-year, a quarter, a span, a term of
 *       office) is written with its first year here and the period in {@code COMMENT_OBS}.</li>
 *   <li>{@code Value}: plain digits with a point; empty when only a numerator and denominator are known
 *       (they are then in {@code COMMENT_OBS}).</li>
 *   <li>{@code GeoCode}: the area, through the mapping; empty (or no column) is the mapping's default area.</li>
 *   <li>{@code Units}: the unit, through the mapping or by a unit's code; {@code Series}: through the
 *       mapping, for files that hold several indicators.</li>
 *   <li>Any other column is a disaggregation: a breakdown dimension, its values the categories (through the
 *       mapping); an empty cell is the total, and a row with every disaggregation empty is the headline. A
 *       column the mapping ignores (such as a {@code Region} name beside {@code GeoCode}) is left aside.</li>
 *   <li>{@code COMMENT_OBS}: what Open SDG has no column for, in the module's one machine-readable form (the
 *       one DHIS2's comment and SDMX's {@code COMMENT_OBS} hold): {@code binhdang:} and {@code key=value}
 *       parts joined by {@code ;}: {@code period} ({@code HDND:2016/2021}), {@code qualifier}
 *       ({@code about}, …), {@code status} ({@code provisional}, {@code estimated}, {@code not_given}),
 *       {@code numerator}, {@code denominator}, {@code source}, {@code note}. An Open SDG site lists
 *       {@code COMMENT_OBS} among its observation attributes (sdg-build's {@code observation_attributes}) so
 *       that it is not taken for a disaggregation. A value is always plain digits: never {@code <},
 *       {@code >} or {@code ~}.</li>
 * </ul>
 *
 * <h2>Findings</h2>
 * Every row ends as an observation or as findings located by file, line, column (header and number) and
 * the cell's text, quoted with {@link io.github.binhdang.core.Excerpt}; messages in English and
 * Vietnamese. A header that cannot be used gives one finding for it and one that counts the rows not read.
 * <table class="striped">
 * <caption>Problem codes of the Open SDG reader and writer</caption>
 * <thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">What</th>
 *     <th scope="col">In Vietnamese</th></tr></thead>
 * <tbody>
 * <tr><td>{@code opensdg.header}</td><td>error</td><td>no {@code Year} or {@code Value}, a column given
 *     twice, two columns of one breakdown</td><td>dòng tiêu đề không đúng dạng Open SDG</td></tr>
 * <tr><td>{@code opensdg.order}</td><td>warning</td><td>{@code Year} not first or {@code Value} not last</td>
 *     <td>Year phải là cột đầu, Value là cột cuối</td></tr>
 * <tr><td>{@code opensdg.code}</td><td>error</td><td>a series, unit or disaggregation value the mapping does
 *     not know; writing: a category with no value of its column</td><td>mã không có trong bảng đối chiếu</td></tr>
 * <tr><td>{@code opensdg.period}</td><td>error</td><td>a {@code Year} that is not a year, or not the first
 *     year of the period in {@code COMMENT_OBS}</td><td>năm không đọc được</td></tr>
 * <tr><td>{@code opensdg.value}</td><td>error</td><td>a value that is not a number</td>
 *     <td>giá trị không phải là số</td></tr>
 * <tr><td>{@code opensdg.missing}</td><td>error</td><td>no value and no numerator or denominator; no
 *     {@code GeoCode} and no default area</td><td>thiếu thông tin bắt buộc</td></tr>
 * <tr><td>{@code opensdg.comment}</td><td>error</td><td>a {@code binhdang:} comment with a part that cannot be
 *     read</td><td>ghi chú dạng binhdang không đọc được</td></tr>
 * <tr><td>{@code opensdg.duplicate}</td><td>error</td><td>the key of an earlier row</td>
 *     <td>trùng khóa với một dòng trước</td></tr>
 * <tr><td>{@code opensdg.refused}</td><td>error</td><td>a row the model refuses</td><td>giá trị bị từ chối</td></tr>
 * <tr><td>{@code opensdg.target}</td><td>warning</td><td>writing metadata: a target left out of
 *     {@code progress_calculation_options}</td><td>chỉ tiêu không chuyển được sang Open SDG</td></tr>
 * <tr><td>{@code csv.syntax}, {@code csv.empty}, {@code csv.fields}</td><td>error</td><td>as the CSV
 *     reader's, {@link io.github.binhdang.serialization.csv.CsvProblem.Kind}</td><td>—</td></tr>
 * </tbody>
 * </table>
 */
@NullMarked
package io.github.binhdang.serialization.opensdg;

import org.jspecify.annotations.NullMarked;
