-- Notification module: e-mails to visitors, written in the same transaction as the step that causes
-- them and delivered later by a scheduled sender with retries. Portable SQL for H2 and MariaDB 10.11+.
create table pst_mail_outbox (
  id               bigint         not null auto_increment primary key,
  request_number   varchar(32),
  mail_type        varchar(32)    not null,
  recipient        varchar(254)   not null,
  subject          varchar(300)   not null,
  body_text        text           not null,
  body_html        text           not null,
  status           varchar(16)    not null,
  attempts         int            not null,
  next_attempt_at  datetime(6)    not null,
  last_error       varchar(1000),
  created_at       datetime(6)    not null,
  sent_at          datetime(6)
);
create index ix_mail_outbox_due on pst_mail_outbox (status, next_attempt_at);
create index ix_mail_outbox_request on pst_mail_outbox (request_number);
