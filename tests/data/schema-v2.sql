-- Intervention Planner database at schema version 2 (risks added; before the LEOP stage tables), with data.
-- Frozen: never regenerate this from newer code. Loaded by tst_migrations.
PRAGMA application_id = 1230007345;
PRAGMA user_version = 2;
BEGIN TRANSACTION;
CREATE TABLE missions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
code TEXT NOT NULL,title TEXT NOT NULL,host_country TEXT NOT NULL DEFAULT '',lead_organisation TEXT NOT NULL DEFAULT '',national_counterpart TEXT NOT NULL DEFAULT '',start_date TEXT,end_date TEXT,status TEXT NOT NULL CHECK (status IN   ('planned', 'active', 'on_hold', 'closed')),current_stage TEXT NOT NULL CHECK (current_stage IN ('consultation',   'orientation', 'curriculum', 'train_the_trainer', 'post_training')),mou_status TEXT NOT NULL CHECK (mou_status IN   ('none', 'drafting', 'negotiation', 'signed', 'expired')),mou_date TEXT,budget_minor INTEGER,currency TEXT NOT NULL DEFAULT 'EUR',context TEXT NOT NULL CHECK (context IN   ('stable', 'transition', 'post_conflict')),predecessor_id TEXT REFERENCES missions(id),handover_notes TEXT NOT NULL DEFAULT '',archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
INSERT INTO missions VALUES('d5e6f944-4c49-4063-9be0-f2f71d67ed6a','2026-11-21T21:42:08.672Z','2026-11-21T21:42:08.672Z',0,1,'BA-HC-01','Hate crime response in Bosnia and Herzegovina','Bosnia and Herzegovina','OSCE/ODIHR','Ministarstvo sigurnosti / Министарство безбједности (Ministry of Security)','2026-02-01','2028-03-31','active','orientation','signed','2026-05-20',62000000,'EUR','post_conflict',NULL,'Case files from the predecessor police support mission were only partly handed over; the recording capacity baseline is 1 (ad hoc). Entity and cantonal ministries must be consulted separately.',0);
INSERT INTO missions VALUES('de91cb63-0bb9-48da-99c0-42e105b3c719','2026-11-21T21:42:08.672Z','2026-11-21T21:42:08.672Z',0,1,'PL-HC-01','National hate crime training cascade, Poland','Poland','OSCE/ODIHR','Komenda Główna Policji (National Police Headquarters)','2025-09-01','2027-12-31','active','train_the_trainer','signed','2025-10-06',75000000,'EUR','stable',NULL,'A 5-day national train-the-trainer course, then 1-day local courses run by trainers from all 16 voivodeships, towards 20,000 officers trained.',0);
CREATE TABLE stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),name TEXT NOT NULL,name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),organisation TEXT NOT NULL DEFAULT '',type TEXT NOT NULL,sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other',   'not_recorded')),power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL CHECK (attitude IN ('blocker', 'sceptic',   'neutral', 'supporter', 'champion')),trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),email TEXT NOT NULL DEFAULT '',phone TEXT NOT NULL DEFAULT '',address TEXT NOT NULL DEFAULT '',notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO stakeholders VALUES('73a963ca-d76c-40dc-bce6-5292a385c93e','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'group','Министарство безбједности БиХ / Ministarstvo sigurnosti BiH',0,'Council of Ministers of Bosnia and Herzegovina','ministry','not_recorded',5,4,'supporter',3,'demo.msb@example.org','','','');
INSERT INTO stakeholders VALUES('61dce8cb-52c0-4d85-bb7f-69ac034c4975','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'group','Federalno ministarstvo unutrašnjih poslova',0,'Federation of BiH','ministry','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('7d341232-6fc3-4552-94f7-5922cd791948','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'group','Министарство унутрашњих послова Републике Српске',0,'Republika Srpska, Бања Лука / Banja Luka','ministry','not_recorded',4,2,'sceptic',2,'','','','');
INSERT INTO stakeholders VALUES('6518e89c-e4a6-40bc-8efd-ddb606aae9ad','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'group','MUP Kantona Sarajevo',0,'Sarajevo Canton Ministry of the Interior','police_senior','not_recorded',3,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('bde6bcdf-4576-44ca-b9ca-917d673f9f0d','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'group','Policija Brčko distrikta',0,'Brčko District Police','police_front_line','not_recorded',2,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('c99a0fd0-61f9-4866-b484-ad54670f11af','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'group','OSCE Mission to Bosnia and Herzegovina',0,'OSCE','other_mission','not_recorded',3,4,'champion',4,'','','','');
INSERT INTO stakeholders VALUES('8f927c9d-64f3-436f-911d-671625dad190','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'group','Police support mission (closed)',0,'Predecessor mission archive','other_mission','not_recorded',2,2,'neutral',3,'','','','Only part of the case files was handed over; the rest is in an archive abroad.');
INSERT INTO stakeholders VALUES('4a1c0e06-43ca-4bc6-9fd7-bd53a877a274','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'group','Mreža mira Mostar',0,'Interfaith peace network','civil_society','not_recorded',2,5,'supporter',2,'demo.mreza@example.org','','','');
INSERT INTO stakeholders VALUES('0dc02584-0b92-41d7-912f-4666f4f41807','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'group','Udruženje povratnika Prijedor',0,'Returnee association','affected_community','not_recorded',1,5,'sceptic',1,'','','','');
INSERT INTO stakeholders VALUES('5a1ad61b-6393-4982-b831-d7616e415a8d','2026-11-21T21:42:08.691Z','2026-11-21T21:42:08.691Z',0,1,'group','OSCE/ODIHR Tolerance and Non-Discrimination Department',0,'OSCE/ODIHR, Warsaw','international','not_recorded',5,5,'champion',5,'','','','');
CREATE TABLE mission_stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),role TEXT NOT NULL DEFAULT ''
);
INSERT INTO mission_stakeholders VALUES('3395115d-2c92-471b-b7f1-c0f0b37338ce','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','73a963ca-d76c-40dc-bce6-5292a385c93e','MoU signatory');
INSERT INTO mission_stakeholders VALUES('44a9e6b6-6621-4bd9-be30-1bdce28a8e09','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','61dce8cb-52c0-4d85-bb7f-69ac034c4975','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('d7fcb1a9-24d4-4f93-bc78-e805b03349d4','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','7d341232-6fc3-4552-94f7-5922cd791948','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('d1bb4b16-6241-4c82-8a49-02b5d48c397b','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','6518e89c-e4a6-40bc-8efd-ddb606aae9ad','Cantonal police, pilot for recording');
INSERT INTO mission_stakeholders VALUES('fc90b5df-829f-4386-912d-0659426bc135','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','bde6bcdf-4576-44ca-b9ca-917d673f9f0d','District police');
INSERT INTO mission_stakeholders VALUES('6cc8e131-d66c-4ac8-80c1-40df5413ce4f','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','c99a0fd0-61f9-4866-b484-ad54670f11af','Field presence, co-organiser');
INSERT INTO mission_stakeholders VALUES('dd6ada7c-8957-4dcc-a1f7-54ee9ca6ed66','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','8f927c9d-64f3-436f-911d-671625dad190','Records of earlier cases');
INSERT INTO mission_stakeholders VALUES('c2828635-2149-47e4-b808-cc8c7bd0e99a','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','4a1c0e06-43ca-4bc6-9fd7-bd53a877a274','Civil society partner, Herzegovina');
INSERT INTO mission_stakeholders VALUES('91c4fd0e-c050-4c74-8ab5-6d8b4f76c782','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','0dc02584-0b92-41d7-912f-4666f4f41807','Affected community');
INSERT INTO mission_stakeholders VALUES('2aa14fe1-9dee-4755-9d75-d60e1dabccd7','2026-11-21T21:42:08.696Z','2026-11-21T21:42:08.696Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','5a1ad61b-6393-4982-b831-d7616e415a8d','Lead organisation');
CREATE TABLE engagements (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),mission_id TEXT REFERENCES missions(id),date TEXT NOT NULL,type TEXT NOT NULL,purpose TEXT NOT NULL DEFAULT '',outcome TEXT NOT NULL DEFAULT '',follow_up_date TEXT,follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
INSERT INTO engagements VALUES('2203e4b0-a44f-4e73-a8a4-d3e582333c9e','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'73a963ca-d76c-40dc-bce6-5292a385c93e','d5e6f944-4c49-4063-9be0-f2f71d67ed6a','2026-05-20','meeting','Signature of the MoU','MoU signed; orientation workshops to follow in both entities.',NULL,1);
INSERT INTO engagements VALUES('59576eb8-27f2-49b5-8918-c262deeaa4a9','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'61dce8cb-52c0-4d85-bb7f-69ac034c4975','d5e6f944-4c49-4063-9be0-f2f71d67ed6a','2026-07-09','workshop','Orientation: recording practice','Bias motive is not a field in the incident form; recorded as free text at best.','2026-10-15',0);
INSERT INTO engagements VALUES('b747dde4-2cdc-4961-a438-70bf0fa876d4','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'7d341232-6fc3-4552-94f7-5922cd791948','d5e6f944-4c49-4063-9be0-f2f71d67ed6a','2026-08-27','meeting','Bilateral in Бања Лука','Willing to send observers to the orientation workshop, not yet trainees.','2026-11-05',0);
INSERT INTO engagements VALUES('fb5c5a0f-cc81-4926-aa7d-8de93cb00676','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'8f927c9d-64f3-436f-911d-671625dad190','d5e6f944-4c49-4063-9be0-f2f71d67ed6a','2026-04-14','correspondence','Request for the missing case files','Archive answered that a formal request by the Ministry is needed.','2026-06-30',0);
CREATE TABLE stakeholder_snapshots (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),taken_at TEXT NOT NULL,power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL,trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5)
);
INSERT INTO stakeholder_snapshots VALUES('79b1bd32-d372-46e8-9ed9-b789679a162c','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'73a963ca-d76c-40dc-bce6-5292a385c93e','2026-11-01T12:00:00.000Z',5,4,'supporter',3);
INSERT INTO stakeholder_snapshots VALUES('c2e5383b-570e-4fa9-96c9-81a708e49b6a','2026-11-21T21:42:08.681Z','2026-11-21T21:42:08.681Z',0,1,'61dce8cb-52c0-4d85-bb7f-69ac034c4975','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('ac494429-fda1-4d40-94ab-4c466fe13b06','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'7d341232-6fc3-4552-94f7-5922cd791948','2026-03-03T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('01b4a8ab-8ae6-4caa-a37b-4e57dd64ef5f','2026-11-21T21:42:08.682Z','2026-11-21T21:42:08.682Z',0,1,'7d341232-6fc3-4552-94f7-5922cd791948','2026-08-27T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('d0bfcf3a-2e16-4e40-88d4-9bfb579dfbba','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'6518e89c-e4a6-40bc-8efd-ddb606aae9ad','2026-11-01T12:00:00.000Z',3,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('d1b6a0e5-bd9c-423a-ba5a-7230683abbba','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'bde6bcdf-4576-44ca-b9ca-917d673f9f0d','2026-11-01T12:00:00.000Z',2,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('39658b07-e29f-4b62-9653-edf108c9442d','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'c99a0fd0-61f9-4866-b484-ad54670f11af','2026-11-01T12:00:00.000Z',3,4,'champion',4);
INSERT INTO stakeholder_snapshots VALUES('c49207c7-9341-46c1-95fc-0a9d36207732','2026-11-21T21:42:08.683Z','2026-11-21T21:42:08.683Z',0,1,'8f927c9d-64f3-436f-911d-671625dad190','2026-11-01T12:00:00.000Z',2,2,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('5e81a606-383c-4757-af68-16557082d355','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'4a1c0e06-43ca-4bc6-9fd7-bd53a877a274','2026-11-01T12:00:00.000Z',2,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('c6ebf0e6-686b-496e-9dbf-463e4cd927bc','2026-11-21T21:42:08.688Z','2026-11-21T21:42:08.688Z',0,1,'0dc02584-0b92-41d7-912f-4666f4f41807','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('75a6f43e-246d-4880-940e-3f0db2ee751e','2026-11-21T21:42:08.691Z','2026-11-21T21:42:08.691Z',0,1,'5a1ad61b-6393-4982-b831-d7616e415a8d','2026-11-01T12:00:00.000Z',5,5,'champion',5);
CREATE TABLE risks (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT REFERENCES missions(id),title TEXT NOT NULL,description TEXT NOT NULL DEFAULT '',category TEXT NOT NULL,owner TEXT NOT NULL DEFAULT '',likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),treatment TEXT NOT NULL,mitigation TEXT NOT NULL DEFAULT '',residual_likelihood INTEGER NOT NULL DEFAULT 0   CHECK (residual_likelihood BETWEEN 0 AND 5),residual_impact INTEGER NOT NULL DEFAULT 0   CHECK (residual_impact BETWEEN 0 AND 5),review_date TEXT,closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);
INSERT INTO risks VALUES('e467e09b-e7ed-44b8-aa91-7c0f16eb171c','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','Turf battles between entity and cantonal interior ministries','','coordination','Head of mission',4,4,'reduce_likelihood','Separate consultations per entity; joint steering group chaired by the Ministry of Security.',3,3,'2026-11-10',0);
INSERT INTO risks VALUES('dee472b2-d63d-4324-8c2e-a5ae32347bf8','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','Case records lost at the handover from the predecessor mission','Cases were dropped when one mission handed over to the next in Kosovo.','coordination','Information manager',4,5,'reduce_impact','Formal request for the archive; rebuild the case list from prosecutors'' records.',3,4,'2026-12-05',0);
INSERT INTO risks VALUES('f6025c73-e6f5-4014-a0d1-35af5794170f','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','Officials implicated in the crimes being addressed','','political','Head of mission',2,5,'share','Vetting with the OSCE Mission; escalation channel to the Permanent Council.',0,0,'2027-01-20',0);
INSERT INTO risks VALUES('414d2e8c-260b-4e4c-aa41-14f26b1457f8','2026-11-21T21:42:08.698Z','2026-11-21T21:42:08.698Z',0,1,'d5e6f944-4c49-4063-9be0-f2f71d67ed6a','Security incidents at community venues during consultations','','security','Security officer',2,4,'reduce_likelihood','Neutral venues; police escort agreed case by case.',1,4,'2026-12-20',0);
CREATE TABLE risk_assessments (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
risk_id TEXT NOT NULL REFERENCES risks(id),assessed_at TEXT NOT NULL,likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),residual_likelihood INTEGER NOT NULL DEFAULT 0,residual_impact INTEGER NOT NULL DEFAULT 0
);
INSERT INTO risk_assessments VALUES('4e50ffa0-8e09-48c1-b881-99eecd65e264','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'e467e09b-e7ed-44b8-aa91-7c0f16eb171c','2026-02-15T12:00:00.000Z',5,4,0,0);
INSERT INTO risk_assessments VALUES('51ef43ad-317c-47a2-a20f-27e36852fcca','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'e467e09b-e7ed-44b8-aa91-7c0f16eb171c','2026-11-01T12:00:00.000Z',4,4,3,3);
INSERT INTO risk_assessments VALUES('1b271581-452c-44c7-ad10-2bed0e1b55cd','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'dee472b2-d63d-4324-8c2e-a5ae32347bf8','2026-11-01T12:00:00.000Z',4,5,3,4);
INSERT INTO risk_assessments VALUES('df945d1d-0913-43e9-b1f0-4cde8a0a148c','2026-11-21T21:42:08.697Z','2026-11-21T21:42:08.697Z',0,1,'f6025c73-e6f5-4014-a0d1-35af5794170f','2026-11-01T12:00:00.000Z',2,5,0,0);
INSERT INTO risk_assessments VALUES('cb0375b1-e2fc-4ae2-88a6-4a2d7553d44a','2026-11-21T21:42:08.698Z','2026-11-21T21:42:08.698Z',0,1,'414d2e8c-260b-4e4c-aa41-14f26b1457f8','2026-11-01T12:00:00.000Z',2,4,1,4);
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','mission_stakeholders_stakeholder','35 2');
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','mission_stakeholders_pair','35 7 1');
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','sqlite_autoindex_mission_stakeholders_1','35 1');
CREATE UNIQUE INDEX missions_code ON missions(code) WHERE deleted = 0;
CREATE INDEX missions_status ON missions(status, current_stage);
CREATE INDEX stakeholders_name ON stakeholders(name);
CREATE INDEX stakeholders_type ON stakeholders(type);
CREATE UNIQUE INDEX mission_stakeholders_pair ON mission_stakeholders(mission_id, stakeholder_id) WHERE deleted = 0;
CREATE INDEX mission_stakeholders_stakeholder ON mission_stakeholders(stakeholder_id);
CREATE INDEX engagements_stakeholder ON engagements(stakeholder_id, date);
CREATE INDEX engagements_mission ON engagements(mission_id, date);
CREATE INDEX engagements_follow_up ON engagements(follow_up_date) WHERE follow_up_done = 0 AND deleted = 0;
CREATE INDEX stakeholder_snapshots_stakeholder ON stakeholder_snapshots(stakeholder_id, taken_at);
CREATE INDEX risks_mission ON risks(mission_id);
CREATE INDEX risk_assessments_risk ON risk_assessments(risk_id, assessed_at);
COMMIT;
