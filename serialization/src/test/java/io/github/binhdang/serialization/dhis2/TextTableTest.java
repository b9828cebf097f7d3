package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's one string per repeated UID or period. */
class TextTableTest {

    private static String text(TextTable table, String chars) {
        // The characters inside a larger buffer, as Jackson hands them over.
        char[] buffer = ("xx" + chars + "yy").toCharArray();
        return table.text(buffer, 2, chars.length());
    }

    @Test
    void aKnownTextIsAnsweredWithItsOwnString() {
        String uid = new String("fbfJHSPpUQD");
        TextTable table = new TextTable(List.of(uid, "ImspTQPwCqd"), 0);
        assertThat(text(table, "fbfJHSPpUQD")).isSameAs(uid);
        assertThat(text(table, "ImspTQPwCqd")).isEqualTo("ImspTQPwCqd");
        // One character off, or one longer or shorter: another text.
        assertThat(text(table, "fbfJHSPpUQE")).isEqualTo("fbfJHSPpUQE").isNotSameAs(uid);
        assertThat(text(table, "fbfJHSPpUQ")).isEqualTo("fbfJHSPpUQ");
        assertThat(text(table, "")).isEmpty();
    }

    @Test
    void newTextsAreKeptUpToTheLimit() {
        TextTable table = new TextTable(List.of(), 2);
        String first = text(table, "2022Q3");
        String second = text(table, "2022S1");
        assertThat(text(table, "2022Q3")).isSameAs(first);
        assertThat(text(table, "2022S1")).isSameAs(second);
        // The third is past the limit of 2: made again each time, still the right text.
        String third = text(table, "2022July");
        assertThat(third).isEqualTo("2022July");
        assertThat(text(table, "2022July")).isEqualTo("2022July").isNotSameAs(third);
    }

    @Test
    void longTextsAreNotKept() {
        String long33 = "a".repeat(33);
        TextTable table = new TextTable(List.of(long33), 10);
        assertThat(text(table, long33)).isEqualTo(long33).isNotSameAs(long33);
        String long32 = "b".repeat(32);
        assertThat(text(table, long32)).isSameAs(text(table, long32));
    }

    @Test
    void manyTextsFindTheirOwn() {
        // 3,300 organisation units, as many as the benchmark's communes: every one found again.
        List<String> uids = new ArrayList<>();
        for (int i = 0; i < 3_300; i++) {
            uids.add(String.format("ou%09d", i));
        }
        TextTable table = new TextTable(uids, 0);
        for (String uid : uids) {
            assertThat(text(table, uid)).isSameAs(uid);
        }
    }
}
