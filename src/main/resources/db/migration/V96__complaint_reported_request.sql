-- The request number a complainant typed, kept as typed: a complaint from the public form is linked to the sale
-- (request_number) only when it is the complainant's own, and the form answers the same whether or not the number
-- exists (no enumeration of the unit's sales); staff read what was typed here.
alter table pst_complaint add column reported_request_number varchar(32);
update pst_complaint set reported_request_number = request_number where request_number is not null;
