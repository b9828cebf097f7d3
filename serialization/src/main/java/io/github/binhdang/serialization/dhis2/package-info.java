/**
 * DHIS2 data value sets for the binhdang model: read and written as JSON and CSV, periods mapped, codes
 * mapped through a caller's {@link io.github.binhdang.serialization.dhis2.Dhis2CodeMap}, and an importer
 * that answers as DHIS2 does, with an import summary.
 *
 * <h2>The forms</h2>
 * Source: DHIS2 Developer Manual, "Data values" (sending data values, the data value set's JSON and CSV
 * formats) and "Date and period format"; dhis2-core's {@code DataValueSet} and {@code DataValue}.
 * <ul>
 *   <li>JSON: an object with {@code dataSet}, {@code completeDate}, {@code period}, {@code orgUnit},
 *       {@code attributeOptionCombo} and {@code dataValues}, an array of objects with
 *       {@code dataElement}, {@code period}, {@code orgUnit}, {@code categoryOptionCombo},
 *       {@code attributeOptionCombo}, {@code value} (a string), {@code storedBy}, {@code created},
 *       {@code lastUpdated}, {@code comment} and {@code followup}. The set's {@code period},
 *       {@code orgUnit} and {@code attributeOptionCombo} stand for those of the data values after them that
 *       have none (the writer never relies on it). Read with Jackson's token stream, one data value at a
 *       time.</li>
 *   <li>CSV: positional columns {@code dataelement, period, orgunit, categoryoptioncombo,
 *       attributeoptioncombo, value, storedby, lastupdated, comment, followup} (6 to 11 fields; DHIS2's
 *       export adds {@code deleted}). DHIS2 skips the first row as a header whatever it says: the reader
 *       warns ({@code dhis2.header}) when it names other columns, and reads a first row that is a data
 *       value, with a warning that DHIS2 would skip it. Read with the module's CSV tokenizer
 *       ({@link io.github.binhdang.serialization.csv.CsvRecords}).</li>
 *   <li>Periods: see {@link io.github.binhdang.serialization.dhis2.Dhis2Periods}: {@code 2022},
 *       {@code 2022S1}, {@code 2022Q3}, {@code 202209} are read; financial years, weeks, bi-weeks,
 *       bi-months and days are refused with a {@code dhis2.period} finding that says why.</li>
 *   <li>A category option combo left empty, and an attribute option combo left empty, are DHIS2's
 *       default, {@code HllvX50cXC0}.</li>
 * </ul>
 *
 * <h2>What DHIS2 cannot hold: the comment</h2>
 * A data value has a value and a comment. What else an observation has is written in the comment as
 * {@code binhdang:} followed by {@code key=value} parts joined by {@code ;}, in this order:
 * {@code period} (a span or term, in the model's text form, such as {@code HDND:2016/2021}; the data
 * value's period is then the year it starts in), {@code qualifier} ({@code about}, {@code nearly},
 * {@code more_than}, {@code at_most}, {@code at_least}, {@code less_than}), {@code status}
 * ({@code provisional}, {@code estimated}, {@code not_given}), {@code numerator}, {@code denominator}
 * (plain decimals), {@code unit} (a unit's code), {@code source} and {@code note}. In a value {@code %},
 * {@code ;}, {@code =}, a line feed and a carriage return are written {@code %25}, {@code %3B},
 * {@code %3D}, {@code %0A} and {@code %0D}. For example the 384 of 2,539 enterprises owned by women,
 * "about" 15.1 %, provisional:
 * <pre>value "15.1", comment "binhdang:qualifier=about;status=provisional;numerator=384;denominator=2539"</pre>
 * An observation with nothing beyond its value and a note writes the note as the comment; a comment
 * that does not start with {@code binhdang:} is read as the note. A value is always plain digits: never
 * {@code <}, {@code >} or {@code ~}.
 *
 * <h2>Findings</h2>
 * Every data value ends as an observation or as findings located by the data value's index (from 0),
 * its line and column (for CSV, the field's column number; for JSON, the property's token), a subject
 * ({@code dataValues[3]} or {@code line 7}), the property as the path, and the text as written, quoted
 * with {@link io.github.binhdang.core.Excerpt}; messages in English and Vietnamese. Codes:
 * <table class="striped">
 * <caption>Problem codes of the DHIS2 readers, writers and importer</caption>
 * <thead><tr><th scope="col">Code</th><th scope="col">Severity</th><th scope="col">What</th>
 *     <th scope="col">DHIS2 error code</th></tr></thead>
 * <tbody>
 * <tr><td>{@code dhis2.code}</td><td>error</td><td>a UID malformed or not in the code map</td>
 *     <td>E7610 data element, E7612 organisation unit, E7613 category option combo, E7615 attribute
 *     option combo</td></tr>
 * <tr><td>{@code dhis2.period}</td><td>error</td><td>not a DHIS2 period ({@code 2022Q5}), or one the
 *     model cannot hold ({@code 2022July}, {@code 2022W05})</td><td>E7611</td></tr>
 * <tr><td>{@code dhis2.value}</td><td>error</td><td>a value that is not a number, a follow-up that is
 *     not true or false</td><td>E7619 (value)</td></tr>
 * <tr><td>{@code dhis2.missing}</td><td>error</td><td>a data element, period or organisation unit
 *     missing; no value and no numerator or denominator</td><td>as {@code dhis2.code}; E7611; E7618</td></tr>
 * <tr><td>{@code dhis2.comment}</td><td>error</td><td>a {@code binhdang:} comment with a part that cannot
 *     be read</td><td>E7620</td></tr>
 * <tr><td>{@code dhis2.duplicate}</td><td>error</td><td>the key of an earlier data value</td><td>none</td></tr>
 * <tr><td>{@code dhis2.refused}</td><td>error</td><td>a data value the model refuses</td><td>E7619</td></tr>
 * <tr><td>{@code dhis2.header}</td><td>warning</td><td>a CSV first row that is not DHIS2's header</td>
 *     <td>none</td></tr>
 * <tr><td>{@code dhis2.unmapped}</td><td>error</td><td>writing: an observation not written, a code of it
 *     not in the code map</td><td>none</td></tr>
 * <tr><td>{@code dhis2.lossy}</td><td>warning</td><td>writing: a comment longer than DHIS2 keeps</td>
 *     <td>none</td></tr>
 * <tr><td>{@code json.syntax}, {@code json.limit}, {@code json.unknown}, {@code json.value}</td><td>error
 *     (unknown: warning)</td><td>as the JSON reader's, {@link io.github.binhdang.serialization.json.JsonProblem}</td>
 *     <td>none</td></tr>
 * <tr><td>{@code csv.syntax}, {@code csv.empty}, {@code csv.fields}</td><td>error</td><td>as the CSV
 *     reader's, {@link io.github.binhdang.serialization.csv.CsvProblem.Kind}</td><td>none</td></tr>
 * </tbody>
 * </table>
 */
@NullMarked
package io.github.binhdang.serialization.dhis2;

import org.jspecify.annotations.NullMarked;
