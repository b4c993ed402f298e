-- The sale's own record of what the process decided, so that money, routing and eligibility come
-- from our tables and never from process variables a caller could set (issue 11), and the forms can
-- show it without copying it into variables (issue 10).

-- Zero-tariff eligibility as the DMN decided it, and whether the visitor asked for it.
alter table pst_sale_request add column zero_tariff_may_apply boolean default false not null;
alter table pst_sale_request add column zero_tariff_basis varchar(500);
alter table pst_sale_request add column zero_tariff_requested boolean default false not null;
alter table pst_sale_request add column zero_tariff_approved boolean default false not null;
-- The officer who called the ticket owns the counter tasks of the sale; the counter they serve at.
alter table pst_sale_request add column serving_officer varchar(64);
alter table pst_sale_request add column counter_name varchar(40);

-- The documents the visitor must hand over, as the DMN required-documents decided them.
create table pst_required_document (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32)   not null,
  code            varchar(40)   not null,
  name            varchar(300)  not null,
  submitted       boolean       default false not null,
  constraint uk_required_document unique (request_number, code)
);
