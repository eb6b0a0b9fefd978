-- Each redline computed once per version pair (versions never change), shared by every node. outcome DONE keeps
-- the lines as JSON; TOO_COMPLEX records that no redline was found within the time budget, so it is not tried again.
create table draft_redline (
    track_id     varchar(100) not null,
    from_version integer      not null,
    to_version   integer      not null,
    outcome      varchar(20)  not null,
    lines        text,
    computed_at  timestamp    not null,
    constraint pk_draft_redline primary key (track_id, from_version, to_version)
);
