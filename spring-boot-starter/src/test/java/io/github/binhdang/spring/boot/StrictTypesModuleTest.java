package io.github.binhdang.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.data.Observation;
import io.github.binhdang.serialization.json.BinhdangModule;
import io.github.binhdang.serialization.json.JsonReadFindings;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The SDK's types read strictly inside a lenient mapper's document, as Boot's mapper is by default. */
class StrictTypesModuleTest {

    /** An application's type that holds the SDK's. */
    record Envelope(String sender, List<Observation> observations, String note) {
    }

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .addModule(new BinhdangModule())
            .addModule(new StrictTypesModule())
            .build();

    @Test
    void theApplicationsTypeStaysLenientAndReadsOnAfterTheSdksValues() {
        assertThat(LENIENT.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
        Envelope e = LENIENT.readValue("""
                {"sender":"Sơn La","extra":1,"observations":[
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5},
                {"indicator":"ECO-03","area":"14","period":"2023","value":26.1}
                ],"note":"after"}""", Envelope.class);
        assertThat(e.sender()).isEqualTo("Sơn La");
        assertThat(e.observations()).extracting(o -> o.key().toString())
                .containsExactly("ECO-03/14/2022/_T", "ECO-03/14/2023/_T");
        assertThat(e.note()).isEqualTo("after");
    }

    @Test
    void anUnknownPropertyOfAnSdkTypeFailsWithItsPlace() {
        String json = """
                {"sender":"Sơn La","observations":[
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5},
                {"indicator":"ECO-03","area":"14","period":"2023","vlaue":26.1}
                ]}""";
        assertThatThrownBy(() -> LENIENT.readValue(json, Envelope.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
                    assertThat(e.getPropertyName()).isEqualTo("vlaue");
                    assertThat(e.getLocation().getLineNr()).isEqualTo(3);
                    assertThat(JsonReadFindings.path(e.getPath())).startsWith("observations[1]");
                });
    }

    @Test
    void withoutItJacksonThreeWouldDropTheMisspeltValueSilently() {
        JsonMapper plain = JsonMapper.builder().addModule(new BinhdangModule()).build();
        Observation o = plain.readValue("""
                {"indicator":"ECO-03","area":"14","period":"2023","vlaue":26.1,"numerator":1,"denominator":4}""",
                Observation.class);
        assertThat(o.value()).isEmpty();
    }
}
