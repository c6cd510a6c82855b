package org.packbench.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.packbench.ui.model.UiText;

/**
 * Every sentence of every bundle, in English and Russian, comes out as written: each {n} is
 * replaced by its argument and each '' becomes one apostrophe. A lone apostrophe in a pattern
 * makes MessageFormat swallow the rest ("the exports head hash is {0}"); this test finds it.
 */
class EveryMessageRendersTest {
    private static final Path I18N = Path.of("src/main/resources/org/packbench/i18n");
    private static final Path UI = Path.of("src/main/resources/org/packbench/ui");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyDomainMessageRendersWithItsArgumentsInBothLanguages() throws IOException {
        int checked = 0;
        for (Path english : baseBundles(I18N)) {
            checked += renderAll(english, Locale.ENGLISH, (key, args) -> Message.of(key, args)
                    .in(Locale.ENGLISH));
            checked += renderAll(
                    russianOf(english), RU, (key, args) -> Message.of(key, args).in(RU));
        }
        assertTrue(checked > 700, "all seven bundles in two languages were read: " + checked);
    }

    @Test
    void everyScreenTextRendersWithItsArgumentsInBothLanguages() throws IOException {
        UiText en = new UiText(Locale.ENGLISH);
        UiText ru = new UiText(RU);
        int checked = renderAll(UI.resolve("strings.properties"), Locale.ENGLISH, en::get)
                + renderAll(UI.resolve("strings_ru.properties"), RU, ru::get);
        assertTrue(checked > 300, "both screen bundles were read: " + checked);
    }

    @Test
    void theLogExportHeadMessageKeepsItsApostropheAndItsHash() {
        assertEquals(
                "the export's head hash is abc, the log's now def: the chain was rebuilt",
                Message.of("log.against.head", "abc", "def").english());
    }

    /** Renders each key of {@code file} with arguments ‹0›, ‹1›…; returns how many keys were checked. */
    private static int renderAll(Path file, Locale locale, BiFunction<String, Object[], String> render)
            throws IOException {
        Properties patterns = load(file);
        for (String key : patterns.stringPropertyNames()) {
            String pattern = patterns.getProperty(key);
            Object[] args = sampleArguments(pattern);
            String rendered = render.apply(key, args);
            String where = file.getFileName() + " " + key + " (" + locale + ")";
            assertFalse(PLACEHOLDER.matcher(rendered).find(), where + " left a placeholder: " + rendered);
            assertEquals(expected(pattern), rendered, where);
        }
        return patterns.size();
    }

    private static Object[] sampleArguments(String pattern) {
        int count = 0;
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = "‹" + i + "›";
        }
        return args;
    }

    /** What a reader should see: the pattern with each {n} filled in and each '' as one apostrophe. */
    private static String expected(String pattern) {
        return PLACEHOLDER.matcher(pattern.replace("''", "'")).replaceAll("‹$1›");
    }

    private static List<Path> baseBundles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> english = new ArrayList<>(files.filter(f -> f.toString().endsWith(".properties")
                            && !f.toString().endsWith("_ru.properties"))
                    .sorted()
                    .toList());
            assertEquals(12, english.size(), "the bundles Message looks in: " + english);
            return english;
        }
    }

    private static Path russianOf(Path english) {
        return english.resolveSibling(english.getFileName().toString().replace(".properties", "_ru.properties"));
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        assertFalse(p.isEmpty(), file.toString());
        return p;
    }
}
