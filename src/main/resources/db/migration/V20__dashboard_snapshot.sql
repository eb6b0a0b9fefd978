-- The program dashboard as last computed (one row), shared by every node; see dashboard.SnapshotStore.
create table dashboard_snapshot (
    id            integer   primary key,
    computed_at   timestamp,
    claimed_until timestamp,
    body          text
);

insert into dashboard_snapshot (id) values (1);
