-- Visit module: queue tickets per unit, day and service (first version; the kiosk issue deepens it).
create table pst_ticket_sequence (
  unit_code    varchar(10) not null,
  service_day  date        not null,
  service_code varchar(4)  not null,
  last_value   int         not null,
  primary key (unit_code, service_day, service_code)
);

create table pst_queue_ticket (
  id              bigint       not null auto_increment primary key,
  unit_code       varchar(10)  not null,
  service_day     date         not null,
  ticket_number   varchar(16)  not null,
  request_number  varchar(32),
  arrived_at      datetime(6) not null,
  called_at       datetime(6),
  called_by       varchar(64),
  counter_name    varchar(32),
  finished_at     datetime(6),
  constraint uk_queue_ticket unique (unit_code, service_day, ticket_number)
);
