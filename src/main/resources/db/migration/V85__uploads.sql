-- Document module: files the visitor (portal, visitor screen) or an officer (counter scan) uploaded for a
-- request. One row per stored version of one document type of one request; the bytes and a PNG page image
-- live in the document store (outside the web root). Portable SQL for H2 and MariaDB 10.11+; times in UTC.

create table pst_upload (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32)   not null,
  document_code   varchar(40)   not null,
  document_name   varchar(200)  not null,
  doc_version     int           not null,
  file_name       varchar(120)  not null,
  content_type    varchar(40)   not null,
  size_bytes      bigint        not null,
  sha256          varchar(64)   not null,
  storage_key     varchar(300)  not null,
  preview_key     varchar(300)  not null,
  page_count      int           not null,
  uploaded_by     varchar(64)   not null,
  uploaded_at     datetime(6)   not null,
  status          varchar(16)   not null,
  review_reason   varchar(500),
  reviewed_by     varchar(64),
  reviewed_at     datetime(6),
  constraint uk_upload_version unique (request_number, document_code, doc_version)
);
create index ix_upload_request on pst_upload (request_number, document_code);
create index ix_upload_time on pst_upload (uploaded_at);
