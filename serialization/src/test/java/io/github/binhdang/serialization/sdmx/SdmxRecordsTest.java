package io.github.binhdang.serialization.sdmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationContext;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding of the validator on a dataset read from SDMX-CSV names the row as written: its index is the
 * row's record after the header, counting a row the reader left out, a row spanning two lines counted once.
 */
class SdmxRecordsTest {

    @Test
    void aValidationFindingsIndexIsTheRowsRecordAsWritten() {
        String text = String.join("\n",
                /* 1 */ "STRUCTURE,STRUCTURE_ID,ACTION,SERIES,REF_AREA,SEX,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,"
                        + "OBS_STATUS,COMMENT_OBS",
                /* 2, record 0: an unknown series, left out */
                "dataflow,VNM:DF_GE(1.0),I,SG_GEN_XXXX,VN-14,_T,2020,40,PT,0,A,",
                /* 3-4, record 1: a note on two lines */
                "dataflow,VNM:DF_GE(1.0),I,SG_GEN_LOCG,VN-14,_T,2020,38.5,PT,0,A,\"Two lines\nof note\"",
                /* 5, record 2: 105 % */
                "dataflow,VNM:DF_GE(1.0),I,SG_GEN_LOCG,VN-14,_T,2021,105,PT,0,A,") + "\n";
        SdmxReadResult read = SdmxReader.of(SdmxBadInputTest.STRUCTURE).read(new StringReader(text));
        assertThat(read.report().findings()).extracting(Finding::code, f -> f.location().line().orElse(0))
                .containsExactly(tuple("sdmx.code", 2));
        assertThat(read.dataset().size()).isEqualTo(2);
        assertThat(read.dataset().position(0).orElseThrow().record()).isEqualTo(1);
        assertThat(read.dataset().position(1).orElseThrow().record()).isEqualTo(2);

        Indicator hdnd = Indicator.builder("W_HDND", BilingualText.of("Tỷ lệ nữ đại biểu HĐND",
                "Female share of council members"), MeasureKind.PERCENTAGE, Unit.PERCENT).build();
        ValidationContext context = ValidationContext.of(List.of(hdnd), AreaHierarchy.builder().addAll(List.of(
                Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
                Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN"))).build());
        List<Finding> errors = DatasetValidator.defaults().validate(read.dataset(), context).errors();
        assertThat(errors).extracting(Finding::code, f -> f.location().index().orElse(-1),
                f -> f.location().line().orElse(0)).containsExactly(
                tuple("percentage.range", 2, 5));
    }
}
