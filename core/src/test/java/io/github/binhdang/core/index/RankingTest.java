package io.github.binhdang.core.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranks against published tables: UNDP's HDI and GII ranks for 2022 (HDR 2023/2024 time series) and WEF's
 * Global Gender Gap Index ranks for 2021; each resource's header names the public copy and its commit.
 */
class RankingTest {

    /** A row of a published table: key, value as printed, rank as printed. */
    private record Row(String key, BigDecimal value, int rank) {
    }

    private static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(RankingTest.class.getResourceAsStream(resource), resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                rows.add(new Row(cells[0], new BigDecimal(cells[1]), Integer.parseInt(cells[2])));
            }
        }
        return rows;
    }

    private static Map<String, BigDecimal> values(List<Row> rows) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        rows.forEach(r -> values.put(r.key(), r.value()));
        return values;
    }

    @Test
    void ranksEveryHdiOf2022AsUndpPublishedIt() throws IOException {
        List<Row> rows = read("hdi-ranks-2022.csv");
        assertThat(rows).hasSize(193);
        Ranking<String> ranking = Ranking.of(values(rows), RankingRule.UNDP_HDI);
        for (Row row : rows) {
            assertThat(ranking.rank(row.key())).as(row.key()).hasValue(row.rank());
        }
        // The table's ties share a rank and the next rank skips: Belgium, Finland, Liechtenstein are all 12th,
        // the next is 15th ("1224").
        assertThat(ranking.rank("BEL")).hasValue(12);
        assertThat(ranking.rank("FIN")).hasValue(12);
        assertThat(ranking.rank("LIE")).hasValue(12);
        assertThat(ranking.entries().stream().filter(e -> e.rank() == 15)).isNotEmpty();
        assertThat(ranking.entries().stream().filter(e -> e.rank() == 13 || e.rank() == 14)).isEmpty();
        assertThat(ranking.entries().stream().filter(Ranked::shared).count()).isEqualTo(53);
    }

    /**
     * The GII ranks of 2022 break the four ties at 3 decimals by the unrounded GII: here those eight countries
     * carry the GII computed from their published inputs, the others the published value.
     */
    @Test
    void ranksEveryGiiOf2022AsUndpPublishedIt() throws IOException {
        List<Row> rows = read("gii-ranks-2022.csv");
        assertThat(rows).hasSize(166);
        Map<String, BigDecimal> values = values(rows);
        for (String[] tied : TIED_GII_2022) {
            GiiResult gii = GenderInequalityIndex.compute(GiiInputs.builder()
                    .maternalMortalityRatio(new BigDecimal(tied[1]))
                    .adolescentBirthRate(new BigDecimal(tied[2]))
                    .parliamentSeats(Share.ofPercent(new BigDecimal(tied[3])), Share.ofPercent(new BigDecimal(tied[4])))
                    .secondaryEducation(Share.ofPercent(new BigDecimal(tied[5])), Share.ofPercent(new BigDecimal(tied[6])))
                    .labourForceParticipation(Share.ofPercent(new BigDecimal(tied[7])),
                            Share.ofPercent(new BigDecimal(tied[8])))
                    .build());
            assertThat(gii.rounded(3)).isEqualByComparingTo(values.get(tied[0]));
            values.put(tied[0], gii.value());
        }
        Ranking<String> ranking = Ranking.of(values, RankingRule.UNDP_GII);
        for (Row row : rows) {
            assertThat(ranking.rank(row.key())).as(row.key()).hasValue(row.rank());
        }
        assertThat(ranking.entries()).noneMatch(Ranked::shared);
        // Compared at 3 decimals instead, Colombia and Panama (0.392) would share 95th: not what UNDP printed.
        Ranking<String> rounded = Ranking.of(values, RankingRule.ofRounded(false, 3));
        assertThat(rounded.rank("PAN")).hasValue(95);
    }

    /** Inputs of the countries with equal GIIs at 3 decimals, from the same file: iso3, MMR, ABR, PR_F, PR_M, SE_F, SE_M, LFPR_F, LFPR_M. */
    private static final String[][] TIED_GII_2022 = {
        {"COL", "74.76289736", "57.612", "29.15254237", "70.84745763", "59.72999954", "57.13999939", "51.11", "76.21"},
        {"PAN", "49.51727278", "68.49", "22.53521127", "77.46478873", "67.56999969", "65.61000061", "49.71", "76.98"},
        {"SLV", "42.79046022", "54.546", "27.38095238", "72.61904762", "42.65000153", "51.43000031", "46.38", "77.71"},
        {"MUS", "84.35797631", "24.023", "20", "80", "66.52111097", "72.40921213", "42.21", "68.37"},
        {"GIN", "553.4015874", "112.231", "29.62962963", "70.37037037", "7.484393948", "20.03857033", "44.6", "66.95"},
        {"NER", "441.0725479", "168.04", "25.90361446", "74.09638554", "2.578340428", "4.483989669", "64.56", "96.49"},
        {"HUN", "15.04888628", "21.889", "14.07035176", "85.92964824", "97.61313629", "98.82952881", "53.68", "67.75"},
        {"ROU", "10.07080153", "35.423", "18.88412017", "81.11587983", "89.36717029", "93.99737853", "42.29", "62.04"}};

    /**
     * WEF ranks by the unrounded score, which the report does not print: an economy whose printed score no other
     * economy shares gets exactly its published rank; economies printed with the same score share our rank, and
     * their published ranks are consecutive from it (Germany and Nicaragua, both 0.796, are 11th and 12th).
     */
    @Test
    void ranksTheGlobalGenderGapIndexOf2021AsWefPublishedIt() throws IOException {
        List<Row> rows = read("gggi-ranks-2021.csv");
        assertThat(rows).hasSize(156);
        Ranking<String> ranking = Ranking.of(values(rows), RankingRule.WEF_GENDER_GAP);
        for (Row row : rows) {
            long sameScore = rows.stream().filter(r -> r.value().compareTo(row.value()) == 0).count();
            int ours = ranking.rank(row.key()).orElseThrow();
            if (sameScore == 1) {
                assertThat(ours).as(row.key()).isEqualTo(row.rank());
            } else {
                assertThat(row.rank()).as(row.key()).isBetween(ours, ours + (int) sameScore - 1);
            }
        }
        assertThat(ranking.rank("Iceland")).hasValue(1);
        assertThat(ranking.rank("Afghanistan")).hasValue(156);
    }

    @ParameterizedTest
    @CsvSource({
        // rule, ranks of 0.9463, 0.9460, 0.9501 (worked by hand)
        "UNDP_HDI, 2, 2, 1",
        "WEF_GENDER_GAP, 2, 3, 1",
        "UNDP_GII, 2, 1, 3"})
    void tiesShareARankAndTheNextRankSkips(String rule, int first, int second, int third) {
        RankingRule r = switch (rule) {
            case "UNDP_HDI" -> RankingRule.UNDP_HDI;
            case "UNDP_GII" -> RankingRule.UNDP_GII;
            default -> RankingRule.WEF_GENDER_GAP;
        };
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("A", new BigDecimal("0.9463"));
        values.put("B", new BigDecimal("0.9460"));
        values.put("C", new BigDecimal("0.9501"));
        Ranking<String> ranking = Ranking.of(values, r);
        assertThat(ranking.rank("A")).hasValue(first);
        assertThat(ranking.rank("B")).hasValue(second);
        assertThat(ranking.rank("C")).hasValue(third);
        assertThat(ranking.rank("D")).isEqualTo(OptionalInt.empty());
    }

    @Test
    void keepsTheGivenValueAndTheComparedOneAndTheMapOrderWithinATie() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("NLD", new BigDecimal("0.946288"));
        values.put("AUS", new BigDecimal("0.946007"));
        values.put("DNK", new BigDecimal("0.951645"));
        Ranking<String> ranking = Ranking.of(values, RankingRule.UNDP_HDI);
        assertThat(ranking.entries()).extracting(Ranked::key).containsExactly("DNK", "NLD", "AUS");
        assertThat(ranking.entries().get(1)).isEqualTo(
                new Ranked<>("NLD", new BigDecimal("0.946288"), new BigDecimal("0.946"), 2, true));
        assertThat(ranking.entries().get(0).shared()).isFalse();
        assertThat(ranking.toString())
                .isEqualTo("Ranking[higher first, 3 decimals: 1 DNK 0.951645, 2 NLD 0.946288, 2 AUS 0.946007]");
        assertThat(ranking).isEqualTo(Ranking.of(values, RankingRule.ofRounded(true, 3)));
        assertThat(Ranking.of(Map.of(), RankingRule.UNDP_GII).size()).isZero();
    }

    @Test
    void ranksResultsByTheirPublishersRule() {
        Map<String, HdiResult> hdis = new LinkedHashMap<>();
        // Australia and the Netherlands 2022 (HDR 2023/2024 inputs): 0.946007 and 0.946288, both 0.946, tie.
        hdis.put("AUS", HumanDevelopmentIndex.compute(HdiInputs.of("83.579", "21.0800209", "12.72681999", "49257.1352")));
        hdis.put("NLD", HumanDevelopmentIndex.compute(HdiInputs.of("82.451", "18.58348083", "12.58162975", "57278.31015")));
        Ranking<String> ranking = Ranking.ofHdi(hdis);
        assertThat(ranking.rule()).isEqualTo(RankingRule.UNDP_HDI);
        assertThat(ranking.rank("AUS")).hasValue(1);
        assertThat(ranking.rank("NLD")).hasValue(1);
    }

    @Test
    void refusesDigitsOutOfRange() {
        assertThatThrownBy(() -> RankingRule.ofRounded(true, 16)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("RankingRule.digits");
        assertThat(RankingRule.ofUnrounded(false)).isEqualTo(RankingRule.UNDP_GII);
        assertThat(RankingRule.UNDP_GII.digits()).isEmpty();
        assertThat(RankingRule.UNDP_HDI.digits()).hasValue(3);
        assertThat(RankingRule.UNDP_GII).hasToString("lower first, unrounded");
    }
}
