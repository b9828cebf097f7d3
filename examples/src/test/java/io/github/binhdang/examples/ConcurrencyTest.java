package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.indicators.VietNamStrategies;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.csv.DatasetCsvWriter;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.DatasetJsonReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Catalogues, validators, mappers, readers, aggregation and scorecards share no mutable state: 8 threads
 * released together by a barrier, each running every task (in an order of its own, so that different
 * tasks overlap), give what one thread gives alone. The threaded rounds run first, so that lazy loading
 * (the commune catalogue, message bundles, mappers' caches) happens under contention when this class
 * runs first in its JVM.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 8;
    private static final LocalDate AFTER_REFORM = VietNamAreas.FIRST_DAY_OF_34_UNITS;

    /** Two percentages with components in each of the 34 provinces, by sex for one. */
    private static Dataset provinces() {
        Dataset.Builder b = Dataset.builder();
        int i = 0;
        for (Area province : VietNamAreas.PROVINCES_34) {
            i++;
            for (int year = 2021; year <= 2024; year++) {
                b.add(Observation.builder(GenderIndicators.ENTERPRISE_OWNERS_FEMALE.code(), province.code(),
                        YearPeriod.of(year)).components(100 + i * 7L + year % 10, 900 + i * 31L).build());
                for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
                    b.add(Observation.builder(GenderIndicators.NEW_JOBS_BY_SEX.code(), province.code(),
                            YearPeriod.of(year)).sex(sex).components(i * (sex == Sex.FEMALE ? 13L : 17L), 5_000 + i)
                            .build());
                }
            }
        }
        return b.build();
    }

    private static Map<String, Supplier<Object>> tasks() {
        Dataset national = NationalScorecard.dataset();
        Dataset provinces = provinces();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        DatasetCsvWriter.defaults().write(provinces, csv);
        byte[] csvBytes = csv.toByteArray();
        byte[] jsonBytes = BinhdangJson.mapper().writeValueAsString(national).getBytes(StandardCharsets.UTF_8);
        Map<String, String> toNation = new LinkedHashMap<>();
        VietNamAreas.PROVINCES_34.forEach(p -> toNation.put(p.code(), VietNamAreas.VIET_NAM.code()));
        AreaRollup rollup = AreaRollup.of(toNation);

        Map<String, Supplier<Object>> tasks = new LinkedHashMap<>();
        tasks.put("province look-up", () -> VietNamAreas.lookUp("TP HCM", AreaLevel.PROVINCE, AFTER_REFORM).areas());
        tasks.put("commune look-up", () -> VietNamAreas.lookUp("Xã Tân Lập", AreaLevel.COMMUNE, AFTER_REFORM).areas());
        tasks.put("communes on a date", () -> VietNamAreas.on(AFTER_REFORM).areas(AreaLevel.COMMUNE).size());
        tasks.put("indicator by name", () -> GenderIndicators.findByName("Tỷ số giới tính khi sinh"));
        tasks.put("strategy targets", () -> VietNamStrategies.targets(Strategy2021To2030.CODE));
        tasks.put("validation", () -> DatasetValidator.defaults().validate(national,
                ValidationContext.of(Strategy2021To2030.STRATEGY, VietNamAreas.HIERARCHY)));
        tasks.put("validation of provinces", () -> DatasetValidator.defaults().validate(provinces,
                ValidationContext.of(GenderIndicators.ALL, VietNamAreas.HIERARCHY)));
        tasks.put("mapper write", () -> BinhdangJson.mapper().writeValueAsString(national));
        tasks.put("mapper read", () -> BinhdangJson.mapper().readValue(jsonBytes, Dataset.class));
        tasks.put("JSON reader", () -> DatasetJsonReader.of().read(new ByteArrayInputStream(jsonBytes)));
        tasks.put("CSV reader", () -> DatasetCsvReader.defaults().read(new ByteArrayInputStream(csvBytes)));
        tasks.put("aggregation to the nation", () -> Aggregation.toParents(provinces, GenderIndicators.ALL, rollup));
        tasks.put("aggregation over sex", () -> Aggregation.toTotal(provinces, GenderIndicators.ALL,
                BreakdownDimension.SEX));
        tasks.put("scorecard", () -> Scorecard.of(Strategy2021To2030.STRATEGY, national, NationalScorecard.NATION));
        return tasks;
    }

    @Test
    void eightThreadsGiveWhatOneThreadGives() throws Exception {
        Map<String, Supplier<Object>> tasks = tasks();
        List<String> names = List.copyOf(tasks.keySet());
        List<Map<String, Object>> threaded = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<Map<String, Object>>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t + round;
                    futures.add(pool.submit(() -> {
                        start.await(1, TimeUnit.MINUTES);
                        Map<String, Object> results = new LinkedHashMap<>();
                        for (int k = 0; k < names.size(); k++) {
                            String name = names.get((k + offset) % names.size());
                            results.put(name, tasks.get(name).get());
                        }
                        return results;
                    }));
                }
                for (Future<Map<String, Object>> f : futures) {
                    threaded.add(f.get(5, TimeUnit.MINUTES));
                }
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Object> alone = new LinkedHashMap<>();
        names.forEach(name -> alone.put(name, tasks.get(name).get()));

        assertThat(threaded).hasSize(THREADS * ROUNDS);
        for (Map<String, Object> results : threaded) {
            for (String name : names) {
                assertThat(results.get(name)).as(name).isEqualTo(alone.get(name));
            }
        }
        // The shared inputs give answers worth comparing.
        assertThat((List<?>) alone.get("province look-up")).hasSize(1);
        assertThat((Integer) alone.get("communes on a date")).isEqualTo(3_321);
    }
}
