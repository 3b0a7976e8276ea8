-- Evidence for a trainee's own CPD record (a certificate of attendance, notes, a reflective
-- account): one file per record, kept with it and removed with it. The kind is worked out from the
-- content when it is uploaded (platform.files.FileKind), never from the name the browser sent.
create table cpd_evidence (
    entry_id     bigint       primary key references cpd_entry (id) on delete cascade,
    file_name    varchar(200) not null,
    media_type   varchar(100) not null,
    size_bytes   integer      not null check (size_bytes > 0),
    sha256       char(64)     not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null default now()
);
