package vn.egov.kernel.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every module's texts test reads in the module's own sources: the bundle keys its Java
 * names, the Vietnamese its string literals hold (outside comments, log calls and audit details),
 * its files and its bundles. Shared by every module's texts test.
 */
public final class SourceTexts {
    /** A letter only Vietnamese uses among the platform's languages: one with Vietnamese diacritics, or đ. */
    public static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * How a descriptor names the keys of its menu entries and home tiles:
     * {@code MenuEntry.of(BUNDLE, Audience.X, "key", ...)} and
     * {@code HomeTile.of(BUNDLE, Audience.X, "title", "text", ...)}.
     */
    public static final List<Pattern> DESCRIPTOR_KEYS = List.of(
            Pattern.compile(
                    "()\\b(?:MenuEntry|HomeTile)\\.of\\(\\s*BUNDLE\\s*,\\s*Audience\\.\\w+\\s*,\\s*\"([^\"]*)\""),
            Pattern.compile(
                    "()\\bHomeTile\\.of\\(\\s*BUNDLE\\s*,\\s*Audience\\.\\w+\\s*,\\s*\"[^\"]*\"\\s*,\\s*\"([^\"]*)\""));

    private SourceTexts() {}

    /**
     * The keys named in the code (comments removed), by the shapes given: each pattern's group 2 is
     * the key, and a non-empty group 1 (a setting's declaration) makes it {@code setting.<key>}.
     */
    public static Set<String> keysUsedIn(String code, List<Pattern> uses) {
        Set<String> keys = new TreeSet<>();
        for (Pattern use : uses) {
            Matcher m = use.matcher(code);
            while (m.find()) {
                keys.add(m.group(1) == null || m.group(1).isEmpty() ? m.group(2) : "setting." + m.group(2));
            }
        }
        return keys;
    }

    /**
     * The string literals and text blocks holding a Vietnamese letter, outside comments, log calls
     * ({@code LOG.x(...)}) and audit details ({@code audit.record(...)}).
     */
    public static List<String> vietnameseLiterals(String source) {
        String code = stripComments(source);
        code = stripCalls(code, Pattern.compile("\\bLOG\\s*\\.\\s*\\w+\\s*\\("));
        code = stripCalls(code, Pattern.compile("\\baudit\\s*\\.\\s*record\\s*\\("));
        List<String> found = new ArrayList<>();
        for (String literal : literals(code)) {
            if (VIETNAMESE_LETTER.matcher(literal).find()) {
                found.add(literal);
            }
        }
        return found;
    }

    /** The code with its comments blanked out, string and character literals kept as they are. */
    public static String stripComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            int end = literalEnd(code, i);
            if (end > i) {
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                i = close < 0 ? code.length() : close + 2;
                out.append(' ');
            } else {
                out.append(code.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The code with every call that starts with {@code start} removed up to its closing parenthesis. */
    private static String stripCalls(String code, Pattern start) {
        StringBuilder out = new StringBuilder(code.length());
        Matcher m = start.matcher(code);
        int from = 0;
        while (m.find(from)) {
            out.append(code, from, m.start());
            int i = m.end();
            int depth = 1;
            while (i < code.length() && depth > 0) {
                int end = literalEnd(code, i);
                if (end > i) {
                    i = end;
                    continue;
                }
                char c = code.charAt(i++);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            from = i;
        }
        out.append(code, from, code.length());
        return out.toString();
    }

    /** The string literals and text blocks of the code, quotes included. */
    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < code.length()) {
            int end = literalEnd(code, i);
            if (end > i) {
                if (code.charAt(i) == '"') {
                    found.add(code.substring(i, end));
                }
                i = end;
            } else {
                i++;
            }
        }
        return found;
    }

    /** Where the string, text block or character literal starting at {@code i} ends; {@code i} when none starts there. */
    private static int literalEnd(String code, int i) {
        char c = code.charAt(i);
        if (c != '"' && c != '\'') {
            return i;
        }
        if (code.startsWith("\"\"\"", i)) {
            int close = i + 3;
            while ((close = code.indexOf("\"\"\"", close)) >= 0 && code.charAt(close - 1) == '\\') {
                close++;
            }
            return close < 0 ? code.length() : close + 3;
        }
        int j = i + 1;
        while (j < code.length() && code.charAt(j) != c && code.charAt(j) != '\n') {
            j += code.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j + 1, code.length());
    }

    public static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    /** A bundle file of the module under test ({@code src/main/resources/i18n/<name>}), read as UTF-8. */
    public static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader =
                Files.newBufferedReader(Path.of("src/main/resources/i18n", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * What is wrong with a module's two bundles ({@code <module>.properties} and
     * {@code <module>_en.properties}): a lone apostrophe in a MessageFormat text (one with
     * {@code {0}}), which MessageFormat swallows, and Vietnamese letters in the English. Empty when
     * nothing is.
     */
    public static List<String> bundleProblems(String module) throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        for (String name : List.of(module + ".properties", module + "_en.properties")) {
            Properties texts = bundle(name);
            for (String key : new java.util.TreeSet<>(texts.stringPropertyNames())) {
                String value = texts.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*") && value.replace("''", "").contains("'")) {
                    problems.add(name + " " + key + " has a lone apostrophe, which MessageFormat swallows");
                }
                if (name.endsWith("_en.properties")
                        && VIETNAMESE_LETTER.matcher(value).find()) {
                    problems.add(key + " is not English: " + value);
                }
            }
        }
        return problems;
    }

    /** The Vietnamese string literals of the module's Java ({@code src/main/java}), but for the files allowed. */
    public static List<String> vietnameseLiteralsOfModule(Set<String> allowedFiles) throws IOException {
        List<String> found = new java.util.ArrayList<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            if (!allowedFiles.contains(source.getFileName().toString())) {
                vietnameseLiterals(Files.readString(source)).forEach(l -> found.add(source.getFileName() + ": " + l));
            }
        }
        return found;
    }

    /**
     * @param module        the keys of its own bundle a module uses
     * @param kernelMissing the kernel's keys ({@code msg['...']}) its pages use that the kernel's bundle lacks
     */
    public record KeysUsed(Set<String> module, Set<String> kernelMissing) {}

    /**
     * The keys a module uses: those its Java names (by the patterns given; an audit action
     * {@code <auditPrefix>.x} counts as {@code audit.<auditPrefix>.x}) and its descriptor names, those
     * its pages name through their bundle variable ({@code pageVariable['...']}), those built from
     * enums ({@code prefix + name}) and each setting's label and help. Keys ending in a dot (a
     * prefix the page completes) are left out.
     */
    public static KeysUsed keysOfModule(
            String auditPrefix,
            List<Pattern> javaKeys,
            String pageVariable,
            java.util.Map<String, List<String>> fromEnums,
            List<vn.egov.kernel.api.SettingDefinition> settings)
            throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            String code = stripComments(Files.readString(source));
            used.addAll(keysUsedIn(code, javaKeys).stream()
                    .map(k -> k.startsWith(auditPrefix + ".") ? "audit." + k : k)
                    .toList());
            used.addAll(keysUsedIn(code, DESCRIPTOR_KEYS));
        }
        Pattern pageKey = Pattern.compile("\\b" + pageVariable + "\\['([^']+)'\\]");
        Pattern kernelPageKey = Pattern.compile("\\bmsg\\['([^']+)'\\]");
        Set<String> kernelKeys = new TreeSet<>();
        for (Path page : files(Path.of("src/main/resources/META-INF/resources"), ".xhtml")) {
            String text = Files.readString(page);
            Matcher m = pageKey.matcher(text);
            while (m.find()) {
                used.add(m.group(1));
            }
            Matcher k = kernelPageKey.matcher(text);
            while (k.find()) {
                kernelKeys.add(k.group(1));
            }
        }
        fromEnums.forEach((prefix, names) -> names.forEach(n -> used.add(prefix + n)));
        for (vn.egov.kernel.api.SettingDefinition d : settings) {
            used.add("setting." + d.key());
            used.add("setting." + d.key() + ".help");
        }
        used.removeIf(key -> key.endsWith("."));
        Properties kernel = new Properties();
        try (var in = SourceTexts.class.getResourceAsStream("/i18n/kernel.properties")) {
            kernel.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        kernelKeys.removeIf(kernel::containsKey);
        return new KeysUsed(used, kernelKeys);
    }
}
