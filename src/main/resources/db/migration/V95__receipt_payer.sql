-- The payer's name printed on the receipt when the officer corrected it at the visitor's request (step 18, e.g. the
-- institution that pays instead of the visitor's own name); empty: the visitor's name, as before.
alter table pst_sale_request add column receipt_payer varchar(200);
