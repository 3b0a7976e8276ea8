-- What more a module asks of the trainee before it is complete, as written in its header
-- ("activity: rate-a-clinical-system", issue 24); null for most modules.
alter table module add column activity varchar(40)
    check (activity is null or activity in ('rate-a-clinical-system'));
