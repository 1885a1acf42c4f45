package org.plasticitylab.benchmarks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The benchmarks measure core and nothing else: core &lt;- benchmarks, and they never exit. */
@AnalyzeClasses(packages = "org.plasticitylab", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowTest {
    @ArchTest
    static final ArchRule benchmarksSeeCoreOnly = noClasses()
            .that().resideInAPackage("org.plasticitylab.benchmarks..")
            .should().dependOnClassesThat().resideInAnyPackage("org.plasticitylab.viz..",
                    "org.plasticitylab.cli..", "org.jfree..");

    @ArchTest
    static final ArchRule benchmarksNeverExit = noClasses()
            .that().resideInAPackage("org.plasticitylab.benchmarks..")
            .should().callMethod(System.class, "exit", int.class);
}
