-- One row per started program: the primary key makes a second start, from any node, fail and roll back.
create table program_run (
    program_key         varchar(100) primary key,
    process_instance_id varchar(64)  not null,
    started_at          timestamp    not null
);
