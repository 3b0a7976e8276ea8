-- Invitations (issue 17): an administrator makes an account without a password and the person
-- is emailed a link to choose one. The link is a password_reset row for that purpose, lasting
-- ccio.invitations.days (7) rather than minutes.
alter table password_reset
    add column purpose varchar(12) not null default 'RESET'
        check (purpose in ('RESET', 'INVITATION'));
