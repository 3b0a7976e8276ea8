-- The Open Badges 3.0 credential of each certificate, as issued: a VC-JWT signed with the
-- issuer's Ed25519 key (kept in app_secret).
alter table certificate add column credential text;
