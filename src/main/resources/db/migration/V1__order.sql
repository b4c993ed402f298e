-- Order module: the sale request (permintaan), its lines and its audit trail.
-- Portable SQL for H2 (embedded default) and MariaDB 10.11+ (production, integration tests).
-- Times are stored in UTC.

create table pst_request_sequence (
  unit_code   varchar(10) not null,
  seq_year    int         not null,
  last_value  bigint      not null,
  primary key (unit_code, seq_year)
);

create table pst_sale_request (
  id                   bigint       not null auto_increment primary key,
  request_number       varchar(32)  not null,
  unit_code            varchar(10)  not null,
  process_instance_id  varchar(64),
  visitor_name         varchar(120) not null,
  visitor_email        varchar(254) not null,
  visitor_phone        varchar(32),
  identity_type        varchar(16)  not null,
  identity_number      varchar(32)  not null,
  institution          varchar(200),
  user_category        varchar(40)  not null,
  purpose              varchar(1000),
  commercial           boolean      not null default false,
  ticket_number        varchar(16),
  status               varchar(32)  not null,
  status_reason        varchar(1000),
  schedule_code        varchar(40),
  legal_basis          varchar(300),
  total_amount         bigint,
  zero_tariff          boolean      not null default false,
  created_at           datetime(6) not null,
  updated_at           datetime(6) not null,
  row_version          int          not null default 0,
  constraint uk_sale_request_number unique (request_number)
);

create table pst_order_line (
  id               bigint        not null auto_increment primary key,
  request_id       bigint        not null,
  line_no          int           not null,
  product_type     varchar(24)   not null,
  product_id       varchar(80),
  description      varchar(500)  not null,
  product_format   varchar(24),
  quantity         bigint        not null,
  variables        varchar(4000),
  regions          varchar(2000),
  processing       boolean       not null default false,
  unit_price       bigint,
  amount           bigint,
  explanation      varchar(2000),
  constraint fk_order_line_request foreign key (request_id) references pst_sale_request (id),
  constraint uk_order_line unique (request_id, line_no)
);

create table pst_request_event (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32)   not null,
  occurred_at     datetime(6)  not null,
  actor           varchar(64)   not null,
  action          varchar(64)   not null,
  detail          varchar(2000)
);
create index ix_request_event_number on pst_request_event (request_number, occurred_at);
