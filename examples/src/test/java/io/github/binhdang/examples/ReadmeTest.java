package io.github.binhdang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md's quick start compiles as printed, imports included, against the published modules, and
 * prints what its comment says; its install section names the BOM and every published module.
 */
class ReadmeTest {

    private static final Path README = Path.of("..", "README.md");

    private static String section(String text, String heading) {
        int start = text.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README section " + heading).isNotNegative();
        int end = text.indexOf("\n## ", start + 4);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String firstBlock(String section, String language) {
        int open = section.indexOf("```" + language + "\n");
        assertThat(open).as("a ```" + language + " block").isNotNegative();
        int from = open + language.length() + 4;
        return section.substring(from, section.indexOf("```", from));
    }

    /** The class and module path the tests run with, for the compiler. */
    private static String classPath() {
        return Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
                .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
                .filter(p -> !p.isEmpty())
                .distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void theQuickStartCompilesAsPrintedAndPrintsWhatItSays(@TempDir Path dir) throws Exception {
        String code = firstBlock(section(Files.readString(README), "Quick start"), "java");
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            (line.startsWith("import ") ? imports : body).append(line).append('\n');
        }
        assertThat(imports).as("the quick start's imports").isNotEmpty();
        Path source = dir.resolve("QuickStart.java");
        Files.writeString(source, imports + "\npublic class QuickStart {\n    public static void main(String[] args) {\n"
                + body + "    }\n}\n");

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("-classpath", classPath(), "-d", dir.toString(), "-proc:none",
                    "--release", "17");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source.toFile())).call();
            assertThat(compiled).as(diagnostics.getDiagnostics().toString()).isTrue();
        }

        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ReadmeTest.class.getClassLoader())) {
            Method main = loader.loadClass("QuickStart").getMethod("main", String[].class);
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        // 384 / 2,539 × 100 = 15.1241…, half-up to 2 decimals: 15.12, written 15,12 in Vietnamese.
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("15,12 %" + System.lineSeparator());
    }

    @Test
    void theInstallSectionImportsTheBomAndNamesEveryPublishedModule() throws IOException {
        String install = firstBlock(section(Files.readString(README), "Install"), "xml");
        assertThat(install).contains("<artifactId>binhdang-bom</artifactId>", "<type>pom</type>", "<scope>import</scope>");
        List<String> missing = new ArrayList<>();
        for (String artifact : BomTest.publishedArtifacts()) {
            if (!artifact.equals("binhdang-spring-boot-starter") && !install.contains("<artifactId>" + artifact + "</artifactId>")) {
                missing.add(artifact);
            }
        }
        assertThat(missing).as("published modules the install section does not show").isEmpty();
    }
}
