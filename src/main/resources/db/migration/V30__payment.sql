-- Payment module: billing codes (SIMPONI, local implementation), payments (cash and bank),
-- the bank notification log, receipts (kuitansi) with their per-unit, per-year numbering,
-- and refund decisions after a paid request is cancelled.
-- Portable SQL for H2 (embedded default) and MariaDB 10.11+. Times are stored in UTC.
-- Money is whole rupiah (bigint).

create table pst_billing (
  id              bigint       not null auto_increment primary key,
  billing_code    varchar(15)  not null,
  request_number  varchar(32)  not null,
  unit_code       varchar(10)  not null,
  payer_name      varchar(200) not null,
  amount          bigint       not null,
  status          varchar(16)  not null,
  issued_at       datetime(6) not null,
  expires_at      datetime(6) not null,
  closed_at       datetime(6),
  row_version     int          not null default 0,
  constraint uk_billing_code unique (billing_code)
);
create index ix_billing_request on pst_billing (request_number);

create table pst_billing_line (
  id            bigint       not null auto_increment primary key,
  billing_id    bigint       not null,
  line_no       int          not null,
  account_code  varchar(10)  not null,
  description   varchar(500) not null,
  amount        bigint       not null,
  constraint fk_billing_line_billing foreign key (billing_id) references pst_billing (id),
  constraint uk_billing_line unique (billing_id, line_no)
);

-- One payment settles one request. A bank payment is keyed by its billing code (unique: a
-- replayed notification cannot record a second payment); cash payments have no billing code
-- (several NULLs are allowed by a unique constraint on both databases).
create table pst_payment (
  id              bigint       not null auto_increment primary key,
  request_number  varchar(32)  not null,
  method          varchar(8)   not null,
  amount          bigint       not null,
  paid_at         datetime(6) not null,
  recorded_at     datetime(6) not null,
  received_by     varchar(64),
  bank            varchar(64),
  channel         varchar(32),
  ntb             varchar(64),
  ntpn            varchar(32),
  billing_code    varchar(15),
  constraint uk_payment_request unique (request_number),
  constraint uk_payment_billing_code unique (billing_code)
);
create index ix_payment_paid_at on pst_payment (paid_at);

-- Every bank notification received, accepted or refused, for the treasurer. Holds no secret,
-- no signature and no raw body.
create table pst_payment_notification_log (
  id              bigint        not null auto_increment primary key,
  received_at     datetime(6)  not null,
  outcome         varchar(16)   not null,
  reason          varchar(32)   not null,
  http_status     int           not null,
  message         varchar(500)  not null,
  billing_code    varchar(32),
  amount          bigint,
  request_number  varchar(32),
  ntpn            varchar(32)
);
create index ix_notification_log_received on pst_payment_notification_log (received_at);

create table pst_receipt_sequence (
  unit_code   varchar(10) not null,
  seq_year    int         not null,
  last_value  bigint      not null,
  primary key (unit_code, seq_year)
);

create table pst_receipt (
  id                 bigint        not null auto_increment primary key,
  receipt_number     varchar(32)   not null,
  unit_code          varchar(10)   not null,
  receipt_year       int           not null,
  seq_no             bigint        not null,
  request_number     varchar(32)   not null,
  amount             bigint        not null,
  method             varchar(16)   not null,
  payment_id         bigint,
  billing_code       varchar(15),
  ntpn               varchar(32),
  product_kinds      varchar(200),
  zero_tariff_basis  varchar(300),
  issued_at          datetime(6)  not null,
  issued_by          varchar(64)   not null,
  constraint uk_receipt_number unique (receipt_number),
  constraint uk_receipt_sequence unique (unit_code, receipt_year, seq_no),
  constraint uk_receipt_request unique (request_number),
  constraint fk_receipt_payment foreign key (payment_id) references pst_payment (id)
);
create index ix_receipt_issued_at on pst_receipt (issued_at);

create table pst_refund_decision (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32)   not null,
  payment_id      bigint        not null,
  paid_amount     bigint        not null,
  decision        varchar(16)   not null,
  note            varchar(2000),
  decided_by      varchar(64)   not null,
  decided_at      datetime(6)  not null,
  constraint uk_refund_request unique (request_number),
  constraint fk_refund_payment foreign key (payment_id) references pst_payment (id)
);
