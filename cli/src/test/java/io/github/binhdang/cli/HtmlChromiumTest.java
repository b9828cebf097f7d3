package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.cli.chart.Charts;
import io.github.binhdang.core.progress.ProgressStatus;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML scorecard rendered by a real browser: headless Chromium takes a screenshot of the sample's
 * scorecard, and the picture must not be blank: text and the status chart's coloured bars are on it.
 *
 * <p>Off by default: run with the Maven profile {@code chromium}
 * ({@code mvn -B -P chromium -pl cli -am test -Dtest=HtmlChromiumTest -Dsurefire.failIfNoSpecifiedTests=false}),
 * as .ci/run does; skipped when {@code chromium} is not installed ({@code apt-get install chromium}).
 */
@EnabledIfSystemProperty(named = "binhdang.chromium", matches = "true")
class HtmlChromiumTest {

    @TempDir
    Path dir;

    private static String chromium() {
        for (String name : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(name))) {
                return name;
            }
        }
        return "";
    }

    @Test
    void theScorecardRendersInChromium() throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(!chromium.isEmpty(), "chromium is not installed: apt-get install chromium");
        Path html = dir.resolve("scorecard.html");
        assertThat(Run.of("scorecard", Run.sample().toString(), "--lang", "vi", "--html", html.toString()).code())
                .isEqualTo(Main.FINDINGS);
        Path png = dir.resolve("scorecard.png");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + dir.resolve("profile"),
                "--screenshot=" + png, "--window-size=1000,1400", html.toUri().toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished in 2 minutes").isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(1400);
        long dark = 0;
        int[] bars = new int[ProgressStatus.values().length];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                    dark++;
                }
                for (ProgressStatus s : ProgressStatus.values()) {
                    Color bar = Charts.STATUS_COLOURS.get(s.ordinal());
                    if (Math.abs(c.getRed() - bar.getRed()) + Math.abs(c.getGreen() - bar.getGreen())
                            + Math.abs(c.getBlue() - bar.getBlue()) < 12) {
                        bars[s.ordinal()]++;
                    }
                }
            }
        }
        // Text: at least 1 % of the picture is dark; every status's bar shows (each at least 100 pixels).
        assertThat(dark).isGreaterThan(image.getWidth() * image.getHeight() / 100);
        for (ProgressStatus s : ProgressStatus.values()) {
            assertThat(bars[s.ordinal()]).as(s.name()).isGreaterThan(100);
        }
    }
}
