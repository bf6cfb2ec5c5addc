-- Intervention Planner database at schema version 1 (before risks were added), with data.
-- Frozen: never regenerate this from newer code. Loaded by tst_migrations.
PRAGMA application_id = 1230007345;
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE missions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
code TEXT NOT NULL,title TEXT NOT NULL,host_country TEXT NOT NULL DEFAULT '',lead_organisation TEXT NOT NULL DEFAULT '',national_counterpart TEXT NOT NULL DEFAULT '',start_date TEXT,end_date TEXT,status TEXT NOT NULL CHECK (status IN   ('planned', 'active', 'on_hold', 'closed')),current_stage TEXT NOT NULL CHECK (current_stage IN ('consultation',   'orientation', 'curriculum', 'train_the_trainer', 'post_training')),mou_status TEXT NOT NULL CHECK (mou_status IN   ('none', 'drafting', 'negotiation', 'signed', 'expired')),mou_date TEXT,budget_minor INTEGER,currency TEXT NOT NULL DEFAULT 'EUR',context TEXT NOT NULL CHECK (context IN   ('stable', 'transition', 'post_conflict')),predecessor_id TEXT REFERENCES missions(id),handover_notes TEXT NOT NULL DEFAULT '',archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);
INSERT INTO missions VALUES('5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-11-21T20:52:42.401Z','2026-11-21T20:52:42.401Z',0,1,'HR-HC-01','Combating hate crime: police training in Croatia','Croatia','OSCE/ODIHR','Ministarstvo unutarnjih poslova (Ministry of the Interior)','2025-03-01','2027-06-30','active','post_training','signed','2025-04-14',48000000,'EUR','transition',NULL,'Nine national trainers certified in 2026; cascade running in Zagreb, Split and Osijek. Refresher for Čakovec and Vukovar planned.',0);
INSERT INTO missions VALUES('747eb79b-73bc-4269-a59b-cb524519d424','2026-11-21T20:52:42.401Z','2026-11-21T20:52:42.401Z',0,1,'BA-HC-01','Hate crime response in Bosnia and Herzegovina','Bosnia and Herzegovina','OSCE/ODIHR','Ministarstvo sigurnosti / Министарство безбједности (Ministry of Security)','2026-02-01','2028-03-31','active','orientation','signed','2026-05-20',62000000,'EUR','post_conflict',NULL,'Case files from the predecessor police support mission were only partly handed over; the recording capacity baseline is 1 (ad hoc). Entity and cantonal ministries must be consulted separately.',0);
CREATE TABLE stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),name TEXT NOT NULL,name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),organisation TEXT NOT NULL DEFAULT '',type TEXT NOT NULL,sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other',   'not_recorded')),power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL CHECK (attitude IN ('blocker', 'sceptic',   'neutral', 'supporter', 'champion')),trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),email TEXT NOT NULL DEFAULT '',phone TEXT NOT NULL DEFAULT '',address TEXT NOT NULL DEFAULT '',notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO stakeholders VALUES('8a3277c4-edde-4f77-84c9-976441766663','2026-11-21T20:52:42.402Z','2026-11-21T20:52:42.404Z',0,1,'group','Ministarstvo unutarnjih poslova',0,'Government of Croatia','ministry','not_recorded',5,4,'supporter',4,'demo.mup@example.org','+385 1 555 0101','','');
INSERT INTO stakeholders VALUES('63773d28-3360-42a9-8758-77c3d9b086fe','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'group','Policijska akademija',0,'Police Academy, Zagreb','academy','not_recorded',4,5,'champion',5,'demo.akademija@example.org','','','');
INSERT INTO stakeholders VALUES('784e7118-7419-4e07-a97e-4a7a689691a3','2026-11-21T20:52:42.407Z','2026-11-21T20:52:42.407Z',0,1,'person','Ivana Horvat',0,'Police Academy, Zagreb','academy','female',3,5,'champion',5,'ivana.horvat.demo@example.org','+385 91 555 0142','','');
INSERT INTO stakeholders VALUES('21d24074-3a03-4b97-9b31-a2fb32c799a0','2026-11-21T20:52:42.408Z','2026-11-21T20:52:42.408Z',0,1,'person','Marko Kovačević',0,'Police Administration Osijek-Baranja','police_senior','male',4,2,'sceptic',2,'m.kovacevic.demo@example.org','+385 31 555 0177','','Doubts that outside trainers understand local policing. Responds to peer examples from other police chiefs.');
INSERT INTO stakeholders VALUES('4ba21312-09bf-4377-9730-d21e9c3040ca','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'group','Državno odvjetništvo Republike Hrvatske',0,'State Attorney''s Office','judiciary','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('089c4c03-2785-4b7c-8cf2-8383c5772401','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'group','Romsko srce Međimurja',0,'Roma community association, Čakovec','civil_society','not_recorded',1,5,'supporter',2,'demo.romsko.srce@example.org','+385 40 555 0190','','');
INSERT INTO stakeholders VALUES('9e9b1560-091f-4d40-91db-ee52cdcc0df7','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'group','Duga Zagreb',0,'LGBT rights NGO','civil_society','not_recorded',1,5,'sceptic',1,'demo.duga@example.org','','','Low trust in the police after the 2024 march incidents.');
INSERT INTO stakeholders VALUES('e3a96a32-ed72-4b4e-8b24-be47a2c0870f','2026-11-21T20:52:42.411Z','2026-11-21T20:52:42.411Z',0,1,'person','Dragana Petrović',1,'','affected_community','female',1,4,'neutral',2,'','+385 31 555 0111','','Reported a bias-motivated assault in Osijek; agreed to speak to trainers anonymously.');
INSERT INTO stakeholders VALUES('f3001d2b-0e22-487d-8dbd-498321c59d4d','2026-11-21T20:52:42.420Z','2026-11-21T20:52:42.420Z',0,1,'group','OSCE/ODIHR Tolerance and Non-Discrimination Department',0,'OSCE/ODIHR, Warsaw','international','not_recorded',5,5,'champion',5,'','','','');
CREATE TABLE mission_stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),role TEXT NOT NULL DEFAULT ''
);
INSERT INTO mission_stakeholders VALUES('7e3105c7-e81f-48d3-a826-94d771b7ab0c','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','8a3277c4-edde-4f77-84c9-976441766663','National counterpart, MoU signatory');
INSERT INTO mission_stakeholders VALUES('3e51f24c-07a9-4433-aefc-cce650d103ec','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','63773d28-3360-42a9-8758-77c3d9b086fe','Host of the train-the-trainer course');
INSERT INTO mission_stakeholders VALUES('1a62bf17-469d-419b-93e4-24b475248aeb','2026-11-21T20:52:42.407Z','2026-11-21T20:52:42.407Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','784e7118-7419-4e07-a97e-4a7a689691a3','Lead national trainer');
INSERT INTO mission_stakeholders VALUES('a2882b26-ef6c-422f-97be-ca8ed6f9f301','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','21d24074-3a03-4b97-9b31-a2fb32c799a0','Regional police chief, Osijek');
INSERT INTO mission_stakeholders VALUES('66e40dba-76b8-4568-baf7-38433e325352','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','4ba21312-09bf-4377-9730-d21e9c3040ca','Prosecution liaison');
INSERT INTO mission_stakeholders VALUES('0d0571f8-2087-4a50-8c58-76040efe8580','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','089c4c03-2785-4b7c-8cf2-8383c5772401','Community partner, Međimurje');
INSERT INTO mission_stakeholders VALUES('3d118317-432c-4f64-ad74-c0683f3012ee','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','9e9b1560-091f-4d40-91db-ee52cdcc0df7','Civil society partner');
INSERT INTO mission_stakeholders VALUES('f5757321-b7a0-445b-be02-bcf4c3c7a94f','2026-11-21T20:52:42.411Z','2026-11-21T20:52:42.411Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','e3a96a32-ed72-4b4e-8b24-be47a2c0870f','Testimony for case study (anonymised)');
INSERT INTO mission_stakeholders VALUES('389712d7-6f5d-40f2-a12b-c4a1cf5cf820','2026-11-21T20:52:42.421Z','2026-11-21T20:52:42.421Z',0,1,'5534e3ec-a85f-4617-9868-f05674e6b0fb','f3001d2b-0e22-487d-8dbd-498321c59d4d','Lead organisation');
CREATE TABLE engagements (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),mission_id TEXT REFERENCES missions(id),date TEXT NOT NULL,type TEXT NOT NULL,purpose TEXT NOT NULL DEFAULT '',outcome TEXT NOT NULL DEFAULT '',follow_up_date TEXT,follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
INSERT INTO engagements VALUES('23b7e71f-30e5-4022-81f2-8bec66194120','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'8a3277c4-edde-4f77-84c9-976441766663','5534e3ec-a85f-4617-9868-f05674e6b0fb','2025-02-10','meeting','Opening consultation with the Ministry','Ministry asked for a training plan built on Croatian cases.','2025-03-01',1);
INSERT INTO engagements VALUES('64bd4b11-2cb2-4187-8fe8-e89c7665e8fd','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'8a3277c4-edde-4f77-84c9-976441766663','5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-09-18','meeting','Institutionalisation of the course','Agreed to discuss adding the module to the academy curriculum.','2026-11-10',0);
INSERT INTO engagements VALUES('b04675ec-3c90-4190-ba30-3f6513a6a44a','2026-11-21T20:52:42.407Z','2026-11-21T20:52:42.407Z',0,1,'63773d28-3360-42a9-8758-77c3d9b086fe','5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-01-20','workshop','Curriculum review with academy trainers','Four modules adapted; case studies from Split and Osijek added.','2026-02-15',1);
INSERT INTO engagements VALUES('c2e08d1c-8b3a-416f-a4a6-bf8c19e54e04','2026-11-21T20:52:42.407Z','2026-11-21T20:52:42.407Z',0,1,'784e7118-7419-4e07-a97e-4a7a689691a3','5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-10-02','call','Cascade schedule for Osijek','Two local sessions confirmed for November.','2026-11-28',0);
INSERT INTO engagements VALUES('7aecf776-0be8-4c39-b640-a263598a6bec','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'21d24074-3a03-4b97-9b31-a2fb32c799a0','5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-06-12','site_visit','Visit to Osijek police administration','Agreed to release four officers for the local course.','2026-09-30',0);
INSERT INTO engagements VALUES('7348cc72-1172-4588-9a38-332e3e6d7b21','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'4ba21312-09bf-4377-9730-d21e9c3040ca','5534e3ec-a85f-4617-9868-f05674e6b0fb','2025-06-03','meeting','Prosecution of bias-motivated offences','Prosecutors will join the module on evidence of bias motive.',NULL,0);
INSERT INTO engagements VALUES('4e243c56-5a37-4b48-a3e5-d8dc4b9bee91','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'089c4c03-2785-4b7c-8cf2-8383c5772401','5534e3ec-a85f-4617-9868-f05674e6b0fb','2025-03-20','workshop','Focus group on reporting of attacks','Members rarely report: fear of not being believed.','2025-05-01',1);
INSERT INTO engagements VALUES('888eeb31-6254-4ce8-8044-1e164f3304c8','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'9e9b1560-091f-4d40-91db-ee52cdcc0df7','5534e3ec-a85f-4617-9868-f05674e6b0fb','2026-04-08','meeting','Victim referral pathway','Asked for a named contact officer in each administration.','2026-06-01',0);
CREATE TABLE stakeholder_snapshots (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),taken_at TEXT NOT NULL,power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL,trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5)
);
INSERT INTO stakeholder_snapshots VALUES('8df5bb3a-e638-4be6-867d-e9efe267c2a3','2026-11-21T20:52:42.402Z','2026-11-21T20:52:42.402Z',0,1,'8a3277c4-edde-4f77-84c9-976441766663','2025-02-10T12:00:00.000Z',5,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('01e4cde1-ab70-4ad3-8b81-cd45cd30cc9d','2026-11-21T20:52:42.403Z','2026-11-21T20:52:42.403Z',0,1,'8a3277c4-edde-4f77-84c9-976441766663','2025-04-14T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('64fa98a5-2193-4ac5-98dc-9aab27cf38aa','2026-11-21T20:52:42.403Z','2026-11-21T20:52:42.403Z',0,1,'8a3277c4-edde-4f77-84c9-976441766663','2026-03-01T12:00:00.000Z',5,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('5a533eea-cc52-4eb8-9035-f9f745fe8570','2026-11-21T20:52:42.406Z','2026-11-21T20:52:42.406Z',0,1,'63773d28-3360-42a9-8758-77c3d9b086fe','2026-11-01T12:00:00.000Z',4,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('22c8f923-2d4b-46b8-afdf-871cf803fbed','2026-11-21T20:52:42.407Z','2026-11-21T20:52:42.407Z',0,1,'784e7118-7419-4e07-a97e-4a7a689691a3','2026-11-01T12:00:00.000Z',3,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('b37809fb-9c48-4e0f-babb-2dd9fdccc462','2026-11-21T20:52:42.408Z','2026-11-21T20:52:42.408Z',0,1,'21d24074-3a03-4b97-9b31-a2fb32c799a0','2025-05-05T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('dbde3b4e-e1e3-4a0c-9ef8-8cad69f25d7a','2026-11-21T20:52:42.408Z','2026-11-21T20:52:42.408Z',0,1,'21d24074-3a03-4b97-9b31-a2fb32c799a0','2026-06-12T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('e2971440-efa6-403a-8303-a2ea50400540','2026-11-21T20:52:42.409Z','2026-11-21T20:52:42.409Z',0,1,'4ba21312-09bf-4377-9730-d21e9c3040ca','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('b29d3cbb-80fe-4a6a-89ab-b0f3407563a6','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'089c4c03-2785-4b7c-8cf2-8383c5772401','2026-11-01T12:00:00.000Z',1,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('297dfc0b-427b-4d90-b84b-3f16a7222b48','2026-11-21T20:52:42.410Z','2026-11-21T20:52:42.410Z',0,1,'9e9b1560-091f-4d40-91db-ee52cdcc0df7','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('b8d7fe9e-62bb-4d1e-8520-c607fbbd7224','2026-11-21T20:52:42.411Z','2026-11-21T20:52:42.411Z',0,1,'e3a96a32-ed72-4b4e-8b24-be47a2c0870f','2026-11-01T12:00:00.000Z',1,4,'neutral',2);
INSERT INTO stakeholder_snapshots VALUES('cad74677-a3bf-4cc4-a7f1-11cbfcb133f3','2026-11-21T20:52:42.420Z','2026-11-21T20:52:42.420Z',0,1,'f3001d2b-0e22-487d-8dbd-498321c59d4d','2026-11-01T12:00:00.000Z',5,5,'champion',5);
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
COMMIT;
