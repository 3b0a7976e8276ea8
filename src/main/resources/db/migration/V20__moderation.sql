-- Second marking (issue 4): an assignment may be moderated. Its work then gets a first mark, a
-- second mark from another tutor, and the agreed mark, each kept; the agreed mark is the one
-- released. Without moderation every mark is a first mark, the newest standing.
alter table assignment add column moderated boolean not null default false;
alter table grade add column kind varchar(6) not null default 'FIRST'
    check (kind in ('FIRST', 'SECOND', 'AGREED'));
