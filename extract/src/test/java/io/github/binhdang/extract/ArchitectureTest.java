package io.github.binhdang.extract;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the place of extract in DESIGN.md's order of modules: it reads text with the JDK, core's rules and
 * the catalogues of indicators, and nothing else (no JSON, no network, no model).
 */
@AnalyzeClasses(packages = "io.github.binhdang.extract", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule READS_WITH_CORE_AND_THE_CATALOGUES_ONLY = classes()
            .that().resideInAPackage("io.github.binhdang.extract..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify..",
                    "io.github.binhdang.core..", "io.github.binhdang.indicators..", "io.github.binhdang.extract..")
            .because("extract depends on core and indicators only (DESIGN.md, modules)");

    @ArchTest
    static final ArchRule NO_NETWORK = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
            .that().resideInAPackage("io.github.binhdang.extract..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.net.http..")
            .because("the extractor is rule-based and reads nothing at run time (issue 25)");
}
