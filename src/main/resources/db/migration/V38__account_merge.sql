-- Two accounts of one person merged into one (issue 17): the account that went stays as a
-- disabled row pointing at the one kept, so its audit trail and every record naming it still
-- resolve; its address is freed.
alter table users add column merged_into bigint references users (id);
