/**
 * Excel workbooks ({@code .xlsx}): {@link io.github.binhdang.serialization.excel.ExcelReader} reads a sheet
 * of observations by the columns and cell forms of the CSV reader, each row an observation or a finding at
 * its cell ({@code Data!E7}); {@link io.github.binhdang.serialization.excel.ExcelWriter} writes a dataset or
 * scorecards as a workbook people read, which reads back to an equal dataset.
 *
 * <p>The package runs on FastExcel ({@code org.dhatim:fastexcel} to write, {@code org.dhatim:fastexcel-reader}
 * to read, 0.19.0, Apache-2.0): small, streaming in both directions, with module descriptors of its own
 * ({@code org.dhatim.fastexcel}, {@code org.dhatim.fastexcel.reader}). They are optional dependencies of
 * this module, so that JSON and CSV users do not carry them: a project that uses this package adds both.
 *
 * <pre>
 * &lt;dependency&gt;
 *   &lt;groupId&gt;org.dhatim&lt;/groupId&gt;
 *   &lt;artifactId&gt;fastexcel-reader&lt;/artifactId&gt;   &lt;!-- and fastexcel, to write --&gt;
 *   &lt;version&gt;0.19.0&lt;/version&gt;
 * &lt;/dependency&gt;
 * </pre>
 *
 * <p>On the module path, an optional module is resolved only when something requires it: an application
 * with a {@code module-info} that uses this package says {@code requires org.dhatim.fastexcel.reader;} (and
 * {@code requires org.dhatim.fastexcel;} to write), or runs with {@code --add-modules} naming them.
 *
 * <p>Findings of a workbook's own ({@code excel.legacy}, {@code excel.encrypted}, {@code excel.corrupt},
 * {@code excel.text}, {@code excel.sheet}, {@code excel.damaged}, {@code excel.formula},
 * {@code excel.uncalculated}, {@code excel.formulas}, {@code excel.cell}, {@code excel.title},
 * {@code excel.reference}, {@code excel.merged}, {@code excel.hidden}) have their
 * messages in English and Vietnamese in this package's {@code messages.properties} and
 * {@code messages_vi.properties}; the table's findings are the CSV reader's ({@code csv.value}, …), located at
 * the cell.
 */
@NullMarked
package io.github.binhdang.serialization.excel;

import org.jspecify.annotations.NullMarked;
