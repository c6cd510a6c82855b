package org.packbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence serve says exists in English and in Russian, with the same blanks, and none is left unused. */
class ServeMessagesTest {
    private static final Pattern KEY = Pattern.compile("\"(serve\\.[A-Za-z.]+)\"\\s*[,)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void englishAndRussianHaveTheSameKeysAndTheSameBlanks() throws IOException {
        Properties en = bundle("serve.properties");
        Properties ru = bundle("serve_ru.properties");
        assertEquals(en.stringPropertyNames(), ru.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            new MessageFormat(ru.getProperty(key), Locale.forLanguageTag("ru"));
            assertTrue(ru.getProperty(key).chars().anyMatch(c -> c >= 'а' && c <= 'я'), key);
            assertEquals(placeholders(en.getProperty(key)), placeholders(ru.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyTheServiceUsesIsInTheBundleAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(
                Files.list(Path.of("src/main/java/org/packbench/serve")),
                Stream.of(Path.of("src/main/java/org/packbench/cli/ServeCommand.java")))) {
            for (Path f : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertEquals(new TreeSet<>(bundle("serve.properties").stringPropertyNames()), used);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ServeMessagesTest.class.getResourceAsStream("/org/packbench/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
