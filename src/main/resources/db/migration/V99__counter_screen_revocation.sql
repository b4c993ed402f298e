-- Per counter: visitor-screen pairings issued before this moment are refused (the officer's "Cabut layar lama" on the
-- counter page: a lost tablet or a leaked pairing link no longer follows that counter's visitors). Portable SQL for
-- H2 and MariaDB 10.11+.
create table pst_counter_screen_revocation (
  unit_code      varchar(10)  not null,
  counter_name   varchar(50)  not null,
  revoked_before timestamp    not null,
  revoked_by     varchar(64)  not null,
  primary key (unit_code, counter_name)
);
