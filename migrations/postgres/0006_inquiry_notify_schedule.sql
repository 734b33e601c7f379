-- PostgreSQL twin of migrations/sqlite/0006_inquiry_notify_schedule.sql: when the next e-mail to the
-- office about an inquiry is due (NULL: at once); the delivery job reads the pending ones by index.
ALTER TABLE inquiries ADD COLUMN notify_after TEXT;

CREATE INDEX inquiries_pending_notify ON inquiries (notify_after) WHERE notified_at IS NULL;
