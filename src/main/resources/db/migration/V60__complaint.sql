-- Complaint module: complaints from every channel (pengaduan), their status history, and the
-- holiday calendar the supervisor maintains for working-day deadlines.
-- Portable SQL for H2 (embedded default) and MariaDB 10.11+. Times are stored in UTC.

create table pst_complaint (
  id                     bigint         not null auto_increment primary key,
  tracking_code          varchar(24)    not null,
  unit_code              varchar(10)    not null,
  channel                varchar(16)    not null,
  category               varchar(24)    not null,
  lapor_reference        varchar(40),
  request_number         varchar(32),
  complainant_name       varchar(120)   not null,
  complainant_email      varchar(254),
  complainant_phone      varchar(32),
  description            varchar(4000)  not null,
  status                 varchar(16)    not null,
  complexity             varchar(16),
  responsible_officer    varchar(64),
  triaged_by             varchar(64),
  entered_by             varchar(64)    not null,
  process_instance_id    varchar(64),
  received_at            datetime(6)    not null,
  round_started_at       datetime(6)    not null,
  first_response_due_at  datetime(6)    not null,
  first_responded_at     datetime(6),
  answer_due_at          datetime(6)    not null,
  answer                 varchar(4000),
  answer_sent_via        varchar(200),
  answered_at            datetime(6),
  confirmation_due_at    datetime(6),
  closed_at              datetime(6),
  closure                varchar(16),
  reopen_count           int            not null default 0,
  escalation_count       int            not null default 0,
  updated_at             datetime(6)    not null,
  constraint uk_complaint_tracking_code unique (tracking_code)
);
create index ix_complaint_unit_status on pst_complaint (unit_code, status);
create index ix_complaint_request on pst_complaint (request_number);

create table pst_complaint_event (
  id            bigint         not null auto_increment primary key,
  complaint_id  bigint         not null,
  occurred_at   datetime(6)    not null,
  actor         varchar(64)    not null,
  action        varchar(32)    not null,
  status        varchar(16)    not null,
  note          varchar(4000),
  public_note   boolean        not null,
  constraint fk_complaint_event_complaint foreign key (complaint_id) references pst_complaint (id)
);
create index ix_complaint_event_complaint on pst_complaint_event (complaint_id, occurred_at);

create table pst_holiday (
  id            bigint        not null auto_increment primary key,
  holiday_date  date          not null,
  name          varchar(200)  not null,
  kind          varchar(16)   not null,
  source        varchar(300),
  created_by    varchar(64)   not null,
  created_at    datetime(6)   not null,
  constraint uk_holiday_date unique (holiday_date)
);

-- 2026: national holidays and cuti bersama of the SKB of the Ministers of Religious Affairs, Manpower
-- and Administrative Reform No. 1497, 2 and 5 of 2025.
insert into pst_holiday (holiday_date, name, kind, source, created_by, created_at) values
  ('2026-01-01', 'Tahun Baru 2026 Masehi', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-02-16', 'Cuti bersama Tahun Baru Imlek', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-18', 'Cuti bersama Hari Suci Nyepi', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-20', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-21', 'Idul Fitri 1447 H', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-22', 'Idul Fitri 1447 H', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-23', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-03-24', 'Cuti bersama Idul Fitri 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-04-03', 'Wafat Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-14', 'Kenaikan Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-27', 'Idul Adha 1447 H', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-28', 'Cuti bersama Idul Adha 1447 H', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-05-31', 'Hari Raya Waisak 2570 BE', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-08-25', 'Maulid Nabi Muhammad SAW', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'CUTI_BERSAMA', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00'),
  ('2026-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'SKB 3 Menteri No. 1497/2/5 Tahun 2025', 'seed', '2026-01-01 00:00:00');

-- 2027: only the national holidays whose date does not depend on a decision (fixed calendar dates of
-- Keppres 8/2024, and the Christian holidays by the Gregorian Easter date). The SKB for 2027 (Islamic,
-- Imlek, Nyepi and Waisak dates, cuti bersama) was not available when this was written: the supervisor
-- enters those days on /laporan/hari-libur, which warns while a year has no cuti bersama.
insert into pst_holiday (holiday_date, name, kind, source, created_by, created_at) values
  ('2027-01-01', 'Tahun Baru 2027 Masehi', 'NATIONAL', 'Keppres 8/2024, tanggal tetap', 'seed', '2026-01-01 00:00:00'),
  ('2027-03-26', 'Wafat Yesus Kristus', 'NATIONAL', 'Keppres 8/2024, tanggal Paskah kalender Gregorius', 'seed', '2026-01-01 00:00:00'),
  ('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)', 'NATIONAL', 'Keppres 8/2024, tanggal Paskah kalender Gregorius', 'seed', '2026-01-01 00:00:00'),
  ('2027-05-01', 'Hari Buruh Internasional', 'NATIONAL', 'Keppres 8/2024, tanggal tetap', 'seed', '2026-01-01 00:00:00'),
  ('2027-05-06', 'Kenaikan Yesus Kristus', 'NATIONAL', 'Keppres 8/2024, tanggal Paskah kalender Gregorius', 'seed', '2026-01-01 00:00:00'),
  ('2027-06-01', 'Hari Lahir Pancasila', 'NATIONAL', 'Keppres 8/2024, tanggal tetap', 'seed', '2026-01-01 00:00:00'),
  ('2027-08-17', 'Proklamasi Kemerdekaan Republik Indonesia', 'NATIONAL', 'Keppres 8/2024, tanggal tetap', 'seed', '2026-01-01 00:00:00'),
  ('2027-12-25', 'Kelahiran Yesus Kristus', 'NATIONAL', 'Keppres 8/2024, tanggal tetap', 'seed', '2026-01-01 00:00:00');
