-- When the next e-mail to the office about an inquiry is due. NULL: at once (a new inquiry). After a
-- failed attempt the sender backs off (1, 2, 4 … minutes, capped), so a mail server that is down for
-- a while is not asked every minute and the attempts are not used up in ten minutes.
ALTER TABLE inquiries ADD COLUMN notify_after TEXT;

-- The delivery job asks for the few inquiries not yet notified, not for all of them.
CREATE INDEX inquiries_pending_notify ON inquiries (notify_after) WHERE notified_at IS NULL;
