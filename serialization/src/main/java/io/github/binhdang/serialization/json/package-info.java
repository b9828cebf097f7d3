/**
 * JSON for the binhdang model: a Jackson 3 module, shared mappers, a streaming reader and writer for
 * large datasets, and JSON Schemas.
 *
 * <h2>Use</h2>
 * <pre>
 * JsonMapper mapper = BinhdangJson.mapper();
 * String json = mapper.writeValueAsString(strategy);
 * Strategy back = mapper.readValue(json, Strategy.class);     // equal to strategy
 *
 * try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
 *     writer.writeAll(dataset);
 * }
 * long n = DatasetJsonReader.of().forEach(in, observation -&gt; { ... });
 * JsonReadResult all = DatasetJsonReader.of().readAll(in);   // every element it can read, a finding for each other
 * </pre>
 *
 * <h2>The format (version 1)</h2>
 * The format is stable: a later version may add optional properties, never rename or remove one.
 * <ul>
 *   <li><b>Names.</b> Property names are English camelCase. Properties may come in any order, except
 *       that inside a catalogue the indicators must come before the strategies that name them.
 *       Optional properties are left out when absent, never written as {@code null}; a {@code null}
 *       read is taken as absent.</li>
 *   <li><b>Numbers</b> are JSON numbers with every published digit, never text: 38.89 is
 *       {@code 38.89}, 15.10 is {@code 15.10} (the scale is data: 15.1 and 15.10 are different
 *       values), 125525 is {@code 125525}. A value of negative scale keeps its exponent
 *       ({@code 1E+3}). NaN and infinities are not JSON and are refused.</li>
 *   <li><b>Dates</b> are ISO 8601 text, {@code "2021-03-03"}.</li>
 *   <li><b>Periods</b> are their canonical text (see {@code ReportingPeriod}): {@code "2022"},
 *       {@code "2022-S1"}, {@code "2022-Q3"}, {@code "2022-M09"}, {@code "2021/2025"},
 *       {@code "HDND:2016/2021"}; the other forms {@code ReportingPeriod.parse} accepts are read too.
 *       A property of one kind, such as a strategy's {@code span}, refuses a period of another.
 *       A date range is {@code "2021-12-15/2022-12-14"}.</li>
 *   <li><b>Texts</b> in two languages are {@code {"vi": "Sơn La", "en": "Son La"}}, in NFC.</li>
 *   <li><b>Enums</b> are their constant names, {@code "PROVINCE"}, {@code "AT_LEAST"},
 *       {@code "NEARLY"}; the two with codes use them: a sex is {@code "F"}, {@code "M"} or
 *       {@code "_T"}, a term body {@code "HDND"}, {@code "QH"} or {@code "CAPUY"}.</li>
 *   <li><b>Units</b> are their code, {@code "percent"}, {@code "persons"}, {@code "vnd_million"}.
 *       An application's count unit, which no code alone can rebuild, is an object
 *       {@code {"code": "classes", "name": {"vi": "lớp", "en": "classes"}, "symbol": "lớp"}}.
 *       A quantity is {@code {"value": 38.89, "unit": "percent"}}.</li>
 *   <li><b>Breakdowns</b> are their text form: {@code "_T"} for the total, otherwise
 *       {@code DIMENSION=category} pairs sorted and joined by {@code ;}, {@code "AGE_GROUP=15-24;SEX=F"}.
 *       One string is compact in a dataset of millions and is the key that the CSV format and logs
 *       use too. A breakdown dimension is its code for the built-in ones ({@code "SEX"},
 *       {@code "AGE_GROUP"}, {@code "RESIDENCE"}, {@code "ETHNICITY"}) and
 *       {@code {"code": "DISABILITY", "name": {...}}} for an application's.</li>
 *   <li><b>Directions</b> are {@code "INCREASE"}, {@code "DECREASE"}, or
 *       {@code {"kind": "TOWARDS", "low": 45, "high": 55}} (low equals high for a single value).</li>
 * </ul>
 *
 * <h3>Observations and datasets</h3>
 * <pre>
 * {"observations": [
 *   {"indicator": "W_ENT", "area": "14", "period": "2017", "value": 15.1,
 *    "numerator": 384, "denominator": 2539, "unit": "percent"},
 *   {"indicator": "W_HDND", "area": "14", "period": "HDND:2016/2021",
 *    "breakdown": "COUNCIL_LEVEL=PROVINCE", "value": 38.89, "unit": "percent",
 *    "qualifier": "NEARLY", "status": "PROVISIONAL", "source": "...", "note": "..."}
 * ]}
 * </pre>
 * {@code indicator}, {@code area} and {@code period} are required, with at least one of
 * {@code value}, {@code numerator} and {@code denominator}. {@code breakdown} is left out for the
 * total, {@code qualifier} for {@code EXACT} and {@code status} for {@code FINAL}. Two observations
 * with the same key make a dataset document invalid. An observation key alone is
 * {@code {"indicator", "area", "period", "breakdown"}} with the same rules.
 *
 * <h3>Indicators, strategies and catalogues</h3>
 * <ul>
 *   <li>An <b>indicator</b>: {@code code}, {@code name}, {@code measureKind}, {@code unit},
 *       {@code direction}, {@code frequency} and {@code decimals}, always written;
 *       {@code definition}, {@code numerator} and {@code denominator} (both or neither),
 *       {@code source}, {@code agency} (the undated agency), {@code agencies} (the dated ones, each
 *       {@code name} and {@code from}, a date, earliest first), {@code breakdowns} (dimensions) and
 *       {@code levels} (area levels, in their order) when present. When read, a missing direction, frequency or decimals
 *       takes the indicator builder's default.</li>
 *   <li>A <b>milestone</b>: {@code period}, {@code comparison}, {@code value}, {@code unit}, and
 *       {@code "onward": true} for "from that year onward" (a year only), and {@code tolerance} (a
 *       number) for an "about" milestone whose target gives its own.</li>
 *   <li>A <b>baseline</b>: {@code period}, {@code value}. A <b>target reference</b>:
 *       {@code strategy}, {@code target} (codes). A <b>legal basis</b>: {@code documentNumber},
 *       {@code issuer}, {@code date}.</li>
 *   <li>A <b>target</b>: {@code code}, {@code text}, {@code indicator}, {@code milestones}, and
 *       {@code baseline}, {@code serves} and {@code servesObjective} (an object with {@code strategy},
 *       a code, and {@code objective}, a number) when present. The indicator is an object; inside a
 *       catalogue it is the code of one of the catalogue's indicators when it equals it.</li>
 *   <li>An <b>objective</b>: {@code number}, {@code domain}, {@code title}, {@code targets}.</li>
 *   <li>A <b>strategy</b>: {@code code}, {@code title}, {@code span} ({@code "2021/2030"}),
 *       {@code objectives}, and {@code legalBasis}, {@code localises} (the code of the strategy a
 *       plan localises) and {@code area} (a plan's area, only with {@code localises}) when present.
 *       A plan is checked against the strategy it localises when that strategy came earlier in the
 *       same document; otherwise its references are taken as written.</li>
 *   <li>A <b>catalogue</b> ({@link io.github.binhdang.serialization.json.Catalogue}):
 *       {@code {"indicators": [...], "strategies": [...]}}.</li>
 *   <li>An <b>area</b>: {@code code}, {@code name}, {@code level}, and {@code kind} (an
 *       {@link io.github.binhdang.core.area.AreaKind} constant, such as {@code "WARD"}),
 *       {@code parentCode}, {@code validFrom}, {@code validTo} when present. An <b>area hierarchy</b>:
 *       {@code {"areas": [...], "links": [{"from": {"code": "10", "validTo": "2025-06-30"},
 *       "to": {"code": "15", "validFrom": "2025-07-01"}, "kind": "FULL"}]}}: a link names each area by
 *       its code and the date that tells its versions apart (the old area by its last day, the new one
 *       by its first), and its {@link io.github.binhdang.core.area.LinkKind}: {@code FULL} for a merge,
 *       {@code PARTIAL} for each part of a split, which has two partial links or more. The
 *       {@code "merges"} of earlier versions, {@code [{"predecessor": {...}, "successor": {...}}]},
 *       are still read, as full links; a link naming no area of the file, or a split with a single
 *       partial link, is refused with the link's path ({@code AreaHierarchy["links"]->[1]}). Links are
 *       written in an order that keeps both each old area's successors and each new area's predecessor
 *       links in the hierarchy's order, so a hierarchy and the JSON written from it round-trip.</li>
 * </ul>
 *
 * <h3>Validation reports</h3>
 * <pre>
 * {"acceptable": false, "counts": {"ERROR": 1, "WARNING": 0, "INFO": 0},
 *  "findings": [
 *   {"code": "percentage.range", "severity": "ERROR",
 *    "location": {"key": {"indicator": "W_ENT", "area": "14", "period": "2017"},
 *                 "subject": "W_ENT/14/2017/_T", "indicator": "W_ENT", "area": "14",
 *                 "path": "value", "index": 3, "line": 5, "column": 12},
 *    "value": "105", "rule": "must be from 0 to 100 for a percentage",
 *    "arguments": {"max": 100},
 *    "template": {"vi": "{value} % nằm ngoài khoảng 0–{max}", "en": "{value} % is outside 0–{max}"},
 *    "messageEn": "105 % is outside 0–100", "messageVi": "105 % nằm ngoài khoảng 0–100"}
 * ]}
 * </pre>
 * <ul>
 *   <li>A <b>report</b>: {@code findings}, in their order. {@code acceptable} (no errors) and
 *       {@code counts} (by severity) are written for readers and ignored when read.</li>
 *   <li>A <b>finding</b>: {@code code}, {@code severity} ({@code "ERROR"}, {@code "WARNING"},
 *       {@code "INFO"}), {@code location}, {@code value} ({@code ""} when none), {@code rule},
 *       {@code template}, and {@code arguments} when there are any, sorted by name.
 *       {@code messageEn} and {@code messageVi} are the finding's message in English and Vietnamese,
 *       written for readers and ignored when read: a finding read back makes them again from its
 *       template. An argument is a number for a {@code BigDecimal}, {@code {"int": 2}} for an
 *       {@code Integer} and {@code {"long": 7000000000}} for a {@code Long} (so that it reads back as
 *       the same type), a two-language text object for a {@code BilingualText}, and text for anything
 *       else: an argument of another type reads back as its {@code toString()}.</li>
 *   <li>A <b>location</b>: {@code subject} always; {@code key} when the subject is an observation
 *       (the subject is then the key's text and is not needed to read it back); {@code indicator},
 *       {@code area}, {@code path} (left out when empty), {@code index} (from 0), {@code line} and
 *       {@code column} (from 1, both or neither) when present.</li>
 * </ul>
 *
 * <h3>Progress and scorecards</h3>
 * <ul>
 *   <li>A <b>progress status</b> is its constant name, {@code "ON_TRACK"}.</li>
 *   <li>A <b>series point</b>: {@code {"period": "2017", "value": 15.1}}, and {@code qualifier}
 *       when not {@code EXACT}, and {@code shown} when the value shown differs from the value methods use
 *       (a value computed from its components: {@code "value": 15.12406459…, "shown": 15.1}). A <b>skipped observation</b>: {@code {"key": {...}, "reason": {...}}}.</li>
 *   <li>An <b>assessment</b>: {@code method}, {@code target} (the code), {@code milestone},
 *       {@code achieved}, {@code status}, {@code reason} always; {@code latest},
 *       {@code linearProjection}, {@code compoundProjection}, {@code annualChangeNeeded}, the method's
 *       own {@code score} (a number) and {@code category} (its category name, {@code {"vi": ..., "en":
 *       ...}}), Open SDG's {@code progressValue}, ESCAP's {@code currentStatusIndex} and {@code
 *       progressGap} (numbers, unrounded) and {@code skipped} when present:
 *       <pre>
 * {"method": "binhdang", "target": "2.3",
 *  "milestone": {"period": "2025", "comparison": "AT_LEAST", "value": 27, "unit": "percent"},
 *  "latest": {"period": "2017", "value": 15.1}, "achieved": false,
 *  "linearProjection": 20.3, "annualChangeNeeded": 1.49,
 *  "status": "OFF_TRACK", "reason": {"vi": "...", "en": "..."}}
 *       </pre>
 *       With skipped observations the reason ends with the sentence that lists them; an assessment
 *       whose reason does not end so cannot be read back.</li>
 *   <li>A <b>scorecard row</b>: {@code {"target": {...}, "assessment": {...}}}, the target as a
 *       whole object.</li>
 *   <li>A <b>scorecard</b>: {@code strategy}, {@code area}, {@code breakdown} (left out for the
 *       total), {@code method}, {@code counts} (every status, in the order of {@code ProgressStatus},
 *       with how many rows have it; written for readers and worked out again from the rows when read)
 *       and {@code rows}.</li>
 * </ul>
 *
 * <h2>Errors</h2>
 * Reading fails with an unchecked {@link tools.jackson.core.JacksonException} that gives the line
 * and column and the path from the root, for example
 * {@code Dataset[3]->Observation["period"]}. When the model refuses a value, the exception is an
 * {@link tools.jackson.databind.exc.InvalidFormatException} whose
 * {@link tools.jackson.core.JacksonException#getOriginalMessage() original message} is the model's
 * ({@code Cannot parse '2022-Q5' at index 6: quarter must be 1 to 4}) and whose cause is the
 * model's {@link io.github.binhdang.core.InvalidValueException}.
 *
 * <h2>Schemas</h2>
 * {@code dataset.schema.json} and {@code catalogue.schema.json} (JSON Schema draft 2020-12) ship
 * beside these classes; {@link io.github.binhdang.serialization.json.BinhdangJson#openDatasetSchema()}
 * and {@link io.github.binhdang.serialization.json.BinhdangJson#openCatalogueSchema()} open them.
 * They check shape and text patterns; the model's own rules (a percentage from 0 to 100, milestones
 * in order) are checked when a document is read.
 */
@NullMarked
package io.github.binhdang.serialization.json;

import org.jspecify.annotations.NullMarked;
