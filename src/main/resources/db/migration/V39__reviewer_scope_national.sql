-- A reviewer sees no trainee until an admin gives a scope; "every trainee" (national) becomes an
-- explicit choice, a row of kind NATIONAL. Reviewers who saw everyone by default keep seeing
-- everyone, now by an explicit row, and the audit log says so.
alter table reviewer_scope drop constraint reviewer_scope_kind_check;
alter table reviewer_scope add constraint reviewer_scope_kind_check
    check (kind in ('REGION', 'ORGANISATION', 'NATIONAL'));

insert into audit_log (occurred_at, actor_label, action, target_type, target_id, before_value,
                       after_value)
select now(), 'system', 'reviewer.scope-set', 'user', r.user_id::text,
       'every trainee (national, given when no scope was set)', 'every trainee (national)'
from user_roles r
where r.role = 'REVIEWER'
  and not exists (select 1 from reviewer_scope s where s.user_id = r.user_id);

insert into reviewer_scope (user_id, kind, value)
select r.user_id, 'NATIONAL', '*'
from user_roles r
where r.role = 'REVIEWER'
  and not exists (select 1 from reviewer_scope s where s.user_id = r.user_id);
