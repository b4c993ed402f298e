-- Rating module: satisfaction survey (SKM, PermenPANRB 14/2017): nine elements rated 1-4.
create table pst_survey_response (
  id              bigint        not null auto_increment primary key,
  request_number  varchar(32)   not null,
  unit_code       varchar(10)   not null,
  answered_at     datetime(6)  not null,
  q1 int not null, q2 int not null, q3 int not null, q4 int not null, q5 int not null,
  q6 int not null, q7 int not null, q8 int not null, q9 int not null,
  comment_text    varchar(2000),
  assisted_by     varchar(64),
  constraint uk_survey_request unique (request_number)
);
