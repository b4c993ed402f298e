-- Delivery module: softcopy download links per file of a handed-over request, with expiry and a
-- download limit, and the log of every download attempt. Portable SQL for H2 and MariaDB 10.11+.
create table pst_delivery_file (
  id               bigint         not null auto_increment primary key,
  request_number   varchar(32)    not null,
  line_no          int            not null,
  product_type     varchar(16)    not null,
  product_id       varchar(100)   not null,
  title            varchar(300)   not null,
  file_name        varchar(200)   not null,
  content_type     varchar(100)   not null,
  variables        varchar(2000),
  regions          varchar(2000),
  generated        boolean        not null,
  expires_at       datetime(6)    not null,
  max_downloads    int            not null,
  download_count   int            not null,
  created_at       datetime(6)    not null,
  renewed_at       datetime(6),
  renewed_by       varchar(64),
  constraint uk_delivery_file_line unique (request_number, line_no)
);
create table pst_delivery_download (
  id               bigint         not null auto_increment primary key,
  file_id          bigint         not null,
  request_number   varchar(32)    not null,
  attempted_at     datetime(6)    not null,
  outcome          varchar(16)    not null,
  actor            varchar(64)    not null,
  client_ip        varchar(64),
  user_agent       varchar(300),
  constraint fk_delivery_download_file foreign key (file_id) references pst_delivery_file (id)
);
create index ix_delivery_download_file on pst_delivery_download (file_id, attempted_at);
