-- Reads of named data are audited too (who looked at or exported which records, and how many
-- rows), and the audit log is filtered by action and person.
alter table audit_log add column row_count integer;
create index audit_log_action_idx on audit_log (action, occurred_at desc);
create index audit_log_target_user_idx on audit_log (target_id, occurred_at desc)
    where target_type = 'user';
