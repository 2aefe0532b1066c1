package vn.egov.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The module rule for what Java's class files do not show: the bean names a module's pages use in
 * EL, and the classes and bundles its faces-config names. A module's pages may use its own beans
 * and the shell's (the kernel's page beans: shell, login, language, places...); never another
 * business module's.
 */
final class PageBoundaries {
    private static final Pattern EL_ROOT = Pattern.compile("[#$]\\{\\s*!?\\s*([a-zA-Z_][a-zA-Z0-9_]*)");
    private static final Pattern FACES_CLASS = Pattern.compile("<[a-z-]*class>\\s*([\\w.$]+)\\s*</[a-z-]*class>");
    private static final Pattern FACES_BUNDLE = Pattern.compile("<base-name>\\s*([\\w.]+)\\s*</base-name>");

    private PageBoundaries() {}

    /**
     * Where a page reaches into another module: "file: name" for each EL root that is another business
     * module's bean, each faces-config class of another module, each bundle of another module.
     *
     * @param modulesDir the folder holding modules/kernel, modules/feedback...
     * @param beanModule each named bean's module (the kernel's beans are the shell's)
     */
    static List<String> violations(Path modulesDir, Map<String, String> beanModule) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(modulesDir)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String name = module.getFileName().toString();
                Path resources = module.resolve("src/main/resources/META-INF");
                if (!Files.isDirectory(resources)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(resources)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(file);
                        if (file.toString().endsWith(".xhtml")) {
                            Matcher m = EL_ROOT.matcher(text);
                            while (m.find()) {
                                String owner = beanModule.get(m.group(1));
                                if (owner != null && !owner.equals(name) && !owner.equals("kernel")) {
                                    found.add(modulesDir.relativize(file) + ": bean " + m.group(1) + " of " + owner);
                                }
                            }
                        } else if (file.getFileName().toString().equals("faces-config.xml")) {
                            found.addAll(foreign(FACES_CLASS, text, name, modulesDir.relativize(file), "class", 2));
                            found.addAll(foreign(FACES_BUNDLE, text, name, modulesDir.relativize(file), "bundle", 1));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** The resource-bundle variables each module's faces-config declares (fb: feedback), as EL roots of that module. */
    static Map<String, String> bundleVariables(Path modulesDir) throws IOException {
        Map<String, String> variables = new java.util.HashMap<>();
        Pattern declared = Pattern.compile("<base-name>\\s*i18n\\.(\\w+)\\s*</base-name>\\s*<var>\\s*(\\w+)\\s*</var>");
        try (Stream<Path> modules = Files.list(modulesDir)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path config = module.resolve("src/main/resources/META-INF/faces-config.xml");
                if (Files.isRegularFile(config)) {
                    Matcher m = declared.matcher(Files.readString(config));
                    while (m.find()) {
                        variables.put(m.group(2), m.group(1));
                    }
                }
            }
        }
        return variables;
    }

    /** Names of vn.egov classes (segment 2 is the module) or i18n bundles (segment 1) of another business module. */
    private static List<String> foreign(
            Pattern pattern, String text, String module, Path file, String what, int segment) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String[] parts = m.group(1).split("\\.");
            boolean ours = parts[0].equals("vn") || parts[0].equals("i18n");
            if (ours && parts.length > segment) {
                String owner = parts[segment];
                boolean api = parts.length > segment + 1 && parts[segment + 1].equals("api");
                if (!owner.equals(module)
                        && !owner.startsWith(module + "_")
                        && !Set.of("kernel", "web").contains(owner)
                        && !api) {
                    found.add(file + ": " + what + " " + m.group(1));
                }
            }
        }
        return found;
    }
}
