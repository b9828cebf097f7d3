package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our dataset → DHIS2 JSON or CSV → our dataset gives the same dataset: the Sơn La 2017 seed (People's
 * Council shares for the 2016–2021 term, 38.89 % at province level; 384 of 2,539 enterprises owned by
 * women, 15.1 %), an "about" provisional figure, and an observation with every optional field.
 */
class Dhis2RoundTripTest {

    static final Dhis2CodeMap MAP = Dhis2CodeMap.builder()
            .dataElement("deWHDND0001", "W_HDND")
            .dataElement("deWTRAIN001", "W_TRAINED")
            .dataElement("deWENT00001", "W_ENT")
            .dataElement("deDVMODEL01", "DV_MODELS")
            .dataElement("deFAMCLUB01", "FAMILY_CLUBS")
            .dataElement("deDVGROUP01", "DV_GROUPS")
            .dataElement("deACT000001", "ACT")
            .orgUnit("ouSonLa0014", Fixtures.SON_LA)
            .orgUnit("ouLaoCai010", "10")
            .categoryOptionCombo("cocProvinc1", Breakdown.of(Fixtures.COUNCIL_LEVEL, "PROVINCE"))
            .categoryOptionCombo("cocDistric1", Breakdown.of(Fixtures.COUNCIL_LEVEL, "DISTRICT"))
            .categoryOptionCombo("cocCommune1", Breakdown.of(Fixtures.COUNCIL_LEVEL, "COMMUNE"))
            .categoryOptionCombo("cocFemale01", Breakdown.FEMALE)
            .categoryOptionCombo("cocFRural01", Breakdown.FEMALE.with(BreakdownDimension.AGE_GROUP, "15-24")
                    .with(BreakdownDimension.RESIDENCE, "RURAL"))
            .build();

    static Dataset seed() {
        return Dataset.builder().addAll(Fixtures.sonLa2017())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2018)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL)
                        .unit(Unit.PERCENT).build())
                .add(Fixtures.fullObservation())
                .build();
    }

    private static Dhis2Reader reader() {
        return Dhis2Reader.of(MAP).withUnits(List.of(Fixtures.CLASSES));
    }

    @Test
    void jsonRoundTrip() {
        Dataset seed = seed();
        StringWriter out = new StringWriter();
        assertThat(Dhis2Writer.of(MAP).writeJson(seed, out).isEmpty()).isTrue();
        Dhis2ReadResult read = reader().readJson(new StringReader(out.toString()));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataValues()).isEqualTo(seed.size());
        assertThat(read.dataset()).isEqualTo(seed);
    }

    @Test
    void csvRoundTrip() {
        Dataset seed = seed();
        StringWriter out = new StringWriter();
        assertThat(Dhis2Writer.of(MAP).writeCsv(seed, out).isEmpty()).isTrue();
        Dhis2ReadResult read = reader().readCsv(new StringReader(out.toString()));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.dataset()).isEqualTo(seed);
    }

    @Test
    void theCouncilShareIsFiledUnderItsFirstYearWithTheTermInTheComment() {
        StringWriter out = new StringWriter();
        Dhis2Writer.of(MAP).writeCsv(seed(), out);
        // Written by hand from the package documentation: 2016 is the term's first year.
        assertThat(out.toString()).contains("deWHDND0001,2016,ouSonLa0014,cocProvinc1,HllvX50cXC0,38.89,,,"
                + "\"binhdang:period=HDND:2016/2021;unit=percent;source=Sở LĐ-TB&XH tỉnh Sơn La, công tác bình đẳng"
                + " giới năm 2017\",false");
        Observation council = reader().readCsv(new StringReader(out.toString())).dataset().stream()
                .filter(o -> o.indicator().equals("W_HDND")).findFirst().orElseThrow();
        assertThat(council.period()).isEqualTo(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021));
        assertThat(council.value()).contains(new BigDecimal("38.89"));
    }

    @Test
    void theAboutQualifierAndComponentsGoInTheCommentNeverInTheValue() {
        StringWriter out = new StringWriter();
        Dataset one = Dataset.builder().add(seed().stream().filter(o -> o.qualifier() == Qualifier.ABOUT)
                .findFirst().orElseThrow()).build();
        Dhis2Writer.of(MAP).writeJson(one, out);
        assertThat(out.toString()).isEqualTo("{\"dataValues\":[{\"dataElement\":\"deWENT00001\",\"period\":\"2018\","
                + "\"orgUnit\":\"ouSonLa0014\",\"categoryOptionCombo\":\"HllvX50cXC0\",\"attributeOptionCombo\":"
                + "\"HllvX50cXC0\",\"value\":\"15.1\",\"comment\":\"binhdang:qualifier=about;status=provisional;"
                + "numerator=384;denominator=2539;unit=percent\",\"followup\":false}]}");
    }

    @Test
    void theSampleFilesWrittenFromTheSpecificationRead() throws Exception {
        Dhis2CodeMap map;
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("code-map.csv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            map = Dhis2CodeMap.parseCsv(in);
        }
        Dhis2CodeMap fromJson;
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("code-map.json"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            fromJson = Dhis2CodeMap.parseJson(in);
        }
        assertThat(fromJson).isEqualTo(map);
        Dhis2ReadResult json;
        try (var in = getClass().getResourceAsStream("son-la-2017.dhis2.json")) {
            json = Dhis2Reader.of(map).readJson(in);
        }
        Dhis2ReadResult csv;
        try (var in = getClass().getResourceAsStream("son-la-2017.dhis2.csv")) {
            csv = Dhis2Reader.of(map).readCsv(in);
        }
        assertThat(json.report().findings()).isEmpty();
        assertThat(csv.report().findings()).isEmpty();
        assertThat(csv.dataset()).isEqualTo(json.dataset());
        // The sample: the provincial council share, 38.89 % for 2016–2021, and 384 of 2,539, about 15.1 %.
        Dataset expected = Dataset.builder()
                .add(Observation.builder("W_HDND", "14", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021))
                        .breakdown(Breakdown.of(Fixtures.COUNCIL_LEVEL, "PROVINCE")).value(new BigDecimal("38.89"))
                        .build())
                .add(Observation.builder("W_ENT", "14", YearPeriod.of(2017)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).build())
                .add(Observation.builder("W_TRAINED", "14", YearPeriod.of(2017)).breakdown(Breakdown.FEMALE)
                        .components(125_525, 688_753).note("Lao động nữ đã qua đào tạo").build())
                .build();
        assertThat(json.dataset()).isEqualTo(expected);
    }
}
