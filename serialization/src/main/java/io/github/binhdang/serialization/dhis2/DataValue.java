package io.github.binhdang.serialization.dhis2;

import java.util.Arrays;
import java.util.List;

/**
 * One data value as read, its properties as text with where each was read, before it is mapped. One
 * instance per reading, refilled for each data value.
 */
final class DataValue {

    static final int DATA_ELEMENT = 0;
    static final int PERIOD = 1;
    static final int ORG_UNIT = 2;
    static final int CATEGORY_OPTION_COMBO = 3;
    static final int ATTRIBUTE_OPTION_COMBO = 4;
    static final int VALUE = 5;
    static final int STORED_BY = 6;
    static final int LAST_UPDATED = 7;
    static final int COMMENT = 8;
    static final int FOLLOWUP = 9;
    static final int CREATED = 10;
    static final int SLOTS = 11;

    /** Whether a slot holds a UID or a period, texts that repeat from data value to data value. */
    static boolean repeats(int slot) {
        return slot <= ATTRIBUTE_OPTION_COMBO;
    }

    /** The JSON property of each slot, DHIS2's names. */
    static final List<String> PROPERTIES = List.of("dataElement", "period", "orgUnit", "categoryOptionCombo",
            "attributeOptionCombo", "value", "storedBy", "lastUpdated", "comment", "followup", "created");

    final String[] text = new String[SLOTS];
    final int[] line = new int[SLOTS];
    final int[] column = new int[SLOTS];
    /** The data value's position in the set, from 0. */
    int index;
    /** Where the data value begins. */
    int startLine;
    int startColumn;
    /** Whether it was read from a CSV line rather than from a JSON set. */
    boolean csv;

    /**
     * Empties it for the next data value. What the findings name it by is made only when one is made
     * ({@link #subject()}): a string per data value read is a cost most sets never need.
     */
    void clear(int index, boolean csv, int startLine, int startColumn) {
        Arrays.fill(text, "");
        Arrays.fill(line, startLine);
        Arrays.fill(column, startColumn);
        this.index = index;
        this.csv = csv;
        this.startLine = startLine;
        this.startColumn = startColumn;
    }

    /** What the findings name it by: {@code dataValues[3]} in a JSON set, {@code line 7} in CSV. */
    String subject() {
        return subject(index, csv, startLine);
    }

    /** What the findings name a data value by, before it is read. */
    static String subject(int index, boolean csv, int line) {
        return csv ? "line " + line : "dataValues[" + index + "]";
    }

    void set(int slot, String value, int atLine, int atColumn) {
        text[slot] = value;
        line[slot] = atLine;
        column[slot] = atColumn;
    }
}
