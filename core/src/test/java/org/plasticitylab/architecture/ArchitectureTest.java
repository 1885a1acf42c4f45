package org.plasticitylab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

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

    /** Internals may change at any time, so no public signature outside them may name one. */
    @ArchTest
    static final ArchRule noInternalTypeInAPublicSignature = members()
            .that().arePublic().and().areDeclaredInClassesThat()
            .resideOutsideOfPackage("..internal..")
            .should(new ArchCondition<JavaMember>("name no type of an internal package") {
                @Override
                public void check(JavaMember member, ConditionEvents events) {
                    for (JavaClass type : signatureTypes(member)) {
                        if (type.getPackageName().contains(".internal")) {
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getFullName() + " names " + type.getName()));
                        }
                    }
                }
            });

    /** Every class a member's signature names, type arguments included. */
    private static List<JavaClass> signatureTypes(JavaMember member) {
        List<JavaType> types = new ArrayList<>();
        if (member instanceof JavaField field) {
            types.add(field.getType());
        } else if (member instanceof JavaCodeUnit code) {
            types.add(code.getReturnType());
            code.getParameters().stream().map(JavaParameter::getType).forEach(types::add);
        }
        List<JavaClass> raw = new ArrayList<>();
        types.forEach(t -> raw.addAll(t.getAllInvolvedRawTypes()));
        return raw;
    }
}
