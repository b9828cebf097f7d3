package io.github.binhdang.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.RuleSet;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.BinhdangModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the test application on 127.0.0.1 and a random port, and posts to it over HTTP as a client
 * would. One application context serves every test.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StarterApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper READ = JsonMapper.builder().build();

    // Two observations of ECO-03 (women among directors of enterprises, per cent, 2021-2030 target 2.3)
    // in Sơn La (code 14), which nothing is wrong with.
    private static final String VALID = """
            {"observations":[
            {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"},
            {"indicator":"ECO-03","area":"14","period":"2023","value":26.1,"unit":"percent"}
            ]}""";

    // Line 3: a percentage of 140. Line 4: a fifth quarter. Line 5: "value" misspelt.
    private static final String BROKEN = """
            {"observations":[
            {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"},
            {"indicator":"ECO-03","area":"14","period":"2023","value":140,"unit":"percent"},
            {"indicator":"ECO-03","area":"14","period":"2022-Q5","value":20,"unit":"percent"},
            {"indicator":"ECO-03","area":"14","period":"2024","vlaue":20,"unit":"percent"}
            ]}""";

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper bootMapper;

    @Autowired
    private ValidationContext context;

    @Autowired
    private RuleSet rules;

    @Autowired
    private DatasetValidator validator;

    @Test
    void runsOnTheJacksonAndHibernateValidatorThatBootManages() {
        // Spring Boot 4.0.7 manages Jackson 3.1.4 and Hibernate Validator 9.0.1.Final (its BOM).
        assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo("3.1.4");
        assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo("3.1.4");
        assertThat(HibernateValidator.class.getPackage().getImplementationVersion()).isEqualTo("9.0.1.Final");
    }

    @Test
    void providesTheBeansThePropertiesChoose() {
        assertThat(context.strategy()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("VN-NSGE-2021-2030"));
        assertThat(context.indicator("ECO-03")).isPresent();
        assertThat(context.areas().find("14", java.time.LocalDate.of(2022, 1, 1))).isPresent();
        assertThat(rules).isEqualTo(RuleSet.defaults());
        assertThat(validator.rules()).isEqualTo(rules);
    }

    @Test
    void bootsMapperReadsWithTheSdksLimitsAndModule() {
        assertThat(bootMapper.registeredModules()).anyMatch(m -> BinhdangModule.NAME.equals(m.getModuleName()));
        assertThat(bootMapper.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(BinhdangJson.MAX_NESTING_DEPTH);
        assertThat(bootMapper.tokenStreamFactory().streamReadConstraints().getMaxStringLength())
                .isEqualTo(BinhdangJson.MAX_STRING_LENGTH);
        // The application's own types keep Boot's (and Jackson 3's) lenient default.
        assertThat(bootMapper.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    }

    @Test
    void acceptsAValidSubmission() throws Exception {
        HttpResponse<String> response = post("/datasets", VALID, "vi");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = READ.readTree(response.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("warnings").asInt()).isZero();
    }

    @Test
    void answersABrokenSubmissionWithEveryFindingInVietnamese() throws Exception {
        HttpResponse<String> response = post("/datasets", BROKEN, "vi");
        JsonNode problem = problem(response, "vi");
        assertThat(problem.get("title").asString()).isEqualTo("Dữ liệu gửi lên có lỗi");
        List<JsonNode> findings = findings(problem);
        assertThat(findings).extracting(f -> f.get("code").asString())
                .containsExactly("json.value", "json.unknown", "percentage.range", "change.jump");

        JsonNode period = findings.get(0);
        assertThat(period.get("path").asString()).isEqualTo("observations[2].period");
        assertThat(period.get("index").asInt()).isEqualTo(2);
        assertThat(period.get("line").asInt()).isEqualTo(4);
        assertThat(period.get("column").asInt()).isEqualTo(column(BROKEN, 4, "\"2022-Q5\""));
        // The detail in Vietnamese too, core's wording of the refused period, with no English in it.
        assertThat(period.get("message").asString()).startsWith("Dòng 4, cột ")
                .contains("giá trị tại observations[2].period không hợp lệ: không đọc được kỳ báo cáo '2022-Q5'"
                        + " (lỗi ở ký tự 7)")
                .doesNotContain("cannot", "quarter");

        JsonNode misspelt = findings.get(1);
        assertThat(misspelt.get("path").asString()).isEqualTo("observations[3].vlaue");
        assertThat(misspelt.get("line").asInt()).isEqualTo(5);
        assertThat(misspelt.get("value").asString()).isEqualTo("vlaue");
        assertThat(misspelt.get("message").asString()).contains("định dạng không có thuộc tính observations[3].vlaue");

        JsonNode range = findings.get(2);
        assertThat(range.get("path").asString()).startsWith("observations[1]");
        assertThat(range.get("index").asInt()).isEqualTo(1);
        assertThat(range.get("line").asInt()).isEqualTo(3);
        assertThat(range.get("column").asInt()).isEqualTo(1);
        assertThat(range.get("severity").asString()).isEqualTo("ERROR");
        assertThat(range.get("message").asString()).contains("140").contains("nằm ngoài khoảng 0–100");
        // 25.5 % in 2022 then 140 % in 2023 is a change of (140 - 25.5) / 25.5 = 449 %, over the 50 % of change.jump.
        JsonNode jump = findings.get(3);
        assertThat(jump.get("severity").asString()).isEqualTo("WARNING");
        assertThat(jump.get("index").asInt()).isEqualTo(1);
        assertThat(problem.get("counts").get("ERROR").asInt()).isEqualTo(3);
        assertThat(problem.get("counts").get("WARNING").asInt()).isEqualTo(1);
        assertThat(problem.get("detail").asString()).isEqualTo("4 phát hiện: 3 lỗi, 1 cảnh báo.");
    }

    @Test
    void answersABrokenSubmissionInEnglish() throws Exception {
        HttpResponse<String> response = post("/datasets", BROKEN, "en");
        JsonNode problem = problem(response, "en");
        assertThat(problem.get("title").asString()).isEqualTo("The submitted data has errors");
        List<JsonNode> findings = findings(problem);
        assertThat(findings).extracting(f -> f.get("code").asString())
                .containsExactly("json.value", "json.unknown", "percentage.range", "change.jump");
        assertThat(problem.get("detail").asString()).isEqualTo("4 findings: 3 errors, 1 warning.");
        assertThat(findings.get(0).get("message").asString()).startsWith("Line 4, column ")
                .contains("2022-Q5");
        assertThat(findings.get(1).get("message").asString()).contains("the format has no property observations[3].vlaue");
        assertThat(findings.get(2).get("message").asString()).contains("140").contains("is outside 0–100");
    }

    @Test
    void answersMalformedJsonWithItsLineAndColumn() throws Exception {
        String cut = """
                {"observations":[
                {"indicator":"ECO-03","area":"14","period":"2022","value":25.5,"unit":"percent"},
                {"indicator":"ECO-03",,"area":"14"}
                ]}""";
        for (String language : List.of("vi", "en")) {
            JsonNode problem = problem(post("/datasets", cut, language), language);
            List<JsonNode> findings = findings(problem);
            assertThat(findings).hasSize(1);
            JsonNode syntax = findings.get(0);
            assertThat(syntax.get("code").asString()).isEqualTo("json.syntax");
            assertThat(syntax.get("line").asInt()).isEqualTo(3);
            assertThat(syntax.get("column").asInt()).isEqualTo(column(cut, 3, ",,") + 1);
            assertThat(syntax.get("message").asString())
                    .startsWith(language.equals("vi") ? "Dòng 3, cột " : "Line 3, column ");
        }
    }

    @Test
    void answersABodyBeyondTheReadLimits() throws Exception {
        // A text of 100,001 characters: Jackson's default allows 20,000,000, the SDK's limit is 100,000.
        String big = "{\"indicator\":\"ECO-03\",\"area\":\"14\",\"period\":\"2022\",\"value\":25.5,\"note\":\""
                + "x".repeat(100_001) + "\"}";
        JsonNode problem = problem(post("/observations", big, "vi"), "vi");
        JsonNode finding = findings(problem).get(0);
        assertThat(finding.get("code").asString()).isEqualTo("json.limit");
        assertThat(finding.get("message").asString()).contains("vượt quá giới hạn đọc");
    }

    @Test
    void answersAnEmptyBodyWithAProblemNotA500() throws Exception {
        for (String language : List.of("vi", "en")) {
            JsonNode observation = findings(problem(post("/observations", "", language), language)).get(0);
            assertThat(observation.get("code").asString()).isEqualTo("json.syntax");
            assertThat(observation.get("message").asString())
                    .startsWith(language.equals("vi") ? "Nội dung gửi lên: " : "The request body: ");
            JsonNode dataset = findings(problem(post("/datasets", "", language), language)).get(0);
            assertThat(dataset.get("code").asString()).isEqualTo("json.value");
        }
    }

    @Test
    void bootsMapperRefusesUnknownPropertiesOfTheSdksTypes() throws Exception {
        String ok = "{\"indicator\":\"ECO-03\",\"area\":\"14\",\"period\":\"2022\",\"value\":25.5}";
        HttpResponse<String> accepted = post("/observations", ok, "en");
        assertThat(accepted.statusCode()).isEqualTo(200);

        String misspelt = "{\"indicator\":\"ECO-03\",\"area\":\"14\",\"period\":\"2022\",\"vlaue\":25.5}";
        JsonNode problem = problem(post("/observations", misspelt, "en"), "en");
        JsonNode finding = findings(problem).get(0);
        assertThat(finding.get("code").asString()).isEqualTo("json.unknown");
        assertThat(finding.get("value").asString()).isEqualTo("vlaue");
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        // Jackson reports where its parser stood: within the observation, at or after the property's name.
        assertThat(finding.get("column").asInt()).isBetween(misspelt.indexOf("\"vlaue\"") + 1, misspelt.length());
    }

    @Test
    void beanValidationOfTheSdksConstraintSpeaksTheRequestedLanguage() throws Exception {
        // "extra" is unknown to the application's form, which Boot's mapper skips as before.
        String form = "{\"area\":\"14\",\"share\":140,\"extra\":1}";
        JsonNode vi = findings(problem(post("/shares", form, "vi"), "vi")).get(0);
        assertThat(vi.get("path").asString()).isEqualTo("share");
        assertThat(vi.get("code").asString()).isEqualTo("Percentage");
        assertThat(vi.get("message").asString()).isEqualTo("140 không phải là tỷ lệ phần trăm từ 0 đến 100");
        JsonNode en = findings(problem(post("/shares", form, "en"), "en")).get(0);
        assertThat(en.get("message").asString()).isEqualTo("140 is not a percentage from 0 to 100");
    }

    @Test
    void beanValidationOfJakartasOwnConstraintSpeaksVietnameseToo() throws Exception {
        String form = "{\"area\":\" \",\"share\":40}";
        JsonNode vi = findings(problem(post("/shares", form, "vi"), "vi")).get(0);
        assertThat(vi.get("path").asString()).isEqualTo("area");
        assertThat(vi.get("code").asString()).isEqualTo("NotBlank");
        assertThat(vi.get("message").asString()).isEqualTo("không được để trống");
        JsonNode en = findings(problem(post("/shares", form, "en"), "en")).get(0);
        assertThat(en.get("message").asString()).isEqualTo("must not be blank");
    }

    @Test
    void theApplicationsOwnBundleIsTheOneFoundAtTheRoot() {
        // The premise of the tests above: the application's ValidationMessages.properties is the one a
        // root-level lookup finds, so the SDK's messages cannot come from a root-level bundle.
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("ValidationMessages", java.util.Locale.ROOT);
        assertThat(bundle.getString("app.share.required")).isEqualTo("Give the share of women");
    }

    private HttpResponse<String> post(String path, String json, String language)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(HttpResponse<String> response, String language) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Content-Language")).hasValue(language);
        JsonNode problem = READ.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        return problem;
    }

    private static List<JsonNode> findings(JsonNode problem) {
        List<JsonNode> list = new ArrayList<>();
        problem.get("findings").forEach(list::add);
        assertThat(list).isNotEmpty();
        return list;
    }

    /** The column, from 1, at which a text first occurs on a line (from 1) of a document. */
    private static int column(String document, int line, String text) {
        String row = document.split("\n", -1)[line - 1];
        int at = row.indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return at + 1;
    }
}
