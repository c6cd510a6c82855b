package org.packbench.label.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any template the reader accepts, written and read again, is the same template. */
class TemplateWriterPropertiesTest {

    @Property(tries = 10_000)
    void aWrittenTemplateReadsBackAsTheSameTemplate(@ForAll("seeds") long seed) {
        RandomTemplates random = new RandomTemplates(seed);
        LabelTemplate template = random.next();
        String json = new TemplateWriter(RandomTemplates::fileOf).write(template);
        LabelTemplate read = new TemplateReader(random.images()::get).read(json);
        SameTemplate.assertSame(template, read);
        assertEquals(json, new TemplateWriter(RandomTemplates::fileOf).write(read), "writing is stable");
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
