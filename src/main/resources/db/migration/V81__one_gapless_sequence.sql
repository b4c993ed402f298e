-- One gapless counter table for request, document and receipt numbers (common.GaplessSequence), instead
-- of one table per module. The counters continue from the values already taken: formats do not change.
-- Counter names: request/<unit>/<year>, document/<kind>/<unit>/<year>, receipt/<unit>/<year>.
create table pst_sequence (
  seq_name    varchar(80) not null primary key,
  last_value  bigint      not null
);

insert into pst_sequence (seq_name, last_value)
  select concat('request/', unit_code, '/', cast(seq_year as char(4))), last_value from pst_request_sequence;
insert into pst_sequence (seq_name, last_value)
  select concat('document/', doc_kind, '/', unit_code, '/', cast(seq_year as char(4))), last_value
  from pst_document_sequence;
insert into pst_sequence (seq_name, last_value)
  select concat('receipt/', unit_code, '/', cast(seq_year as char(4))), last_value from pst_receipt_sequence;

drop table pst_request_sequence;
drop table pst_document_sequence;
drop table pst_receipt_sequence;
