package vn.egov.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The REST operations the platform declares, read from its WAR: every JAX-RS resource method in
 * the platform's own module JARs, with its HTTP method, full path under /api/v1 and the media
 * types it consumes. Tests compare the OpenAPI document with it, send bad input to each, and
 * fail when an operation is not in their tables, so a new endpoint cannot go untested.
 */
final class ApiOperations {
    static final String BASE = "/api/v1";

    record Operation(String method, String path, List<String> consumes) {
        /** "METHOD /api/v1/path/{param}" with path parameters written without their patterns. */
        String key() {
            return method + " " + path;
        }
    }

    private ApiOperations() {}

    static List<Operation> of(Path war) throws IOException {
        Path dir = Files.createTempDirectory("platform-jars");
        List<URL> jars = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        try (ZipFile zip = new ZipFile(war.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().startsWith("WEB-INF/lib/")
                        && entry.getName().endsWith(".jar")) {
                    Path jar = dir.resolve(entry.getName().substring("WEB-INF/lib/".length()));
                    try (InputStream in = zip.getInputStream(entry)) {
                        Files.copy(in, jar);
                    }
                    try (ZipFile inner = new ZipFile(jar.toFile())) {
                        List<String> own = inner.stream()
                                .map(ZipEntry::getName)
                                .filter(n -> n.startsWith("vn/egov/") && n.endsWith(".class") && !n.contains("$"))
                                .map(n -> n.substring(0, n.length() - 6).replace('/', '.'))
                                .toList();
                        if (!own.isEmpty()) {
                            jars.add(jar.toUri().toURL());
                            classes.addAll(own);
                        }
                    }
                }
            }
        }
        List<Operation> operations = new ArrayList<>();
        try (URLClassLoader loader =
                new URLClassLoader(jars.toArray(URL[]::new), ApiOperations.class.getClassLoader())) {
            for (String name : classes) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (LinkageError | ClassNotFoundException e) {
                    continue;
                }
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String http = httpMethod(method);
                    if (http == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
                    if (consumes == null) {
                        consumes = type.getAnnotation(jakarta.ws.rs.Consumes.class);
                    }
                    operations.add(new Operation(
                            http,
                            normalised(BASE + "/" + root.value() + "/" + (sub == null ? "" : sub.value())),
                            consumes == null ? List.of() : Arrays.asList(consumes.value())));
                }
            }
        }
        operations.sort(Comparator.comparing(Operation::key));
        return operations;
    }

    /** Slashes collapsed, no trailing slash, "{name: pattern}" written "{name}", as OpenAPI writes paths. */
    static String normalised(String path) {
        String p = path.replaceAll("/+", "/").replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    static TreeSet<String> keys(List<Operation> operations) {
        return new TreeSet<>(operations.stream().map(Operation::key).toList());
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
