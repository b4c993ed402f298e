-- Visit module, kiosk and queue (issue 7): the times of the 10-minute standard per ticket, the
-- counter session, recalls and no-shows; returning visitors of the guest book.
alter table pst_queue_ticket add column service_code varchar(4);
alter table pst_queue_ticket add column ticket_seq int;
alter table pst_queue_ticket add column public_ref varchar(36);
alter table pst_queue_ticket add column clock_started_at datetime(6);
alter table pst_queue_ticket add column recalled_at datetime(6);
alter table pst_queue_ticket add column recall_count int default 0 not null;
alter table pst_queue_ticket add column no_show boolean default false not null;
alter table pst_queue_ticket add column finished_by varchar(64);
create index ix_queue_ticket_day on pst_queue_ticket (unit_code, service_day, service_code, ticket_seq);
create index ix_queue_ticket_request on pst_queue_ticket (request_number);
create unique index uk_queue_ticket_ref on pst_queue_ticket (public_ref);

-- Visitors of the guest book, found again by exact e-mail or identity number. The identity number
-- is kept as typed after normalisation (like the order table) and is never shown back unmasked.
create table pst_visitor (
  id               bigint       not null auto_increment primary key,
  public_ref       varchar(36)  not null,
  name             varchar(120) not null,
  identity_type    varchar(16)  not null,
  identity_number  varchar(32)  not null,
  email            varchar(254) not null,
  phone            varchar(20),
  institution      varchar(200),
  user_category    varchar(32),
  first_visit_at   datetime(6)  not null,
  last_visit_at    datetime(6)  not null,
  visit_count      int          not null,
  constraint uk_visitor_ref unique (public_ref),
  constraint uk_visitor_identity unique (identity_type, identity_number)
);
create index ix_visitor_email on pst_visitor (email);
create index ix_visitor_identity_number on pst_visitor (identity_number);
