package vn.egov.web;

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
    void theRuleCatchesAModuleReachingIntoAnotherModulesInternals() {
        JavaClasses fixture = new ClassFileImporter().importPackages("vn.egov.archfixture");
        AssertionError failure = assertThrows(AssertionError.class,
            () -> ModuleBoundaries.onlyApiPackagesAcrossModules("vn.egov.archfixture").check(fixture));
        assertTrue(failure.getMessage().contains("Intruder"), failure.getMessage());
        assertTrue(!failure.getMessage().contains("PoliteNeighbour"), "using the api package is allowed");
    }
}
