/**
 * CSV for the binhdang model: a tidy table of observations, one row per observation, read by the
 * package's own tokenizer (which reports what it cannot read rather than change it) and written
 * with RFC 4180 quoting; and scorecards written as a table for spreadsheets
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
 * <h2 id="formulas">Text a spreadsheet would run as a formula</h2>
 * Files written here are opened by people in spreadsheet programs, and a cell such as
 * {@code =HYPERLINK("http://…","Bấm vào đây")} would open as a live formula (CSV injection). So, as
 * OWASP advises, {@link io.github.binhdang.serialization.csv.DatasetCsvWriter} and
 * {@link io.github.binhdang.serialization.csv.ScorecardCsvWriter} write a text cell that begins with
 * {@code =}, {@code +}, {@code -} or {@code @} (also after blanks, and in their full-width forms), or with
 * a tab or a carriage return, quoted with an apostrophe before it ({@code "'=HYPERLINK(…)"}), which a
 * spreadsheet shows as text; numbers are written as they are ({@code -3.5} stays a number). The reader
 * takes the apostrophe away, so every text reads back as it was; a text that itself begins with an
 * apostrophe followed by another or by such a text gets one more apostrophe for the same reason. A
 * writer's {@code withFormulaEscaping(false)} switches the neutralising off for files that only
 * programs read. LibreOffice Calc opening the written files shows no formula (a test, in the build's
 * profile {@code libreoffice}).
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
 *
 * <p>What a file can make the reader spend is bounded by
 * {@link io.github.binhdang.serialization.csv.CsvLimits}: the length of a row and of a field, the digits
 * of a number, the dimensions of a breakdown, the rows of a file and the problems kept, each with a
 * safe default and a setting ({@code DatasetCsvReader.withLimits(CsvLimits.defaults().withMaxRows(…))}).
 * A limit reached is a {@code csv.limit} problem on its line and column that names the limit and its
 * setting, and the reader goes on with the next row (past the most rows it stops). A problem keeps the
 * field as written shortened to 80 characters and its length ({@code io.github.binhdang.core.Excerpt}),
 * once, and its messages quote it so; past the most problems kept the rest are counted, one last problem
 * says how many, and {@link io.github.binhdang.serialization.csv.CsvReadResult#rowsRead()} and
 * {@link io.github.binhdang.serialization.csv.CsvReadResult#rowsReported()} stay exact.
 *
 * <h2 id="problems">Every problem code</h2>
 * The codes of the findings that reading and validating a submission give, in one table: the CSV
 * reader's ({@link io.github.binhdang.serialization.csv.CsvProblem.Kind}), those of reading JSON
 * ({@link io.github.binhdang.serialization.json.JsonProblem}, as
 * {@link io.github.binhdang.serialization.json.DatasetJsonReader#readAll(java.io.InputStream)} and the Spring Boot
 * starter report them)
 * the validator's ({@code io.github.binhdang.core.validation.StandardRule}) and those of what
 * aggregation and progress left out ({@code io.github.binhdang.core.validation.CalculationFindings}),
 * each with its message
 * in English and Vietnamese. A reader's problem has its kind, and so its code, from where it is found;
 * no code is read back from a message. A reader's finding is located by the file, line, column, header
 * and field as written; a validator's finding on a dataset read from a file by the file, line, column
 * and header of its field ({@code DatasetValidator} puts them in itself). A reader's message gives the
 * problem's detail in the reader's language: the English message its English detail (the
 * {@code CsvProblem}'s message, argument {@code detail}), the Vietnamese message its Vietnamese detail
 * (argument {@code detailVi}), with no English in it; the table names each kind in both languages and
 * gives examples of the details. {@code {name}} stands for an argument of the finding.
 * <table class="striped">
 * <caption>Problem codes of reading and validation</caption>
 * <thead><tr><th scope="col">Code</th><th scope="col">Found by</th><th scope="col">English</th>
 *     <th scope="col">Tiếng Việt</th></tr></thead>
 * <tbody>
 * <tr><td>{@code csv.value}</td><td>CSV reader</td><td>a field cannot be read: {@code cannot be read as a number: expected a digit}, {@code the unit 'ratio' is not known; known units: …}</td><td>không đọc được giá trị: {@code không đọc được thành số, lỗi ở ký tự 5}, {@code đơn vị tính 'ratio' không có trong danh mục; các đơn vị tính: …}, {@code không đọc được giới tính 'X'}, {@code bị để trống; hàng nào cũng phải có kỳ báo cáo}</td></tr>
 * <tr><td>{@code csv.row}</td><td>CSV reader</td><td>a row cannot be an observation: {@code the row has no value, numerator or denominator}</td><td>dòng này không đọc được: {@code hàng không có giá trị, tử số hay mẫu số}</td></tr>
 * <tr><td>{@code csv.duplicate}</td><td>CSV reader</td><td>a row repeats the key of an earlier row: {@code duplicates the key W_ENT/14/2017/_T of the row on line 2}</td><td>trùng khóa với một dòng trước: {@code trùng khóa W_ENT/14/2017/_T với hàng ở dòng 2; mỗi khóa chỉ có một giá trị}</td></tr>
 * <tr><td>{@code csv.header}</td><td>CSV reader</td><td>a header column unknown, given twice, missing or in conflict: {@code missing required column 'period'}</td><td>dòng tiêu đề có lỗi: {@code thiếu cột bắt buộc 'period'; dòng tiêu đề có: …}</td></tr>
 * <tr><td>{@code csv.empty}</td><td>CSV reader</td><td>the file is empty: its first line must be a header naming the columns</td><td>tệp trống, dòng đầu phải là dòng tiêu đề ghi tên các cột</td></tr>
 * <tr><td>{@code csv.syntax}</td><td>CSV reader</td><td>the CSV cannot be read from here on: {@code the quote opened in column 5 is not closed; …}</td><td>tệp CSV không đọc được từ đây trở đi: {@code dấu ngoặc kép mở ở cột 5 không được đóng; …}</td></tr>
 * <tr><td>{@code csv.fields}</td><td>CSV reader</td><td>a row has more or fewer fields than the header has columns: {@code the row has 3 fields but the header has 5 columns; is a line break unquoted, or a separator missing?}</td><td>số ô của dòng khác số cột của dòng tiêu đề: {@code hàng có 3 trường nhưng dòng tiêu đề có 5 cột; có dấu xuống dòng không nằm trong ngoặc kép, hoặc thiếu dấu phân cách?}</td></tr>
 * <tr><td>{@code csv.encoding}</td><td>CSV reader</td><td>a field is not valid UTF-8: save the file as "CSV UTF-8"</td><td>tệp không được lưu dưới dạng UTF-8: {@code tệp có vẻ là UTF-16LE không có BOM (dấu thứ tự byte), …: hãy lưu lại dưới dạng "CSV UTF-8"}</td></tr>
 * <tr><td>{@code csv.limit}</td><td>CSV reader</td><td>the row is one more than a dataset can hold (65,536 indicator codes, periods or breakdowns), or a limit of the reader is reached: {@code the field has 40000 characters, more than the limit (limit maxFieldLength = 32767, set with CsvLimits.withMaxFieldLength); the row is left out}</td><td>vượt quá giới hạn của một bộ dữ liệu: {@code trường có 40000 ký tự, vượt giới hạn (giới hạn maxFieldLength = 32767, đặt lại bằng CsvLimits.withMaxFieldLength); hàng này bị bỏ qua}</td></tr>
 * <tr><td>{@code json.syntax}</td><td>JSON reading</td><td>not valid JSON, nothing can be read from here on</td><td>không phải JSON hợp lệ, không đọc được từ đây trở đi</td></tr>
 * <tr><td>{@code json.limit}</td><td>JSON reading</td><td>the document exceeds a read limit</td><td>tài liệu vượt quá giới hạn đọc</td></tr>
 * <tr><td>{@code json.unknown}</td><td>JSON reading</td><td>the format has no property {path}</td><td>định dạng không có thuộc tính {path}</td></tr>
 * <tr><td>{@code json.value}</td><td>JSON reading</td><td>the value at {path} is not valid</td><td>giá trị tại {path} không hợp lệ</td></tr>
 * <tr><td>{@code input.null}</td><td>validator</td><td>Row {row} is empty: an observation was expected</td><td>Dòng {row} trống: cần có một số liệu</td></tr>
 * <tr><td>{@code key.duplicate}</td><td>validator</td><td>{key} is reported twice: row {row} repeats row {first}</td><td>{key} được báo cáo hai lần: dòng {row} trùng với dòng {first}</td></tr>
 * <tr><td>{@code indicator.unknown}</td><td>validator</td><td>Indicator {indicator} is not in the catalogue</td><td>Chỉ tiêu {indicator} không có trong danh mục chỉ tiêu</td></tr>
 * <tr><td>{@code area.unknown}</td><td>validator</td><td>Area {area} is not in the list of administrative units</td><td>Địa bàn {area} không có trong danh mục đơn vị hành chính</td></tr>
 * <tr><td>{@code area.period}</td><td>validator</td><td>Area {area} was not in force in {period}; it was in force {validity}</td><td>Đơn vị hành chính {area} không có hiệu lực trong kỳ {period}; thời gian hiệu lực: {validity}</td></tr>
 * <tr><td>{@code period.kind}</td><td>validator</td><td>Period {period} is a {kind}, but indicator {indicator} is reported per {expected}</td><td>Kỳ {period} là kỳ {kind}, nhưng chỉ tiêu {indicator} được báo cáo theo {expected}</td></tr>
 * <tr><td>{@code period.span}</td><td>validator</td><td>Period {period} is outside {span}, the span of strategy {strategy}</td><td>Kỳ {period} nằm ngoài giai đoạn {span} của chiến lược {strategy}</td></tr>
 * <tr><td>{@code unit.mismatch}</td><td>validator</td><td>The unit {unit} is not {expected}, the unit of indicator {indicator}</td><td>Đơn vị tính {unit} khác với {expected}, đơn vị tính của chỉ tiêu {indicator}</td></tr>
 * <tr><td>{@code breakdown.dimension}</td><td>validator</td><td>Indicator {indicator} is not broken down by {dimension}</td><td>Chỉ tiêu {indicator} không được phân tổ theo {dimension}</td></tr>
 * <tr><td>{@code count.integer}</td><td>validator</td><td>{value} is not a count: a count is a whole number, 0 or more</td><td>{value} không phải là số đếm: số đếm phải là số nguyên, từ 0 trở lên</td></tr>
 * <tr><td>{@code percentage.range}</td><td>validator</td><td>{value} % is outside 0–100, the range of a percentage</td><td>{value} % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm</td></tr>
 * <tr><td>{@code value.minimum}</td><td>validator</td><td>{value} is below {minimum}, the least value in {unit}</td><td>{value} nhỏ hơn {minimum}, giá trị nhỏ nhất của đơn vị {unit}</td></tr>
 * <tr><td>{@code component.negative}</td><td>validator</td><td>The {field} {value} is below 0</td><td>Giá trị {value} của {field} nhỏ hơn 0</td></tr>
 * <tr><td>{@code denominator.zero}</td><td>validator</td><td>The denominator is 0: no value can be computed from it</td><td>Mẫu số bằng 0: không thể tính giá trị từ đó</td></tr>
 * <tr><td>{@code numerator.exceeds}</td><td>validator</td><td>The numerator {numerator} is above the denominator {denominator}: a share cannot exceed the whole</td><td>Tử số {numerator} lớn hơn mẫu số {denominator}: một tỷ lệ không thể vượt quá tổng thể</td></tr>
 * <tr><td>{@code value.components}</td><td>validator</td><td>The value {value} does not agree with the numerator {numerator} and the denominator {denominator}, which give {expected}</td><td>Giá trị {value} không khớp với tử số {numerator} và mẫu số {denominator}; tính lại được {expected}</td></tr>
 * <tr><td>{@code value.plausible}</td><td>validator</td><td>{value} is outside {min}–{max}, the plausible range of indicator {indicator}</td><td>{value} nằm ngoài khoảng hợp lý {min}–{max} của chỉ tiêu {indicator}</td></tr>
 * <tr><td>{@code value.approximate}</td><td>validator</td><td>The value is approximate ({qualifier} {value}): checks that need an exact value were skipped</td><td>Giá trị là số gần đúng ({qualifier} {value}): đã bỏ qua các kiểm tra cần giá trị chính xác</td></tr>
 * <tr><td>{@code sex.sum}</td><td>validator</td><td>Women's {field} {female} and men's {field} {male} add up to {sum}, not to the total {total}</td><td>Tổng {field} của nữ ({female}) và nam ({male}) là {sum}, khác với tổng số {total}</td></tr>
 * <tr><td>{@code sex.between}</td><td>validator</td><td>The total {total} is not between the women's ({female}) and the men's ({male})</td><td>Giá trị chung {total} không nằm giữa giá trị của nữ ({female}) và của nam ({male})</td></tr>
 * <tr><td>{@code area.sum}</td><td>validator</td><td>The {count} areas under {area} add up to {sum} ({field}), not to its own {total}</td><td>Tổng {field} của {count} đơn vị trực thuộc {area} là {sum}, khác với số của chính đơn vị này là {total}</td></tr>
 * <tr><td>{@code change.jump}</td><td>validator</td><td>{value} is a change of {change} % from {previous} in {previousPeriod}, more than {threshold} %</td><td>{value} thay đổi {change} % so với {previous} của kỳ {previousPeriod}, vượt ngưỡng {threshold} %</td></tr>
 * <tr><td>{@code target.direction}</td><td>validator</td><td>Target {target}: {later} for {laterPeriod} after {earlier} for {earlierPeriod} goes against its indicator, which should {direction}</td><td>Chỉ tiêu {target}: mức {later} cho kỳ {laterPeriod} sau mức {earlier} cho kỳ {earlierPeriod} đi ngược hướng của chỉ số, trong khi chỉ số cần {direction}</td></tr>
 * <tr><td>{@code target.comparison}</td><td>validator</td><td>Target {target}: “{comparison}” for {period} does not fit an indicator that should {direction}</td><td>Chỉ tiêu {target}: phép so sánh “{comparison}” cho kỳ {period} không phù hợp với chỉ số cần {direction}</td></tr>
 * <tr><td>{@code value.missing}</td><td>validator</td><td>The value is missing</td><td>Thiếu giá trị</td></tr>
 * <tr><td>{@code value.finite}</td><td>validator</td><td>{value} is not a finite number</td><td>{value} không phải là một số hữu hạn</td></tr>
 * <tr><td>{@code rule.failed}</td><td>validator</td><td>Rule {rule} could not check this: {error}</td><td>Quy tắc {rule} không kiểm tra được mục này: {error}</td></tr>
 * <tr><td>{@code status.provisional}</td><td>validator</td><td>The value of {indicator} for {period} is still provisional on {asOf}: it should have been final by {deadline}, the data cut-off of the annual report for {report}</td><td>Giá trị của chỉ tiêu {indicator} kỳ {period} vẫn là số liệu sơ bộ vào ngày {asOf}: lẽ ra phải là số liệu chính thức chậm nhất vào ngày {deadline}, thời điểm chốt số liệu của báo cáo năm {report}</td></tr>
 * <tr><td>{@code period.before}</td><td>validator</td><td>The value for {period} is dated before {span}, the span of strategy {strategy}: {use}</td><td>Giá trị kỳ {period} có trước giai đoạn {span} của chiến lược {strategy}: {use}</td></tr>
 * <tr><td>{@code target.reference}</td><td>validator</td><td>Target {target} serves target {reference} of strategy {strategy}, which has no target {reference}</td><td>Chỉ tiêu {target} phục vụ chỉ tiêu {reference} của chiến lược {strategy}, nhưng chiến lược này không có chỉ tiêu {reference}</td></tr>
 * <tr><td>{@code area.changed}</td><td>validator</td><td>Code {area} named different units during {period}: {meanings}; the figure was read as {used}, the unit in force on {day}</td><td>Mã {area} chỉ các đơn vị khác nhau trong kỳ {period}: {meanings}; số liệu được hiểu là của {used}, đơn vị có hiệu lực ngày {day}</td></tr>
 * <tr><td>{@code value.components.approximate}</td><td>validator</td><td>The value {value} does not fit the numerator {numerator} and the denominator {denominator}, which give {expected} (tolerance {tolerance} %)</td><td>Giá trị {value} không khớp với tử số {numerator} và mẫu số {denominator}; tính lại được {expected} (dung sai {tolerance} %)</td></tr>
 * <tr><td>{@code status.given}</td><td>validator</td><td>The status is not given: final, provisional or estimated?</td><td>Chưa ghi tình trạng số liệu: chính thức, sơ bộ hay ước tính?</td></tr>
 * <tr><td>{@code aggregation.partial}</td><td>aggregation</td><td>The total {key} holds {present} of its {expected} parts; missing: {missing}</td><td>Tổng {key} chỉ có {present} trong {expected} thành phần; còn thiếu: {missing}</td></tr>
 * <tr><td>{@code aggregation.refused}</td><td>aggregation</td><td>No total {key} could be formed: {reason} ({detail})</td><td>Không tính được tổng {key}: {reason} ({detail})</td></tr>
 * <tr><td>{@code progress.skipped}</td><td>progress</td><td>{key} gives no point of the series: {reason}</td><td>{key} không cho được điểm nào của chuỗi số liệu: {reason}</td></tr>
 * </tbody>
 * </table>
 */
@NullMarked
package io.github.binhdang.serialization.csv;

import org.jspecify.annotations.NullMarked;
