package io.github.binhdang.serialization.opensdg;

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
 * A finding of the validator on a dataset read from an Open SDG file names the row as written: its index is
 * the row's record after the header, counting a row the reader left out, a row spanning two lines counted
 * once.
 */
class OpenSdgRecordsTest {

    @Test
    void aValidationFindingsIndexIsTheRowsRecordAsWritten() {
        String text = String.join("\n",
                /* 1 */ "Year,Series,COMMENT_OBS,Value",
                /* 2, record 0: no year, left out */ "abc,Enterprises,,15",
                /* 3-4, record 1: a note on two lines */ "2018,Enterprises,\"Two lines\nof note\",16",
                /* 5, record 2: 105 % */ "2019,Enterprises,,105") + "\n";
        OpenSdgReadResult read = OpenSdgReader.of(OpenSdgTest.MAPPING).read("5.5.1", "indicator_5-5-1.csv",
                new StringReader(text));
        assertThat(read.report().findings()).extracting(f -> f.location().line().orElse(0)).containsExactly(2);
        assertThat(read.dataset().size()).isEqualTo(2);
        assertThat(read.dataset().position(0).orElseThrow().record()).isEqualTo(1);
        assertThat(read.dataset().position(1).orElseThrow().record()).isEqualTo(2);

        Indicator ent = Indicator.builder("W_ENT", BilingualText.of("Tỷ lệ nữ làm chủ doanh nghiệp",
                "Female share of enterprise owners"), MeasureKind.PERCENTAGE, Unit.PERCENT).build();
        ValidationContext context = ValidationContext.of(List.of(ent), AreaHierarchy.builder().addAll(List.of(
                Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION),
                Area.of("14", BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN"))).build());
        List<Finding> errors = DatasetValidator.defaults().validate(read.dataset(), context).errors();
        assertThat(errors).extracting(Finding::code, f -> f.location().index().orElse(-1),
                f -> f.location().line().orElse(0)).containsExactly(tuple("percentage.range", 2, 5));
    }
}
