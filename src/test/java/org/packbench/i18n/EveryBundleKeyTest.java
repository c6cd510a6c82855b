package org.packbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle of the app (the domain's in i18n, the screens' in ui) says the same things in
 * English and Russian, with the same blanks, and says nothing the code never asks for.
 */
class EveryBundleKeyTest {
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /**
     * A key built in code from a literal prefix and a code or an enum's name, as
     * {@code "log.status." + status} or {@code "right." + name()}: every key under that prefix counts
     * as used. Only a prefix followed by {@code +} counts, so a {@code startsWith("dac.")} does not.
     */
    private static final Pattern BUILT_KEY_PREFIX =
            Pattern.compile("\"([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)*\\.)\"\\s*\\+");

    @Test
    void everyBundleHasARussianTwinWithTheSameKeysAndTheSameBlanks() throws IOException {
        List<Path> bundles = baseBundles();
        assertEquals(13, bundles.size(), "Message's twelve bundles and the screens' strings: " + bundles);
        for (Path english : bundles) {
            Path russian = russianOf(english);
            assertTrue(Files.exists(russian), "no Russian bundle beside " + english);
            Properties en = load(english);
            Properties ru = load(russian);
            assertEquals(en.stringPropertyNames(), ru.stringPropertyNames(), english + " and " + russian);
            for (String key : en.stringPropertyNames()) {
                assertEquals(
                        placeholders(en.getProperty(key)),
                        placeholders(ru.getProperty(key)),
                        russian.getFileName() + " " + key);
            }
        }
    }

    @Test
    void everyKeyIsAskedForByTheCode() throws IOException {
        String code = allSources();
        Set<String> builtFrom = new TreeSet<>();
        Matcher m = BUILT_KEY_PREFIX.matcher(code);
        while (m.find()) {
            builtFrom.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>();
        for (Path english : baseBundles()) {
            for (String key : load(english).stringPropertyNames()) {
                boolean literal = code.contains("\"" + key + "\"");
                boolean built = builtFrom.stream().anyMatch(key::startsWith);
                if (!literal && !built) {
                    unused.add(english.getFileName() + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), unused, "keys no code asks for (prefixes built in code: " + builtFrom + ")");
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.toString().endsWith(".properties")
                            && !f.toString().endsWith("_ru.properties"))
                    .filter(f -> f.startsWith(RESOURCES.resolve("org/packbench")))
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
        }
    }

    private static String allSources() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    private static Path russianOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_ru.properties"));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
