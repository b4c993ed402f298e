-- Document module: generated documents (one row per stored version) and gapless document numbers.
-- Portable SQL for H2 (embedded default) and MariaDB 10.11+. Times are stored in UTC.

create table pst_document (
  id                  bigint        not null auto_increment primary key,
  doc_kind            varchar(24)   not null,
  request_number      varchar(32)   not null,
  document_number     varchar(64)   not null,
  doc_version         int           not null,
  status              varchar(16)   not null,
  replaced_by_version int,
  sha256              varchar(64)   not null,
  verification_code   varchar(64)   not null,
  storage_key         varchar(300)  not null,
  file_name           varchar(200)  not null,
  content_type        varchar(100)  not null,
  size_bytes          bigint        not null,
  holder_name         varchar(120),
  amount              bigint,
  document_date       datetime(6)  not null,
  produced_by_task    varchar(64),
  produced_by_user    varchar(64),
  created_at          datetime(6)  not null,
  status_changed_at   datetime(6),
  status_changed_by   varchar(64),
  status_reason       varchar(500),
  constraint uk_document_number_version unique (doc_kind, document_number, doc_version),
  constraint uk_document_verification unique (verification_code)
);
create index ix_document_request on pst_document (request_number, doc_kind);

create table pst_document_sequence (
  unit_code   varchar(10) not null,
  doc_kind    varchar(24) not null,
  seq_year    int         not null,
  last_value  bigint      not null,
  primary key (unit_code, doc_kind, seq_year)
);
