package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * Our dataset → SDMX-CSV 1.0 or 2.0 → our dataset gives the same dataset: the Sơn La 2017 seed (People's
 * Council shares for the 2016–2021 term, 38.89 % at province level; 384 of 2,539 enterprises owned by
 * women, 15.1 %), an "about" provisional figure, and observations with every optional field.
 */
class SdmxRoundTripTest {

    static final SdmxStructure STRUCTURE = SdmxStructure.sdgBuilder()
            .breakdown("COUNCIL_LEVEL", Fixtures.COUNCIL_LEVEL)
            .build();

    static Dataset seed() {
        return Dataset.builder().addAll(Fixtures.sonLa2017())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, YearPeriod.of(2018)).value(new BigDecimal("15.1"))
                        .components(384, 2_539).qualifier(Qualifier.ABOUT).status(ObservationStatus.PROVISIONAL)
                        .unit(Unit.PERCENT).build())
                .add(Observation.builder("W_ENT", Fixtures.SON_LA, SpanPeriod.ofClosed(2021, 2025))
                        .value(new BigDecimal("16.0")).status(ObservationStatus.NOT_GIVEN).note("binhdang: not a form")
                        .build())
                .add(Fixtures.fullObservation())
                .build();
    }

    private static SdmxReader reader() {
        return SdmxReader.of(STRUCTURE).withUnits(List.of(Fixtures.CLASSES));
    }

    @ParameterizedTest
    @EnumSource(SdmxVersion.class)
    void roundTrip(SdmxVersion version) {
        Dataset seed = seed();
        StringWriter out = new StringWriter();
        assertThat(SdmxWriter.of(STRUCTURE, "VNM:DF_BINHDANG(1.0)").withVersion(version).write(seed, out).findings())
                .isEmpty();
        SdmxReadResult read = reader().read(new StringReader(out.toString()));
        assertThat(read.report().findings()).isEmpty();
        assertThat(read.version()).contains(version);
        assertThat(read.rows()).isEqualTo(seed.size());
        assertThat(read.dataset()).isEqualTo(seed);
    }

    @Test
    void whatSdmxHasAColumnForIsWrittenThereTheRestInCommentObs() {
        StringWriter out = new StringWriter();
        SdmxWriter.of(STRUCTURE, "VNM:DF_BINHDANG(1.0)").write(seed(), out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REPORTING_TYPE,SERIES,REF_AREA,SEX,AGE,"
                + "URBANISATION,INCOME_WEALTH_QUANTILE,EDUCATION_LEV,OCCUPATION,CUST_BREAKDOWN,COMPOSITE_BREAKDOWN,"
                + "DISABILITY_STATUS,ACTIVITY,PRODUCT,COUNCIL_LEVEL,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,"
                + "OBS_STATUS,COMMENT_OBS");
        // 38.89 % for the People's Council term 2016–2021: its days as a range, the term in COMMENT_OBS.
        assertThat(lines.get(1)).isEqualTo("dataflow,VNM:DF_BINHDANG(1.0),I,A,N,W_HDND,14,_T,_T,_T,_T,_T,_T,_T,_T,_T,"
                + "_T,_T,PROVINCE,2016-01-01/P6Y,38.89,PT,0,A,\"binhdang:period=HDND:2016/2021;source="
                + Fixtures.SOURCE + "\"");
        // About 15.1 % (384 of 2,539), provisional: the status in OBS_STATUS, never '~' in the value.
        assertThat(lines).anyMatch(l -> l.contains(",2018,15.1,PT,0,P,binhdang:qualifier=about;numerator=384;"
                + "denominator=2539"));
        // The age group 15-24 is SDMX's Y15T24, rural is R.
        assertThat(lines).anyMatch(l -> l.contains(",ACT,10,F,Y15T24,R,"));
    }
}
