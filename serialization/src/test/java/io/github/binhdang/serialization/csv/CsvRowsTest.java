package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The CSV rows of the writers: quoting worked out by hand, read back by Jackson's CSV reader, and
 * (where the Jackson on the class path has the feature, 3.2 and later) equal to what Jackson writes
 * with {@code STRICT_CHECK_FOR_QUOTING} and {@code QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE}.
 */
class CsvRowsTest {

    /** The feature, looked up by name: Jackson 3.1 lacks it. */
    private static final Optional<CsvWriteFeature> WHITESPACE = Arrays.stream(CsvWriteFeature.values())
            .filter(f -> f.name().equals("QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE")).findFirst();

    private static String write(char separator, String... fields) {
        StringWriter out = new StringWriter();
        try {
            new CsvRows(out, separator).write(fields);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toString();
    }

    /** The fields of the first row, token by token, as the dataset reader takes them. */
    private static List<String> read(String text, CsvSchema schema) {
        List<String> fields = new ArrayList<>();
        try (JsonParser p = new CsvMapper().reader(schema).createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING) {
                    fields.add(p.getString());
                }
            }
        }
        return fields;
    }

    @Example
    void quotesOnlyWhatNeedsIt() {
        assertThat(write(',', "W_ENT", "14", "", "38.89")).isEqualTo("W_ENT,14,,38.89\n");
        assertThat(write(',', "a,b", "say \"hi\"", "two\nlines", "cr\r")).isEqualTo(
                "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\"\n");
        assertThat(write(',', " lead", "trail ", "\ttab", "in side")).isEqualTo(
                "\" lead\",\"trail \",\"\ttab\",in side\n");
        assertThat(write(';', "38,89", "a;b")).isEqualTo("38,89;\"a;b\"\n");
    }

    @Provide
    Arbitrary<String> fields() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab ,;\"\n\r\t#ẫ").ofMaxLength(6),
                Arbitraries.strings().ofMaxLength(8));
    }

    @Property(tries = 500)
    void jacksonReadsBackWhatIsWritten(@ForAll("fields") String a, @ForAll("fields") String b,
            @ForAll("fields") String c, @ForAll boolean semicolon) {
        char separator = semicolon ? ';' : ',';
        // Fields that are never empty around them, so that the row is never an empty line.
        String text = write(separator, "row", a, b, c, "end");
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        assertThat(read(text, schema)).containsExactly("row", a, b, c, "end");
        if (WHITESPACE.isPresent()) {
            CsvMapper jackson = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
                    .enable(WHITESPACE.get()).build();
            assertThat(text).isEqualTo(jackson.writer(schema).writeValueAsString(new String[] {"row", a, b, c, "end"}));
        }
    }
}
