package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Issue 20: any text read with any small limits, so that every limit, the text kept to read again and the
 * problems summed up are reached over and over: reading never throws, ends, and the counts hold (rows read
 * = observations kept + rows reported, checked by {@link CsvReadResult} itself); no problem keeps more than
 * an excerpt of a field.
 */
class CsvLimitsPropertiesTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> rows = Arbitraries.strings().withChars("a1-=',;\"\n\r \t.").ofMaxLength(40);
        return rows.list().ofMaxSize(12).map(list -> "indicator,area,period,value,note\n" + String.join("\n", list));
    }

    @Property(tries = 3000)
    void anyTextWithAnyLimitsEndsInCountedProblems(@ForAll("texts") String text,
            @ForAll @IntRange(min = 1, max = 60) int row, @ForAll @IntRange(min = 1, max = 12) int field,
            @ForAll @IntRange(min = 1, max = 6) int digits, @ForAll @IntRange(min = 1, max = 8) int rows,
            @ForAll @IntRange(min = 1, max = 4) int problems) {
        CsvLimits limits = CsvLimits.defaults().withMaxRowLength(row).withMaxFieldLength(field)
                .withMaxNumberDigits(digits).withMaxRows(rows).withMaxProblems(problems);

        CsvReadResult result = DatasetCsvReader.defaults().withLimits(limits).read(new StringReader(text));

        assertThat(result.rowsRead()).isLessThanOrEqualTo(rows);
        assertThat(result.problems()).hasSizeLessThanOrEqualTo(problems + 1)
                .allSatisfy(p -> assertThat(p.value().length()).isLessThanOrEqualTo(100));
        assertThat(result.report().findings()).hasSameSizeAs(result.problems());
    }
}
