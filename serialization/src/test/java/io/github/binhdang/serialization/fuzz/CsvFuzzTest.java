package io.github.binhdang.serialization.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.csv.CsvReadResult;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the CSV reader, bytes in. Bad input never throws: it ends as problems in the result, and every
 * row is kept or reported. For {@link #reader}, the first byte picks the notation (modulo 3: Vietnamese,
 * English, plain) and, above that, the separator (',' or ';'); the rest is the file. For
 * {@link #valueCell} the input is one value cell ("gần 400", "1.234,5", "hơn 1.500") in a well-formed
 * file, which reaches the qualifier and number readers of a row. Corpus in {@code CsvFuzzTestInputs/};
 * see CONTRIBUTING.md, "Fuzzing".
 */
class CsvFuzzTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    /** Any bytes read to a result; none throws. */
    @FuzzTest(maxDuration = "2m")
    void reader(byte[] data) {
        int choice = data.length == 0 ? 0 : Byte.toUnsignedInt(data[0]);
        NumberNotation notation = NumberNotation.values()[choice % 3];
        char separator = (choice / 3) % 2 == 0 ? ',' : ';';
        DatasetCsvReader reader = DatasetCsvReader.defaults().withNotation(notation).withSeparator(separator)
                .withUnits(List.of(CLASSES));
        CsvReadResult result = reader.read(new ByteArrayInputStream(data, Math.min(1, data.length),
                Math.max(0, data.length - 1)));
        result.report();
    }

    /** One value cell in Vietnamese notation: the row is kept or reported, never lost, never thrown. */
    @FuzzTest(maxDuration = "2m")
    void valueCell(byte[] data) {
        String cell = new String(data, StandardCharsets.UTF_8).replace("\"", "\"\"");
        String file = "indicator,area,period,value,unit\nW_ENT,14,2017,\"" + cell + "\",percent\n";
        CsvReadResult result = DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE)
                .read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        if (result.dataset().size() != 1 && result.problems().isEmpty()) {
            throw new AssertionError("the row of '" + cell + "' was neither kept nor reported: " + result);
        }
    }
}
