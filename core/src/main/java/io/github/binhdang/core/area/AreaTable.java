package io.github.binhdang.core.area;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Areas and the links between them kept in columns: numbers in arrays and the text of every code and
 * name in one UTF-8 block, read from a compact binary form with a few bulk reads. An {@link Area} or
 * an {@link AreaLink} is made from its columns only when it is asked for, and then kept; codes are
 * found by binary search and links by index. For catalogues of thousands of units (the commune
 * catalogue of {@code binhdang-indicators} is one), whose areas most users never all touch: an
 * {@link AreaHierarchy.Builder#addTable(AreaTable)} takes the table whole, without an area or a map
 * entry per row.
 *
 * <p>A table is made once from areas and links ({@link #of}), which checks them as a hierarchy's
 * builder does, written ({@link #writeTo}), typically at build time, and read back
 * ({@link #read}) wherever it is used. An area read back is equal to the one written, whatever made it.
 * The links of a table are between its own areas; the parent codes of its areas may name areas of the
 * hierarchy it is added to.
 *
 * <h2>The binary form (version 1)</h2>
 * Big-endian, as {@link java.io.DataOutputStream} writes:
 * <pre>
 * int magic 0x42444154 ("BDAT"), int version 1
 * int rows, int links, int text length, int types, int parent codes, int validities
 * types:        per type, its level and its kind as {@code writeUTF} text (the kind empty for none)
 * parent codes: per code, {@code writeUTF} text
 * validities:   per validity, the epoch days of its first and last day (Integer.MIN_VALUE for open)
 * byte[text length]  the text: per row, its code (ASCII), its Vietnamese name, its English name
 *                    (empty when the same as the Vietnamese), in UTF-8
 * int[3 × rows]      per row, where its code, Vietnamese name and English name end in the text
 * byte[rows]         per row, its type
 * int[rows]          per row, its parent code (-1 for none)
 * int[rows]          per row, its validity
 * int[rows]          the rows in the order of their codes ({@link String#compareTo}), the versions of
 *                    one code oldest first
 * int[links], int[links], byte[links]   per link, in the order recorded: its old row, its new row,
 *                                       its kind (0 full, 1 partial)
 * int[rows + 1], int[links]   the links from each row: those of row r are at positions
 *                             start[r] to start[r + 1] of the second array, in the order recorded
 * </pre>
 * Reading checks every count, offset and index against the data's own size, that the codes are in
 * order, that versions of a code do not overlap, that a type's kind belongs to its level, that a
 * validity does not end before it starts, that each link's new area starts after its old one ends,
 * and that an old area has either one full link or two partial ones or more.
 *
 * @implSpec This class is immutable and thread-safe: the areas and links made on demand are kept with
 *     a racy single check, which is safe because they are immutable and equal each time.
 */
public final class AreaTable {

    private static final int MAGIC = 0x42444154;
    private static final int VERSION = 1;
    private static final int OPEN = Integer.MIN_VALUE;

    private final byte[] text;
    private final int[] ends;
    private final byte[] types;
    private final int[] parents;
    private final int[] validities;
    private final int[] byCode;
    private final AreaLevel[] typeLevels;
    private final @Nullable AreaKind[] typeKinds;
    private final String[] parentCodes;
    private final int[] fromDays;
    private final int[] toDays;
    private final @Nullable LocalDate[] froms;
    private final @Nullable LocalDate[] tos;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final byte[] linkKinds;
    private final int[] outStart;
    private final int[] outLinks;
    // Made on demand and kept.
    private final @Nullable Area[] made;
    private final @Nullable AreaLink[] madeLinks;
    // Built on first use: the links into each row, the rows under each parent code, the rows of each
    // name key.
    private volatile int @Nullable [][] into;
    private volatile @Nullable Map<String, int[]> byParent;
    private volatile @Nullable Map<String, int[]> byName;

    private AreaTable(byte[] text, int[] ends, byte[] types, int[] parents, int[] validities, int[] byCode,
            AreaLevel[] typeLevels, @Nullable AreaKind[] typeKinds, String[] parentCodes, int[] fromDays,
            int[] toDays, int[] linkFrom, int[] linkTo, byte[] linkKinds, int[] outStart, int[] outLinks) {
        this.text = text;
        this.ends = ends;
        this.types = types;
        this.parents = parents;
        this.validities = validities;
        this.byCode = byCode;
        this.typeLevels = typeLevels;
        this.typeKinds = typeKinds;
        this.parentCodes = parentCodes;
        this.fromDays = fromDays;
        this.toDays = toDays;
        this.linkFrom = linkFrom;
        this.linkTo = linkTo;
        this.linkKinds = linkKinds;
        this.outStart = outStart;
        this.outLinks = outLinks;
        this.froms = new LocalDate[fromDays.length];
        this.tos = new LocalDate[toDays.length];
        for (int v = 0; v < fromDays.length; v++) {
            froms[v] = fromDays[v] == OPEN ? null : LocalDate.ofEpochDay(fromDays[v]);
            tos[v] = toDays[v] == OPEN ? null : LocalDate.ofEpochDay(toDays[v]);
        }
        this.made = new Area[validities.length];
        this.madeLinks = new AreaLink[linkFrom.length];
    }

    /**
     * Obtains a table of areas and of links between them, checked as a hierarchy's builder checks them.
     *
     * <p>The rows are the areas in the order given, and {@link AreaHierarchy#areas()} lists them so; the
     * links keep the order given, which is the order {@link AreaHierarchy#successors} and
     * {@link AreaHierarchy#predecessorLinks} give them in.
     *
     * @param areas  the areas, not null
     * @param links  links between those areas, not null
     * @return the table, holding the given areas as they are, not null
     * @throws InvalidValueException if an area is given twice, two versions of a code overlap, a link names an area not given, an area has a full link beside another, or a single
     *     partial link
     */
    public static AreaTable of(List<Area> areas, List<AreaLink> links) {
        Objects.requireNonNull(areas, "areas");
        Objects.requireNonNull(links, "links");
        int n = areas.size();
        Map<List<Object>, Integer> typeIndex = new HashMap<>();
        List<AreaLevel> levels = new ArrayList<>();
        List<@Nullable AreaKind> kinds = new ArrayList<>();
        Map<String, Integer> parentIndex = new HashMap<>();
        List<String> parentList = new ArrayList<>();
        Map<List<Integer>, Integer> validityIndex = new HashMap<>();
        List<int[]> validityList = new ArrayList<>();
        ByteArrayOutputStream textOut = new ByteArrayOutputStream(n * 24);
        int[] ends = new int[3 * n];
        byte[] types = new byte[n];
        int[] parents = new int[n];
        int[] validities = new int[n];
        Map<Area, Integer> rowOf = new HashMap<>(n * 2);
        for (int r = 0; r < n; r++) {
            Area area = Objects.requireNonNull(areas.get(r), "area");
            if (rowOf.putIfAbsent(area, r) != null) {
                throw new InvalidValueException("AreaTable.area", area, "is given twice");
            }
            // Codes are ASCII (Area's factories check them).
            textOut.writeBytes(area.code().getBytes(StandardCharsets.US_ASCII));
            ends[3 * r] = textOut.size();
            textOut.writeBytes(area.name().vi().getBytes(StandardCharsets.UTF_8));
            ends[3 * r + 1] = textOut.size();
            if (!area.name().en().equals(area.name().vi())) {
                textOut.writeBytes(area.name().en().getBytes(StandardCharsets.UTF_8));
            }
            ends[3 * r + 2] = textOut.size();
            @Nullable AreaKind kind = area.kind().orElse(null);
            List<Object> type = Arrays.asList(area.level(), kind == null ? "" : kind);
            Integer t = typeIndex.get(type);
            if (t == null) {
                t = levels.size();
                if (t > 255) {
                    throw new InvalidValueException("AreaTable.areas", n + " areas", "have more than 256 types");
                }
                typeIndex.put(type, t);
                levels.add(area.level());
                kinds.add(kind);
            }
            types[r] = (byte) (int) t;
            parents[r] = area.parentCode().map(code -> parentIndex.computeIfAbsent(code, c -> {
                parentList.add(c);
                return parentList.size() - 1;
            })).orElse(-1);
            int from = area.validFrom().map(d -> (int) d.toEpochDay()).orElse(OPEN);
            int to = area.validTo().map(d -> (int) d.toEpochDay()).orElse(OPEN);
            validities[r] = validityIndex.computeIfAbsent(List.of(from, to), k -> {
                validityList.add(new int[] {from, to});
                return validityList.size() - 1;
            });
        }
        Integer[] sorted = new Integer[n];
        for (int r = 0; r < n; r++) {
            sorted[r] = r;
        }
        Arrays.sort(sorted, (a, b) -> {
            int byCodeOrder = areas.get(a).code().compareTo(areas.get(b).code());
            return byCodeOrder != 0 ? byCodeOrder : Integer.compare(
                    fromOf(validityList.get(validities[a])), fromOf(validityList.get(validities[b])));
        });
        int[] byCode = new int[n];
        for (int i = 0; i < n; i++) {
            byCode[i] = sorted[i];
        }
        int m = links.size();
        int[] linkFrom = new int[m];
        int[] linkTo = new int[m];
        byte[] linkKinds = new byte[m];
        int[] outStart = new int[n + 1];
        for (int k = 0; k < m; k++) {
            AreaLink link = Objects.requireNonNull(links.get(k), "link");
            linkFrom[k] = rowOf(rowOf, link.from(), "AreaTable.link.from");
            linkTo[k] = rowOf(rowOf, link.to(), "AreaTable.link.to");
            linkKinds[k] = (byte) (link.isFull() ? 0 : 1);
            outStart[linkFrom[k] + 1]++;
        }
        int[] outLinks = groupLinks(linkFrom, outStart);
        int[] fromDays = new int[validityList.size()];
        int[] toDays = new int[validityList.size()];
        for (int v = 0; v < fromDays.length; v++) {
            fromDays[v] = validityList.get(v)[0];
            toDays[v] = validityList.get(v)[1];
        }
        AreaTable table = new AreaTable(textOut.toByteArray(), ends, types, parents, validities, byCode,
                levels.toArray(new AreaLevel[0]), kinds.toArray(new AreaKind[0]), parentList.toArray(new String[0]),
                fromDays, toDays, linkFrom, linkTo, linkKinds, outStart, outLinks);
        table.check();
        for (int r = 0; r < n; r++) {
            table.made[r] = areas.get(r);
        }
        for (int k = 0; k < m; k++) {
            table.madeLinks[k] = links.get(k);
        }
        return table;
    }

    private static int fromOf(int[] validity) {
        return validity[0];
    }

    private static int rowOf(Map<Area, Integer> rows, Area area, String field) {
        Integer row = rows.get(area);
        if (row == null) {
            throw new InvalidValueException(field, area, "is not one of the table's areas");
        }
        return row;
    }

    // The links grouped by their old row, each group in the order recorded; outStart holds the count of
    // each row's links at [row + 1] and becomes the start of each group.
    private static int[] groupLinks(int[] linkFrom, int[] outStart) {
        for (int r = 1; r < outStart.length; r++) {
            outStart[r] += outStart[r - 1];
        }
        int[] next = Arrays.copyOf(outStart, outStart.length - 1);
        int[] grouped = new int[linkFrom.length];
        for (int k = 0; k < linkFrom.length; k++) {
            grouped[next[linkFrom[k]]++] = k;
        }
        return grouped;
    }

    /**
     * Reads a table in its binary form, checking it.
     *
     * @param in  the binary form, read to its end, not closed, not null
     * @return the table, not null
     * @throws IOException if the stream cannot be read
     * @throws InvalidValueException if the data is not a table of this version, is cut short, has data
     *     after its end, or fails a check listed in the class documentation; the message says which
     */
    public static AreaTable read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        ByteBuffer data = ByteBuffer.wrap(in.readAllBytes());
        try {
            int magic = data.getInt();
            if (magic != MAGIC) {
                throw invalid("AreaTable.magic", Integer.toHexString(magic), "is not 42444154: not an area table");
            }
            int version = data.getInt();
            if (version != VERSION) {
                throw invalid("AreaTable.version", version, "is not " + VERSION + ", the version this class reads");
            }
            int n = count(data, "rows");
            int m = count(data, "links");
            int textLength = count(data, "text length");
            int typeCount = count(data, "types");
            int parentCount = count(data, "parent codes");
            int validityCount = count(data, "validities");
            AreaLevel[] levels = new AreaLevel[typeCount];
            AreaKind[] kinds = new AreaKind[typeCount];
            for (int t = 0; t < typeCount; t++) {
                levels[t] = AreaLevel.valueOf(utf(data));
                String kind = utf(data);
                kinds[t] = kind.isEmpty() ? null : AreaKind.valueOf(kind);
            }
            String[] parentCodes = new String[parentCount];
            for (int p = 0; p < parentCount; p++) {
                parentCodes[p] = utf(data);
            }
            int[] fromDays = new int[validityCount];
            int[] toDays = new int[validityCount];
            for (int v = 0; v < validityCount; v++) {
                fromDays[v] = data.getInt();
                toDays[v] = data.getInt();
            }
            byte[] text = new byte[textLength];
            data.get(text);
            int[] ends = ints(data, 3 * n);
            byte[] types = new byte[n];
            data.get(types);
            int[] parents = ints(data, n);
            int[] validities = ints(data, n);
            int[] byCode = ints(data, n);
            int[] linkFrom = ints(data, m);
            int[] linkTo = ints(data, m);
            byte[] linkKinds = new byte[m];
            data.get(linkKinds);
            int[] outStart = ints(data, n + 1);
            int[] outLinks = ints(data, m);
            if (data.hasRemaining()) {
                throw invalid("AreaTable.length", data.capacity(), "has " + data.remaining() + " bytes after the table's end");
            }
            AreaTable table = new AreaTable(text, ends, types, parents, validities, byCode, levels, kinds,
                    parentCodes, fromDays, toDays, linkFrom, linkTo, linkKinds, outStart, outLinks);
            table.check();
            return table;
        } catch (BufferUnderflowException e) {
            throw invalid("AreaTable.length", data.capacity(), "ends before the table does");
        } catch (IllegalArgumentException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw invalid("AreaTable.type", e.getMessage(), "names no level or kind of this version");
        }
    }

    private static InvalidValueException invalid(String field, Object value, String rule) {
        return new InvalidValueException(field, value, rule);
    }

    private static int count(ByteBuffer data, String what) {
        int count = data.getInt();
        if (count < 0 || count > data.capacity()) {
            throw invalid("AreaTable." + what.replace(' ', '_'), count, "is not a count this data can hold");
        }
        return count;
    }

    private static String utf(ByteBuffer data) {
        int length = data.getShort() & 0xFFFF;
        byte[] bytes = new byte[length];
        data.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int[] ints(ByteBuffer data, int count) {
        if ((long) count * 4 > data.remaining()) {
            throw new BufferUnderflowException();
        }
        int[] values = new int[count];
        data.asIntBuffer().get(values);
        data.position(data.position() + 4 * count);
        return values;
    }

    /**
     * Writes the table in its binary form.
     *
     * @param out  the stream, not closed, not null
     * @throws IOException if the stream cannot be written
     */
    public void writeTo(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        int n = types.length;
        int m = linkFrom.length;
        for (int count : new int[] {n, m, text.length, typeLevels.length, parentCodes.length, fromDays.length}) {
            data.writeInt(count);
        }
        for (int t = 0; t < typeLevels.length; t++) {
            data.writeUTF(typeLevels[t].name());
            AreaKind kind = typeKinds[t];
            data.writeUTF(kind == null ? "" : kind.name());
        }
        for (String code : parentCodes) {
            data.writeUTF(code);
        }
        for (int v = 0; v < fromDays.length; v++) {
            data.writeInt(fromDays[v]);
            data.writeInt(toDays[v]);
        }
        data.write(text);
        ByteBuffer columns = ByteBuffer.allocate(4 * (3 * n + 3 * n + 2 * m + n + 1 + m) + n + m);
        columns.asIntBuffer().put(ends);
        columns.position(columns.position() + 4 * ends.length);
        columns.put(types);
        for (int[] column : new int[][] {parents, validities, byCode, linkFrom, linkTo}) {
            columns.asIntBuffer().put(column);
            columns.position(columns.position() + 4 * column.length);
        }
        columns.put(linkKinds);
        for (int[] column : new int[][] {outStart, outLinks}) {
            columns.asIntBuffer().put(column);
            columns.position(columns.position() + 4 * column.length);
        }
        data.write(columns.array(), 0, columns.position());
        data.flush();
    }

    // The checks of the class documentation, on the columns: loops over numbers only, so cheap enough
    // to run on every read.
    private void check() {
        int n = types.length;
        int m = linkFrom.length;
        if (ends.length != 3 * n || parents.length != n || validities.length != n || byCode.length != n
                || outStart.length != n + 1 || outLinks.length != m || linkTo.length != m || linkKinds.length != m) {
            throw invalid("AreaTable.columns", n + " rows", "do not all have one entry per row");
        }
        int previous = 0;
        for (int i = 0; i < ends.length; i++) {
            if (ends[i] < previous || ends[i] > text.length || i % 3 == 0 && ends[i] == previous
                    || i % 3 == 1 && ends[i] == previous) {
                throw invalid("AreaTable.text", "row " + i / 3, "has an empty code or name, or one outside the text");
            }
            previous = ends[i];
        }
        for (int t = 0; t < typeLevels.length; t++) {
            AreaKind kind = typeKinds[t];
            if (typeLevels[t] == null || kind != null && kind.level() != typeLevels[t]) {
                throw invalid("AreaTable.type", kind, "is not a type of " + typeLevels[t]);
            }
        }
        for (int v = 0; v < fromDays.length; v++) {
            if (fromDays[v] != OPEN && toDays[v] != OPEN && toDays[v] < fromDays[v]) {
                throw invalid("AreaTable.validity", tos[v], "is before its start " + froms[v]);
            }
        }
        for (int r = 0; r < n; r++) {
            if ((types[r] & 0xFF) >= typeLevels.length || parents[r] < -1 || parents[r] >= parentCodes.length
                    || validities[r] < 0 || validities[r] >= fromDays.length) {
                throw invalid("AreaTable.row", r, "names a type, parent code or validity the table does not have");
            }
        }
        boolean[] seen = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = byCode[i];
            if (r < 0 || r >= n || seen[r]) {
                throw invalid("AreaTable.order", "position " + i, "is not a row, or a row listed twice");
            }
            seen[r] = true;
            if (i > 0) {
                int before = byCode[i - 1];
                int order = compareCodes(before, r);
                if (order > 0 || order == 0 && !startsAfterEnd(before, r)) {
                    throw invalid("AreaTable.order", "'" + code(r) + "'", order > 0 ? "is out of the order of codes"
                            : "has versions that overlap or are out of order");
                }
            }
        }
        if (outStart[0] != 0 || outStart[n] != m) {
            throw invalid("AreaTable.links", m + " links", "are not all grouped by their old area");
        }
        for (int r = 0; r < n; r++) {
            int start = outStart[r];
            int end = outStart[r + 1];
            if (end < start) {
                throw invalid("AreaTable.links", "row " + r, "has links out of order");
            }
            for (int i = start; i < end; i++) {
                int k = outLinks[i];
                if (k < 0 || k >= m || linkFrom[k] != r || i > start && outLinks[i - 1] >= k) {
                    throw invalid("AreaTable.links", "row " + r, "has links that are not its own, in order");
                }
            }
            if (end - start == 1 && linkKinds[outLinks[start]] == 1) {
                throw invalid("AreaTable.link", "'" + code(r) + "'", "has a single partial link; a unit split between new"
                        + " ones has two partial links or more");
            }
            if (end - start > 1) {
                for (int i = start; i < end; i++) {
                    if (linkKinds[outLinks[i]] != 1) {
                        throw invalid("AreaTable.link", "'" + code(r) + "'", "has a full link beside another");
                    }
                }
            }
        }
        for (int k = 0; k < m; k++) {
            int from = linkFrom[k];
            int to = linkTo[k];
            if (from < 0 || from >= n || to < 0 || to >= n || linkKinds[k] < 0 || linkKinds[k] > 1) {
                throw invalid("AreaTable.link", k, "names a row or a kind the table does not have");
            }
            if (!startsAfterEnd(from, to)) {
                throw invalid("AreaTable.link", "'" + code(from) + " -> " + code(to) + "'",
                        "does not go from an area with an end to one that starts after it");
            }
        }
    }

    // Whether row b starts after row a ends (both ends set).
    private boolean startsAfterEnd(int a, int b) {
        int end = toDays[validities[a]];
        int start = fromDays[validities[b]];
        return end != OPEN && start != OPEN && start > end;
    }

    // Compares the codes of two rows, as unsigned bytes (so as chars, codes being ASCII).
    private int compareCodes(int a, int b) {
        int i = a == 0 ? 0 : ends[3 * a - 1];
        int aEnd = ends[3 * a];
        int j = b == 0 ? 0 : ends[3 * b - 1];
        int bEnd = ends[3 * b];
        while (i < aEnd && j < bEnd) {
            int diff = (text[i++] & 0xFF) - (text[j++] & 0xFF);
            if (diff != 0) {
                return diff;
            }
        }
        return (aEnd - i) - (bEnd - j);
    }

    private int codeStart(int row) {
        return row == 0 ? 0 : ends[3 * row - 1];
    }

    /**
     * Returns the number of areas.
     *
     * @return the number of rows, 0 or more
     */
    public int size() {
        return types.length;
    }

    /**
     * Returns the number of links.
     *
     * @return the number of links, 0 or more
     */
    public int linkCount() {
        return linkFrom.length;
    }

    String code(int row) {
        return new String(text, codeStart(row), ends[3 * row] - codeStart(row), StandardCharsets.ISO_8859_1);
    }

    AreaLevel level(int row) {
        return typeLevels[types[row] & 0xFF];
    }

    @Nullable String parentCode(int row) {
        return parents[row] < 0 ? null : parentCodes[parents[row]];
    }

    // The first row of each combination of parent code, validity and level: the rows whose parent a
    // hierarchy checks, as the others pass or fail alike. One loop over the columns.
    int[] rowsToCheckParents() {
        int validityCount = fromDays.length;
        int levels = AreaLevel.values().length;
        boolean[] seen = new boolean[parentCodes.length * validityCount * levels];
        int[] rows = new int[64];
        int count = 0;
        for (int r = 0; r < parents.length; r++) {
            int p = parents[r];
            if (p < 0) {
                continue;
            }
            int key = (p * validityCount + validities[r]) * levels + typeLevels[types[r] & 0xFF].ordinal();
            if (seen[key]) {
                continue;
            }
            seen[key] = true;
            if (count == rows.length) {
                rows = Arrays.copyOf(rows, count * 2);
            }
            rows[count++] = r;
        }
        return Arrays.copyOf(rows, count);
    }

    boolean overlaps(int row, Area area) {
        int v = validities[row];
        LocalDate from = froms[v];
        LocalDate to = tos[v];
        return (from == null || area.validTo().map(end -> !end.isBefore(from)).orElse(true))
                && (to == null || area.validFrom().map(start -> !to.isBefore(start)).orElse(true));
    }

    boolean isValidOn(int row, LocalDate date) {
        int v = validities[row];
        long day = date.toEpochDay();
        return (fromDays[v] == OPEN || day >= fromDays[v]) && (toDays[v] == OPEN || day <= toDays[v]);
    }

    /** Makes (or returns the kept) area of a row. */
    Area area(int row) {
        Area area = made[row];
        if (area == null) {
            int codeEnd = ends[3 * row];
            int viEnd = ends[3 * row + 1];
            int enEnd = ends[3 * row + 2];
            String vi = new String(text, codeEnd, viEnd - codeEnd, StandardCharsets.UTF_8);
            BilingualText name = enEnd == viEnd ? BilingualText.of(vi)
                    : BilingualText.of(vi, new String(text, viEnd, enEnd - viEnd, StandardCharsets.UTF_8));
            int v = validities[row];
            area = Area.ofColumns(code(row), name, level(row), typeKinds[types[row] & 0xFF], parentCode(row),
                    froms[v], tos[v]);
            made[row] = area;
        }
        return area;
    }

    // A code as the bytes the table keeps codes in; a character beyond Latin-1, which no code has,
    // becomes '?', which no code has either.
    private static byte[] key(String code) {
        return code.getBytes(StandardCharsets.ISO_8859_1);
    }

    // The first position in byCode of the rows with a code, or -1.
    private int firstOf(byte[] code) {
        int low = 0;
        int high = byCode.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = compareCode(byCode[mid], code);
            if (order < 0) {
                low = mid + 1;
            } else {
                if (order == 0) {
                    found = mid;
                }
                high = mid - 1;
            }
        }
        return found;
    }

    // Compares a row's code with a code, as unsigned bytes.
    private int compareCode(int row, byte[] code) {
        int start = codeStart(row);
        int length = ends[3 * row] - start;
        int n = Math.min(length, code.length);
        for (int i = 0; i < n; i++) {
            int diff = (text[start + i] & 0xFF) - (code[i] & 0xFF);
            if (diff != 0) {
                return diff;
            }
        }
        return length - code.length;
    }

    /** The versions of a code, oldest first. */
    List<Area> versions(String versionsOf) {
        byte[] code = key(versionsOf);
        int first = firstOf(code);
        if (first < 0) {
            return List.of();
        }
        int last = first + 1;
        while (last < byCode.length && compareCode(byCode[last], code) == 0) {
            last++;
        }
        if (last == first + 1) {
            return List.of(area(byCode[first]));
        }
        List<Area> versions = new ArrayList<>(last - first);
        for (int i = first; i < last; i++) {
            versions.add(area(byCode[i]));
        }
        return Collections.unmodifiableList(versions);
    }

    /** The area with a code valid on a date, or null. */
    @Nullable Area find(String findCode, LocalDate date) {
        byte[] code = key(findCode);
        int first = firstOf(code);
        if (first < 0) {
            return null;
        }
        for (int i = first; i < byCode.length && compareCode(byCode[i], code) == 0; i++) {
            if (isValidOn(byCode[i], date)) {
                return area(byCode[i]);
            }
        }
        return null;
    }

    /**
     * Checks the versions of a code in this table against a child row: whether one overlaps it, and
     * if so, the first overlapping one that is not above the child's level, or -1 if all are.
     * Returns -2 if none overlaps. Nothing is made.
     */
    int parentCheck(String parentCode, int child) {
        byte[] code = key(parentCode);
        int first = firstOf(code);
        if (first < 0) {
            return -2;
        }
        int result = -2;
        AreaLevel level = level(child);
        for (int i = first; i < byCode.length && compareCode(byCode[i], code) == 0; i++) {
            int row = byCode[i];
            if (!overlapsRow(row, child)) {
                continue;
            }
            if (!level(row).isAbove(level)) {
                return row;
            }
            result = -1;
        }
        return result;
    }

    private boolean overlapsRow(int row, int other) {
        int a = validities[row];
        int b = validities[other];
        return (fromDays[a] == OPEN || toDays[b] == OPEN || toDays[b] >= fromDays[a])
                && (fromDays[b] == OPEN || toDays[a] == OPEN || toDays[a] >= fromDays[b]);
    }

    /** The row of an area, or -1 if it is not in the table. */
    int rowOf(Area area) {
        byte[] code = key(area.code());
        int first = firstOf(code);
        if (first < 0) {
            return -1;
        }
        for (int i = first; i < byCode.length && compareCode(byCode[i], code) == 0; i++) {
            if (area(byCode[i]).equals(area)) {
                return byCode[i];
            }
        }
        return -1;
    }

    private AreaLink link(int k) {
        AreaLink link = madeLinks[k];
        if (link == null) {
            link = new AreaLink(area(linkFrom[k]), area(linkTo[k]), linkKinds[k] == 0 ? LinkKind.FULL : LinkKind.PARTIAL);
            madeLinks[k] = link;
        }
        return link;
    }

    /** The links from a row, in the order recorded. */
    List<AreaLink> linksFrom(int row) {
        int start = outStart[row];
        int end = outStart[row + 1];
        if (start == end) {
            return List.of();
        }
        if (end == start + 1) {
            return List.of(link(outLinks[start]));
        }
        List<AreaLink> links = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            links.add(link(outLinks[i]));
        }
        return Collections.unmodifiableList(links);
    }

    /** The links into a row, in the order recorded. */
    List<AreaLink> linksInto(int row) {
        int[][] index = into;
        if (index == null) {
            synchronized (this) {
                index = into;
                if (index == null) {
                    int[] start = new int[types.length + 1];
                    for (int to : linkTo) {
                        start[to + 1]++;
                    }
                    index = new int[][] {start, groupLinks(linkTo, start)};
                    into = index;
                }
            }
        }
        int start = index[0][row];
        int end = index[0][row + 1];
        List<AreaLink> links = new ArrayList<>(end - start);
        for (int i = start; i < end; i++) {
            links.add(link(index[1][i]));
        }
        return Collections.unmodifiableList(links);
    }

    /** The link of a position, in the order recorded. */
    AreaLink linkAt(int k) {
        return link(k);
    }

    /** The areas whose parent code is a code, in row order. */
    List<Area> withParent(String code) {
        Map<String, int[]> index = byParent;
        if (index == null) {
            synchronized (this) {
                index = byParent;
                if (index == null) {
                    int[] counts = new int[parentCodes.length];
                    for (int p : parents) {
                        if (p >= 0) {
                            counts[p]++;
                        }
                    }
                    int[][] rows = new int[parentCodes.length][];
                    for (int p = 0; p < rows.length; p++) {
                        rows[p] = new int[counts[p]];
                        counts[p] = 0;
                    }
                    for (int r = 0; r < parents.length; r++) {
                        int p = parents[r];
                        if (p >= 0) {
                            rows[p][counts[p]++] = r;
                        }
                    }
                    Map<String, int[]> built = new HashMap<>(parentCodes.length * 2);
                    for (int p = 0; p < rows.length; p++) {
                        built.put(parentCodes[p], rows[p]);
                    }
                    index = built;
                    byParent = index;
                }
            }
        }
        return areasOf(index.get(code));
    }

    /** The areas whose Vietnamese or English name has a name key, in row order. */
    List<Area> named(String key) {
        Map<String, int[]> index = byName;
        if (index == null) {
            synchronized (this) {
                index = byName;
                if (index == null) {
                    index = nameIndex();
                    byName = index;
                }
            }
        }
        return areasOf(index.get(key));
    }

    private Map<String, int[]> nameIndex() {
        int n = types.length;
        // The key of each row's names (of its English name only when it folds otherwise), then the rows
        // of each key; rows that share a name share its key, worked out once.
        Map<String, String> keys = new HashMap<>(n * 2);
        String[] viKeys = new String[n];
        String[] enKeys = new String[n];
        Map<String, int[]> counts = new HashMap<>(n * 2);
        for (int r = 0; r < n; r++) {
            int codeEnd = ends[3 * r];
            int viEnd = ends[3 * r + 1];
            int enEnd = ends[3 * r + 2];
            String vi = keys.computeIfAbsent(new String(text, codeEnd, viEnd - codeEnd, StandardCharsets.UTF_8),
                    AreaHierarchy::nameKey);
            viKeys[r] = vi;
            counts.computeIfAbsent(vi, k -> new int[1])[0]++;
            if (enEnd > viEnd) {
                String en = AreaHierarchy.nameKey(new String(text, viEnd, enEnd - viEnd, StandardCharsets.UTF_8));
                if (!en.equals(vi)) {
                    enKeys[r] = en;
                    counts.computeIfAbsent(en, k -> new int[1])[0]++;
                }
            }
        }
        Map<String, int[]> rows = new HashMap<>(counts.size() * 2);
        counts.forEach((key, count) -> rows.put(key, new int[count[0]]));
        for (int r = 0; r < n; r++) {
            for (String key : new String[] {viKeys[r], enKeys[r]}) {
                if (key != null) {
                    int[] count = counts.get(key);
                    int[] list = rows.get(key);
                    list[list.length - count[0]--] = r;
                }
            }
        }
        return rows;
    }

    private List<Area> areasOf(int @Nullable [] rows) {
        if (rows == null || rows.length == 0) {
            return List.of();
        }
        if (rows.length == 1) {
            return List.of(area(rows[0]));
        }
        List<Area> areas = new ArrayList<>(rows.length);
        for (int row : rows) {
            areas.add(area(row));
        }
        return Collections.unmodifiableList(areas);
    }

    /**
     * Returns a summary for logs, such as {@code AreaTable[14052 areas, 10571 links]}.
     *
     * @return the summary, not null
     */
    @Override
    public String toString() {
        return "AreaTable[" + types.length + " areas, " + linkFrom.length + " links]";
    }
}
