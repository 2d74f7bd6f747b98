package dev.apiclients.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of {@code ../shared/DESIGN.md} as tests, over the production classes of every
 * module (this module depends on all of them): the layering between modules, {@code internal}
 * packages kept to their module, and no Feign, Jackson or jsonapi-converter type in a public
 * signature.
 */
class ArchitectureTest {

  /**
   * Production classes only, whether the reactor hands them over as class folders ({@code mvn
   * test}) or as jars ({@code mvn verify}); test folders and test-jars are left out.
   */
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
      .importPackages("dev.apiclients");

  private static final List<String> LIBRARY_PACKAGES = List.of("feign", "com.fasterxml.jackson", "com.github.jasminb");

  @Test
  void theClassesOfEveryModuleAreImported() {
    assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
        .contains("dev.apiclients.http", "dev.apiclients.libib", "dev.apiclients.activeplatform",
            "dev.apiclients.sandbox", "dev.apiclients.examples");
  }

  @Test
  void commonHttpKnowsNeitherApi() {
    noClasses().that().resideInAPackage("dev.apiclients.http..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.apiclients.libib..", "dev.apiclients.activeplatform..", "dev.apiclients.sandbox..",
            "dev.apiclients.examples..")
        .check(CLASSES);
  }

  @Test
  void theApiModulesNeverImportEachOther() {
    noClasses().that().resideInAPackage("dev.apiclients.libib..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.apiclients.activeplatform..", "dev.apiclients.sandbox..", "dev.apiclients.examples..")
        .check(CLASSES);
    noClasses().that().resideInAPackage("dev.apiclients.activeplatform..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "dev.apiclients.libib..", "dev.apiclients.sandbox..", "dev.apiclients.examples..")
        .check(CLASSES);
  }

  @Test
  void internalPackagesStayInsideTheirModule() {
    noClasses().that().resideOutsideOfPackage("dev.apiclients.http..")
        .should().dependOnClassesThat().resideInAPackage("dev.apiclients.http.internal..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackage("dev.apiclients.libib..")
        .should().dependOnClassesThat().resideInAPackage("dev.apiclients.libib.internal..")
        .check(CLASSES);
    noClasses().that().resideOutsideOfPackage("dev.apiclients.activeplatform..")
        .should().dependOnClassesThat().resideInAPackage("dev.apiclients.activeplatform.internal..")
        .check(CLASSES);
  }

  @Test
  void feignInterfacesLiveInInternalPackages() {
    noClasses().that().resideOutsideOfPackages("dev.apiclients.http..", "..internal..")
        .should().dependOnClassesThat().resideInAPackage("feign..")
        .check(CLASSES);
  }

  @Test
  void noLibraryTypeInAPublicSignature() {
    Set<String> leaks = new java.util.TreeSet<>();
    CLASSES.stream()
        .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && !type.getPackageName().contains(".internal"))
        .filter(type -> !type.getPackageName().startsWith("dev.apiclients.examples"))
        .forEach(type -> {
          type.getRawSuperclass().ifPresent(superclass -> check(leaks, type.getName() + " extends", superclass));
          type.getRawInterfaces().forEach(implemented -> check(leaks, type.getName() + " implements", implemented));
          Stream.concat(type.getMethods().stream(), type.getConstructors().stream())
              .filter(ArchitectureTest::isVisibleToUsers)
              .forEach(unit -> signatureTypes(unit).forEach(used -> check(leaks, unit.getFullName(), used)));
          type.getFields().stream().filter(field -> isVisibleToUsers(field))
              .forEach(field -> check(leaks, field.getFullName(), field.getRawType()));
        });
    assertThat(leaks).as("public signatures that expose a Feign, Jackson or jsonapi-converter type").isEmpty();
  }

  private static boolean isVisibleToUsers(JavaCodeUnit unit) {
    Set<JavaModifier> modifiers = unit.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static boolean isVisibleToUsers(JavaField field) {
    Set<JavaModifier> modifiers = field.getModifiers();
    return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
  }

  private static Stream<JavaClass> signatureTypes(JavaCodeUnit unit) {
    return Stream.of(
            Stream.of(unit.getRawReturnType()),
            unit.getRawParameterTypes().stream(),
            unit.getThrowsClause().getTypes().stream(),
            unit.getReturnType().getAllInvolvedRawTypes().stream(),
            unit.getParameters().stream().flatMap(parameter -> parameter.getType().getAllInvolvedRawTypes().stream()))
        .flatMap(types -> types);
  }

  private static void check(Set<String> leaks, String where, JavaClass used) {
    String name = used.getName();
    if (LIBRARY_PACKAGES.stream().anyMatch(name::startsWith)) {
      leaks.add(where + " uses " + name);
    }
  }
}
