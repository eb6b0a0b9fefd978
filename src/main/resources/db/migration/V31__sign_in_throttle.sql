-- Recent wrong passwords, per client address ('client|203.0.113.7') and per client and account
-- ('account|203.0.113.7|jp-desk'), shared by every node: a key with too many failures waits until blocked_until
-- (at most a minute). Rows are forgotten once their last failure is older than the failure window.
create table sign_in_throttle (
    throttle_key    varchar(400) primary key,
    failures        integer      not null,
    last_failure_at timestamp    not null,
    blocked_until   timestamp
);
create index ix_sign_in_throttle_last_failure on sign_in_throttle (last_failure_at);
