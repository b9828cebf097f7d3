package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DHIS2 data value set is told from its content and read through the code map given with --dhis2-map. */
class Dhis2InputTest {

    @TempDir
    Path dir;

    private Path map() throws Exception {
        return Files.writeString(dir.resolve("map.csv"), """
                type,uid,code
                dataElement,fbfJHSPpUQD,ECO-01
                orgUnit,ImspTQPwCqd,14
                """);
    }

    @Test
    void aDataValueSetIsReadThroughTheCodeMap() throws Exception {
        Path set = Files.writeString(dir.resolve("son-la.json"), """
                {"dataValues": [
                  {"dataElement": "fbfJHSPpUQD", "period": "2024", "orgUnit": "ImspTQPwCqd", "value": "42.1"},
                  {"dataElement": "fbfJHSPpUQD", "period": "2024Q5", "orgUnit": "ImspTQPwCqd", "value": "40"}
                ]}
                """);

        Run run = Run.of("validate", set.toString(), "--dhis2-map", map().toString(), "--lang", "en");

        // The first data value is an observation; the second's period cannot be a DHIS2 period: one error.
        assertThat(run.code()).isEqualTo(Main.FINDINGS);
        assertThat(run.out()).contains("son-la.json: 2 rows read, 1 observation" + System.lineSeparator()).contains("1 error,");

        Path csv = dir.resolve("out.csv");
        Run convert = Run.of("convert", set.toString(), csv.toString(), "--dhis2-map", map().toString(), "--lang", "en");
        assertThat(convert.out()).contains("1 observation read from son-la.json");
        assertThat(Files.readAllLines(csv)).hasSize(2).element(1).asString().startsWith("ECO-01,14,2024,");

        Path back = dir.resolve("back.json");
        Run toDhis2 = Run.of("convert", csv.toString(), back.toString(), "--to-dhis2", "--dhis2-map", map().toString(),
                "--lang", "en");
        assertThat(toDhis2.code()).isEqualTo(Main.ACCEPTED);
        assertThat(Files.readString(back)).contains("\"dataElement\":\"fbfJHSPpUQD\"").contains("\"value\":\"42.1\"");
    }

    @Test
    void withoutTheCodeMapItIsOneLine() throws Exception {
        Path set = Files.writeString(dir.resolve("set.json"), "{\"dataValues\": []}");

        Run run = Run.of("validate", set.toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err().strip()).isEqualTo("set.json: a DHIS2 data value set; give the code map with --dhis2-map");
    }
}
