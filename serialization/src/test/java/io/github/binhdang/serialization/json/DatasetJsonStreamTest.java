package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

class DatasetJsonStreamTest {

    private static final String TWO = "{\"observations\":[\n"
            + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1},\n"
            + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2023\",\"value\":2.50}\n"
            + "]}\n";

    @Test
    void forEachHandsObservationsOverInOrder() {
        List<Observation> seen = new ArrayList<>();

        long count = DatasetJsonReader.of().forEach(new StringReader(TWO), seen::add);

        assertThat(count).isEqualTo(2);
        assertThat(seen).extracting(o -> o.value().orElseThrow().toPlainString()).containsExactly("1", "2.50");
    }

    @Test
    void anEmptyDatasetIsWrittenAndReadBack() {
        StringWriter out = new StringWriter();
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
            writer.writeAll(Dataset.empty());
        }

        assertThat(out.toString()).isEqualTo("{\"observations\":[]}\n");
        assertThat(DatasetJsonReader.of().read(new StringReader(out.toString()))).isEqualTo(Dataset.empty());
    }

    @Test
    void writesAndReadsAFile(@TempDir Path dir) {
        Path file = dir.resolve("son-la.json");
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(file)) {
            writer.writeAll(Fixtures.sonLa2017());
        }

        assertThat(DatasetJsonReader.of().read(file)).isEqualTo(Fixtures.sonLa2017());
        assertThat(DatasetJsonReader.of().forEach(file, o -> { })).isEqualTo(8);
    }

    @Test
    void aClosedWriterRefusesMore() {
        DatasetJsonWriter writer = DatasetJsonWriter.open(new ByteArrayOutputStream());
        writer.close();
        writer.close();

        assertThatThrownBy(() -> writer.write(Fixtures.fullObservation())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadObservationNamesItsPositionLineAndColumn() {
        String json = "{\"observations\":[\n"
                + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1},\n"
                + "{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022-Q5\",\"value\":1}\n"
                + "]}";

        assertThatThrownBy(() -> DatasetJsonReader.of().forEach(new StringReader(json), o -> { }))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getOriginalMessage()).isEqualTo("Cannot parse '2022-Q5' at index 6: quarter must be 1 to 4");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                    // {"indicator":"A","area":"1","period": is 37 characters; the text starts at 38.
                    assertThat(e.getLocation().getColumnNr()).isEqualTo(38);
                    assertThat(e.getPathReference()).endsWith("Dataset[1]->io.github.binhdang.core.data.Observation[\"period\"]");
                    assertThat(e.getMessage()).contains("line: 3, column: 38").doesNotContain("2022-Q5\",");
                    assertThat(e.getCause()).isInstanceOf(InvalidValueException.class);
                });
    }

    @Test
    void twoObservationsWithOneKeyFailWhenBuildingADataset() {
        String json = TWO.replace("2023", "2022");

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(json)))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    // The first observation with the key begins on line 2 of TWO.
                    assertThat(e.getOriginalMessage()).isEqualTo("Dataset.observation: A/1/2022/_T duplicates the key"
                            + " of the observation on line 2; a dataset holds one value per key");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                    assertThat(e.getPathReference()).endsWith("Dataset[1]");
                });
        assertThat(DatasetJsonReader.of().forEach(new StringReader(json), o -> { })).isEqualTo(2);
    }

    @Test
    void unknownPropertiesFailUnlessTheMapperIsLenient() {
        String json = TWO.replace("\"value\":1}", "\"value\":1,\"colour\":\"red\"}");

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(json)))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
                    assertThat(e.getPropertyName()).isEqualTo("colour");
                    assertThat(e.getPathReference()).endsWith("Dataset[0]->io.github.binhdang.core.data.Observation[\"colour\"]");
                });
        assertThat(DatasetJsonReader.of(BinhdangJson.lenientMapper()).read(new StringReader(json)).size()).isEqualTo(2);
    }

    @Test
    void duplicateKeysInAnObjectFail() {
        String json = "{\"observations\":[{\"indicator\":\"A\",\"indicator\":\"B\",\"area\":\"1\",\"period\":\"2022\",\"value\":1}]}";

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(json)))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Duplicate Object property \"indicator\"");
    }

    @Test
    void aRepeatedPropertyFailsAtAnyDepthAndNamesItsPlace() {
        String top = "{\"observations\":[],\"observations\":[]}";
        String later = "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,"
                + "\"note\":\"x\",\"value\":2}]}";

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(top)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Duplicate Object property \"observations\" of Dataset")
                // {"observations":[], is 19 characters: the repeated name starts at column 20.
                .hasMessageContaining("line: 1, column: 20");
        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(later)))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Duplicate Object property \"value\" of Observation");
        // Lenient reading ignores unknown properties, not repeated ones.
        assertThatThrownBy(() -> DatasetJsonReader.of(BinhdangJson.lenientMapper()).read(new StringReader(later)))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void theDocumentMustBeADatasetAndEndThere() {
        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader("{}")))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("missing required property 'observations' of Dataset");
        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader("[]")))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected a JSON object for Dataset but found an array");
        assertThatThrownBy(() -> DatasetJsonReader.of().read(new StringReader(TWO + "{}")))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("expected the end of the input after the dataset but found an object");
    }

    @Test
    void readsUtf8BytesAndLeavesTheStreamOpen() {
        ByteArrayInputStream in = new ByteArrayInputStream(TWO.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                throw new AssertionError("the reader must not close a stream it was given");
            }
        };

        assertThat(DatasetJsonReader.of().read(in).size()).isEqualTo(2);
    }
}
