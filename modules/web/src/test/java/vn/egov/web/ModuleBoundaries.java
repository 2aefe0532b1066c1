package vn.egov.web;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Optional;

/**
 * The modular monolith's rule: under a root package, every top-level package is a module
 * (root.kernel, root.feedback, ...), and code of one module may use another module only
 * through that module's {@code api} package.
 */
final class ModuleBoundaries {

    private ModuleBoundaries() {}

    static ArchRule onlyApiPackagesAcrossModules(String root) {
        return ArchRuleDefinition.classes()
                .that()
                .resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use other modules only through their api package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        Optional<String> from = module(root, origin.getPackageName());
                        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            Optional<String> to = module(root, target.getPackageName());
                            if (to.isEmpty() || to.equals(from)) {
                                continue;
                            }
                            String api = root + "." + to.get() + ".api";
                            if (!target.getPackageName().equals(api)
                                    && !target.getPackageName().startsWith(api + ".")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .as("modules use each other only through their api packages (under " + root + ")");
    }

    /** The module a package belongs to: the first segment after the root. */
    static Optional<String> module(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return Optional.empty();
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}
