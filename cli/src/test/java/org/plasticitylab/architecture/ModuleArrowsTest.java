package org.plasticitylab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module arrows of ARCHITECTURE.md over the classes of core, viz, web and cli together (this
 * module sees all four): core &lt;- viz &lt;- cli and core &lt;- web &lt;- cli, never back. The
 * benchmarks module checks its own arrow.
 */
@AnalyzeClasses(packages = "org.plasticitylab", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {
    private static final String VIZ = "org.plasticitylab.viz..";
    private static final String CLI = "org.plasticitylab.cli..";
    private static final String BENCHMARKS = "org.plasticitylab.benchmarks..";
    private static final String WEB = "org.plasticitylab.web..";

    @ArchTest
    static final ArchRule coreSeesNeitherVizNorCli = noClasses()
            .that().resideOutsideOfPackages(VIZ, CLI, BENCHMARKS, WEB)
            .should().dependOnClassesThat().resideInAnyPackage(VIZ, CLI, BENCHMARKS, WEB);

    @ArchTest
    static final ArchRule vizDoesNotSeeTheCli = noClasses()
            .that().resideInAPackage(VIZ)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, BENCHMARKS, WEB);

    @ArchTest
    static final ArchRule webSeesOnlyCore = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(VIZ, CLI, BENCHMARKS);
}
