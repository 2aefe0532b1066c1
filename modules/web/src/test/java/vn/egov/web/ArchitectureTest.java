package vn.egov.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void platformModulesUseEachOtherOnlyThroughTheirApi() {
        JavaClasses platform = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.egov");
        assertTrue(platform.size() > 50, "the kernel and web classes are on the class path: " + platform.size());
        ModuleBoundaries.onlyApiPackagesAcrossModules("vn.egov").check(platform);
    }

    @Test
    void domainCodeDependsOnNeitherPagesNorServicesAndPackagesHaveNoCycles() {
        JavaClasses platform = platform();
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("vn.egov.*.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("vn.egov.*.web..", "vn.egov.*")
                .because("the domain holds the rules; pages and application services use it, not the reverse")
                .check(platform);
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices()
                .matching("vn.egov.(**)")
                .should()
                .beFreeOfCycles()
                .check(platform);
    }

    @Test
    void viewAndSessionBeansAreSerialisableAndKeepTheirServices() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that()
                .areAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                .or()
                .areAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)
                .should()
                .implement(java.io.Serializable.class)
                .check(platform());
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields()
                .that()
                .areAnnotatedWith(jakarta.inject.Inject.class)
                .and()
                .areDeclaredInClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "view or session beans",
                        c -> c.isAnnotatedWith(jakarta.faces.view.ViewScoped.class)
                                || c.isAnnotatedWith(jakarta.enterprise.context.SessionScoped.class)))
                .should()
                .haveModifier(com.tngtech.archunit.core.domain.JavaModifier.TRANSIENT)
                .because("a transient service comes back null when the session moves to another server")
                .check(platform());
    }

    @Test
    void pagesAndFacesConfigUseOnlyTheirModulesAndTheShell() throws java.io.IOException {
        java.util.Map<String, String> beanModule = new java.util.HashMap<>();
        for (com.tngtech.archunit.core.domain.JavaClass bean : platform()) {
            if (bean.isAnnotatedWith(jakarta.inject.Named.class)) {
                String name =
                        bean.getAnnotationOfType(jakarta.inject.Named.class).value();
                if (name.isEmpty()) {
                    name = Character.toLowerCase(bean.getSimpleName().charAt(0))
                            + bean.getSimpleName().substring(1);
                }
                beanModule.put(
                        name,
                        ModuleBoundaries.module("vn.egov", bean.getPackageName())
                                .orElseThrow());
            }
        }
        java.nio.file.Path modules =
                java.nio.file.Path.of("..").toAbsolutePath().normalize();
        beanModule.putAll(PageBoundaries.bundleVariables(modules));
        assertTrue(
                beanModule.containsKey("handleReport")
                        && beanModule.containsKey("shell")
                        && "signing".equals(beanModule.get("sg")),
                beanModule.toString());
        assertEquals(java.util.List.of(), PageBoundaries.violations(modules, beanModule));
        beanModule.put("intruder", "signing");
        java.nio.file.Path fixture =
                java.nio.file.Path.of("src/test/resources/archfixture/modules").toAbsolutePath();
        assertEquals(
                java.util.List.of(
                        "feedback/src/main/resources/META-INF/faces-config.xml: bundle i18n.signing",
                        "feedback/src/main/resources/META-INF/faces-config.xml: class vn.egov.signing.web.Secret",
                        "feedback/src/main/resources/META-INF/resources/feedback/bad.xhtml: bean intruder of signing",
                        "feedback/src/main/resources/META-INF/resources/feedback/bad.xhtml: bean sg of signing"),
                PageBoundaries.violations(fixture, beanModule).stream().sorted().toList(),
                "the check finds each kind of reach");
    }

    @Test
    void theShellLivesInTheKernelAlone() throws java.io.IOException {
        java.nio.file.Path modules =
                java.nio.file.Path.of("..").toAbsolutePath().normalize();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(modules)) {
            java.util.List<String> templates = files.filter(p -> p.toString().contains("/src/main/"))
                    .filter(p -> p.toString().contains("/WEB-INF/templates/")
                            && p.toString().endsWith(".xhtml"))
                    .map(p -> modules.relativize(p).toString().split("/")[0])
                    .distinct()
                    .toList();
            assertEquals(java.util.List.of("kernel"), templates, "the page templates are the kernel's");
        }
        for (String shell : java.util.List.of("Shell", "Login", "Language")) {
            assertEquals(
                    java.util.List.of("vn.egov.kernel.web"),
                    platform().stream()
                            .filter(c -> c.getSimpleName().equals(shell)
                                    && c.getEnclosingClass().isEmpty())
                            .map(com.tngtech.archunit.core.domain.JavaClass::getPackageName)
                            .toList(),
                    shell + " is the shell's");
        }
    }

    private static JavaClasses platform() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.egov");
    }

    @Test
    void theRuleCatchesAModuleReachingIntoAnotherModulesInternals() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.egov.archfixture");
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> ModuleBoundaries.onlyApiPackagesAcrossModules("vn.egov.archfixture")
                        .check(fixture));
        assertTrue(failure.getMessage().contains("Intruder"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("PoliteNeighbour"), "using the api package is allowed");
    }
}
