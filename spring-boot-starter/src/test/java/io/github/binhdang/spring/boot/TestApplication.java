package io.github.binhdang.spring.boot;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.constraints.Percentage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A small application as a user would write it, on the starter's beans. */
@SpringBootApplication
class TestApplication {

    /** A form of the application's own, checked with one of the SDK's constraints. */
    record ShareForm(@NotBlank String area, @Percentage BigDecimal share) {
    }

    @RestController
    static class SubmissionController {

        private final DatasetSubmissions submissions;

        SubmissionController(DatasetSubmissions submissions) {
            this.submissions = submissions;
        }

        /** Accepts a dataset document: 200 with a summary, or the problem with every finding. */
        @PostMapping(path = "/datasets", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> submit(InputStream body) {
            DatasetSubmission submission = submissions.read(body);
            Dataset dataset = submission.orThrow();
            return Map.of("accepted", dataset.size(), "warnings", submission.report().count(Severity.WARNING));
        }

        /** Reads one observation with Boot's own mapper. */
        @PostMapping(path = "/observations", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> observation(@RequestBody Observation observation) {
            return Map.of("key", observation.key().toString());
        }

        /** Checks a form of the application's with Bean Validation. */
        @PostMapping(path = "/shares", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> share(@Valid @RequestBody ShareForm form) {
            return Map.of("area", form.area(), "share", form.share());
        }
    }
}
