-- Settings each unit keeps for itself (README "Units (tenants)"), editable as data without a restart:
-- the application reads them again within a minute (common.UnitDirectory). A null column keeps
-- today's behaviour (the configured value).
-- Portable SQL for H2 and MariaDB 10.11+.

-- mail sender: the From name and address of the unit's mails (null: pst.mail.from / from-name)
alter table pst_unit add column mail_from_name varchar(200);
alter table pst_unit add column mail_from_address varchar(254);
-- complaint channels shown on the public complaint form (null: pst.complaint.channels.<code>.*)
alter table pst_unit add column complaint_box varchar(300);
alter table pst_unit add column complaint_email varchar(254);
alter table pst_unit add column complaint_sms_whatsapp varchar(40);

-- The unit's own non-working days (cuti bersama of the office, regional holidays) on top of the
-- national holidays of pst_holiday, which every unit shares.
create table pst_unit_holiday (
  id            bigint        not null auto_increment primary key,
  unit_code     varchar(10)   not null,
  holiday_date  date          not null,
  name          varchar(200)  not null,
  kind          varchar(16)   not null,
  source        varchar(300),
  created_by    varchar(64)   not null,
  created_at    datetime(6)   not null,
  constraint uk_unit_holiday unique (unit_code, holiday_date)
);

-- Products a unit does not sell (the tariff schedule is national; a unit may sell only part of it).
-- product_key: a product type (PUBLICATION, MICRODATA, MAP), a publication format
-- (PUBLICATION:HARDCOPY, PUBLICATION:SOFTCOPY) or one catalogue product (MAP:<id>, MICRODATA:<id>,
-- PUBLICATION:<id>). No row: the unit sells everything (today's behaviour).
create table pst_unit_unsold_product (
  unit_code    varchar(10)   not null,
  product_key  varchar(100)  not null,
  note         varchar(300),
  primary key (unit_code, product_key)
);

-- The unit a mail is sent for (its From, its page in the outbox); null: the default unit (mails from
-- before units).
alter table pst_mail_outbox add column unit_code varchar(10);
