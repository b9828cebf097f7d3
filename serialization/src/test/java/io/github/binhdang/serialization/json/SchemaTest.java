package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.binhdang.core.data.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the module writes conforms to the schemas it ships; what breaks the format does not. */
class SchemaTest {

    private static Schema dataset;
    private static Schema catalogue;

    @BeforeAll
    static void loadSchemas() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream in = BinhdangJson.openDatasetSchema()) {
            dataset = registry.getSchema(in);
        }
        try (InputStream in = BinhdangJson.openCatalogueSchema()) {
            catalogue = registry.getSchema(in);
        }
    }

    private static List<Error> validateDataset(String json) {
        return dataset.validate(json, InputFormat.JSON);
    }

    @Test
    void theSeedDatasetConforms() {
        StringWriter out = new StringWriter();
        try (DatasetJsonWriter writer = DatasetJsonWriter.open(out)) {
            writer.writeAll(Fixtures.sonLa2017());
        }

        assertThat(validateDataset(out.toString())).isEmpty();
    }

    @Test
    void aDatasetWithEveryOptionalFieldConforms() {
        Dataset full = Dataset.of(List.of(Fixtures.fullObservation()));

        assertThat(validateDataset(BinhdangJson.mapper().writeValueAsString(full))).isEmpty();
    }

    @Test
    void theCatalogueOfTheStrategyAndAPlanConforms() {
        var national = Fixtures.nationalStrategy();
        Catalogue both = Catalogue.ofStrategies(List.of(national, Fixtures.sonLaPlan(national)));

        List<Error> errors = catalogue.validate(BinhdangJson.mapper().writeValueAsString(both), InputFormat.JSON);

        assertThat(errors).isEmpty();
    }

    @Test
    void aCatalogueWithIndicatorsInFullConforms() {
        Catalogue strategiesOnly = Catalogue.of(List.of(), List.of(Fixtures.nationalStrategy()));

        assertThat(catalogue.validate(BinhdangJson.mapper().writeValueAsString(strategiesOnly), InputFormat.JSON))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\"}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022-Q5\",\"value\":1}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":\"1\"}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,\"colour\":\"red\"}]}",
        "{\"observations\":[{\"indicator\":\" \",\"area\":\"1\",\"period\":\"2022\",\"value\":1}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,\"unit\":\"percentage\"}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,\"breakdown\":\"SEX\"}]}",
        "{\"observations\":[{\"indicator\":\"A\",\"area\":\"1\",\"period\":\"2022\",\"value\":1,\"qualifier\":\"gần\"}]}",
        "{}"
    })
    void documentsOutsideTheFormatDoNotConform(String json) {
        assertThat(validateDataset(json)).isNotEmpty();
    }

    @Test
    void aCatalogueWithAnUnknownMeasureKindDoesNotConform() {
        String json = BinhdangJson.mapper().writeValueAsString(Catalogue.of(List.of(Fixtures.womenOwners()), List.of()))
                .replace("PERCENTAGE", "SHARE");

        assertThat(catalogue.validate(json, InputFormat.JSON)).isNotEmpty();
    }
}
