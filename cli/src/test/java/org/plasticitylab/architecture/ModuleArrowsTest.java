package org.plasticitylab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module arrows of ARCHITECTURE.md over the classes of core, viz and cli together (this
 * module sees all three): core &lt;- viz &lt;- cli, never back. The benchmarks module checks
 * its own arrow.
 */
@AnalyzeClasses(packages = "org.plasticitylab", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {
    private static final String VIZ = "org.plasticitylab.viz..";
    private static final String CLI = "org.plasticitylab.cli..";
    private static final String BENCHMARKS = "org.plasticitylab.benchmarks..";

    @ArchTest
    static final ArchRule coreSeesNeitherVizNorCli = noClasses()
            .that().resideOutsideOfPackages(VIZ, CLI, BENCHMARKS)
            .should().dependOnClassesThat().resideInAnyPackage(VIZ, CLI, BENCHMARKS);

    @ArchTest
    static final ArchRule vizDoesNotSeeTheCli = noClasses()
            .that().resideInAPackage(VIZ)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, BENCHMARKS);
}
