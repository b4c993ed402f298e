-- Rating module, the survey in full (issue 15): responses without a request number (the stand-alone
-- page /skm for visitors of any service), the service rated and where the response came from
-- (PORTAL, COUNTER, STANDALONE), and the follow-up requests that become complaints.
-- The table is rebuilt (portable between H2 and MariaDB, which spell "drop NOT NULL" differently);
-- existing rows keep their data: officer-entered ones become COUNTER, the others PORTAL.
alter table pst_survey_response rename to pst_survey_response_v3;

create table pst_survey_response (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32),
  unit_code       varchar(10)   not null,
  service         varchar(32)   not null,
  source          varchar(16)   not null,
  answered_at     datetime(6)   not null,
  q1 int not null, q2 int not null, q3 int not null, q4 int not null, q5 int not null,
  q6 int not null, q7 int not null, q8 int not null, q9 int not null,
  comment_text    varchar(2000),
  assisted_by     varchar(64),
  constraint uk_survey_response_request unique (request_number)
);

insert into pst_survey_response (request_number, unit_code, service, source, answered_at,
    q1, q2, q3, q4, q5, q6, q7, q8, q9, comment_text, assisted_by)
  select request_number, unit_code, 'PENJUALAN',
         case when assisted_by is null then 'PORTAL' else 'COUNTER' end, answered_at,
         q1, q2, q3, q4, q5, q6, q7, q8, q9, comment_text, assisted_by
  from pst_survey_response_v3 order by id;

drop table pst_survey_response_v3;

create index ix_survey_response_period on pst_survey_response (unit_code, answered_at);

-- "Saya ingin ditindaklanjuti": the contact is personal data (never logged); the complaint module
-- takes these over through the FollowUpRequested event.
create table pst_survey_follow_up (
  id              bigint        not null auto_increment primary key,
  response_id     bigint        not null,
  unit_code       varchar(10)   not null,
  request_number  varchar(32),
  contact_name    varchar(120),
  contact_email   varchar(254),
  contact_phone   varchar(20),
  comment_text    varchar(2000) not null,
  requested_at    datetime(6)   not null,
  constraint fk_survey_follow_up_response foreign key (response_id) references pst_survey_response (id)
);
create index ix_survey_follow_up_response on pst_survey_follow_up (response_id);
