package org.plasticitylab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
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
import org.plasticitylab.network.Network;

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

    /**
     * A network hands out no array of its own: callers could write a weight past its bounds or
     * a flag without the index of present slots (the engine's passes read the arrays through
     * internals).
     */
    @ArchTest
    static final ArchRule aNetworkHandsOutNoArray = methods()
            .that().arePublic().and().areDeclaredIn(Network.class)
            .should(new ArchCondition<JavaMethod>("return no array") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    if (method.getRawReturnType().isArray()) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns an array"));
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
