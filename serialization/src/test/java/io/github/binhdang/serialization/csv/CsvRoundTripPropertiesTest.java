package io.github.binhdang.serialization.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.serialization.json.Fixtures;
import io.github.binhdang.serialization.json.Generated;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Write as CSV, read back, equal: in both notations, with commas or semicolons, with or without a BOM. */
class CsvRoundTripPropertiesTest {

    @Provide
    Arbitrary<Dataset> datasets() {
        return Generated.datasets();
    }

    @Provide
    Arbitrary<Character> separators() {
        return Arbitraries.of(',', ';');
    }

    @Property(tries = 300)
    void datasetsRoundTrip(@ForAll("datasets") Dataset dataset, @ForAll NumberNotation notation,
            @ForAll("separators") char separator, @ForAll boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetCsvWriter.defaults().withNotation(notation).withSeparator(separator).withBom(bom).write(dataset, out);

        CsvReadResult back = DatasetCsvReader.defaults().withNotation(notation).withUnits(List.of(Fixtures.CLASSES))
                .read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.dataset()).isEqualTo(dataset);
    }
}
