-- Transfers from abroad (method TRANSFER): what reached the treasurer's account (the payment's amount stays the
-- invoice total, the PNBP; a surplus is amount_received - amount), the bank reference the treasurer read, and the
-- uploaded proof she verified (pst_upload.id).
alter table pst_payment add column amount_received bigint;
alter table pst_payment add column transfer_reference varchar(64);
alter table pst_payment add column proof_upload_id bigint;
