package io.github.binhdang.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.exc.StreamReadException;

/**
 * Bytes that Jackson takes for UTF-32 (a zero byte among the first four) are not a dataset document, which
 * is UTF-8 text (RFC 8259, section 8.1): the reader answers with a read error that says so, not with an
 * I/O error. The inputs are those the fuzzer found (issue 20, JsonFuzzTest#datasetReader), in base64.
 */
class JsonEncodingTest {

    @ParameterizedTest
    @ValueSource(strings = {"CQAAAAAA", "AAAhAAAAAAAAAAAAAAAAAAAu", "cQAAAAAAAAD14g=="})
    void bytesThatAreNotUtf8TextAreAReadErrorThatSaysSo(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);

        assertThatThrownBy(() -> DatasetJsonReader.of().read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(StreamReadException.class)
                .hasMessageContaining("not JSON text in UTF-8");
        assertThatThrownBy(() -> DatasetJsonReader.of().forEach(new ByteArrayInputStream(bytes), o -> { }))
                .isInstanceOf(StreamReadException.class)
                .hasMessageContaining("not JSON text in UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CQAAAAAA", "AAAhAAAAAAAAAAAAAAAAAAAu", "cQAAAAAAAAD14g=="})
    void whatWasWrongIsKeptAsTheCause(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        try {
            DatasetJsonReader.of().read(new ByteArrayInputStream(bytes));
        } catch (StreamReadException e) {
            assertThat(e.getCause()).isNotNull();
            return;
        }
        throw new AssertionError("read");
    }
}
