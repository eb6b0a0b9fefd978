-- Mail bodies are rendered when a row is read for delivery (or shown), no longer in the transaction of the process
-- step that causes them: a new row keeps the facts its templates need (JSON) and the recipient's name; its bodies stay
-- empty. Rows written before keep their rendered bodies.
alter table outbox_mail add column details varchar(1000000);
alter table outbox_mail add column recipient_name varchar(200);
alter table outbox_mail alter column text_body drop not null;
alter table outbox_mail alter column html_body drop not null;
