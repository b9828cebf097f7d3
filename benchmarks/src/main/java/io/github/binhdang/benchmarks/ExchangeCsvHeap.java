package io.github.binhdang.benchmarks;

import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.serialization.opensdg.OpenSdgMapping;
import io.github.binhdang.serialization.opensdg.OpenSdgReadResult;
import io.github.binhdang.serialization.opensdg.OpenSdgReader;
import io.github.binhdang.serialization.opensdg.OpenSdgWriter;
import io.github.binhdang.serialization.sdmx.SdmxReadResult;
import io.github.binhdang.serialization.sdmx.SdmxReader;
import io.github.binhdang.serialization.sdmx.SdmxStructure;
import io.github.binhdang.serialization.sdmx.SdmxWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issue 22, SDMX-CSV and Open SDG: the heap that reading a file of 1 million rows needs besides the
 * dataset, shown by reading it in a JVM with a small heap. {@code write DIR N} writes the national dataset
 * of N observations as {@code sdmx.csv} and {@code indicator_5-5-1.csv}; {@code sdmx DIR} and
 * {@code opensdg DIR} read one of them and print the rows and the findings; run each with {@code -Xmx}
 * at the dataset's size (47.4 bytes an observation, {@code DatasetFootprint}) plus the budget's 100 MB:
 * an {@link OutOfMemoryError} means the reader holds more than that.
 */
public final class ExchangeCsvHeap {

    private ExchangeCsvHeap() {
    }

    private static SdmxStructure structure() {
        return SdmxStructure.builder().indicatorDimension("SERIES").areaDimension("REF_AREA")
                .breakdown("SEX", BreakdownDimension.SEX).breakdown("AGE", BreakdownDimension.AGE_GROUP).build();
    }

    private static OpenSdgMapping mapping() {
        OpenSdgMapping.Builder mapping = OpenSdgMapping.builder();
        for (var indicator : NationalData.INDICATORS) {
            mapping.series("5.5.1", indicator.code(), indicator.code());
        }
        return mapping.build();
    }

    /**
     * Writes or reads.
     *
     * @param args  {@code write DIR N}, {@code sdmx DIR} or {@code opensdg DIR}
     * @throws IOException if a file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("write")) {
            NationalData data = NationalData.ofSize(Integer.parseInt(args[2]));
            Files.createDirectories(dir);
            try (Writer w = Files.newBufferedWriter(dir.resolve("sdmx.csv"), StandardCharsets.UTF_8)) {
                SdmxWriter.of(structure(), "VNM:DF_NATIONAL(1.0)").write(data.dataset, w);
            }
            try (Writer w = Files.newBufferedWriter(dir.resolve("indicator_5-5-1.csv"), StandardCharsets.UTF_8)) {
                OpenSdgWriter.of(mapping()).write(data.dataset, "5.5.1", w);
            }
            System.out.println(data.size + " observations written");
            return;
        }
        if (args[0].equals("sdmx")) {
            try (InputStream in = Files.newInputStream(dir.resolve("sdmx.csv"))) {
                SdmxReadResult read = SdmxReader.of(structure()).read(in);
                System.out.println("SDMX-CSV: " + read.rows() + " rows, " + read.dataset().size() + " observations, "
                        + read.report().size() + " findings");
            }
            return;
        }
        OpenSdgReadResult read = OpenSdgReader.of(mapping()).read(dir.resolve("indicator_5-5-1.csv"));
        System.out.println("Open SDG: " + read.rows() + " rows, " + read.dataset().size() + " observations, "
                + read.report().size() + " findings");
    }


}
