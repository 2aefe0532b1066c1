package vn.egov.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Writes JAX-RS path templates with patterns ({@code requests.{format: json|xml}}) the way
 * OpenAPI templates paths ({@code requests.{format}}), and gives such a parameter its values as
 * an enumeration, so that clients generated from the document call the right address.
 */
public class OpenApiPaths implements OASFilter {
    private static final java.util.regex.Pattern PATTERNED =
            java.util.regex.Pattern.compile("\\{\\s*(\\w+)\\s*:\\s*([^}]*)}");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        Map<String, PathItem> rebuilt = new LinkedHashMap<>();
        for (Map.Entry<String, PathItem> entry : paths.getPathItems().entrySet()) {
            java.util.regex.Matcher patterns = PATTERNED.matcher(entry.getKey());
            while (patterns.find()) {
                String name = patterns.group(1);
                List<Object> values = alternatives(patterns.group(2));
                entry.getValue().getOperations().values().forEach(operation -> {
                    if (operation.getParameters() != null && values != null) {
                        operation.getParameters().stream()
                                .filter(p -> name.equals(p.getName())
                                        && p.getIn() == Parameter.In.PATH
                                        && p.getSchema() != null)
                                .forEach(p -> p.getSchema().setEnumeration(values));
                    }
                });
            }
            String templated = PATTERNED.matcher(entry.getKey()).replaceAll("{$1}");
            PathItem already = rebuilt.get(templated);
            if (already == null) {
                rebuilt.put(templated, entry.getValue());
            } else {
                // the same template written with other spacing: one path, all its operations
                entry.getValue().getOperations().forEach(already::setOperation);
            }
        }
        paths.setPathItems(rebuilt);
    }

    /** "json|xml" as its values; null for a pattern that is not a plain list of words. */
    private static List<Object> alternatives(String pattern) {
        return pattern.strip().matches("\\w+(\\|\\w+)*")
                ? List.of((Object[]) pattern.strip().split("\\|"))
                : null;
    }
}
