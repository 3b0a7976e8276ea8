-- Throttling of sign-in, registration and password forms (issue 15, ASVS 2.2.1): how many times a
-- key (a client address, its network, or an email address from one address) was counted in a
-- fixed window. Kept in the database so every instance counts together. Unlogged: losing the
-- counts in a crash only forgives the attempts of the last minutes.
create unlogged table throttle_count (
    bucket       varchar(40)  not null,
    key          varchar(400) not null,
    window_start timestamptz  not null,
    hits         integer      not null,
    primary key (bucket, key, window_start)
);
create index throttle_count_window_idx on throttle_count (window_start);
