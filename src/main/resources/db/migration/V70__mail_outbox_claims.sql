-- Mail outbox in a cluster: a node claims a mail before sending it (claimed_by, until claimed_until),
-- so two nodes never send one mail; a crashed node's claim expires. sent_by says which node sent it.
alter table pst_mail_outbox add column claimed_by varchar(100);
alter table pst_mail_outbox add column claimed_until datetime(6);
alter table pst_mail_outbox add column sent_by varchar(64);
