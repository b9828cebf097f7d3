package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.index.DatasetIndices;
import io.github.binhdang.core.index.GiiResult;
import io.github.binhdang.core.index.IndexInput;
import io.github.binhdang.core.index.IndexSources;
import io.github.binhdang.core.index.SourcedIndex;
import io.github.binhdang.core.index.SourcedInput;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's index inputs: Viet Nam's GII for 2022 from observations of HEA-02 and POL-03 and of three
 * indicators the catalogue does not have (codes given as parameters), with UNDP's published inputs (HDR
 * 2023/2024 time series, Viet Nam's row; docs/sources/indices.md): 0.378, as published.
 */
class IndexSourcesTest {

    private static Observation obs(String indicator, Breakdown breakdown, String value) {
        return Observation.builder(indicator, "VN", YearPeriod.of(2022)).breakdown(breakdown)
                .value(new BigDecimal(value)).build();
    }

    @Test
    void mapsTheMaternalMortalityRatioAndWomensSeatsToTheCatalogue() {
        IndexSources sources = GenderIndicators.indexSources().build();
        assertThat(sources.indicator(IndexInput.MATERNAL_MORTALITY_RATIO)).hasValue("HEA-02");
        assertThat(sources.indicator(IndexInput.PARLIAMENT_SEATS)).hasValue("POL-03");
        assertThat(sources.isWomenShare(IndexInput.PARLIAMENT_SEATS)).isTrue();
        assertThat(sources.indicator(IndexInput.ADOLESCENT_BIRTH_RATE)).isEmpty();
        assertThat(GenderIndicators.of("HEA-02").unit()).isEqualTo(Unit.PER_100000);
    }

    @Test
    void computesVietNamsGiiFromTheCataloguesIndicators() {
        IndexSources sources = GenderIndicators.indexSources()
                .indicator(IndexInput.ADOLESCENT_BIRTH_RATE, "ABR")
                .indicator(IndexInput.SECONDARY_EDUCATION, "SE25")
                .indicator(IndexInput.LABOUR_FORCE_PARTICIPATION, "LFPR")
                .build();
        Dataset dataset = Dataset.of(List.of(
                obs("HEA-02", Breakdown.TOTAL, "124.2570792"),
                obs("POL-03", Breakdown.TOTAL, "30.26052104"),
                obs("ABR", Breakdown.TOTAL, "34.992"),
                obs("SE25", Breakdown.FEMALE, "61.47644004"),
                obs("SE25", Breakdown.MALE, "69.48935602"),
                obs("LFPR", Breakdown.FEMALE, "68.54"),
                obs("LFPR", Breakdown.MALE, "77.84")));
        SourcedIndex<GiiResult> gii = DatasetIndices.of(dataset, sources).gii("VN", YearPeriod.of(2022));
        assertThat(gii.result().orElseThrow().rounded(3)).isEqualTo(new BigDecimal("0.378"));
        assertThat(gii.inputs()).extracting(SourcedInput::key).startsWith(
                new ObservationKey("HEA-02", "VN", YearPeriod.of(2022), Breakdown.TOTAL));
    }
}
