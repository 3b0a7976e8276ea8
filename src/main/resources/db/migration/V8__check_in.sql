-- Secrets the application makes for itself on first use (shared by every instance through the
-- database), such as the key that signs the QR check-in codes. Never in the repository.
create table app_secret (
    name       varchar(60) primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);

-- A trainee checks in to a session at most once: one CHECK_IN mark per trainee and session.
create unique index attendance_mark_one_check_in
    on attendance_mark (session_id, user_id) where source = 'CHECK_IN';
