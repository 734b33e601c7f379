-- Decisions of staff on the findings of the data-quality check (`partnerportal check`, the review
-- queue of the workbench). One row per decision; a finding's decisions are its history.
--
-- A finding is named by its stable key (check, record and field: `country-mismatch:body/tillaberi:country`)
-- and the fingerprint of the value it objected to. A dismissal holds for that value only: when the
-- value changes, the fingerprint changes and the finding is raised again.
--
-- The record is named by kind and slug, not by a foreign key: a decision outlives the record's
-- deletion, as the audit trail does. Every decision also has its audit entry (entity 'finding',
-- entity_id = this table's id), written in the same transaction.
CREATE TABLE quality_reviews (
    id INTEGER PRIMARY KEY,
    finding_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    check_id TEXT NOT NULL,
    record_kind TEXT NOT NULL CHECK (record_kind IN ('body', 'partnership')),
    record_slug TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('accepted', 'corrected', 'dismissed')),
    -- Required for a dismissal: why the finding does not apply.
    reason TEXT CHECK (decision <> 'dismissed' OR (reason IS NOT NULL AND length(trim(reason)) > 0)),
    actor TEXT NOT NULL,
    actor_label TEXT NOT NULL,
    decided_at TEXT NOT NULL
);

-- The check asks, for every finding, whether it was dismissed.
CREATE INDEX quality_reviews_finding ON quality_reviews (finding_key, fingerprint, decision);
