package io.github.binhdang.serialization.dhis2;

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
import io.github.binhdang.serialization.json.Fixtures;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each observation read from a data value set keeps its data value's index as its record, so that the
 * validator's finding on the dataset names data value #2 as written, although data value #0 could not be read.
 */
class Dhis2RecordsTest {

    private static final ValidationContext CONTEXT = ValidationContext.of(List.of(Indicator.builder("W_ENT",
            BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp", "Female share of enterprise owners"),
            MeasureKind.PERCENTAGE, Unit.PERCENT).build()), AreaHierarchy.builder().addAll(List.of(
            Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
            Area.of(Fixtures.SON_LA, BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN")))
            .build());

    @Test
    void jsonAValidationFindingsIndexIsTheDataValuesIndexAsWritten() {
        String json = String.join("\n",
                /* 1 */ "{\"dataValues\": [",
                /* 2, #0: 2022Q5 is no period */
                "  {\"dataElement\": \"deWENT00001\", \"period\": \"2022Q5\", \"orgUnit\": \"ouSonLa0014\", \"value\": \"15\"},",
                /* 3, #1 */
                "  {\"dataElement\": \"deWENT00001\", \"period\": \"2020\", \"orgUnit\": \"ouSonLa0014\", \"value\": \"15.1\"},",
                /* 4, #2: 105 % */
                "  {\"dataElement\": \"deWENT00001\", \"period\": \"2021\", \"orgUnit\": \"ouSonLa0014\", \"value\": \"105\"}",
                /* 5 */ "]}");
        Dhis2ReadResult read = Dhis2Reader.of(Dhis2RoundTripTest.MAP).readJson(new StringReader(json));
        assertThat(read.report().findings()).extracting(Finding::code, f -> f.location().index().orElse(-1))
                .containsExactly(tuple("dhis2.period", 0));
        assertThat(read.dataset().size()).isEqualTo(2);
        List<Finding> errors = DatasetValidator.defaults().validate(read.dataset(), CONTEXT).errors();
        assertThat(errors).extracting(Finding::code, f -> f.location().index().orElse(-1),
                f -> f.location().line().orElse(0)).containsExactly(tuple("percentage.range", 2, 4));
    }

    @Test
    void csvAValidationFindingsIndexIsTheDataValuesIndexAsWritten() {
        String csv = String.join("\n",
                /* 1 */ "dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,storedby,"
                        + "lastupdated,comment,followup",
                /* 2, #0: too few fields */ "deWENT00001,2019",
                /* 3-4, #1: a comment on two lines */
                "deWENT00001,2020,ouSonLa0014,,,15.1,,,\"Two lines\nof note\",false",
                /* 5, #2: 105 % */ "deWENT00001,2021,ouSonLa0014,,,105,,,,false") + "\n";
        Dhis2ReadResult read = Dhis2Reader.of(Dhis2RoundTripTest.MAP).readCsv(new StringReader(csv));
        assertThat(read.report().findings()).extracting(f -> f.location().line().orElse(0)).containsExactly(2);
        assertThat(read.dataset().position(0).orElseThrow().record()).isEqualTo(1);
        List<Finding> errors = DatasetValidator.defaults().validate(read.dataset(), CONTEXT).errors();
        assertThat(errors).extracting(Finding::code, f -> f.location().index().orElse(-1),
                f -> f.location().line().orElse(0)).containsExactly(tuple("percentage.range", 2, 5));
    }
}
