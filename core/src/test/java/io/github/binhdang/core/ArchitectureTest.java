package io.github.binhdang.core;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Holds the layer order of the core (DESIGN.md, "Layer order inside core"): a package imports only
 * packages below it, never one beside it in its own layer. From the bottom:
 * <ol>
 *   <li>the root exceptions ({@code io.github.binhdang.core}) and the leaf helpers ({@code internal}:
 *       checks, codebooks);</li>
 *   <li>{@code period}, {@code unit}, {@code area}, none importing another;</li>
 *   <li>{@code message}, the one message mechanism (bundles of templates, {@code {name}} placeholders
 *       filled for a locale), above {@code unit} for its number notation and read only by
 *       {@code progress} and {@code validation};</li>
 *   <li>{@code indicator}, and the Bean Validation constraints ({@code constraints}; {@code data}'s keys
 *       carry {@code @Code});</li>
 *   <li>{@code strategy}, {@code data} (with its storage engine, {@code data.internal});</li>
 *   <li>{@code calc}, {@code index};</li>
 *   <li>{@code progress};</li>
 *   <li>{@code validation}, which turns what calculation and progress left out into findings
 *       ({@code CalculationFindings}).</li>
 * </ol>
 * Only {@code data}, {@code calc} and {@code validation} read the storage engine.
 */
@AnalyzeClasses(packages = "io.github.binhdang.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "io.github.binhdang.core";

    @ArchTest
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("base").definedBy(ROOT, ROOT + ".internal")
            .layer("period").definedBy(ROOT + ".period")
            .layer("unit").definedBy(ROOT + ".unit")
            .layer("area").definedBy(ROOT + ".area")
            .layer("message").definedBy(ROOT + ".message")
            .layer("constraints").definedBy(ROOT + ".constraints")
            .layer("indicator").definedBy(ROOT + ".indicator")
            .layer("strategy").definedBy(ROOT + ".strategy")
            .layer("data").definedBy(ROOT + ".data..")
            .layer("calc").definedBy(ROOT + ".calc")
            .layer("index").definedBy(ROOT + ".index")
            .layer("progress").definedBy(ROOT + ".progress")
            .layer("validation").definedBy(ROOT + ".validation")
            .whereLayer("base").mayNotAccessAnyLayer()
            .whereLayer("period").mayOnlyAccessLayers("base")
            .whereLayer("unit").mayOnlyAccessLayers("base")
            .whereLayer("area").mayOnlyAccessLayers("base")
            .whereLayer("message").mayOnlyAccessLayers("base", "unit")
            .whereLayer("constraints").mayOnlyAccessLayers("base", "period", "unit", "area")
            .whereLayer("indicator").mayOnlyAccessLayers("base", "period", "unit", "area")
            .whereLayer("strategy").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints", "indicator")
            .whereLayer("data").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints", "indicator")
            .whereLayer("calc").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints", "indicator",
                    "strategy", "data")
            .whereLayer("index").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints", "indicator",
                    "strategy", "data")
            .whereLayer("progress").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints", "indicator",
                    "strategy", "data", "calc", "index", "message")
            .whereLayer("validation").mayOnlyAccessLayers("base", "period", "unit", "area", "constraints",
                    "indicator", "strategy", "data", "calc", "index", "progress", "message");

    @ArchTest
    static final ArchRule STORAGE_IS_READ_BY_DATA_CALC_AND_VALIDATION_ONLY = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".data..", ROOT + ".calc", ROOT + ".validation")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".data.internal..")
            .because("the storage engine is the data layer's own; calculation and validation read its columns"
                    + " through ObservationColumns");
}
