package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.Message;

/** Every message the package can raise exists in English and Russian, and no text is left over. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/packbench/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(gs1\\.[a-zA-Z0-9.]+)\"");
        Pattern couponField = Pattern.compile("field\\(\"(\\w+)\"");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/packbench/gs1"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file);
                Matcher m = literal.matcher(source);
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
                Matcher f = couponField.matcher(source);
                while (f.find()) {
                    keys.add("gs1.coupon.field." + f.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void englishAndRussianHaveTheSameKeys() throws IOException {
        assertEquals(
                bundle("gs1.properties").stringPropertyNames(),
                bundle("gs1_ru.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndNoOther() throws IOException {
        Set<String> inBundle = new TreeSet<>(bundle("gs1.properties").stringPropertyNames());
        assertEquals(inBundle, keysUsedInCode());
    }

    @Test
    void everyPatternIsAValidMessageFormatAndTheRussianIsInRussian() throws IOException {
        Properties ru = bundle("gs1_ru.properties");
        Properties en = bundle("gs1.properties");
        for (String key : en.stringPropertyNames()) {
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            new MessageFormat(ru.getProperty(key), Locale.forLanguageTag("ru"));
            assertTrue(ru.getProperty(key).chars().anyMatch(c -> c >= 'а' && c <= 'я'), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(ru.getProperty(key)), key);
        }
    }

    @Test
    void theMessageClassFindsTheGs1Bundle() {
        Message m = Message.of("gs1.date.month", "17", 25, "13");
        assertEquals("AI (17), position 25: month 13 is not a month; use 01 to 12", m.english());
        assertEquals(
                "AI (17), позиция 25: месяц 13 — не месяц; допустимо от 01 до 12", m.in(Locale.forLanguageTag("ru")));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile("\\{(\\d)}").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
