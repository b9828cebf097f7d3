package io.github.binhdang.serialization.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.serialization.excel.ExcelReadResult;
import io.github.binhdang.serialization.excel.ExcelReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Issue 22: fuzzes the Excel reader. Bad input never throws: it ends as findings in the result, and every
 * row is kept or reported. {@link #reader} takes any bytes as the file; {@link #sheetXml} puts them as the
 * content of the sheet's {@code <sheetData>} in an otherwise well-formed package (ECMA-376: content types,
 * relationships, a workbook of one sheet, styles with a date, a {@code 0.00} and a percent format), which
 * reaches the cells, formats, formulas and the table's mapping. Corpus in {@code ExcelFuzzTestInputs/}; see
 * CONTRIBUTING.md, "Fuzzing".
 */
class ExcelFuzzTest {

    private static final String STYLES = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\"/></numFmts>"
            + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"2\"/><xf numFmtId=\"10\"/>"
            + "</cellXfs></styleSheet>";

    /** Any bytes read as a workbook to a result; none throws. */
    @FuzzTest(maxDuration = "2m")
    void reader(byte[] data) {
        check(ExcelReader.defaults().read(new ByteArrayInputStream(data), "fuzz.xlsx"));
    }

    /** Any text as a sheet's rows in a well-formed package; none throws. */
    @FuzzTest(maxDuration = "2m")
    void sheetXml(byte[] data) {
        String rows = new String(data, StandardCharsets.UTF_8);
        check(ExcelReader.defaults().read(new ByteArrayInputStream(workbook(rows)), "fuzz.xlsx"));
    }

    private static void check(ExcelReadResult result) {
        if (result.rowsRead() != result.dataset().size() + result.rowsReported()) {
            throw new AssertionError("rows lost: " + result);
        }
        result.report().findings().forEach(f -> f.message());
    }

    private static byte[] workbook(String rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.styles+xml\"/></Types>");
            put(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type="
                    + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/styles.xml", STYLES);
            put(zip, "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData>" + rows + "</sheetData></worksheet>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
