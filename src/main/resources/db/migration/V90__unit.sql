-- Units (satuan kerja BPS) served by this deployment: each is a Camunda tenant (README "Units (tenants)").
-- Adding a unit is inserting a row; the application picks it up within a minute, no restart.
-- Portable SQL for H2 and MariaDB 10.11+.

create table pst_unit (
  code        varchar(10)  not null primary key,
  name        varchar(200) not null,
  zone        varchar(64)  not null,
  city        varchar(100),
  address     varchar(500),
  email       varchar(254),
  phone       varchar(32),
  head_name   varchar(200),
  head_nip    varchar(32)
);

-- the unit this application served alone until now (the pst.unit defaults of application.yaml)
insert into pst_unit (code, name, zone, city, address, email, phone)
values ('6503', 'BPS Kabupaten Tana Tidung', 'Asia/Makassar', 'Tideng Pale',
        'Jl. Perintis, Tideng Pale, Kabupaten Tana Tidung, Kalimantan Utara', 'ipds6503@bps.go.id', '0812-5565-0671');
