-- What joined the running program: one row per join (a "Parties join" message, its joining date) and one per track
-- or meeting series put into it. The member primary key makes a second insert of the same track or series, from
-- this node or another, fail and roll back together with its message correlation: each starts exactly once.
create table program_join (
    join_id     varchar(64)  primary key,
    program_key varchar(100) not null,
    joins_at    timestamp    not null,
    created_at  timestamp    not null
);

create table program_member (
    program_key       varchar(100)  not null,
    kind              varchar(10)   not null,
    member_id         varchar(100)  not null,
    party             varchar(20)   not null,
    join_id           varchar(64)   not null references program_join (join_id),
    withdrawn_at      timestamp,
    withdrawal_reason varchar(4000),
    primary key (program_key, kind, member_id)
);

create index program_member_join on program_member (join_id);
