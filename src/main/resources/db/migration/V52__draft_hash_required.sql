-- Every version has its content hash from now on (V51 filled the older ones).
alter table draft_version alter column content_hash set not null;
