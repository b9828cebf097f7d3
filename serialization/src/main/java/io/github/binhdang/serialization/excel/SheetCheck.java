package io.github.binhdang.serialization.excel;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import io.github.binhdang.core.data.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.jspecify.annotations.Nullable;

/**
 * A pass over a sheet's part inside the package before FastExcel reads it, which refuses a sheet whose cell
 * references are not cells of a sheet, and collects the sheet's merged cells.
 *
 * <p>FastExcel 0.19.0 sizes a row's list of cells by the column its cell reference names, with no limit:
 * {@code <c r="Dindicat1">} (eight letters, a column past 2<sup>31</sup>) makes it allocate until the heap
 * runs out (found by {@code ExcelFuzzTest#sheetXml}). So every {@code <row r>} and {@code <c r>} of the part
 * is checked first: a cell reference is one to three letters (either case) for a column from {@code A} to
 * {@code XFD}, then the row from 1 to 1,048,576, each optionally after {@code $}; a row's {@code r} is that
 * row number; a cell without {@code r} takes the column of its place in its row, which may not pass
 * {@code XFD} either. These are Excel's limits (Microsoft, "Excel specifications and limits": a worksheet is
 * 1,048,576 rows by 16,384 columns); a spreadsheet program writes nothing outside them.
 *
 * <p>The check reads what FastExcel reads: the same zip library (Commons Compress), the same XML parser
 * (Aalto, DTDs and external entities off) and the sheet's part found as FastExcel 0.19.0 finds it (the
 * workbook's part from {@code [Content_Types].xml}, its relationships, the sheet's {@code r:id}; an entry by
 * its exact name, else by its name in any case). Every {@code c} and {@code row} element of the part is
 * checked, wherever it is, a superset of the ones FastExcel takes as cells and rows. A part that is not
 * well-formed is checked up to its error, where FastExcel's parser (the same) stops too. Memory: the parser's
 * buffers and at most {@value #MAX_MERGES} merged ranges; time: one more parse of the part.
 *
 * <p>A sheet's {@code <mergeCells>} come after its rows; FastExcel 0.19.0 does not read them, so this pass
 * keeps them for the header.
 */
final class SheetCheck {

    /** The columns of a sheet: {@code A} to {@code XFD}. */
    static final int MAX_COLUMN = 16_384;
    /** The rows of a sheet. */
    static final int MAX_ROW = 1_048_576;
    /** At most this many merged ranges are kept; the header needs those near the top. */
    static final int MAX_MERGES = 10_000;

    private static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");

    private static final class Holder {
        // As FastExcel's DefaultXMLInputFactory: Aalto, no DTD, no external entity. Configured once, then
        // only read: safe to share.
        static final XMLInputFactory XML = xml();

        private static XMLInputFactory xml() {
            XMLInputFactory factory = new InputFactoryImpl();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory;
        }
    }

    /** A merged range of cells, columns and rows from 1. */
    record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {

        /** Whether the cell is in the range but not its first (top left) cell, which holds the text. */
        boolean hides(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn
                    && (row != firstRow || column != firstColumn);
        }

        /** The range as Excel writes it, {@code D2:E2}. */
        String text() {
            return reference(firstRow, firstColumn) + ":" + reference(lastRow, lastColumn);
        }
    }

    /**
     * What the pass found.
     *
     * @param reference  the first reference that is not a cell of a sheet, {@code ""} when all are
     * @param row        the row it is in (its {@code r}, or its place), 0 when not in a row
     * @param unread     why the sheet's part could not be found, {@code ""} when it was
     * @param merges     the merged ranges, in the order of the part
     */
    record Result(String reference, int row, String unread, List<Merge> merges) {

        /** Whether FastExcel may read the sheet. */
        boolean passed() {
            return reference.isEmpty() && unread.isEmpty();
        }
    }

    private SheetCheck() {
    }

    /**
     * Checks the part of the sheet with this relationship id in a package.
     *
     * @param channel  the package, closed when done
     * @param sheetId  the sheet's {@code r:id} in the workbook
     */
    static Result of(SeekableByteChannel channel, String sheetId) throws IOException {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            String part;
            try {
                part = sheetPart(zip, sheetId);
            } catch (XMLStreamException | RuntimeException e) {
                return new Result("", 0, "its list of parts cannot be read: " + e.getMessage(), List.of());
            }
            @Nullable InputStream in = part == null ? null : entry(zip, part);
            if (in == null) {
                return new Result("", 0, "the part of sheet " + sheetId + " is missing", List.of());
            }
            try (in) {
                return sheet(in);
            }
        }
    }

    /** The sheet's part, as FastExcel 0.19.0's OPCPackage finds it; null when a part on the way is missing. */
    private static @Nullable String sheetPart(ZipFile zip, String sheetId) throws IOException, XMLStreamException {
        @Nullable String workbook = null;
        @Nullable String shared = null;
        @Nullable String styles = null;
        @Nullable InputStream types = entry(zip, "[Content_Types].xml");
        if (types == null) {
            return null;
        }
        try (types) {
            XMLStreamReader r = Holder.XML.createXMLStreamReader(types);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !"Override".equals(r.getLocalName())) {
                    continue;
                }
                String type = r.getAttributeValue(null, "ContentType");
                String name = r.getAttributeValue(null, "PartName");
                if (WORKBOOK.equals(type) || MACRO_WORKBOOK.equals(type)) {
                    workbook = name;
                } else if (SHARED_STRINGS.equals(type)) {
                    shared = name;
                } else if (STYLES.equals(type)) {
                    styles = name;
                }
                if (workbook != null && shared != null && styles != null) {
                    break;
                }
            }
            r.close();
        }
        if (workbook == null) {
            workbook = "/xl/workbook.xml";
        }
        String rels = FILE_NAME.matcher(workbook).replaceFirst("$1_rels/$2.rels");
        int folder = rels.indexOf("_rel");
        @Nullable InputStream relations = entry(zip, rels);
        if (folder < 0 || relations == null) {
            return null;
        }
        @Nullable String target = null;
        try (relations) {
            XMLStreamReader r = Holder.XML.createXMLStreamReader(relations);
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(r.getLocalName())) {
                    continue;
                }
                String id = r.getAttributeValue(null, "Id");
                String to = r.getAttributeValue(null, "Target");
                if (sheetId.equals(id) && to != null) {
                    // The last relationship of an id wins, as in FastExcel's map.
                    target = to.startsWith("/") ? to : rels.substring(0, folder) + to;
                }
            }
            r.close();
        }
        return target;
    }

    /** An entry by its name without a leading '/', else the first whose name matches in any case. */
    private static @Nullable InputStream entry(ZipFile zip, String name) throws IOException {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ZipArchiveEntry entry = zip.getEntry(path);
        if (entry == null) {
            for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
                ZipArchiveEntry e = all.nextElement();
                if (e.getName().equalsIgnoreCase(path)) {
                    return zip.getInputStream(e);
                }
            }
            return null;
        }
        return zip.getInputStream(entry);
    }

    /** Checks a sheet's part, streaming. */
    static Result sheet(InputStream in) {
        List<Merge> merges = new ArrayList<>();
        int dataDepth = -1;
        int depth = 0;
        int rows = 0;
        int rowNumber = 0;
        int cells = 0;
        try {
            XMLStreamReader r = Holder.XML.createXMLStreamReader(in);
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = r.getLocalName();
                if ("c".equals(name)) {
                    String ref = r.getAttributeValue(null, "r");
                    if (ref == null ? cells >= MAX_COLUMN : cell(ref) == 0) {
                        // A cell without a reference is where its place puts it: past XFD, as FastExcel reads it.
                        return new Result(ref == null ? reference(Math.max(rowNumber, 1), cells + 1) : ref,
                                rowNumber, "", List.of());
                    }
                    cells++;
                } else if ("row".equals(name)) {
                    rows++;
                    String ref = r.getAttributeValue(null, "r");
                    int number = ref == null ? rows : number(ref, 0, ref.length());
                    if (number == 0) {
                        return new Result(ref, rows, "", List.of());
                    }
                    rowNumber = number;
                    // A row that is a child of sheetData starts after every row FastExcel read before it has
                    // ended (a row ends at the latest where its element does, and cells are read only inside
                    // their own element), so the cells counted since such a row bound the place of a cell in
                    // a row FastExcel reads. Any other row counts on.
                    if (depth == dataDepth + 1) {
                        cells = 0;
                    }
                } else if ("sheetData".equals(name) && dataDepth < 0) {
                    dataDepth = depth;
                } else if ("mergeCell".equals(name) && merges.size() < MAX_MERGES) {
                    Merge merge = merge(r.getAttributeValue(null, "ref"));
                    if (merge != null) {
                        merges.add(merge);
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            // Not well-formed: FastExcel's parser, the same, stops at the same place, and reports it.
        }
        return new Result("", 0, "", List.copyOf(merges));
    }

    /**
     * Reads a cell reference, {@code D7}, {@code $D$7} or {@code d7}: a positive number for a cell of a sheet
     * (not to be taken apart: only whether it is one matters), 0 for any other text.
     */
    static int cell(String ref) {
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int column = 0;
        int start = i;
        while (i < n && i - start < 4) {
            char c = ref.charAt(i);
            int letter = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : 0;
            if (letter == 0) {
                break;
            }
            column = column * 26 + letter;
            i++;
        }
        if (i == start || column > MAX_COLUMN) {
            return 0;
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        return number(ref, i, n) == 0 ? 0 : column;
    }

    /** Reads a row number from 1 to 1,048,576 of only ASCII digits, or 0. */
    private static int number(String text, int from, int to) {
        if (from == to || to - from > 7) {
            return 0;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value <= MAX_ROW ? value : 0;
    }

    /** A merged range, {@code D2:E2}, or null for another text. */
    private static @Nullable Merge merge(@Nullable String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        int[] first = parts(ref.substring(0, colon));
        int[] last = parts(ref.substring(colon + 1));
        if (first == null || last == null || first[0] > last[0] || first[1] > last[1]) {
            return null;
        }
        return new Merge(first[0], first[1], last[0], last[1]);
    }

    /** The row and column of a reference, or null. */
    private static int @Nullable [] parts(String ref) {
        int column = cell(ref);
        if (column == 0) {
            return null;
        }
        int i = ref.length();
        while (i > 0 && Character.isDigit(ref.charAt(i - 1))) {
            i--;
        }
        return new int[] {number(ref, i, ref.length()), column};
    }

    /** A cell's reference without its sheet, {@code D7}, by the one rule that writes them. */
    static String reference(int row, int column) {
        String withSheet = SourcePosition.cellReference("S", row, column);
        return withSheet.substring(withSheet.indexOf('!') + 1);
    }
}
