/**
 * CSV for the binhdang model: a tidy table of observations, one row per observation, read and
 * written with Jackson's CSV format; and scorecards written as a table for spreadsheets
 * ({@link io.github.binhdang.serialization.csv.ScorecardCsvWriter}).
 *
 * <h2>The table</h2>
 * The first line is a header naming the columns, in any order, in English or Vietnamese. Names are
 * matched without regard to case, diacritics, spaces, {@code _}, {@code -} or {@code .}
 * ({@code ageGroup}, {@code age_group} and {@code AGE GROUP} are the same column, and so are
 * {@code Mã chỉ tiêu} and {@code MA CHI TIEU}); a reader takes names of the caller's own with
 * {@link io.github.binhdang.serialization.csv.DatasetCsvReader#withHeaderAlias(String, String)}.
 * <table class="striped">
 * <caption>Columns of an observation table</caption>
 * <thead><tr><th scope="col">Column</th><th scope="col">Required</th><th scope="col">Content</th>
 *     <th scope="col">Also named</th></tr></thead>
 * <tbody>
 * <tr><th scope="row">{@code indicator}</th><td>yes</td><td>the indicator's code</td>
 *     <td>Mã chỉ tiêu, Chỉ tiêu, Mã chỉ số, Chỉ số, indicator code</td></tr>
 * <tr><th scope="row">{@code area}</th><td>yes</td><td>the area's code</td>
 *     <td>Địa bàn, Mã địa bàn, Tỉnh, Mã tỉnh, Tỉnh/Thành phố, Đơn vị hành chính, area code, province</td></tr>
 * <tr><th scope="row">{@code period}</th><td>yes</td><td>a period, {@code 2022}, {@code 2022-S1},
 *     {@code HDND:2016/2021}, or as people write it: {@code năm 2022}, {@code 6 tháng đầu năm 2022},
 *     {@code quý III/2022}, {@code 2021-01-01/2025-12-31} (see {@code ReportingPeriod.parse})</td>
 *     <td>Kỳ báo cáo, Kỳ, Năm, Thời gian, year, time period</td></tr>
 * <tr><th scope="row">{@code value}</th><td rowspan="2">one of the two</td><td>the value; a qualifier
 *     may be written before it, {@code gần 400}, {@code hơn 1.500}, {@code khoảng 250}</td>
 *     <td>Giá trị, Số liệu, obs value</td></tr>
 * <tr><th scope="row">{@code numerator}</th><td>the numerator</td><td>Tử số</td></tr>
 * <tr><th scope="row">{@code denominator}</th><td>no</td><td>the denominator</td><td>Mẫu số</td></tr>
 * <tr><th scope="row">{@code breakdown}</th><td>no</td><td>the breakdown's text form,
 *     {@code AGE_GROUP=15-24;SEX=F}; empty or {@code _T} for the total</td><td>Phân tổ</td></tr>
 * <tr><th scope="row">{@code sex}, {@code ageGroup}, {@code residence}, {@code ethnicity}</th><td>no</td>
 *     <td>instead of {@code breakdown}, one column per built-in dimension; empty for the total; a sex
 *     as {@code F}, {@code M}, {@code Nữ} or {@code Nam}</td>
 *     <td>Giới tính, gender; age, Nhóm tuổi, Độ tuổi, Tuổi; Thành thị/nông thôn, Nơi cư trú; Dân tộc</td></tr>
 * <tr><th scope="row">{@code unit}</th><td>no</td><td>a unit code ({@code percent}) or symbol
 *     ({@code %}, {@code người})</td><td>Đơn vị tính, ĐVT, unit of measure</td></tr>
 * <tr><th scope="row">{@code qualifier}</th><td>no</td><td>{@code NEARLY}, {@code gần}, … ; empty
 *     for exact, or the qualifier written in a number cell</td><td>Mức độ chính xác</td></tr>
 * <tr><th scope="row">{@code status}</th><td>no</td><td>{@code FINAL}, {@code PROVISIONAL},
 *     {@code ESTIMATED} or their Vietnamese names; an empty cell is {@code NOT_GIVEN}, which is not
 *     final (the rule {@code status.given} reports it); without the column, final</td>
 *     <td>Tình trạng, Tình trạng số liệu, Trạng thái</td></tr>
 * <tr><th scope="row">{@code source}, {@code note}</th><td>no</td><td>free text</td>
 *     <td>Nguồn, Nguồn số liệu; Ghi chú, notes</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Files are UTF-8, with or without a byte order mark, or UTF-16 with one, separated by commas or
 * semicolons (found from the header unless configured), with fields quoted by {@code "} where needed.
 * An unquoted field is trimmed; a quoted one is kept exactly. A field that only starts with a quoted
 * word ({@code "Báo cáo" số 12}) is read as written, quotes included. Numbers are
 * plain ({@code 38.89}) unless the reader is told the file uses Vietnamese notation
 * ({@code 38,89}, {@code 125.525}).
 *
 * <h2>Problems are data</h2>
 * {@link io.github.binhdang.serialization.csv.DatasetCsvReader} never stops at a bad row: it returns
 * the dataset of the good rows and a {@link io.github.binhdang.serialization.csv.CsvProblem} for each
 * bad field or row, with its line, column and value: rows read = observations kept + rows reported.
 * A row with fewer or more fields than the header is reported, not padded; a quote never closed is
 * reported on its row, with the column where it opened and the lines that could not be read, and the
 * rows after it are read again; an unknown column is a warning, since the rows are read without it.
 * {@link io.github.binhdang.serialization.csv.CsvReadResult#report()} gives them as a
 * {@code ValidationReport}, one finding each, with the line and column as its location.
 */
@NullMarked
package io.github.binhdang.serialization.csv;

import org.jspecify.annotations.NullMarked;
