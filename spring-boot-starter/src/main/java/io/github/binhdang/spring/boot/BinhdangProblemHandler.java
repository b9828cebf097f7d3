package io.github.binhdang.spring.boot;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.json.JsonReadFindings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * Answers bad data with HTTP 400 and an RFC 9457 problem detail ({@code application/problem+json})
 * in the language of the request's {@code Accept-Language}: Vietnamese for {@code vi}, English
 * otherwise. It answers a {@link ValidationReportException}, a request body that is not readable JSON
 * (Spring's {@link HttpMessageNotReadableException}, with Jackson's error inside) and a {@code @Valid}
 * body that breaks its constraints ({@link MethodArgumentNotValidException}).
 *
 * <p>The problem's {@code findings} member lists every finding in order, each an object of
 * {@code code}, {@code severity}, {@code message} (in the requested language), {@code path} (from the
 * root of the body, such as {@code observations[3].period}, or the field of a {@code @Valid} bean),
 * {@code subject}, and where known {@code index} (the observation's position, from 0),
 * {@code line} and {@code column} in the body, and {@code value}; {@code counts} gives the number
 * of errors, warnings and information. For example, for {@code Accept-Language: vi}:
 * <pre>
 * HTTP/1.1 400
 * Content-Type: application/problem+json
 * Content-Language: vi
 *
 * {"type": "about:blank", "title": "Dữ liệu gửi lên có lỗi", "status": 400,
 *  "detail": "1 phát hiện: 1 lỗi, 0 cảnh báo.", "instance": "/datasets",
 *  "findings": [{"code": "percentage.range", "severity": "ERROR", "path": "observations[1].value",
 *                "subject": "...", "index": 1, "line": 3, "column": 1, "value": "140",
 *                "message": "140 % nằm ngoài khoảng 0–100 của một tỷ lệ phần trăm"}],
 *  "counts": {"ERROR": 1, "WARNING": 0, "INFO": 0}}
 * </pre>
 *
 * <p>It runs before Spring Boot's own problem details handler, so JSON read errors never come out as
 * Jackson's English text nor as a 500. An application replaces it by defining a bean of this type, or
 * turns it off with {@code binhdang.web.problem-details=false}.
 *
 * @implSpec This class is stateless and thread-safe.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
public class BinhdangProblemHandler {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final BilingualText REPORT_TITLE = BilingualText.of("Dữ liệu gửi lên có lỗi",
            "The submitted data has errors");
    private static final BilingualText JSON_TITLE = BilingualText.of("Không đọc được dữ liệu JSON gửi lên",
            "The submitted JSON cannot be read");
    private static final BilingualText BEAN_TITLE = BilingualText.of("Dữ liệu gửi lên không hợp lệ",
            "The submitted data is not valid");

    /**
     * Creates the handler; the auto-configuration does this.
     */
    public BinhdangProblemHandler() {
    }

    /**
     * Answers a validation report.
     *
     * @param e       the exception carrying the report, not null
     * @param locale  the request's locale, not null
     * @return HTTP 400 with the problem detail, not null
     */
    @ExceptionHandler(ValidationReportException.class)
    public ResponseEntity<ProblemDetail> report(ValidationReportException e, Locale locale) {
        return answer(REPORT_TITLE, e.report(), locale);
    }

    /**
     * Answers a request body that cannot be read: malformed JSON, a broken limit, a property the
     * format does not know, a value of the wrong type or one the model refuses.
     *
     * @param e       Spring's exception, not null
     * @param locale  the request's locale, not null
     * @return HTTP 400 with the problem detail, not null
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        JacksonException jackson = jacksonCause(e);
        Finding finding = jackson != null ? JsonReadFindings.of(jackson)
                : JsonReadFindings.unreadable("the request body is missing or is not JSON");
        return answer(JSON_TITLE, ValidationReport.of(List.of(finding)), locale);
    }

    /**
     * Answers a {@code @Valid} request body that breaks its constraints. The messages are Bean
     * Validation's, which Spring has already put in the request's language.
     *
     * @param e       Spring's exception, not null
     * @param locale  the request's locale, not null
     * @return HTTP 400 with the problem detail, not null
     */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, Locale locale) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (ObjectError error : e.getBindingResult().getAllErrors()) {
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("code", error.getCode() == null ? "constraint" : error.getCode());
            finding.put("severity", Severity.ERROR.name());
            finding.put("path", error instanceof FieldError field ? field.getField() : "");
            finding.put("subject", error.getObjectName());
            if (error instanceof FieldError field && field.getRejectedValue() != null) {
                finding.put("value", String.valueOf(field.getRejectedValue()));
            }
            finding.put("message", error.getDefaultMessage() == null ? "" : error.getDefaultMessage());
            findings.add(finding);
        }
        int n = findings.size();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(BEAN_TITLE.in(language(locale)));
        problem.setDetail(isVietnamese(locale) ? n + " lỗi." : n + (n == 1 ? " error." : " errors."));
        problem.setProperty("findings", findings);
        problem.setProperty("counts", Map.of(Severity.ERROR.name(), n, Severity.WARNING.name(), 0,
                Severity.INFO.name(), 0));
        return respond(problem, locale);
    }

    /**
     * Renders a report as a problem detail in a language.
     *
     * @param report  the report, not null
     * @param locale  the language: Vietnamese for {@code vi}, English otherwise, not null
     * @return the problem detail, HTTP 400, not null
     */
    public static ProblemDetail problem(ValidationReport report, Locale locale) {
        return problem(REPORT_TITLE, report, locale);
    }

    private static ResponseEntity<ProblemDetail> answer(BilingualText title, ValidationReport report, Locale locale) {
        return respond(problem(title, report, locale), locale);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, isVietnamese(locale) ? "vi" : "en")
                .body(problem);
    }

    private static ProblemDetail problem(BilingualText title, ValidationReport report, Locale locale) {
        Locale language = language(locale);
        List<Map<String, Object>> findings = new ArrayList<>(report.size());
        for (Finding f : report.findings()) {
            findings.add(render(f, language));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s.name(), report.count(s));
        }
        int errors = report.count(Severity.ERROR);
        int warnings = report.count(Severity.WARNING);
        String detail = isVietnamese(locale)
                ? report.size() + " phát hiện: " + errors + " lỗi, " + warnings + " cảnh báo."
                : report.size() + (report.size() == 1 ? " finding: " : " findings: ") + errors
                        + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning." : " warnings.");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title.in(language));
        problem.setProperty("findings", findings);
        problem.setProperty("counts", counts);
        return problem;
    }

    private static Map<String, Object> render(Finding f, Locale language) {
        Location at = f.location();
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("code", f.code());
        finding.put("severity", f.severity().name());
        finding.put("path", path(at));
        finding.put("subject", at.subject());
        at.index().ifPresent(i -> finding.put("index", i));
        at.line().ifPresent(l -> finding.put("line", l));
        at.column().ifPresent(c -> finding.put("column", c));
        if (!f.value().isEmpty()) {
            finding.put("value", f.value());
        }
        finding.put("message", f.message(language));
        return finding;
    }

    /** The path from the root of a dataset document: the observation by position, then the field. */
    private static String path(Location at) {
        if (at.index().isEmpty()) {
            return at.path();
        }
        String observation = "observations[" + at.index().getAsInt() + "]";
        if (at.path().isEmpty()) {
            return observation;
        }
        return at.path().startsWith("[") ? observation + at.path() : observation + "." + at.path();
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(locale.getLanguage());
    }

    private static Locale language(Locale locale) {
        return isVietnamese(locale) ? VIETNAMESE : Locale.ENGLISH;
    }

    private static @Nullable JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }
}
