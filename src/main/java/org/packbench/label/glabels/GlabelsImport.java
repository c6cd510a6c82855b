package org.packbench.label.glabels;

import java.util.List;
import org.packbench.i18n.Message;
import org.packbench.label.template.LabelTemplate;

/**
 * A gLabels document as a template to start from, and a note for each thing of it the template
 * does not hold as gLabels had it: left out, changed, or to be checked.
 */
public record GlabelsImport(LabelTemplate template, List<Message> notes) {
    public GlabelsImport {
        notes = List.copyOf(notes);
    }
}
