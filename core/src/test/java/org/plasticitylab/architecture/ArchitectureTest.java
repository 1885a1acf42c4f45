package org.plasticitylab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of ARCHITECTURE.md for the core library. */
@AnalyzeClasses(packages = "org.plasticitylab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreHasNoUiCliOrBenchmarkDependencies = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..",
                    "org.jfree..", "picocli..", "org.openjdk.jmh..");

    @ArchTest
    static final ArchRule libraryNeverPrints = noClasses()
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule libraryNeverExits = noClasses()
            .should().callMethod(System.class, "exit", int.class);
}
