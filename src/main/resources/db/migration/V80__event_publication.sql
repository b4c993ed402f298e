-- Spring Modulith's event publication registry (JPA, completion mode UPDATE): one row per typed event
-- and listener, written in the publishing transaction and completed when the listener succeeded.
-- Rows without completion_date are events a listener has not handled yet (resubmitted on request or on
-- restart, see README "Architecture: modules and events"). The same statements run on H2 and MariaDB.
create table event_publication (
  id               uuid           not null primary key,
  listener_id      varchar(512)   not null,
  event_type       varchar(512)   not null,
  serialized_event varchar(4000)  not null,
  publication_date datetime(6)    not null,
  completion_date  datetime(6)
);
create index ix_event_publication_incomplete on event_publication (completion_date, publication_date);
