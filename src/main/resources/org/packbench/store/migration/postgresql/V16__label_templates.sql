-- Issue 20, saving the designer's work: label templates kept in the database, every version of
-- each (drafts and those saved for use), so that every bench uses the supervisor's latest one and
-- a reprint can be made with the very version its label was issued with. A version number is
-- never given twice for one template: the primary key refuses it on any bench sharing the
-- database. for_use is 1 for a template that passed the designer's checks, 0 for a draft. json
-- is the template as label-templates/ holds it (TemplateWriter's).
CREATE TABLE label_template (
    template_id TEXT    NOT NULL,
    version     INTEGER NOT NULL CHECK (version >= 1),
    for_use     INTEGER NOT NULL CHECK (for_use IN (0, 1)),
    json        TEXT    NOT NULL,
    saved_by    TEXT    NOT NULL,
    saved_at    TEXT    NOT NULL,
    PRIMARY KEY (template_id, version)
);

-- The template version a label was issued with, and the one each log entry names (0: the
-- template bundled with PackBench, as every label before V16 was).
ALTER TABLE label ADD COLUMN template_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE log_entry ADD COLUMN template_version INTEGER NOT NULL DEFAULT 0;
