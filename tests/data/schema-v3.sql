-- Intervention Planner database at schema version 3 (the LEOP stage tables; before risk actions, indicators and settings), with data.
-- Frozen: never regenerate this from newer code. Loaded by tst_migrations.
PRAGMA application_id = 1230007345;
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE missions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
code TEXT NOT NULL,title TEXT NOT NULL,host_country TEXT NOT NULL DEFAULT '',lead_organisation TEXT NOT NULL DEFAULT '',national_counterpart TEXT NOT NULL DEFAULT '',start_date TEXT,end_date TEXT,status TEXT NOT NULL CHECK (status IN   ('planned', 'active', 'on_hold', 'closed')),current_stage TEXT NOT NULL CHECK (current_stage IN ('consultation',   'orientation', 'curriculum', 'train_the_trainer', 'post_training')),mou_status TEXT NOT NULL CHECK (mou_status IN   ('none', 'drafting', 'negotiation', 'signed', 'expired')),mou_date TEXT,budget_minor INTEGER,currency TEXT NOT NULL DEFAULT 'EUR',context TEXT NOT NULL CHECK (context IN   ('stable', 'transition', 'post_conflict')),predecessor_id TEXT REFERENCES missions(id),handover_notes TEXT NOT NULL DEFAULT '',archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
, embedded_in_curriculum INTEGER NOT NULL DEFAULT 0 CHECK (embedded_in_curriculum IN (0, 1)), trainers_target INTEGER CHECK (trainers_target >= 0), officers_target INTEGER CHECK (officers_target >= 0));
INSERT INTO missions VALUES('d2611508-3921-43d8-94ac-b328e6786a26','2026-11-21T23:26:51.828Z','2026-11-21T23:26:51.828Z',0,1,'HU-PILOT-05','Hate crime training pilot, Budapest','Hungary','OSCE/ODIHR','Országos Rendőr-főkapitányság (National Police Headquarters)','2005-03-01','2005-11-30','closed','post_training','expired','2005-02-15',9500000,'EUR','stable',NULL,'Lessons learned: front-line officers responded to case studies from their own jurisdiction, not to imported ones. Keep the course practical; trainers from outside policing were resisted.',0,0,NULL,NULL);
INSERT INTO missions VALUES('fb722700-e71d-4188-8d50-c54cf0847ce2','2026-11-21T23:26:51.829Z','2026-11-21T23:26:51.829Z',0,1,'ES-PILOT-05','Hate crime training pilot, Madrid','Spain','OSCE/ODIHR','Dirección General de la Policía','2005-05-02','2005-12-16','closed','post_training','expired','2005-04-20',8700000,'EUR','stable',NULL,'Lessons learned: recording bias indicators in the incident form did more than any lecture. Involve prosecutors from the first day.',0,0,NULL,NULL);
INSERT INTO missions VALUES('14be13dc-3875-429b-9d6e-7e01709ed593','2026-11-21T23:26:51.830Z','2026-11-21T23:26:51.873Z',0,1,'HR-HC-01','Combating hate crime: police training in Croatia','Croatia','OSCE/ODIHR','Ministarstvo unutarnjih poslova (Ministry of the Interior)','2025-03-01','2027-06-30','active','post_training','signed','2025-04-14',48000000,'EUR','transition','d2611508-3921-43d8-94ac-b328e6786a26','Nine national trainers certified in 2026; cascade running in Zagreb, Split and Osijek. Refresher for Čakovec and Vukovar planned.',0,0,9,1200);
INSERT INTO missions VALUES('a423cb04-9d47-4995-8501-731e20c30983','2026-11-21T23:26:51.830Z','2026-11-21T23:26:51.830Z',0,1,'BA-HC-01','Hate crime response in Bosnia and Herzegovina','Bosnia and Herzegovina','OSCE/ODIHR','Ministarstvo sigurnosti / Министарство безбједности (Ministry of Security)','2026-02-01','2028-03-31','active','orientation','signed','2026-05-20',62000000,'EUR','post_conflict',NULL,'Case files from the predecessor police support mission were only partly handed over; the recording capacity baseline is 1 (ad hoc). Entity and cantonal ministries must be consulted separately.',0,0,NULL,NULL);
INSERT INTO missions VALUES('6871fdc6-336e-49cb-9a93-66bbe46554f2','2026-11-21T23:26:51.831Z','2026-11-21T23:26:51.898Z',0,1,'PL-HC-01','National hate crime training cascade, Poland','Poland','OSCE/ODIHR','Komenda Główna Policji (National Police Headquarters)','2025-09-01','2027-12-31','active','train_the_trainer','signed','2025-10-06',75000000,'EUR','stable','fb722700-e71d-4188-8d50-c54cf0847ce2','A 5-day national train-the-trainer course, then 1-day local courses run by trainers from all 16 voivodeships, towards 20,000 officers trained.',0,0,48,20000);
CREATE TABLE stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),name TEXT NOT NULL,name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),organisation TEXT NOT NULL DEFAULT '',type TEXT NOT NULL,sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other',   'not_recorded')),power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL CHECK (attitude IN ('blocker', 'sceptic',   'neutral', 'supporter', 'champion')),trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),email TEXT NOT NULL DEFAULT '',phone TEXT NOT NULL DEFAULT '',address TEXT NOT NULL DEFAULT '',notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO stakeholders VALUES('07bb38a8-cdc7-4ff3-b472-b96bb648fa29','2026-11-21T23:26:51.831Z','2026-11-21T23:26:51.833Z',0,1,'group','Ministarstvo unutarnjih poslova',0,'Government of Croatia','ministry','not_recorded',5,4,'supporter',4,'demo.mup@example.org','+385 1 555 0101','','');
INSERT INTO stakeholders VALUES('cede7d28-73d8-48a9-828d-b1fdae973fc2','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'group','Policijska akademija',0,'Police Academy, Zagreb','academy','not_recorded',4,5,'champion',5,'demo.akademija@example.org','','','');
INSERT INTO stakeholders VALUES('1a843fa0-d64a-4d48-b274-cbe6e3d2807c','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'person','Ivana Horvat',0,'Police Academy, Zagreb','academy','female',3,5,'champion',5,'ivana.horvat.demo@example.org','+385 91 555 0142','','');
INSERT INTO stakeholders VALUES('983b6f0f-e1d4-4070-ba5f-93afcb30be44','2026-11-21T23:26:51.835Z','2026-11-21T23:26:51.836Z',0,1,'person','Marko Kovačević',0,'Police Administration Osijek-Baranja','police_senior','male',4,2,'sceptic',2,'m.kovacevic.demo@example.org','+385 31 555 0177','','Doubts that outside trainers understand local policing. Responds to peer examples from other police chiefs.');
INSERT INTO stakeholders VALUES('aecaef13-aeca-4538-895f-cadc0afa106f','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'group','Državno odvjetništvo Republike Hrvatske',0,'State Attorney''s Office','judiciary','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('29a659f7-d741-4d26-8ad4-e40c8e48982f','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'group','Romsko srce Međimurja',0,'Roma community association, Čakovec','civil_society','not_recorded',1,5,'supporter',2,'demo.romsko.srce@example.org','+385 40 555 0190','','');
INSERT INTO stakeholders VALUES('85987f7f-e064-4cce-ba32-ce1aa44a8496','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'group','Duga Zagreb',0,'LGBT rights NGO','civil_society','not_recorded',1,5,'sceptic',1,'demo.duga@example.org','','','Low trust in the police after the 2024 march incidents.');
INSERT INTO stakeholders VALUES('7571bdcb-4eb7-458b-8c19-7d23e90d3d89','2026-11-21T23:26:51.839Z','2026-11-21T23:26:51.839Z',0,1,'person','Dragana Petrović',1,'','affected_community','female',1,4,'neutral',2,'','+385 31 555 0111','','Reported a bias-motivated assault in Osijek; agreed to speak to trainers anonymously.');
INSERT INTO stakeholders VALUES('16023597-98ab-4d9f-9f67-75871309c4a1','2026-11-21T23:26:51.839Z','2026-11-21T23:26:51.839Z',0,1,'group','Министарство безбједности БиХ / Ministarstvo sigurnosti BiH',0,'Council of Ministers of Bosnia and Herzegovina','ministry','not_recorded',5,4,'supporter',3,'demo.msb@example.org','','','');
INSERT INTO stakeholders VALUES('8f1bafe2-dba4-4be7-9c10-d7a7e525ea6a','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'group','Federalno ministarstvo unutrašnjih poslova',0,'Federation of BiH','ministry','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('6b222755-d715-491f-97c0-947dc1ee8e63','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.841Z',0,1,'group','Министарство унутрашњих послова Републике Српске',0,'Republika Srpska, Бања Лука / Banja Luka','ministry','not_recorded',4,2,'sceptic',2,'','','','');
INSERT INTO stakeholders VALUES('fb918ca9-b843-426d-bf37-962a97fbeb90','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'group','MUP Kantona Sarajevo',0,'Sarajevo Canton Ministry of the Interior','police_senior','not_recorded',3,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('f97be524-51cd-40c5-a39f-acd08abac674','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'group','Policija Brčko distrikta',0,'Brčko District Police','police_front_line','not_recorded',2,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('305c2984-31bf-4f1d-8dc3-c7af7470f79b','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'group','OSCE Mission to Bosnia and Herzegovina',0,'OSCE','other_mission','not_recorded',3,4,'champion',4,'','','','');
INSERT INTO stakeholders VALUES('aed000cf-5fb2-4e6d-9083-dc28f2fad93c','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'group','Police support mission (closed)',0,'Predecessor mission archive','other_mission','not_recorded',2,2,'neutral',3,'','','','Only part of the case files was handed over; the rest is in an archive abroad.');
INSERT INTO stakeholders VALUES('0b80e52a-195a-4732-b430-8ec8fc1f3d13','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'group','Mreža mira Mostar',0,'Interfaith peace network','civil_society','not_recorded',2,5,'supporter',2,'demo.mreza@example.org','','','');
INSERT INTO stakeholders VALUES('2452fff9-6c0b-426c-952e-c47b3edb9c2c','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'group','Udruženje povratnika Prijedor',0,'Returnee association','affected_community','not_recorded',1,5,'sceptic',1,'','','','');
INSERT INTO stakeholders VALUES('34450a50-ce7b-4ae1-b954-79e8df5a1a8b','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'group','Komenda Główna Policji',0,'National Police Headquarters, Warszawa','police_senior','not_recorded',5,5,'champion',4,'demo.kgp@example.org','','','');
INSERT INTO stakeholders VALUES('254f5ed4-9b30-4246-9cd0-2bd3cd1d4581','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'group','Wyższa Szkoła Policji w Szczytnie',0,'Police Academy, Szczytno','academy','not_recorded',4,5,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('6045e354-cc7a-4ee5-9871-e6e410ad5132','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'group','Ministerstwo Spraw Wewnętrznych i Administracji',0,'Government of Poland','ministry','not_recorded',5,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('af15c74d-8e94-4312-8a53-6bb888b983cb','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'group','Komenda Wojewódzka Policji w Łodzi',0,'Voivodeship police, Łódź','police_front_line','not_recorded',3,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('63c1c690-f00c-40e8-8028-50518b4cb6b1','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'group','Komenda Wojewódzka Policji w Krakowie',0,'Voivodeship police, Kraków','police_front_line','not_recorded',3,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('a4fc163d-85ce-4d2d-948b-5910414696d8','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'group','Komenda Wojewódzka Policji w Gdańsku',0,'Voivodeship police, Gdańsk','police_front_line','not_recorded',3,2,'sceptic',3,'','','','');
INSERT INTO stakeholders VALUES('6182a25f-184e-4d4e-8f63-16327b849d56','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'person','Katarzyna Nowak-Wiśniewska',0,'Wyższa Szkoła Policji w Szczytnie','academy','female',3,5,'champion',5,'k.nowak.demo@example.org','+48 89 555 0123','','');
INSERT INTO stakeholders VALUES('7e42cf4f-c424-4c40-9211-ff950e4b4f96','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'group','Biuro Rzecznika Praw Obywatelskich',0,'Commissioner for Human Rights','international','not_recorded',3,5,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('d5cec648-e097-4f4b-8b90-69dbeb670c1d','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'group','Stowarzyszenie Otwarta Brama',0,'Anti-discrimination NGO, Białystok','civil_society','not_recorded',2,5,'supporter',2,'','','','');
INSERT INTO stakeholders VALUES('4ae19c42-4d4b-4086-a441-1e6b767fb7a1','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'group','Українська громада Любліна',0,'Ukrainian community association, Lublin','affected_community','not_recorded',1,4,'neutral',2,'','','','');
INSERT INTO stakeholders VALUES('35114c51-7b46-4511-8b53-0dacfc180ca1','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'group','Gazeta Regionalna (fictional)',0,'Regional newspaper','media','not_recorded',2,2,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('8bb7a23f-7dd4-4411-9cf1-8ba37c7b698b','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'group','Országos Rendőr-főkapitányság',0,'National Police Headquarters, Budapest','police_senior','not_recorded',5,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('e5ca47d5-d0e6-4834-b904-90e093be2c17','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'group','Dirección General de la Policía',0,'Policía Nacional, Madrid','police_senior','not_recorded',5,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('f901d67f-66b8-4d15-ae02-fbdbe5ee023d','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'group','OSCE/ODIHR Tolerance and Non-Discrimination Department',0,'OSCE/ODIHR, Warsaw','international','not_recorded',5,5,'champion',5,'','','','');
CREATE TABLE mission_stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),role TEXT NOT NULL DEFAULT ''
);
INSERT INTO mission_stakeholders VALUES('80816ff5-945b-474b-8ac4-130e9d696660','2026-11-21T23:26:51.833Z','2026-11-21T23:26:51.833Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','07bb38a8-cdc7-4ff3-b472-b96bb648fa29','National counterpart, MoU signatory');
INSERT INTO mission_stakeholders VALUES('45bbdcf3-d6a0-46ee-adb7-be9a4e6e0496','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','cede7d28-73d8-48a9-828d-b1fdae973fc2','Host of the train-the-trainer course');
INSERT INTO mission_stakeholders VALUES('787bd64e-d3b0-49d2-b5d1-5f072a5ec076','2026-11-21T23:26:51.835Z','2026-11-21T23:26:51.835Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','1a843fa0-d64a-4d48-b274-cbe6e3d2807c','Lead national trainer');
INSERT INTO mission_stakeholders VALUES('182185d9-dcf4-4b5e-9273-2cfbf40a2d08','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','983b6f0f-e1d4-4070-ba5f-93afcb30be44','Regional police chief, Osijek');
INSERT INTO mission_stakeholders VALUES('335c0d42-37e2-4b99-ab7c-f0ab1412a2cd','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','aecaef13-aeca-4538-895f-cadc0afa106f','Prosecution liaison');
INSERT INTO mission_stakeholders VALUES('fae27ee7-35ba-4719-9bab-e9ef370d099f','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','29a659f7-d741-4d26-8ad4-e40c8e48982f','Community partner, Međimurje');
INSERT INTO mission_stakeholders VALUES('cc83b2d2-b1a0-4123-a8b1-6cb6532453f4','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','85987f7f-e064-4cce-ba32-ce1aa44a8496','Civil society partner');
INSERT INTO mission_stakeholders VALUES('931b5c79-2681-4435-a595-db081a9ba97a','2026-11-21T23:26:51.839Z','2026-11-21T23:26:51.839Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','7571bdcb-4eb7-458b-8c19-7d23e90d3d89','Testimony for case study (anonymised)');
INSERT INTO mission_stakeholders VALUES('a8142bd5-9c76-4ab5-91a0-9b09d5bc820e','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','16023597-98ab-4d9f-9f67-75871309c4a1','MoU signatory');
INSERT INTO mission_stakeholders VALUES('f8ae2619-d32d-447b-a55d-3e54d6fd754d','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','8f1bafe2-dba4-4be7-9c10-d7a7e525ea6a','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('b876135b-1df5-4201-b48b-23e82dbe3bec','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','6b222755-d715-491f-97c0-947dc1ee8e63','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('112ca2d3-c106-490e-a94d-4fd099fe0a53','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','fb918ca9-b843-426d-bf37-962a97fbeb90','Cantonal police, pilot for recording');
INSERT INTO mission_stakeholders VALUES('21a9a6b9-847c-4c5e-b36f-b7d17a89f429','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','f97be524-51cd-40c5-a39f-acd08abac674','District police');
INSERT INTO mission_stakeholders VALUES('1d954bc2-d2b1-4791-8197-ae0e702404fc','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','305c2984-31bf-4f1d-8dc3-c7af7470f79b','Field presence, co-organiser');
INSERT INTO mission_stakeholders VALUES('2e21470b-1fa4-40fa-a651-c24822f9b585','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','aed000cf-5fb2-4e6d-9083-dc28f2fad93c','Records of earlier cases');
INSERT INTO mission_stakeholders VALUES('82000c31-d011-4829-905f-46a7881489e2','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','0b80e52a-195a-4732-b430-8ec8fc1f3d13','Civil society partner, Herzegovina');
INSERT INTO mission_stakeholders VALUES('3e885453-bedf-46ad-bba8-a27ac66f7c07','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','2452fff9-6c0b-426c-952e-c47b3edb9c2c','Affected community');
INSERT INTO mission_stakeholders VALUES('7ef76d72-3f40-4041-82fa-18dab3777f06','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','34450a50-ce7b-4ae1-b954-79e8df5a1a8b','National counterpart');
INSERT INTO mission_stakeholders VALUES('4e3b7d97-4c66-4a46-b7e7-1c06afc11698','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','254f5ed4-9b30-4246-9cd0-2bd3cd1d4581','Host of the 5-day national course');
INSERT INTO mission_stakeholders VALUES('c0f068cf-9022-4b81-9c89-80199fee15d6','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','6045e354-cc7a-4ee5-9871-e6e410ad5132','Ministry of the Interior and Administration');
INSERT INTO mission_stakeholders VALUES('793c44c7-222c-4577-bd79-f61e4a875cda','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','af15c74d-8e94-4312-8a53-6bb888b983cb','Regional cascade, Łódź');
INSERT INTO mission_stakeholders VALUES('7d02be40-80c8-419f-81e5-e2b7b047ac2f','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','63c1c690-f00c-40e8-8028-50518b4cb6b1','Regional cascade, Małopolska');
INSERT INTO mission_stakeholders VALUES('d3a5430a-5870-4301-9af6-c694e7407341','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','a4fc163d-85ce-4d2d-948b-5910414696d8','Regional cascade, Pomorze');
INSERT INTO mission_stakeholders VALUES('a8e091ce-f8b3-49bf-b238-3ab447baf03e','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','6182a25f-184e-4d4e-8f63-16327b849d56','Course director');
INSERT INTO mission_stakeholders VALUES('12ddc4b0-3575-4da4-a50c-98968b12b175','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','7e42cf4f-c424-4c40-9211-ff950e4b4f96','Independent monitoring');
INSERT INTO mission_stakeholders VALUES('14931d5e-d8a4-4e21-addf-d8ddda088d28','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','d5cec648-e097-4f4b-8b90-69dbeb670c1d','Case studies and victim support');
INSERT INTO mission_stakeholders VALUES('d54d16f4-3abd-4fe3-a1ba-05f2845bbcee','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','4ae19c42-4d4b-4086-a441-1e6b767fb7a1','Affected community');
INSERT INTO mission_stakeholders VALUES('b396eb1b-caad-4bd7-9fd3-5341ec5b0724','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','35114c51-7b46-4511-8b53-0dacfc180ca1','Media');
INSERT INTO mission_stakeholders VALUES('77f3171b-f90f-491e-877b-ec7ef0b9b57e','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','8bb7a23f-7dd4-4411-9cf1-8ba37c7b698b','Pilot host');
INSERT INTO mission_stakeholders VALUES('3d1c130b-78e0-4696-b3d1-63082f0c3634','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','e5ca47d5-d0e6-4834-b904-90e093be2c17','Pilot host');
INSERT INTO mission_stakeholders VALUES('824c101b-d879-477f-9112-be9fdd54319c','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','f901d67f-66b8-4d15-ae02-fbdbe5ee023d','Lead organisation');
INSERT INTO mission_stakeholders VALUES('c0473084-f83c-4324-a6b5-a5f0be946412','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','f901d67f-66b8-4d15-ae02-fbdbe5ee023d','Lead organisation');
INSERT INTO mission_stakeholders VALUES('9971c576-3653-405e-98e7-1bc267e135a1','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','f901d67f-66b8-4d15-ae02-fbdbe5ee023d','Lead organisation');
INSERT INTO mission_stakeholders VALUES('4470d30e-fc5c-4705-91c3-c86cf20e1296','2026-11-21T23:26:51.852Z','2026-11-21T23:26:51.852Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','f901d67f-66b8-4d15-ae02-fbdbe5ee023d','Lead organisation');
INSERT INTO mission_stakeholders VALUES('e27db05f-825d-4a23-b94a-3b12139a04f8','2026-11-21T23:26:51.852Z','2026-11-21T23:26:51.852Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','f901d67f-66b8-4d15-ae02-fbdbe5ee023d','Lead organisation');
CREATE TABLE engagements (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),mission_id TEXT REFERENCES missions(id),date TEXT NOT NULL,type TEXT NOT NULL,purpose TEXT NOT NULL DEFAULT '',outcome TEXT NOT NULL DEFAULT '',follow_up_date TEXT,follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
INSERT INTO engagements VALUES('d522df99-ca2a-44e3-bccf-58ea4148179c','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'07bb38a8-cdc7-4ff3-b472-b96bb648fa29','14be13dc-3875-429b-9d6e-7e01709ed593','2025-02-10','meeting','Opening consultation with the Ministry','Ministry asked for a training plan built on Croatian cases.','2025-03-01',1);
INSERT INTO engagements VALUES('a8bfafd5-ee7e-4d0b-9ef3-23c8d5cb9a48','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'07bb38a8-cdc7-4ff3-b472-b96bb648fa29','14be13dc-3875-429b-9d6e-7e01709ed593','2026-09-18','meeting','Institutionalisation of the course','Agreed to discuss adding the module to the academy curriculum.','2026-11-10',0);
INSERT INTO engagements VALUES('d005e15d-ef10-4611-ad1a-06fddfb80774','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'cede7d28-73d8-48a9-828d-b1fdae973fc2','14be13dc-3875-429b-9d6e-7e01709ed593','2026-01-20','workshop','Curriculum review with academy trainers','Four modules adapted; case studies from Split and Osijek added.','2026-02-15',1);
INSERT INTO engagements VALUES('f5a607c7-6df0-4073-af0d-4f9d330d3816','2026-11-21T23:26:51.835Z','2026-11-21T23:26:51.835Z',0,1,'1a843fa0-d64a-4d48-b274-cbe6e3d2807c','14be13dc-3875-429b-9d6e-7e01709ed593','2026-10-02','call','Cascade schedule for Osijek','Two local sessions confirmed for November.','2026-11-28',0);
INSERT INTO engagements VALUES('3affe232-5d8c-41ad-8f68-0bce127f0c62','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'983b6f0f-e1d4-4070-ba5f-93afcb30be44','14be13dc-3875-429b-9d6e-7e01709ed593','2026-06-12','site_visit','Visit to Osijek police administration','Agreed to release four officers for the local course.','2026-09-30',0);
INSERT INTO engagements VALUES('ed08f0c7-4338-4473-8182-5e8d2f4ee1f0','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'aecaef13-aeca-4538-895f-cadc0afa106f','14be13dc-3875-429b-9d6e-7e01709ed593','2025-06-03','meeting','Prosecution of bias-motivated offences','Prosecutors will join the module on evidence of bias motive.',NULL,0);
INSERT INTO engagements VALUES('860797a7-bff6-4cba-854d-322e954b7919','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'29a659f7-d741-4d26-8ad4-e40c8e48982f','14be13dc-3875-429b-9d6e-7e01709ed593','2025-03-20','workshop','Focus group on reporting of attacks','Members rarely report: fear of not being believed.','2025-05-01',1);
INSERT INTO engagements VALUES('94909b43-c72a-4730-9c00-9daa75c0f394','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'85987f7f-e064-4cce-ba32-ce1aa44a8496','14be13dc-3875-429b-9d6e-7e01709ed593','2026-04-08','meeting','Victim referral pathway','Asked for a named contact officer in each administration.','2026-06-01',0);
INSERT INTO engagements VALUES('48a5dcae-0237-41d9-a78c-fa0d36b525b5','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'16023597-98ab-4d9f-9f67-75871309c4a1','a423cb04-9d47-4995-8501-731e20c30983','2026-05-20','meeting','Signature of the MoU','MoU signed; orientation workshops to follow in both entities.',NULL,1);
INSERT INTO engagements VALUES('d1320dc5-cecc-4cd5-89f1-114fceb73add','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'8f1bafe2-dba4-4be7-9c10-d7a7e525ea6a','a423cb04-9d47-4995-8501-731e20c30983','2026-07-09','workshop','Orientation: recording practice','Bias motive is not a field in the incident form; recorded as free text at best.','2026-10-15',0);
INSERT INTO engagements VALUES('a347262a-afdc-4c7f-a23a-e003e4b042c8','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'6b222755-d715-491f-97c0-947dc1ee8e63','a423cb04-9d47-4995-8501-731e20c30983','2026-08-27','meeting','Bilateral in Бања Лука','Willing to send observers to the orientation workshop, not yet trainees.','2026-11-05',0);
INSERT INTO engagements VALUES('01e5b64f-1aae-483b-8832-3cec87af7ff3','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'aed000cf-5fb2-4e6d-9083-dc28f2fad93c','a423cb04-9d47-4995-8501-731e20c30983','2026-04-14','correspondence','Request for the missing case files','Archive answered that a formal request by the Ministry is needed.','2026-06-30',0);
INSERT INTO engagements VALUES('0b83c25c-e808-4b63-abe9-e30662f89d0e','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'34450a50-ce7b-4ae1-b954-79e8df5a1a8b','6871fdc6-336e-49cb-9a93-66bbe46554f2','2026-09-10','meeting','Burn-up review: officers trained against plan','Cascade behind plan in three voivodeships; extra sessions approved.','2026-12-10',0);
INSERT INTO engagements VALUES('7f50191b-2196-4cb3-af7b-55e2fafa48bd','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'a4fc163d-85ce-4d2d-948b-5910414696d8','6871fdc6-336e-49cb-9a93-66bbe46554f2','2026-07-22','call','Low attendance at local courses','Shift rosters clash with course days; will propose weekend sessions.','2026-08-31',0);
CREATE TABLE stakeholder_snapshots (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),taken_at TEXT NOT NULL,power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL,trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5)
);
INSERT INTO stakeholder_snapshots VALUES('6ea52e49-5405-4ec8-8b44-23b26756938f','2026-11-21T23:26:51.832Z','2026-11-21T23:26:51.832Z',0,1,'07bb38a8-cdc7-4ff3-b472-b96bb648fa29','2025-02-10T12:00:00.000Z',5,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('9353ed78-42c8-47eb-8af2-c35e0f22eef7','2026-11-21T23:26:51.832Z','2026-11-21T23:26:51.832Z',0,1,'07bb38a8-cdc7-4ff3-b472-b96bb648fa29','2025-04-14T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('fc50a9ed-8923-43b9-9d8e-8c1348253561','2026-11-21T23:26:51.833Z','2026-11-21T23:26:51.833Z',0,1,'07bb38a8-cdc7-4ff3-b472-b96bb648fa29','2026-03-01T12:00:00.000Z',5,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('1ab0fcf5-84a0-4015-9370-a1183e5fe147','2026-11-21T23:26:51.834Z','2026-11-21T23:26:51.834Z',0,1,'cede7d28-73d8-48a9-828d-b1fdae973fc2','2026-11-01T12:00:00.000Z',4,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('6217c9ab-b4e3-445b-89c7-bf872932fc0b','2026-11-21T23:26:51.835Z','2026-11-21T23:26:51.835Z',0,1,'1a843fa0-d64a-4d48-b274-cbe6e3d2807c','2026-11-01T12:00:00.000Z',3,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('158ac2be-808b-4c21-ae37-8cdadd630d90','2026-11-21T23:26:51.835Z','2026-11-21T23:26:51.835Z',0,1,'983b6f0f-e1d4-4070-ba5f-93afcb30be44','2025-05-05T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('11c3bfbc-5e4e-4590-9b80-1a4e2820e1f7','2026-11-21T23:26:51.836Z','2026-11-21T23:26:51.836Z',0,1,'983b6f0f-e1d4-4070-ba5f-93afcb30be44','2026-06-12T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('90a9de04-b9cc-4e45-a117-ce3e02d9ae61','2026-11-21T23:26:51.837Z','2026-11-21T23:26:51.837Z',0,1,'aecaef13-aeca-4538-895f-cadc0afa106f','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('80d2dd06-b406-43ee-a52a-13b7767d2b88','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'29a659f7-d741-4d26-8ad4-e40c8e48982f','2026-11-01T12:00:00.000Z',1,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('6939db75-90a4-48bf-bb0a-82b967ea5da7','2026-11-21T23:26:51.838Z','2026-11-21T23:26:51.838Z',0,1,'85987f7f-e064-4cce-ba32-ce1aa44a8496','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('0fd92b59-c29d-4d92-b59e-e907279ff030','2026-11-21T23:26:51.839Z','2026-11-21T23:26:51.839Z',0,1,'7571bdcb-4eb7-458b-8c19-7d23e90d3d89','2026-11-01T12:00:00.000Z',1,4,'neutral',2);
INSERT INTO stakeholder_snapshots VALUES('ddcd64f7-6cdf-4824-8630-0cd55c60ac82','2026-11-21T23:26:51.839Z','2026-11-21T23:26:51.839Z',0,1,'16023597-98ab-4d9f-9f67-75871309c4a1','2026-11-01T12:00:00.000Z',5,4,'supporter',3);
INSERT INTO stakeholder_snapshots VALUES('8f9e1081-fcbf-4bd8-b6ce-7e8940bf98f3','2026-11-21T23:26:51.840Z','2026-11-21T23:26:51.840Z',0,1,'8f1bafe2-dba4-4be7-9c10-d7a7e525ea6a','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('9431bbd4-3a56-4fd4-ad81-b31a7341b27c','2026-11-21T23:26:51.841Z','2026-11-21T23:26:51.841Z',0,1,'6b222755-d715-491f-97c0-947dc1ee8e63','2026-03-03T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('b6d25e2c-3f03-4193-8b2a-72b907cb6471','2026-11-21T23:26:51.841Z','2026-11-21T23:26:51.841Z',0,1,'6b222755-d715-491f-97c0-947dc1ee8e63','2026-08-27T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('c47e0779-4df8-454d-a9e2-3450bc65699d','2026-11-21T23:26:51.842Z','2026-11-21T23:26:51.842Z',0,1,'fb918ca9-b843-426d-bf37-962a97fbeb90','2026-11-01T12:00:00.000Z',3,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('db241eda-2869-4c5c-92ba-418a2ba821f0','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'f97be524-51cd-40c5-a39f-acd08abac674','2026-11-01T12:00:00.000Z',2,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('1a957081-14fc-4cd5-b7c8-689b84ed8128','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'305c2984-31bf-4f1d-8dc3-c7af7470f79b','2026-11-01T12:00:00.000Z',3,4,'champion',4);
INSERT INTO stakeholder_snapshots VALUES('9b250b96-fc33-4e40-8b77-7bc997721e9d','2026-11-21T23:26:51.843Z','2026-11-21T23:26:51.843Z',0,1,'aed000cf-5fb2-4e6d-9083-dc28f2fad93c','2026-11-01T12:00:00.000Z',2,2,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('03fa0031-d2b8-413f-ae81-6ac34b243d72','2026-11-21T23:26:51.844Z','2026-11-21T23:26:51.844Z',0,1,'0b80e52a-195a-4732-b430-8ec8fc1f3d13','2026-11-01T12:00:00.000Z',2,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('450b98f8-aaf2-4ca9-b4a1-aef28bdbea36','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'2452fff9-6c0b-426c-952e-c47b3edb9c2c','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('ef4b84f8-a264-4be6-bc1e-e89399dae142','2026-11-21T23:26:51.845Z','2026-11-21T23:26:51.845Z',0,1,'34450a50-ce7b-4ae1-b954-79e8df5a1a8b','2026-11-01T12:00:00.000Z',5,5,'champion',4);
INSERT INTO stakeholder_snapshots VALUES('a032d61e-8cdd-4e67-892b-a0d56c3a55a8','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'254f5ed4-9b30-4246-9cd0-2bd3cd1d4581','2026-11-01T12:00:00.000Z',4,5,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('833adae6-0f7f-4ff9-875a-98403462e299','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'6045e354-cc7a-4ee5-9871-e6e410ad5132','2026-11-01T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('58e2f56d-ebe8-4d34-a6d1-3575b159627a','2026-11-21T23:26:51.846Z','2026-11-21T23:26:51.846Z',0,1,'af15c74d-8e94-4312-8a53-6bb888b983cb','2026-11-01T12:00:00.000Z',3,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('6114a930-abe0-4371-9b88-560a049a4048','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'63c1c690-f00c-40e8-8028-50518b4cb6b1','2026-11-01T12:00:00.000Z',3,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('553188b1-64f4-440c-8bf9-c2c0a5d812bc','2026-11-21T23:26:51.847Z','2026-11-21T23:26:51.847Z',0,1,'a4fc163d-85ce-4d2d-948b-5910414696d8','2026-11-01T12:00:00.000Z',3,2,'sceptic',3);
INSERT INTO stakeholder_snapshots VALUES('d92a15d2-46fb-4f6f-9f02-c9794fd9afe8','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'6182a25f-184e-4d4e-8f63-16327b849d56','2026-11-01T12:00:00.000Z',3,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('c0d6285b-0542-4602-a506-5b105c3a335c','2026-11-21T23:26:51.848Z','2026-11-21T23:26:51.848Z',0,1,'7e42cf4f-c424-4c40-9211-ff950e4b4f96','2026-11-01T12:00:00.000Z',3,5,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('f5f98bf3-b122-4f30-9e83-e526d7ce468b','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'d5cec648-e097-4f4b-8b90-69dbeb670c1d','2026-11-01T12:00:00.000Z',2,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('95fae22d-f4fe-4349-bd29-4b745584102d','2026-11-21T23:26:51.849Z','2026-11-21T23:26:51.849Z',0,1,'4ae19c42-4d4b-4086-a441-1e6b767fb7a1','2026-11-01T12:00:00.000Z',1,4,'neutral',2);
INSERT INTO stakeholder_snapshots VALUES('cebcf6f3-4058-40a9-af04-9956c3cb7c3d','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'35114c51-7b46-4511-8b53-0dacfc180ca1','2026-11-01T12:00:00.000Z',2,2,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('166c64b6-8eda-4bb5-af96-682ad4790cc2','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'8bb7a23f-7dd4-4411-9cf1-8ba37c7b698b','2026-11-01T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('49c634d3-7db9-48ef-8f17-6f3f8c154002','2026-11-21T23:26:51.850Z','2026-11-21T23:26:51.850Z',0,1,'e5ca47d5-d0e6-4834-b904-90e093be2c17','2026-11-01T12:00:00.000Z',5,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('bbbcd324-dc46-48d8-95ee-158274fc3798','2026-11-21T23:26:51.851Z','2026-11-21T23:26:51.851Z',0,1,'f901d67f-66b8-4d15-ae02-fbdbe5ee023d','2026-11-01T12:00:00.000Z',5,5,'champion',5);
CREATE TABLE risks (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT REFERENCES missions(id),title TEXT NOT NULL,description TEXT NOT NULL DEFAULT '',category TEXT NOT NULL,owner TEXT NOT NULL DEFAULT '',likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),treatment TEXT NOT NULL,mitigation TEXT NOT NULL DEFAULT '',residual_likelihood INTEGER NOT NULL DEFAULT 0   CHECK (residual_likelihood BETWEEN 0 AND 5),residual_impact INTEGER NOT NULL DEFAULT 0   CHECK (residual_impact BETWEEN 0 AND 5),review_date TEXT,closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);
INSERT INTO risks VALUES('f9d6284d-6e0c-4608-afa0-44e743964f7f','2026-11-21T23:26:51.852Z','2026-11-21T23:26:51.853Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Change of leadership in the lead organisation ends the programme','LEOP itself was abandoned in 2009 after such a change.','political','Programme manager',3,5,'reduce_impact','Embed the course in the national academy curriculum so it outlives the programme.',3,3,'2026-12-01',0);
INSERT INTO risks VALUES('b9bfb973-405e-416d-95cb-c8120d1ab8e3','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Training stays ad hoc and is never embedded','','institutional','Police Academy liaison',3,4,'reduce_likelihood','Agreement with the Ministry on institutionalisation; academy trainers own the materials.',2,4,'2026-11-15',0);
INSERT INTO risks VALUES('bc47c206-0f6f-4370-810b-7c25e97d1cc0','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Under-reporting by Roma and LGBT communities','','inclusion','Community liaison officer',4,3,'reduce_likelihood','Named contact officers; referral pathway agreed with NGOs.',3,3,'2027-01-15',0);
INSERT INTO risks VALUES('7029292a-e923-4203-9504-14bbc4ebd274','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Turf battles between entity and cantonal interior ministries','','coordination','Head of mission',4,4,'reduce_likelihood','Separate consultations per entity; joint steering group chaired by the Ministry of Security.',3,3,'2026-11-10',0);
INSERT INTO risks VALUES('eb51cfcc-48b2-4c5f-9c9a-9bdd4e1e7ee0','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Case records lost at the handover from the predecessor mission','Cases were dropped when one mission handed over to the next in Kosovo.','coordination','Information manager',4,5,'reduce_impact','Formal request for the archive; rebuild the case list from prosecutors'' records.',3,4,'2026-12-05',0);
INSERT INTO risks VALUES('e4866cd2-72dc-46ca-9e41-fceb427efc8d','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Officials implicated in the crimes being addressed','','political','Head of mission',2,5,'share','Vetting with the OSCE Mission; escalation channel to the Permanent Council.',0,0,'2027-01-20',0);
INSERT INTO risks VALUES('0daa35d7-d273-42d0-b735-0b505e162685','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Security incidents at community venues during consultations','','security','Security officer',2,4,'reduce_likelihood','Neutral venues; police escort agreed case by case.',1,4,'2026-12-20',0);
INSERT INTO risks VALUES('d55465ed-a55b-402e-8873-89248e13d191','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Trainer rotation and attrition in the voivodeships','','institutional','Cascade coordinator',4,3,'reduce_impact','Two trainers certified per district; refresher each year.',3,2,'2026-11-30',0);
INSERT INTO risks VALUES('b086d371-da39-480f-8d11-7744d2f3ee66','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Few women among trainers and participants','','inclusion','Gender focal point',4,3,'reduce_likelihood','Target of 30 % women in each cohort; nominations asked for by name.',3,3,'2027-02-01',0);
INSERT INTO risks VALUES('05658773-7c4d-4c72-9337-f2755cbd51d4','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Funding not kept long enough to embed change','','economic','Programme manager',3,4,'share','Co-funding by the national police budget from 2027.',0,0,'2027-03-01',0);
INSERT INTO risks VALUES('044a5055-0f04-43e8-97b6-7865e2e13b34','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Hostile media campaign against NGO partners','','information','Press officer',2,3,'accept','',0,0,'2027-01-10',0);
INSERT INTO risks VALUES('111aee4b-cfec-4f00-bf53-10d705b054f1','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,NULL,'Decisions need unanimity among participating states','A single participating state can block the budget line for the whole programme.','political','Director',3,4,'accept','',0,0,'2027-01-31',0);
INSERT INTO risks VALUES('3e91dcdc-5cbf-4292-85b8-3cc6dd77a616','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,NULL,'Intelligence not shared between missions','','coordination','Information manager',3,3,'reduce_likelihood','Handover packages in a common format; quarterly exchange between heads of mission.',2,3,'2026-10-31',0);
INSERT INTO risks VALUES('6cde2c2d-6ec6-411c-9263-850aad335e5c','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','Police resist outside critics who do not know policing','','institutional','Pilot coordinator',4,3,'reduce_likelihood','Trainers drawn from serving police officers.',2,3,'2005-11-30',1);
INSERT INTO risks VALUES('c982ad3b-f56f-4138-8d13-6a0ed08d8396','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','Host-government consent withdrawn over sovereignty concerns','','political','Pilot coordinator',2,5,'avoid','Programme presented as a partnership led by the national police.',1,5,'2005-12-16',1);
CREATE TABLE risk_assessments (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
risk_id TEXT NOT NULL REFERENCES risks(id),assessed_at TEXT NOT NULL,likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),residual_likelihood INTEGER NOT NULL DEFAULT 0,residual_impact INTEGER NOT NULL DEFAULT 0
);
INSERT INTO risk_assessments VALUES('d0ba90e3-db8f-4aff-b30a-d1d75b042b77','2026-11-21T23:26:51.852Z','2026-11-21T23:26:51.852Z',0,1,'f9d6284d-6e0c-4608-afa0-44e743964f7f','2025-03-01T12:00:00.000Z',2,5,0,0);
INSERT INTO risk_assessments VALUES('8bdca836-c75f-4a67-b691-ef279fc3597c','2026-11-21T23:26:51.852Z','2026-11-21T23:26:51.852Z',0,1,'f9d6284d-6e0c-4608-afa0-44e743964f7f','2026-06-01T12:00:00.000Z',3,5,0,0);
INSERT INTO risk_assessments VALUES('3060bfc2-8b3a-45f3-8f34-2619e4cd16cc','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'f9d6284d-6e0c-4608-afa0-44e743964f7f','2026-11-01T12:00:00.000Z',3,5,3,3);
INSERT INTO risk_assessments VALUES('850d9c01-3c49-482c-8277-4568e2126542','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'b9bfb973-405e-416d-95cb-c8120d1ab8e3','2025-03-01T12:00:00.000Z',4,4,0,0);
INSERT INTO risk_assessments VALUES('ce09ba88-0193-4388-912b-49774380a107','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'b9bfb973-405e-416d-95cb-c8120d1ab8e3','2026-11-01T12:00:00.000Z',3,4,2,4);
INSERT INTO risk_assessments VALUES('f7e80e84-2cd6-4a4e-b44b-9feb997ee0be','2026-11-21T23:26:51.853Z','2026-11-21T23:26:51.853Z',0,1,'bc47c206-0f6f-4370-810b-7c25e97d1cc0','2026-11-01T12:00:00.000Z',4,3,3,3);
INSERT INTO risk_assessments VALUES('f1ec5537-7201-42a3-9df7-d4b1594ff2e7','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'7029292a-e923-4203-9504-14bbc4ebd274','2026-02-15T12:00:00.000Z',5,4,0,0);
INSERT INTO risk_assessments VALUES('3f5a3832-eb6c-4721-b611-100f31967aa6','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'7029292a-e923-4203-9504-14bbc4ebd274','2026-11-01T12:00:00.000Z',4,4,3,3);
INSERT INTO risk_assessments VALUES('bacd6a02-7310-4109-beff-a413561b7199','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'eb51cfcc-48b2-4c5f-9c9a-9bdd4e1e7ee0','2026-11-01T12:00:00.000Z',4,5,3,4);
INSERT INTO risk_assessments VALUES('d608b1de-bd65-470b-ae0a-7a83729145ed','2026-11-21T23:26:51.854Z','2026-11-21T23:26:51.854Z',0,1,'e4866cd2-72dc-46ca-9e41-fceb427efc8d','2026-11-01T12:00:00.000Z',2,5,0,0);
INSERT INTO risk_assessments VALUES('d8318c71-bc9b-4696-9d44-c90f56abd5d5','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'0daa35d7-d273-42d0-b735-0b505e162685','2026-11-01T12:00:00.000Z',2,4,1,4);
INSERT INTO risk_assessments VALUES('a17af905-6a7e-402b-8556-5f69898cbd85','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'d55465ed-a55b-402e-8873-89248e13d191','2025-10-01T12:00:00.000Z',3,3,0,0);
INSERT INTO risk_assessments VALUES('d8fb600c-4b6c-4a17-bdc7-ff018dfa0d10','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'d55465ed-a55b-402e-8873-89248e13d191','2026-11-01T12:00:00.000Z',4,3,3,2);
INSERT INTO risk_assessments VALUES('06dd3fb8-b782-40fd-b633-7091049e6bea','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'b086d371-da39-480f-8d11-7744d2f3ee66','2026-11-01T12:00:00.000Z',4,3,3,3);
INSERT INTO risk_assessments VALUES('749fe211-d062-4ab3-8895-1aa9de9a304a','2026-11-21T23:26:51.855Z','2026-11-21T23:26:51.855Z',0,1,'05658773-7c4d-4c72-9337-f2755cbd51d4','2026-11-01T12:00:00.000Z',3,4,0,0);
INSERT INTO risk_assessments VALUES('289b896f-2168-48f5-be05-5a3d1c1bbe35','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'044a5055-0f04-43e8-97b6-7865e2e13b34','2026-11-01T12:00:00.000Z',2,3,0,0);
INSERT INTO risk_assessments VALUES('6374c42b-bbb8-4d4c-a37a-1b8d0b2727a4','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'111aee4b-cfec-4f00-bf53-10d705b054f1','2026-11-01T12:00:00.000Z',3,4,0,0);
INSERT INTO risk_assessments VALUES('7ca395d5-83d0-4be6-bd0b-c86709f584cb','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'3e91dcdc-5cbf-4292-85b8-3cc6dd77a616','2026-11-01T12:00:00.000Z',3,3,2,3);
INSERT INTO risk_assessments VALUES('400c78db-505b-4382-98a9-46f64fff51dc','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'6cde2c2d-6ec6-411c-9263-850aad335e5c','2026-11-01T12:00:00.000Z',4,3,2,3);
INSERT INTO risk_assessments VALUES('4be56960-a675-41b3-98c1-640ea7c09840','2026-11-21T23:26:51.856Z','2026-11-21T23:26:51.856Z',0,1,'c982ad3b-f56f-4138-8d13-6a0ed08d8396','2026-11-01T12:00:00.000Z',2,5,1,5);
CREATE TABLE stage_criteria (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stage TEXT NOT NULL CHECK (stage IN ('consultation', 'orientation',   'curriculum', 'train_the_trainer', 'post_training')),position INTEGER NOT NULL DEFAULT 0,text TEXT NOT NULL,done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),done_on TEXT
);
INSERT INTO stage_criteria VALUES('e1afa372-7866-49f6-ae28-8803efce82c9','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('216b6824-0c30-4cdf-9b19-d3e3f9409fae','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('9088ae02-68b2-433f-a54d-2f7176be86f7','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('24fd8034-7824-416d-9d75-d6beff939792','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('6c191e11-72af-413c-904c-e593d211fec2','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('4b515a40-64f2-44d7-a242-477542647f36','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('cf0bc45e-8356-4b35-aad5-16f5b634c25d','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('e1525832-68c2-4f5b-aca2-ebb1adbeb8cf','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.859Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('b2fac17a-669d-4ddb-a036-7c145c62e1c6','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('1171aa41-0afa-4c56-a1e9-59ac43ff3acb','2026-11-21T23:26:51.857Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('a63ae4e1-f408-4d5a-abb4-62b653c1b1c9','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('07146d88-b7da-4c8f-9b79-f9d4c1b22313','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('6dce8f74-1644-44d0-86dc-e419c5c2ea86','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('f1cd06c0-b9a0-476c-a401-32a84856c2bd','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.860Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('93d63bf1-3d7f-4abf-832b-d415d97773ec','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('68bdd310-cdec-48db-98d6-2b1094e17131','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('b5aa11cc-a0ac-4f53-a0fa-534b652d40f2','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('c421d6d2-379b-486d-86dc-0555cbd995c9','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','post_training',2,'Course embedded in the national academy curriculum',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('8db0a9aa-0a3c-40ea-8bb9-36cc7041c002','2026-11-21T23:26:51.858Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','post_training',3,'Follow-up evaluation held',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('8b6ce425-b18e-44eb-b2fc-4bc78c6a6aaa','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('c1559f6c-f119-4028-9844-e18bb038a92c','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('3ba320b4-2330-4068-a610-578f1ad9dccc','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('6806662e-4b0f-448a-97bd-16d57d3e7021','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('02460517-a2b9-4160-b6b2-8b9e350f5d7e','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('cf300349-1922-46df-a03d-041f1e54030d','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.865Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('f27d4bbe-57a7-4dd8-99fe-f6163df40f7d','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('3d57feeb-8169-4d2a-be33-cd5b00715254','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('a121d2da-26c8-4d52-8e04-1ab5e2fe62b5','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('f4cf85ad-ebb5-494d-b411-2bccb418fa07','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('aae48298-eeab-447f-b1dd-0e4271e5776b','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('ebdf4967-8e76-4a3c-9746-fe47cb27470c','2026-11-21T23:26:51.863Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('94296685-0037-456d-b775-80bc4c727463','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('74946d47-4d0f-4e82-8ec7-903edbc0e044','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('cdcd84ba-d077-4cdf-9883-8fa529e916e9','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.866Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('5024639f-8c7c-4b3b-a334-85dfd525b81b','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('727ef547-0c00-4602-8acc-6d9585d6c8ae','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('3f4ba4b3-138b-47a3-a7b0-15b375aca6ae','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','post_training',2,'Course embedded in the national academy curriculum',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('d0df5155-a73a-4b79-8720-fc3afbc84489','2026-11-21T23:26:51.864Z','2026-11-21T23:26:51.864Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('a7db3cc6-ed3b-4d10-bb30-991ae129b338','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('0b72b083-40ce-4642-82bb-a0f6b702feeb','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('a62184be-165f-42ca-9b89-db5e96d9a171','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('2b082342-ddc0-4190-824d-12bbb408e77d','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('397da192-74a5-4940-9c78-b404d780eb2f','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('466f35d7-3eb6-40a9-b891-4c91afad37c5','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('4e80cbd8-bfcf-4a4c-b3a5-2b8f91c5a434','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('aefb2610-a3ac-4658-9085-d73a43987e18','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('eaaf7996-20e0-4296-aee2-24019ee20f0a','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('d2df1969-4c37-4a9f-82ad-2e3efe6126e1','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('579c6825-5af6-4700-b5ec-b54eb1374f22','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.871Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('71065372-6a6b-4937-aef0-82065dc8a335','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('9e4b519e-077c-486d-b637-c10d7582cc45','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('3ad1ea70-fb45-4c15-83ca-67642ac7b9cb','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('4907ebeb-0a2b-4c9e-803a-5a58abe06205','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('08757eb4-421d-42c1-85eb-6b14acbd71d3','2026-11-21T23:26:51.869Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('e6db1ddc-5006-4dfc-9f4a-c59db28c7ccf','2026-11-21T23:26:51.870Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('fd44282d-390d-4bec-b5b4-2f419acfef8d','2026-11-21T23:26:51.870Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('e6fdd2b6-5dda-44f6-ba04-c9cd001fb1c5','2026-11-21T23:26:51.870Z','2026-11-21T23:26:51.870Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('c380f55f-d6a7-4f29-bdae-9bcf4280a296','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('be759e5a-aa2d-41ca-befc-fcf11900f166','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('5ad8f639-7461-410b-86fe-346243a951c7','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('761c02f5-40fe-4a72-8613-aef0f0e7bab5','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('3498dbd0-256b-4354-b8a4-0bfc4de3f8a6','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('2dec9575-bf19-4c91-b9e8-84358243fa19','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('7b0f9a27-f620-4c39-8918-b3086f5e5baa','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.886Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','orientation',2,'Challenges and opportunities agreed with senior staff',0,NULL);
INSERT INTO stage_criteria VALUES('f6103f95-ec55-47d4-be51-ff7b838b73ec','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.886Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','orientation',3,'Needs stated, prioritised and agreed',0,NULL);
INSERT INTO stage_criteria VALUES('9a7e6110-f146-4910-acc6-74cbddf34967','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.886Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','curriculum',0,'Every high-priority need answered by a module',0,NULL);
INSERT INTO stage_criteria VALUES('52233e39-40b5-437d-bcdc-4a8d40ef7800','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.886Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','curriculum',1,'Modules reviewed by the training institution',0,NULL);
INSERT INTO stage_criteria VALUES('5b66cc2b-b7f4-41e9-92fd-331ce7cfa96d','2026-11-21T23:26:51.886Z','2026-11-21T23:26:51.886Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','curriculum',2,'Learning objectives and hours set for each module',0,NULL);
INSERT INTO stage_criteria VALUES('2af20222-f39e-4881-9f7d-207c440ce26f','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','train_the_trainer',0,'National trainers certified',0,NULL);
INSERT INTO stage_criteria VALUES('52c1cca1-3460-4097-98f5-2b3e208712ff','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','train_the_trainer',1,'Manuals and handouts validated in the national language',0,NULL);
INSERT INTO stage_criteria VALUES('91a7e5a5-bcfb-4df3-8074-8bfadd336fc3','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','train_the_trainer',2,'Cascade sessions scheduled in the regions',0,NULL);
INSERT INTO stage_criteria VALUES('f62d30cf-f76b-4ba0-8a3c-f7d87279d7da','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','train_the_trainer',3,'Pre- and post-tests held',0,NULL);
INSERT INTO stage_criteria VALUES('e4f3f266-12fc-400d-b8d8-8d08e93926fe','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','post_training',0,'Follow-up activities planned for the trainers',0,NULL);
INSERT INTO stage_criteria VALUES('b9de468c-6dfd-4d04-b441-fe7eec8ba736','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','post_training',1,'Best practices and resources shared',0,NULL);
INSERT INTO stage_criteria VALUES('9991a12a-c4df-4a2e-b9dd-3bc0f6dbd6ac','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('c8b1765c-db72-4d3e-8d31-9247a01ed5af','2026-11-21T23:26:51.887Z','2026-11-21T23:26:51.887Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('a69027d2-c6f8-4549-8251-237cc4f46add','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('84206e61-f1cb-48b5-8016-9f072682eb2c','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('4c27a40a-f02e-40a3-ad73-f4b4db220662','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('ceedd0df-9396-4dd9-9ed8-cd7953f31a14','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('9b082687-42a7-4703-a10f-12725815cd7b','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('1fc2e8fb-7d4f-4d6a-9ecc-524f07219290','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('61ff628c-a617-4c28-83c9-94431eaa58fc','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('6282e16b-cbc6-45c8-a2c3-05c2734f4c61','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('50e3c7b3-e836-4536-ad9c-b3d9a98a580a','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('6ead8a5c-ac8a-4f4a-a3ea-ea4d6c5857c6','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.896Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('b4e1dc82-cac2-41b4-88ca-aa7d15967f3a','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.897Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('50050944-2e6a-410a-8595-420ebd739fc1','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.897Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('cbe48934-bb1b-405a-9866-1702cbce5707','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.894Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','train_the_trainer',1,'Manuals and handouts validated in the national language',0,NULL);
INSERT INTO stage_criteria VALUES('9978cc58-f8d5-4de8-99fa-5b73d752510d','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.894Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','train_the_trainer',2,'Cascade sessions scheduled in the regions',0,NULL);
INSERT INTO stage_criteria VALUES('d3649a71-a5dc-4c71-b0a0-a30eb02374fa','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.894Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','train_the_trainer',3,'Pre- and post-tests held',0,NULL);
INSERT INTO stage_criteria VALUES('60917f82-dd25-464e-8705-56073ada82ea','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.894Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','post_training',0,'Follow-up activities planned for the trainers',0,NULL);
INSERT INTO stage_criteria VALUES('e6e9f5c4-c691-4103-86de-aef3009e2de2','2026-11-21T23:26:51.894Z','2026-11-21T23:26:51.894Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','post_training',1,'Best practices and resources shared',0,NULL);
INSERT INTO stage_criteria VALUES('9264dc32-19a6-4932-913b-d80c00780741','2026-11-21T23:26:51.895Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('62e651f1-b109-44c4-97d9-c30ced0fa7a6','2026-11-21T23:26:51.895Z','2026-11-21T23:26:51.895Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','post_training',3,'Follow-up evaluation held',0,NULL);
CREATE TABLE stage_transitions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),from_stage TEXT NOT NULL,to_stage TEXT NOT NULL,happened_at TEXT NOT NULL,unmet_criteria INTEGER NOT NULL DEFAULT 0,reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO stage_transitions VALUES('d704d707-f89a-4fa1-985b-c9fc93d77793','2026-11-21T23:26:51.861Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','consultation','orientation','2005-03-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('18d3a79f-f03b-4c46-9e29-0a7572d2dd45','2026-11-21T23:26:51.861Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','orientation','curriculum','2005-04-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('94d758cd-0fb7-4f0d-a9a0-d2e4cf8a9ccd','2026-11-21T23:26:51.861Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','curriculum','train_the_trainer','2005-05-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('b00cc7cf-52f7-4937-a87e-1f7054cf32c7','2026-11-21T23:26:51.861Z','2026-11-21T23:26:51.861Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','train_the_trainer','post_training','2005-06-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('dd320562-7e7a-48fd-9e72-df47a96c4004','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','consultation','orientation','2005-05-16T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('afbabaa6-1154-452e-84d8-b6f4152db400','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','orientation','curriculum','2005-06-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('fcabaf88-6d60-44a6-ad68-49ff61123204','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','curriculum','train_the_trainer','2005-08-01T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('af8798cd-50c9-40e2-897a-808e5cc7ab80','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','train_the_trainer','post_training','2005-09-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('b2d2553a-2bca-4133-a428-9b36dbeefd97','2026-11-21T23:26:51.872Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','consultation','orientation','2025-05-05T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('e4d7f2f2-f382-429d-abb6-f2c11a0fcc13','2026-11-21T23:26:51.872Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','orientation','curriculum','2025-09-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('ea6b5878-380d-4523-8bd7-d757e68d33e2','2026-11-21T23:26:51.872Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','curriculum','train_the_trainer','2026-01-19T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('ca3933a3-6d3e-450b-83da-7938deae6c08','2026-11-21T23:26:51.872Z','2026-11-21T23:26:51.872Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','train_the_trainer','post_training','2026-06-29T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('7e69ffe9-5fe1-4f8b-8193-142fc027c361','2026-11-21T23:26:51.888Z','2026-11-21T23:26:51.888Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','consultation','orientation','2026-05-25T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('7f702f42-e348-4dd1-a575-fd7c2a320d37','2026-11-21T23:26:51.897Z','2026-11-21T23:26:51.897Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','consultation','orientation','2025-10-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('a7b7e15f-d512-49ee-b8bb-b7d42d284073','2026-11-21T23:26:51.897Z','2026-11-21T23:26:51.897Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','orientation','curriculum','2025-11-24T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('8f865d68-5115-43db-92e1-e17ed79e901b','2026-11-21T23:26:51.897Z','2026-11-21T23:26:51.897Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','curriculum','train_the_trainer','2026-01-05T12:00:00.000Z',0,'');
CREATE TABLE consultation_sessions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),date TEXT NOT NULL,place TEXT NOT NULL DEFAULT '',format TEXT NOT NULL CHECK (format IN ('roundtable', 'focus_group',   'bilateral', 'survey', 'workshop')),held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),other_or_unrecorded INTEGER NOT NULL DEFAULT 0   CHECK (other_or_unrecorded >= 0),notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO consultation_sessions VALUES('283042b4-1638-4212-9b95-b6ea0f8116ff','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.862Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','2005-02-01','Országos Rendőr-főkapitányság, Budapest','roundtable',1,3,8,0,'');
INSERT INTO consultation_sessions VALUES('4d03075c-546e-48dd-88b8-5089da9a775f','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','2005-04-05','Dirección General de la Policía, Madrid','roundtable',1,3,8,0,'');
INSERT INTO consultation_sessions VALUES('6ffed795-d442-4959-8e20-08fee4fdd7a3','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','2025-02-10','Ministry of the Interior, Zagreb','bilateral',1,2,3,0,'Opening consultation; the Ministry asked for a plan built on Croatian cases.');
INSERT INTO consultation_sessions VALUES('9a8812f4-2953-4284-967c-90c080b29177','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','2025-02-25','Policijska akademija, Zagreb','roundtable',1,5,11,0,'');
INSERT INTO consultation_sessions VALUES('4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','2025-03-12','Čakovec','focus_group',1,7,4,0,'Held in a community centre, without uniformed officers present.');
INSERT INTO consultation_sessions VALUES('c85b8b45-8733-4325-a8c8-1beb1c525d7c','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','2026-02-20','Sarajevo','roundtable',1,4,14,0,'');
INSERT INTO consultation_sessions VALUES('0ef360cf-ad2e-4dc6-98bd-7628a1aa175f','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','2026-03-05','Banja Luka / Бања Лука','bilateral',1,1,3,0,'');
INSERT INTO consultation_sessions VALUES('082aaff2-8460-4dd3-8603-1cf0d4eda7e7','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','2026-03-18','Prijedor','focus_group',1,6,5,0,'Returnees described attacks on houses and graves since 2024.');
INSERT INTO consultation_sessions VALUES('1b01b9b3-3c9f-40b9-834f-7a0585815451','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','2026-04-09','Brčko','roundtable',1,2,7,0,'');
INSERT INTO consultation_sessions VALUES('ce010ebe-d982-4ca5-a052-160d79626fc6','2026-11-21T23:26:51.898Z','2026-11-21T23:26:51.898Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','2025-09-15','Komenda Główna Policji, Warszawa','roundtable',1,3,9,0,'');
INSERT INTO consultation_sessions VALUES('0adec358-950c-436d-a9ec-6f06044ea92c','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','2025-09-30','Lublin','focus_group',1,8,3,0,'Ukrainian and Jewish community representatives.');
INSERT INTO consultation_sessions VALUES('a10330e6-2c75-49da-8ea6-53bf13c668be','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','2025-10-02','Online','survey',1,41,96,0,'Survey of the 16 voivodeship training units.');
CREATE TABLE consultation_attendees (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
session_id TEXT NOT NULL REFERENCES consultation_sessions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id)
);
INSERT INTO consultation_attendees VALUES('2c80ec0d-0402-4dd7-b28e-f6998bfc381e','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.862Z',0,1,'283042b4-1638-4212-9b95-b6ea0f8116ff','8bb7a23f-7dd4-4411-9cf1-8ba37c7b698b');
INSERT INTO consultation_attendees VALUES('2cc2c136-0bbf-4e1b-8401-19e3bb734182','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.862Z',0,1,'283042b4-1638-4212-9b95-b6ea0f8116ff','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('9ee8e4d9-02f2-4422-9fe5-c197d19353a0','2026-11-21T23:26:51.867Z','2026-11-21T23:26:51.867Z',0,1,'4d03075c-546e-48dd-88b8-5089da9a775f','e5ca47d5-d0e6-4834-b904-90e093be2c17');
INSERT INTO consultation_attendees VALUES('ebe71f38-05da-4a0f-99ba-131ea2b9dff2','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.868Z',0,1,'4d03075c-546e-48dd-88b8-5089da9a775f','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('f99b471a-3b73-44b6-9239-acfd25cab715','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'6ffed795-d442-4959-8e20-08fee4fdd7a3','07bb38a8-cdc7-4ff3-b472-b96bb648fa29');
INSERT INTO consultation_attendees VALUES('b8fa0d15-512d-4799-b2c2-6b06c5ec448f','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'6ffed795-d442-4959-8e20-08fee4fdd7a3','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('a88ef908-4609-4954-8232-80d7bda6ff28','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'9a8812f4-2953-4284-967c-90c080b29177','cede7d28-73d8-48a9-828d-b1fdae973fc2');
INSERT INTO consultation_attendees VALUES('935e2018-3006-42c4-bf97-737119b03244','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'9a8812f4-2953-4284-967c-90c080b29177','1a843fa0-d64a-4d48-b274-cbe6e3d2807c');
INSERT INTO consultation_attendees VALUES('8cfd2155-b370-4fa5-9586-5d134eb0fa31','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'9a8812f4-2953-4284-967c-90c080b29177','983b6f0f-e1d4-4070-ba5f-93afcb30be44');
INSERT INTO consultation_attendees VALUES('0f0d2e00-5040-4aaa-817f-05f02e6ae1ea','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'9a8812f4-2953-4284-967c-90c080b29177','aecaef13-aeca-4538-895f-cadc0afa106f');
INSERT INTO consultation_attendees VALUES('e595ae00-6b06-47b7-9234-c5353862d4bf','2026-11-21T23:26:51.874Z','2026-11-21T23:26:51.874Z',0,1,'9a8812f4-2953-4284-967c-90c080b29177','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('42dbccbd-9537-400a-9520-3ea5ebd7f979','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','29a659f7-d741-4d26-8ad4-e40c8e48982f');
INSERT INTO consultation_attendees VALUES('9bc7263e-5e21-47b3-845c-a36146a96ec5','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','85987f7f-e064-4cce-ba32-ce1aa44a8496');
INSERT INTO consultation_attendees VALUES('16138354-dd8d-4485-b7ce-2a6df06e505b','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','7571bdcb-4eb7-458b-8c19-7d23e90d3d89');
INSERT INTO consultation_attendees VALUES('ad37dac0-4fb0-48a3-8dad-89e1358e0f82','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'c85b8b45-8733-4325-a8c8-1beb1c525d7c','16023597-98ab-4d9f-9f67-75871309c4a1');
INSERT INTO consultation_attendees VALUES('5140177a-7b92-44c2-9d2f-e2923dd4d921','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'c85b8b45-8733-4325-a8c8-1beb1c525d7c','8f1bafe2-dba4-4be7-9c10-d7a7e525ea6a');
INSERT INTO consultation_attendees VALUES('6214c6b9-0889-473b-b3eb-34fc2a62f663','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'c85b8b45-8733-4325-a8c8-1beb1c525d7c','6b222755-d715-491f-97c0-947dc1ee8e63');
INSERT INTO consultation_attendees VALUES('7e927d6a-3b7e-4e3a-80a8-48697a9cbf9a','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'c85b8b45-8733-4325-a8c8-1beb1c525d7c','305c2984-31bf-4f1d-8dc3-c7af7470f79b');
INSERT INTO consultation_attendees VALUES('f31160fe-6415-4d21-8ee5-bce7de2e8253','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'c85b8b45-8733-4325-a8c8-1beb1c525d7c','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('d14727d7-550c-49e0-b62b-253d88e44ce8','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'0ef360cf-ad2e-4dc6-98bd-7628a1aa175f','6b222755-d715-491f-97c0-947dc1ee8e63');
INSERT INTO consultation_attendees VALUES('48965a8f-2489-4e4b-9c33-99d9638d1223','2026-11-21T23:26:51.889Z','2026-11-21T23:26:51.889Z',0,1,'082aaff2-8460-4dd3-8603-1cf0d4eda7e7','2452fff9-6c0b-426c-952e-c47b3edb9c2c');
INSERT INTO consultation_attendees VALUES('a0b275ca-687d-4950-b240-1be2db3d5a84','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'082aaff2-8460-4dd3-8603-1cf0d4eda7e7','0b80e52a-195a-4732-b430-8ec8fc1f3d13');
INSERT INTO consultation_attendees VALUES('137fbc22-5141-41c0-a9a4-03a680931ba8','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'1b01b9b3-3c9f-40b9-834f-7a0585815451','f97be524-51cd-40c5-a39f-acd08abac674');
INSERT INTO consultation_attendees VALUES('9934d583-9fe6-41a0-a5f0-6ccfca633c74','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'1b01b9b3-3c9f-40b9-834f-7a0585815451','305c2984-31bf-4f1d-8dc3-c7af7470f79b');
INSERT INTO consultation_attendees VALUES('5b1ab3d0-7628-4a4a-92d1-1f7233d65c66','2026-11-21T23:26:51.898Z','2026-11-21T23:26:51.898Z',0,1,'ce010ebe-d982-4ca5-a052-160d79626fc6','34450a50-ce7b-4ae1-b954-79e8df5a1a8b');
INSERT INTO consultation_attendees VALUES('47080b81-920a-487c-8610-1b8564fa9853','2026-11-21T23:26:51.898Z','2026-11-21T23:26:51.898Z',0,1,'ce010ebe-d982-4ca5-a052-160d79626fc6','6045e354-cc7a-4ee5-9871-e6e410ad5132');
INSERT INTO consultation_attendees VALUES('f7ed3665-0a70-4c54-a319-ac42cf88dd4f','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'ce010ebe-d982-4ca5-a052-160d79626fc6','254f5ed4-9b30-4246-9cd0-2bd3cd1d4581');
INSERT INTO consultation_attendees VALUES('93eff420-ae2f-4cb4-9bb9-6eb29af095f1','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'ce010ebe-d982-4ca5-a052-160d79626fc6','f901d67f-66b8-4d15-ae02-fbdbe5ee023d');
INSERT INTO consultation_attendees VALUES('0a3310ff-7ae9-4055-9f8f-6d15ba845766','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'0adec358-950c-436d-a9ec-6f06044ea92c','4ae19c42-4d4b-4086-a441-1e6b767fb7a1');
INSERT INTO consultation_attendees VALUES('f5e72cd1-608e-4a7f-8964-258fc122f437','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'0adec358-950c-436d-a9ec-6f06044ea92c','d5cec648-e097-4f4b-8b90-69dbeb670c1d');
CREATE TABLE findings (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),session_id TEXT REFERENCES consultation_sessions(id),kind TEXT NOT NULL CHECK (kind IN ('concern', 'expectation',   'agreement', 'challenge', 'opportunity')),text TEXT NOT NULL,grouping TEXT NOT NULL DEFAULT '',votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
INSERT INTO findings VALUES('d15e8581-c018-4ab0-972c-8051563aa9aa','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','concern','Attacks on Roma are treated as ordinary public disorder','Recording',9);
INSERT INTO findings VALUES('98f93648-11a5-423f-9edf-f54cf29a833e','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','4ba4b3a9-1dde-4bc9-b2e5-1eb448003029','concern','Victims do not trust the police to take the bias motive seriously','Victims',11);
INSERT INTO findings VALUES('44a6645a-e10a-44bf-b5a2-75b1b5b03d63','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','9a8812f4-2953-4284-967c-90c080b29177','concern','The incident form has no field for the bias motive','Recording',7);
INSERT INTO findings VALUES('661a4af4-2869-4ee5-a23a-2db347f5252b','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','6ffed795-d442-4959-8e20-08fee4fdd7a3','expectation','Training built on Croatian cases, not imported ones','Curriculum',6);
INSERT INTO findings VALUES('8d36d715-268a-416b-acd5-26d1f9ac1ac1','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','9a8812f4-2953-4284-967c-90c080b29177','expectation','Prosecutors take part from the first day','Prosecution',5);
INSERT INTO findings VALUES('5646ff78-e359-4e0b-abee-4a4be43f8d6e','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','9a8812f4-2953-4284-967c-90c080b29177','agreement','The Police Academy hosts the train-the-trainer course','',0);
INSERT INTO findings VALUES('4f085896-d2bd-4e8f-bdbb-3ce09750fd2f','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','6ffed795-d442-4959-8e20-08fee4fdd7a3','agreement','The Ministry signs a memorandum of understanding by April','',0);
INSERT INTO findings VALUES('5765a93b-da09-42a5-97cb-0e130e2a077c','2026-11-21T23:26:51.875Z','2026-11-21T23:26:51.875Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593',NULL,'challenge','Trained officers rotate out of the regions within two years','Institutional',6);
INSERT INTO findings VALUES('7d705e0c-45af-4608-888f-2f5e110cded5','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593',NULL,'challenge','Police and prosecution records are not linked','Data',4);
INSERT INTO findings VALUES('9c9d6ece-01a0-48f9-847f-1325dc3a4715','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593',NULL,'opportunity','Criminal Code article 87(21) names hate crime explicitly','Law',5);
INSERT INTO findings VALUES('8a55fb91-bdc5-4297-a1d7-6dccf508b2a9','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593',NULL,'opportunity','The Academy revises its basic course in 2026','Institutional',7);
INSERT INTO findings VALUES('5cad6266-8bcc-4f2d-afca-99ed5561cfce','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','082aaff2-8460-4dd3-8603-1cf0d4eda7e7','concern','Attacks on returnees'' houses are recorded as property damage','Recording',12);
INSERT INTO findings VALUES('4c402f72-8770-489a-89fc-24377ef9eb46','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','c85b8b45-8733-4325-a8c8-1beb1c525d7c','concern','Each entity and Brčko keep their own incident forms','Recording',8);
INSERT INTO findings VALUES('7a65daa7-be87-445d-bcb9-a128c99c9ad8','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','c85b8b45-8733-4325-a8c8-1beb1c525d7c','concern','Case files of the predecessor mission were only partly handed over','Handover',6);
INSERT INTO findings VALUES('b36767e7-810d-4c87-a6e7-bef390b7382b','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','c85b8b45-8733-4325-a8c8-1beb1c525d7c','expectation','One recording standard for both entities and Brčko','Recording',9);
INSERT INTO findings VALUES('5bb1f2e2-a8c7-43d5-a7bb-1d855f9234ee','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','0ef360cf-ad2e-4dc6-98bd-7628a1aa175f','expectation','Training delivered in all three official languages','Curriculum',4);
INSERT INTO findings VALUES('fa9082f0-8388-4ddd-9113-1a80bb7e797d','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','c85b8b45-8733-4325-a8c8-1beb1c525d7c','agreement','Memorandum of understanding with the Ministry of Security','',0);
INSERT INTO findings VALUES('ec0d8a89-ed92-4514-9589-174b14335df8','2026-11-21T23:26:51.890Z','2026-11-21T23:26:51.890Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983',NULL,'challenge','Turf battles between entity and cantonal police over who leads','Coordination',7);
INSERT INTO findings VALUES('75a49e03-68bd-4a04-b62d-1c67f8fdf002','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983',NULL,'challenge','Three criminal codes with three definitions','Law',5);
INSERT INTO findings VALUES('00fd16a1-40a1-4f4d-916b-b243fc78eb5e','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983',NULL,'opportunity','The OSCE field presence can host joint sessions','Coordination',4);
INSERT INTO findings VALUES('3e5df76b-24a2-484f-becd-b98d33b4562b','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983',NULL,'opportunity','Sarajevo cantonal police volunteer as the recording pilot','Recording',6);
INSERT INTO findings VALUES('af188bf1-f9e6-47fc-960a-997cc7e0ca6c','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','ce010ebe-d982-4ca5-a052-160d79626fc6','concern','Patrol officers miss bias indicators in everyday incidents','Recognition',10);
INSERT INTO findings VALUES('3102b6e3-baf6-4b55-9118-fbff8d47ac2f','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','0adec358-950c-436d-a9ec-6f06044ea92c','concern','Ukrainian victims fear contact with the police because of their residence status','Victims',9);
INSERT INTO findings VALUES('18879d2a-65ca-48bb-8e05-b6448b7e357f','2026-11-21T23:26:51.899Z','2026-11-21T23:26:51.899Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','a10330e6-2c75-49da-8ea6-53bf13c668be','expectation','A one-day local course every voivodeship can run to a common standard','Cascade',12);
INSERT INTO findings VALUES('b84017e3-7ecb-4234-bf29-9f40bbb90bff','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','ce010ebe-d982-4ca5-a052-160d79626fc6','agreement','Szczytno hosts the 5-day national course','',0);
INSERT INTO findings VALUES('03a78c94-486f-4606-a07c-398ce671dfb9','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2',NULL,'challenge','20,000 officers cannot be trained by the international team alone','Scale',8);
INSERT INTO findings VALUES('59cc47f8-ffd9-408a-a83e-5b1c5cb79f39','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2',NULL,'opportunity','Every voivodeship has a training unit and trainers','Cascade',7);
CREATE TABLE legislation_items (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),instrument TEXT NOT NULL,article TEXT NOT NULL DEFAULT '',approach TEXT NOT NULL CHECK (approach IN ('substantive_offence',   'penalty_enhancement', 'general_aggravation', 'none')),characteristics TEXT NOT NULL DEFAULT '',gaps TEXT NOT NULL DEFAULT ''
);
INSERT INTO legislation_items VALUES('6a1646e6-7c03-4ab0-b8d2-b0bab4778c40','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Kazneni zakon (Criminal Code)','Art. 87(21)','general_aggravation','race, ethnic origin, religion, language, disability, sex, sexual orientation, gender identity','Courts rarely cite the aggravation in judgments; no separate statistical code.');
INSERT INTO legislation_items VALUES('a121cf4f-193a-4e7d-9f6e-04d4ac5b55c8','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Kazneni zakon (Criminal Code)','Art. 325','substantive_offence','as Art. 87(21)','Public incitement only; private threats fall outside.');
INSERT INTO legislation_items VALUES('275ee337-0096-4e43-8fcc-5c73192086f4','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Zakon o prekršajima protiv javnog reda i mira (Public Order Act)','Art. 5','none','','Minor incidents with a bias motive are not flagged at all.');
INSERT INTO legislation_items VALUES('99577007-3731-4177-945b-867adbcd33cf','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Krivični zakon Federacije BiH (Criminal Code of the Federation)','Art. 2(11), 166','penalty_enhancement','race, colour, religion, national or ethnic origin, language, disability, sex, sexual orientation, gender identity','Enhancement applied in few cases.');
INSERT INTO legislation_items VALUES('6bbe19c8-d338-4f49-8051-ba45b2bde67f','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Кривични законик Републике Српске (Criminal Code of Republika Srpska)','Чл. 123','general_aggravation','race, religion, national or ethnic origin, sex, sexual orientation','Different list of characteristics from the Federation''s.');
INSERT INTO legislation_items VALUES('1386fc30-45df-4c90-b041-d43c5e6c2a68','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Krivični zakon Brčko distrikta (Criminal Code of Brčko District)','Art. 2(37)','general_aggravation','as the Federation''s','No guidance for police on recording.');
INSERT INTO legislation_items VALUES('b1dcab82-3987-4da6-a9d3-a55b1741dd75','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Kodeks karny (Criminal Code)','Art. 119','substantive_offence','national, ethnic, racial, political or religious affiliation, lack of religion','Sexual orientation, gender identity and disability are not covered.');
INSERT INTO legislation_items VALUES('d66605e8-e92f-4f4b-9537-165adfc130b7','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Kodeks karny (Criminal Code)','Art. 256, 257','substantive_offence','as Art. 119','');
CREATE TABLE capacity_assessments (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),dimension TEXT NOT NULL CHECK (dimension IN ('bias_indicators',   'recording_data', 'investigation', 'victim_support',   'community_engagement', 'leadership_policy', 'training_institution',   'prosecution_liaison', 'information_sharing')),assessed_on TEXT NOT NULL,score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),target INTEGER NOT NULL CHECK (target BETWEEN 0 AND 4),evidence TEXT NOT NULL DEFAULT ''
);
INSERT INTO capacity_assessments VALUES('ad84158f-45d6-43ec-9081-eca78750fc5b','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','bias_indicators','2025-05-20',1,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('0e2c94a8-973a-42c4-be68-72156678b90a','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','recording_data','2025-05-20',2,4,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('f05a73f8-eb05-48da-9e80-acb7af8e4fc2','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','investigation','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('79e40754-88d7-4d93-bad7-2e001f6ee101','2026-11-21T23:26:51.876Z','2026-11-21T23:26:51.876Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','victim_support','2025-05-20',1,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('7f68de0a-5562-40a8-8fdf-b47bec87ad82','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','community_engagement','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('18ee20af-6593-4d55-8e9d-a5ef1501d918','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','leadership_policy','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('762e241d-f202-4e6b-aad2-b939cd98553f','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','training_institution','2025-05-20',3,4,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('dfcbc05a-d62f-4e5c-b917-525b882f17fa','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','prosecution_liaison','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('d9e41d27-b20b-4703-a7dd-dac6ca5d7ec2','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','information_sharing','2025-05-20',1,2,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('000e48a8-cdcf-451a-a62f-c5e711015ceb','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','bias_indicators','2026-10-01',3,3,'Follow-up review: bias indicators noted in 31 of 40 reports.');
INSERT INTO capacity_assessments VALUES('7c7d1792-3d70-4285-8e9b-c004b1aa9aa4','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','recording_data','2026-10-01',3,4,'Bias-motive field added to the incident form in three regions.');
INSERT INTO capacity_assessments VALUES('5cb90e35-1cc3-4bf2-8849-cf9ecb55501a','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','victim_support','2026-10-01',2,3,'Referral cards in use in Zagreb and Split.');
INSERT INTO capacity_assessments VALUES('c871df79-4017-4a29-8bff-4c3cce0bd41c','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','training_institution','2026-10-01',4,4,'Nine national trainers certified; course run without international staff.');
INSERT INTO capacity_assessments VALUES('1e9f6c66-4d58-4025-8f33-f1e3e2884c07','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','bias_indicators','2026-06-15',1,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('4e3bd284-48d6-4453-a5d5-310d90911410','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','recording_data','2026-06-15',1,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('f3e85787-f0eb-433c-a7b1-938db77b2553','2026-11-21T23:26:51.891Z','2026-11-21T23:26:51.891Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','investigation','2026-06-15',2,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('c373a28b-8b93-46dd-9782-67ac555b8eec','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','victim_support','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('58e78d0f-0687-41a9-aaf0-037d9e11b5ac','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','community_engagement','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('36e2637c-bd3a-4e81-968b-fc6c4d12a0e2','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','leadership_policy','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('f611b764-1601-43eb-af26-47cdebd229e1','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','training_institution','2026-06-15',2,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('924e3fee-2779-499d-a16c-b732af8ce2f7','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','bias_indicators','2025-11-20',2,4,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('8c532619-556b-4e58-8bef-068653e62758','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','recording_data','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('ff9834b5-f52d-4b3f-866d-05be4efed576','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','investigation','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('a8c21aac-6382-4b15-8551-d4361ecbe594','2026-11-21T23:26:51.900Z','2026-11-21T23:26:51.900Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','victim_support','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('5638a56f-7ca2-44eb-a88d-ce701e4539f5','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','community_engagement','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('633fecc4-e728-42e8-9e5f-18bf73aee641','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','leadership_policy','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('b9172576-9269-441a-b807-2b3f913ad555','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','training_institution','2025-11-20',2,4,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('7eb9e59b-90ac-4c7a-b0f4-f4c118d8ff1f','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','prosecution_liaison','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('11e6f945-c7e2-4b90-b680-b2c9d55bba35','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','information_sharing','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
CREATE TABLE needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),statement TEXT NOT NULL,target_group TEXT NOT NULL DEFAULT '',priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),dimension TEXT,current_score INTEGER CHECK (current_score BETWEEN 0 AND 4),target_score INTEGER CHECK (target_score BETWEEN 0 AND 4),votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
INSERT INTO needs VALUES('c3915c00-2221-4c22-8234-5b98942937a1','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Recognise bias indicators at the scene','Front-line officers',1,'bias_indicators',1,3,0);
INSERT INTO needs VALUES('7331ebb5-175c-4868-a61c-a6c2991cb95f','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Record the bias motive in every incident report','Front-line officers and duty sergeants',1,'recording_data',2,4,0);
INSERT INTO needs VALUES('be8d93b3-5422-4c13-ae76-d08d05a4ddae','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Refer victims to Roma and LGBT support organisations','Community police officers',2,'victim_support',1,3,0);
INSERT INTO needs VALUES('41635d50-b31d-453f-ac7f-508606fc6ea1','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Build evidence of bias motive with prosecutors','Investigators',2,'prosecution_liaison',2,3,0);
INSERT INTO needs VALUES('ed8020f4-f171-4539-a5c6-703212e369eb','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Add a bias-motive field to the incident forms of both entities and Brčko','Records units',1,'recording_data',1,3,0);
INSERT INTO needs VALUES('22ba1e87-33b2-4e18-be1f-39adf0b175cc','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Recognise bias indicators in attacks on returnees','Front-line officers',1,'bias_indicators',1,3,0);
INSERT INTO needs VALUES('66f45d65-0b10-4308-8b5d-23003b731b41','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Share case information between entity and cantonal police','Criminal police',2,'information_sharing',0,2,0);
INSERT INTO needs VALUES('ff93506c-1bc7-4bdd-bc26-0896f69ff445','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.893Z',0,1,'a423cb04-9d47-4995-8501-731e20c30983','Refer victims to interfaith and returnee organisations','Community police officers',3,'victim_support',1,2,0);
INSERT INTO needs VALUES('4dc9d210-0fe9-4bb5-927c-d3841a2dcb4a','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Recognise bias indicators in everyday patrol work','Front-line officers in all 16 voivodeships',1,'bias_indicators',2,4,0);
INSERT INTO needs VALUES('a2bc5a0f-09d1-4517-bffc-4ec70ae60fe8','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Support victims from the Ukrainian and Jewish communities','Community police officers',2,'victim_support',2,3,0);
INSERT INTO needs VALUES('d437734d-bce9-4b06-8236-237f76aa9684','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Run a one-day local course to a common standard','Regional trainers',1,'training_institution',2,4,0);
CREATE TABLE need_findings (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
need_id TEXT NOT NULL REFERENCES needs(id),finding_id TEXT NOT NULL REFERENCES findings(id)
);
INSERT INTO need_findings VALUES('a489ae0f-20ac-4c72-a14d-46e7e623b979','2026-11-21T23:26:51.877Z','2026-11-21T23:26:51.877Z',0,1,'c3915c00-2221-4c22-8234-5b98942937a1','d15e8581-c018-4ab0-972c-8051563aa9aa');
INSERT INTO need_findings VALUES('53e11189-4244-4efb-bccb-c5487381cd68','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'7331ebb5-175c-4868-a61c-a6c2991cb95f','44a6645a-e10a-44bf-b5a2-75b1b5b03d63');
INSERT INTO need_findings VALUES('23f9a74b-d69d-4c3e-882c-81596aa97610','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'7331ebb5-175c-4868-a61c-a6c2991cb95f','7d705e0c-45af-4608-888f-2f5e110cded5');
INSERT INTO need_findings VALUES('bf90bfe4-9ac9-4cdf-9725-45859523ae30','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'be8d93b3-5422-4c13-ae76-d08d05a4ddae','98f93648-11a5-423f-9edf-f54cf29a833e');
INSERT INTO need_findings VALUES('8b8f19a8-3d5e-4e22-b3d3-96763311bbb0','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'41635d50-b31d-453f-ac7f-508606fc6ea1','8d36d715-268a-416b-acd5-26d1f9ac1ac1');
INSERT INTO need_findings VALUES('30e5d342-463b-44a9-ab83-f31bc97f8d7d','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'ed8020f4-f171-4539-a5c6-703212e369eb','5cad6266-8bcc-4f2d-afca-99ed5561cfce');
INSERT INTO need_findings VALUES('bc4f2e6e-a1a4-47dd-9e10-140abf87211c','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'ed8020f4-f171-4539-a5c6-703212e369eb','4c402f72-8770-489a-89fc-24377ef9eb46');
INSERT INTO need_findings VALUES('a02e227a-38d4-484d-a355-e9af89676908','2026-11-21T23:26:51.892Z','2026-11-21T23:26:51.892Z',0,1,'22ba1e87-33b2-4e18-be1f-39adf0b175cc','5cad6266-8bcc-4f2d-afca-99ed5561cfce');
INSERT INTO need_findings VALUES('6ba703ee-1a77-451c-a260-86d3b5ae723a','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.893Z',0,1,'66f45d65-0b10-4308-8b5d-23003b731b41','ec0d8a89-ed92-4514-9589-174b14335df8');
INSERT INTO need_findings VALUES('83808b61-dccb-4b64-b6cf-9e0c23d525f2','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.893Z',0,1,'66f45d65-0b10-4308-8b5d-23003b731b41','7a65daa7-be87-445d-bcb9-a128c99c9ad8');
INSERT INTO need_findings VALUES('79db390c-0df6-4100-9e05-4f9f2a6e4cce','2026-11-21T23:26:51.893Z','2026-11-21T23:26:51.893Z',0,1,'ff93506c-1bc7-4bdd-bc26-0896f69ff445','5bb1f2e2-a8c7-43d5-a7bb-1d855f9234ee');
INSERT INTO need_findings VALUES('8ec19e79-9437-4470-bfe8-1419c1b40ba7','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'4dc9d210-0fe9-4bb5-927c-d3841a2dcb4a','af188bf1-f9e6-47fc-960a-997cc7e0ca6c');
INSERT INTO need_findings VALUES('aa9f7389-9c02-4669-a7d2-b851bbdda581','2026-11-21T23:26:51.901Z','2026-11-21T23:26:51.901Z',0,1,'a2bc5a0f-09d1-4517-bffc-4ec70ae60fe8','3102b6e3-baf6-4b55-9118-fbff8d47ac2f');
INSERT INTO need_findings VALUES('9ca927fa-1350-47bb-b40e-432de3b68c03','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'d437734d-bce9-4b06-8236-237f76aa9684','18879d2a-65ca-48bb-8e05-b6448b7e357f');
INSERT INTO need_findings VALUES('61d3d238-493e-4124-94ae-c4525c523cb4','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'d437734d-bce9-4b06-8236-237f76aa9684','03a78c94-486f-4606-a07c-398ce671dfb9');
CREATE TABLE modules (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),code TEXT NOT NULL,title TEXT NOT NULL,topic TEXT NOT NULL DEFAULT '',level TEXT NOT NULL CHECK (level IN ('core', 'specialist')),hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),objectives TEXT NOT NULL DEFAULT '',target_group TEXT NOT NULL DEFAULT ''
);
INSERT INTO modules VALUES('6bb989b2-f4f2-4402-9611-890431e646cf','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','HR-M1','What makes a crime a hate crime','Concepts and law','core',4.0,'','');
INSERT INTO modules VALUES('e17fd93f-25d1-4183-9f20-bb79bb22eb38','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','HR-M2','Bias indicators and recording','Practice','core',6.0,'','');
INSERT INTO modules VALUES('59e9795a-6762-4b23-9a50-be07467bb94e','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','HR-M3','Working with victims and communities','Victims','core',4.0,'','');
INSERT INTO modules VALUES('99e4a7eb-6665-468a-8bbf-31dde6f9ac6c','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','HR-M4','Investigation and prosecution','Investigation','specialist',6.0,'','');
INSERT INTO modules VALUES('65848d2b-2fd4-4803-985f-d512b81a9749','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','PL-M1','Hate crime in Polish law and practice','Concepts and law','core',6.0,'','');
INSERT INTO modules VALUES('c8be72ad-349d-4118-94a6-b63006af1532','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','PL-M2','Victims and communities','Victims','core',4.0,'','');
INSERT INTO modules VALUES('398274d6-6da9-4c15-8636-c824631d6434','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','PL-M3','Training the trainers: methods for the local course','Didactics','specialist',10.0,'','');
CREATE TABLE module_needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
module_id TEXT NOT NULL REFERENCES modules(id),need_id TEXT NOT NULL REFERENCES needs(id),coverage TEXT NOT NULL CHECK (coverage IN ('full', 'partial'))
);
INSERT INTO module_needs VALUES('d2adb38c-ae68-4d05-9a63-cd9a06159cfd','2026-11-21T23:26:51.878Z','2026-11-21T23:26:51.878Z',0,1,'6bb989b2-f4f2-4402-9611-890431e646cf','c3915c00-2221-4c22-8234-5b98942937a1','full');
INSERT INTO module_needs VALUES('30cddf1e-85b5-4ab8-a424-84ccc84bc43e','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'e17fd93f-25d1-4183-9f20-bb79bb22eb38','c3915c00-2221-4c22-8234-5b98942937a1','partial');
INSERT INTO module_needs VALUES('eda23bb6-6913-47dc-90f8-78c4f4cd1c05','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'e17fd93f-25d1-4183-9f20-bb79bb22eb38','7331ebb5-175c-4868-a61c-a6c2991cb95f','full');
INSERT INTO module_needs VALUES('fdb58dd7-6647-4e9f-bfd8-f5a2284f9ec9','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'59e9795a-6762-4b23-9a50-be07467bb94e','be8d93b3-5422-4c13-ae76-d08d05a4ddae','full');
INSERT INTO module_needs VALUES('c6818ec1-6210-47f7-b5e9-f180e363a717','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'99e4a7eb-6665-468a-8bbf-31dde6f9ac6c','41635d50-b31d-453f-ac7f-508606fc6ea1','full');
INSERT INTO module_needs VALUES('8d5f029e-efaa-4801-bd10-902d256a334b','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'65848d2b-2fd4-4803-985f-d512b81a9749','4dc9d210-0fe9-4bb5-927c-d3841a2dcb4a','full');
INSERT INTO module_needs VALUES('0d6b3779-8118-48db-bfed-9bafd033bde1','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'c8be72ad-349d-4118-94a6-b63006af1532','a2bc5a0f-09d1-4517-bffc-4ec70ae60fe8','full');
INSERT INTO module_needs VALUES('19cc728a-5ddc-4188-8c25-fce5756b1ffd','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'398274d6-6da9-4c15-8636-c824631d6434','d437734d-bce9-4b06-8236-237f76aa9684','full');
CREATE TABLE trainees (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),name TEXT NOT NULL,role TEXT NOT NULL CHECK (role IN ('trainer', 'participant')),agency TEXT NOT NULL DEFAULT '',region TEXT NOT NULL DEFAULT '',sex TEXT NOT NULL DEFAULT 'not_recorded',pre_score REAL CHECK (pre_score BETWEEN 0 AND 100),post_score REAL CHECK (post_score BETWEEN 0 AND 100),certified_on TEXT
);
INSERT INTO trainees VALUES('e1c2d888-2f00-4b6b-82cf-757d8711ae57','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Ivana Horvat','trainer','Policijska akademija','Zagreb','female',52.0,88.0,'2026-03-20');
INSERT INTO trainees VALUES('924249f1-9787-4e6c-ada0-83ae1a72aebe','2026-11-21T23:26:51.879Z','2026-11-21T23:26:51.879Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Tomislav Babić','trainer','Policijska uprava zagrebačka','Zagreb','male',48.0,81.0,'2026-03-20');
INSERT INTO trainees VALUES('b08d1c76-d384-45b7-90c6-ab1e43814a4c','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Ana Jurić','trainer','Policijska uprava zagrebačka','Zagreb','female',55.0,84.0,'2026-03-20');
INSERT INTO trainees VALUES('77779fef-afe3-4353-a9a4-8b535bad884e','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Luka Marić','trainer','Policijska uprava splitsko-dalmatinska','Split','male',50.0,79.0,'2026-03-20');
INSERT INTO trainees VALUES('f9bf0379-abfe-457a-8c47-6a4e0f1b1be0','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Petra Novak','trainer','Policijska uprava splitsko-dalmatinska','Split','female',61.0,90.0,'2026-03-20');
INSERT INTO trainees VALUES('5e491451-ae40-47d4-b93e-65b765524abf','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Josip Knežević','trainer','Policijska uprava splitsko-dalmatinska','Split','male',47.0,78.0,'2026-03-20');
INSERT INTO trainees VALUES('1e3bbdf3-ade7-497e-b842-c71a1b6f3d30','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Marija Vuković','trainer','Policijska uprava osječko-baranjska','Osijek','female',58.0,86.0,'2026-03-20');
INSERT INTO trainees VALUES('0ef7b285-b8fd-4273-8b94-7c7847a18ed2','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Ante Perić','trainer','Policijska uprava osječko-baranjska','Osijek','male',44.0,80.0,'2026-03-20');
INSERT INTO trainees VALUES('b3c468ea-603d-4e1b-a158-7683154a7e63','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','Stjepan Pavlović','trainer','Policijska uprava osječko-baranjska','Osijek','male',53.0,83.0,'2026-03-20');
INSERT INTO trainees VALUES('b9241c3d-81c0-4879-998a-6454d4403a92','2026-11-21T23:26:51.902Z','2026-11-21T23:26:51.902Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Monika Wójcik','trainer','KWP Wrocław','Dolnośląskie','female',52.0,71.0,'2026-01-16');
INSERT INTO trainees VALUES('6d6f985c-e35f-4899-a656-bf54cf32a6d6','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Tomasz Krawczyk','trainer','KWP Wrocław','Dolnośląskie','male',57.0,78.0,'2026-02-13');
INSERT INTO trainees VALUES('19b85282-1f08-4bf3-ba67-85baff23b672','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Marcin Kozłowski','trainer','KWP Bydgoszcz','Kujawsko-pomorskie','male',41.0,75.0,'2026-01-16');
INSERT INTO trainees VALUES('2f56cb7c-9922-45d2-b356-185f7c8c82f7','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Michał Kowalski','trainer','KWP Bydgoszcz','Kujawsko-pomorskie','male',42.0,73.0,'2026-02-13');
INSERT INTO trainees VALUES('eeff49f7-6b23-4e61-8c77-88891948df95','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Łukasz Wiśniewski','trainer','KWP Lublin','Lubelskie','male',47.0,67.0,'2026-01-16');
INSERT INTO trainees VALUES('93b22f8f-13e0-4cd4-a711-01ec0d775268','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Ewa Kowalska','trainer','KWP Lublin','Lubelskie','female',58.0,79.0,'2026-02-13');
INSERT INTO trainees VALUES('2d777635-3fbf-4f2d-8cfe-3c5cd59fa483','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Agnieszka Jankowska','trainer','KWP Gorzów Wielkopolski','Lubuskie','female',60.0,79.0,'2026-01-16');
INSERT INTO trainees VALUES('161d34e9-9ed2-4f4b-8eae-57ae38ede1ed','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Adam Kozłowski','trainer','KWP Gorzów Wielkopolski','Lubuskie','male',52.0,71.0,NULL);
INSERT INTO trainees VALUES('355ecf83-479f-45f8-9568-dd28eb70ed25','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Michał Kowalski','trainer','KWP Łódź','Łódzkie','male',57.0,79.0,'2026-01-16');
INSERT INTO trainees VALUES('88dfb80a-db26-4fb7-bdc5-4060157b6007','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Joanna Szymańska','trainer','KWP Łódź','Łódzkie','female',44.0,79.0,'2026-02-13');
INSERT INTO trainees VALUES('d1beafb8-355b-4157-86f7-689dd571d4b1','2026-11-21T23:26:51.903Z','2026-11-21T23:26:51.903Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','Katarzyna Kozłowska','trainer','KWP Kraków','Małopolskie','female',49.0,84.0,'2026-01-16');
CREATE TABLE training_sessions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),tier TEXT NOT NULL CHECK (tier IN ('international', 'national',   'regional', 'local')),title TEXT NOT NULL DEFAULT '',venue TEXT NOT NULL DEFAULT '',start_date TEXT NOT NULL,end_date TEXT,held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),lead_trainer_id TEXT REFERENCES trainees(id),female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),other_or_unrecorded INTEGER NOT NULL DEFAULT 0   CHECK (other_or_unrecorded >= 0)
);
INSERT INTO training_sessions VALUES('c4ce35a3-d397-49d3-9343-e756a1ccdeb8','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.862Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','national','Pilot train-the-trainer course','Országos Rendőr-főkapitányság, Budapest','2005-06-06','2005-06-10',1,NULL,5,13,0);
INSERT INTO training_sessions VALUES('0f102065-bddb-4e52-aa3d-6851c5fa22ad','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.868Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','national','Pilot train-the-trainer course','Dirección General de la Policía, Madrid','2005-09-12','2005-09-16',1,NULL,4,14,0);
INSERT INTO training_sessions VALUES('ed1a3adc-2cbf-43e2-9dd3-78a847bb0fda','2026-11-21T23:26:51.880Z','2026-11-21T23:26:51.880Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','national','Train-the-trainer course','Policijska akademija, Zagreb','2026-03-09','2026-03-20',1,NULL,4,5,0);
INSERT INTO training_sessions VALUES('d9867b34-cb36-4a05-bb4c-c031733f440d','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-05-12',NULL,1,'e1c2d888-2f00-4b6b-82cf-757d8711ae57',6,16,0);
INSERT INTO training_sessions VALUES('96b3ca2b-ff13-4ccf-b83b-5e37733cbed5','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-05-14',NULL,1,'924249f1-9787-4e6c-ada0-83ae1a72aebe',5,17,0);
INSERT INTO training_sessions VALUES('ca30f78d-0def-456b-911e-dfaf7a1499fd','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-06-03',NULL,1,'77779fef-afe3-4353-a9a4-8b535bad884e',4,18,0);
INSERT INTO training_sessions VALUES('b42bc472-5af4-41bf-9788-ed9b35b6c105','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-06-10',NULL,1,'f9bf0379-abfe-457a-8c47-6a4e0f1b1be0',7,15,0);
INSERT INTO training_sessions VALUES('83eaea05-8594-4912-9daa-0ae33a38af47','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2026-06-17',NULL,1,'1e3bbdf3-ade7-497e-b842-c71a1b6f3d30',5,19,0);
INSERT INTO training_sessions VALUES('215644f8-1daf-491e-a765-52da292643d8','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2026-06-24',NULL,1,'0ef7b285-b8fd-4273-8b94-7c7847a18ed2',3,20,0);
INSERT INTO training_sessions VALUES('3854f106-2b32-4a3b-8f23-d83afea66848','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-09-15',NULL,1,'5e491451-ae40-47d4-b93e-65b765524abf',6,14,0);
INSERT INTO training_sessions VALUES('5f824c2e-dbe5-4cee-a912-f411226ba71e','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-12-02',NULL,0,'b08d1c76-d384-45b7-90c6-ab1e43814a4c',0,0,0);
INSERT INTO training_sessions VALUES('c81988ce-7141-4afe-8b60-299ec6768628','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2027-01-20',NULL,0,'b3c468ea-603d-4e1b-a158-7683154a7e63',0,0,0);
INSERT INTO training_sessions VALUES('b3fc6c9a-1f95-4904-892d-fb846370962d','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','national','5-day national train-the-trainer course','Wyższa Szkoła Policji w Szczytnie','2026-01-12','2026-01-16',1,NULL,6,10,0);
INSERT INTO training_sessions VALUES('d8dbadee-58dc-4e9d-8d76-c8471a2e7ef3','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','national','5-day national train-the-trainer course (second cohort)','Wyższa Szkoła Policji w Szczytnie','2026-02-09','2026-02-13',1,NULL,5,11,0);
INSERT INTO training_sessions VALUES('e19f5f26-2583-44a2-af51-0a6f6e97fcb8','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Wrocław','2026-03-02',NULL,1,'b9241c3d-81c0-4879-998a-6454d4403a92',6,16,0);
INSERT INTO training_sessions VALUES('adabc237-78ab-4ab4-9815-2829ff45843e','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Wrocław','2026-03-04',NULL,1,'6d6f985c-e35f-4899-a656-bf54cf32a6d6',3,14,0);
INSERT INTO training_sessions VALUES('7cce8312-fe85-46af-8a9a-5e5750bc514f','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Bydgoszcz','2026-03-06',NULL,1,'19b85282-1f08-4bf3-ba67-85baff23b672',4,20,0);
INSERT INTO training_sessions VALUES('7d331e57-fd17-4bd4-ae24-4319d0c1724e','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Bydgoszcz','2026-03-07',NULL,1,'2f56cb7c-9922-45d2-b356-185f7c8c82f7',6,16,0);
INSERT INTO training_sessions VALUES('32b93d97-f963-4b4e-9dfb-5f22a6bc408d','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Lublin','2026-03-09',NULL,1,'eeff49f7-6b23-4e61-8c77-88891948df95',7,15,0);
INSERT INTO training_sessions VALUES('710542da-5e0a-4520-817e-e9eedae23bd8','2026-11-21T23:26:51.908Z','2026-11-21T23:26:51.908Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','local','One-day local course','KWP Lublin','2026-03-11',NULL,1,'93b22f8f-13e0-4cd4-a711-01ec0d775268',3,16,0);
CREATE TABLE session_modules (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
session_id TEXT NOT NULL REFERENCES training_sessions(id),module_id TEXT NOT NULL REFERENCES modules(id)
);
INSERT INTO session_modules VALUES('08a769f5-dda7-4d48-8a21-9f35d89eb66e','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'ed1a3adc-2cbf-43e2-9dd3-78a847bb0fda','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('3c1499e9-e89e-4618-88e7-75f48f70c4b0','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'ed1a3adc-2cbf-43e2-9dd3-78a847bb0fda','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('8de993de-75f5-4902-a945-5278da73b7ac','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'ed1a3adc-2cbf-43e2-9dd3-78a847bb0fda','59e9795a-6762-4b23-9a50-be07467bb94e');
INSERT INTO session_modules VALUES('05914d64-2e68-4d31-8c3e-2591d71c2a4b','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'ed1a3adc-2cbf-43e2-9dd3-78a847bb0fda','99e4a7eb-6665-468a-8bbf-31dde6f9ac6c');
INSERT INTO session_modules VALUES('786b3444-6cb4-4338-8a30-ebd9e090bef7','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'d9867b34-cb36-4a05-bb4c-c031733f440d','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('076ea1a4-1b6c-4458-b901-52c4664d0fd6','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'d9867b34-cb36-4a05-bb4c-c031733f440d','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('61ec82e3-f542-4023-b5dd-83c267da6888','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'96b3ca2b-ff13-4ccf-b83b-5e37733cbed5','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('fb0378e5-2202-43bb-85ef-50533bcb56aa','2026-11-21T23:26:51.881Z','2026-11-21T23:26:51.881Z',0,1,'96b3ca2b-ff13-4ccf-b83b-5e37733cbed5','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('b7f06559-c6e7-4c66-bf19-e214fd4386ee','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'ca30f78d-0def-456b-911e-dfaf7a1499fd','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('258b5b0e-ea0a-4347-b767-102bae056f8e','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'ca30f78d-0def-456b-911e-dfaf7a1499fd','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('d2f7ddbb-7a4f-4d1c-b9c3-ba4881503981','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'b42bc472-5af4-41bf-9788-ed9b35b6c105','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('a2834f79-e763-4706-944a-a0d9f64b3b08','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'b42bc472-5af4-41bf-9788-ed9b35b6c105','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('067b6d95-f690-4e77-aaf7-0186786df055','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'83eaea05-8594-4912-9daa-0ae33a38af47','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('7ab05bb4-5d5b-498e-9c9c-430f575ff0c5','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'83eaea05-8594-4912-9daa-0ae33a38af47','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('e7466d7a-cf08-403c-adf4-9a66d139061f','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'215644f8-1daf-491e-a765-52da292643d8','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('67cdb99d-7d90-4e9d-81d5-e81dd3c74eaa','2026-11-21T23:26:51.882Z','2026-11-21T23:26:51.882Z',0,1,'215644f8-1daf-491e-a765-52da292643d8','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('e9e921f0-b17d-454c-af03-b8a478eda954','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'3854f106-2b32-4a3b-8f23-d83afea66848','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('2ceeb722-ec51-4545-b866-a2f9bcef7432','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'3854f106-2b32-4a3b-8f23-d83afea66848','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('b31a8c91-38d3-4709-abf6-c6b0b27f5701','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'5f824c2e-dbe5-4cee-a912-f411226ba71e','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('94699aa1-a797-4d2b-9dab-5a92d0f3d99d','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'5f824c2e-dbe5-4cee-a912-f411226ba71e','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('c8a54b14-5008-4cc1-8c40-7c1d50a2d37e','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'c81988ce-7141-4afe-8b60-299ec6768628','6bb989b2-f4f2-4402-9611-890431e646cf');
INSERT INTO session_modules VALUES('df82962a-8839-47ba-bb22-419e67f2c2ed','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'c81988ce-7141-4afe-8b60-299ec6768628','e17fd93f-25d1-4183-9f20-bb79bb22eb38');
INSERT INTO session_modules VALUES('798cc370-4322-4745-9688-d3e791fa66a3','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'b3fc6c9a-1f95-4904-892d-fb846370962d','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('7de8f6db-a075-476e-9fce-cce7d46a44f3','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'b3fc6c9a-1f95-4904-892d-fb846370962d','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('e58bdf37-d4d7-4cc4-ba98-85ae6a3434d7','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'b3fc6c9a-1f95-4904-892d-fb846370962d','398274d6-6da9-4c15-8636-c824631d6434');
INSERT INTO session_modules VALUES('388073eb-3159-4d47-9c52-82b839df819b','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'d8dbadee-58dc-4e9d-8d76-c8471a2e7ef3','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('55b5cadc-2ab2-4e86-8355-95004ed1948e','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'d8dbadee-58dc-4e9d-8d76-c8471a2e7ef3','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('d6e7a262-cef5-4693-ae45-58413965d326','2026-11-21T23:26:51.906Z','2026-11-21T23:26:51.906Z',0,1,'d8dbadee-58dc-4e9d-8d76-c8471a2e7ef3','398274d6-6da9-4c15-8636-c824631d6434');
INSERT INTO session_modules VALUES('822c68cf-db81-43a4-aa44-1c090e892a47','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'e19f5f26-2583-44a2-af51-0a6f6e97fcb8','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('75a73735-d023-4dd9-992b-3aadf0e7977f','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'e19f5f26-2583-44a2-af51-0a6f6e97fcb8','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('141df119-43af-471d-9864-2914c8b0a0c8','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'adabc237-78ab-4ab4-9815-2829ff45843e','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('2451b33b-6917-49f2-afb9-50d395ce1b51','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'adabc237-78ab-4ab4-9815-2829ff45843e','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('57b06dac-bdb9-4313-a172-8bc7fdf7f1dc','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'7cce8312-fe85-46af-8a9a-5e5750bc514f','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('a87fb972-eca5-4e69-afb2-e7669cd5b054','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'7cce8312-fe85-46af-8a9a-5e5750bc514f','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('57842857-e825-4413-b65c-17171c22a1fa','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'7d331e57-fd17-4bd4-ae24-4319d0c1724e','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('2f6eb5f9-7eeb-440c-938b-c89674e280d0','2026-11-21T23:26:51.907Z','2026-11-21T23:26:51.907Z',0,1,'7d331e57-fd17-4bd4-ae24-4319d0c1724e','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('a0ce059c-5ced-405e-9a38-e96cb481275a','2026-11-21T23:26:51.908Z','2026-11-21T23:26:51.908Z',0,1,'32b93d97-f963-4b4e-9dfb-5f22a6bc408d','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('7a71c758-9399-4913-8e9d-d03bb57e883b','2026-11-21T23:26:51.908Z','2026-11-21T23:26:51.908Z',0,1,'32b93d97-f963-4b4e-9dfb-5f22a6bc408d','c8be72ad-349d-4118-94a6-b63006af1532');
INSERT INTO session_modules VALUES('1f937d65-aa00-4824-9f4a-f9316f5d5419','2026-11-21T23:26:51.908Z','2026-11-21T23:26:51.908Z',0,1,'710542da-5e0a-4520-817e-e9eedae23bd8','65848d2b-2fd4-4803-985f-d512b81a9749');
INSERT INTO session_modules VALUES('1915b52c-a184-4eb1-b0e0-03739edf4a2e','2026-11-21T23:26:51.908Z','2026-11-21T23:26:51.908Z',0,1,'710542da-5e0a-4520-817e-e9eedae23bd8','c8be72ad-349d-4118-94a6-b63006af1532');
CREATE TABLE materials (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),module_id TEXT REFERENCES modules(id),title TEXT NOT NULL,type TEXT NOT NULL CHECK (type IN ('manual', 'handout', 'slides',   'case_study', 'video')),language TEXT NOT NULL DEFAULT '',version TEXT NOT NULL DEFAULT '',status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'validated',   'published')),feedback TEXT NOT NULL DEFAULT ''
);
INSERT INTO materials VALUES('eea93ab7-4e3f-46ae-96c6-cd2e3d2239b0','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','6bb989b2-f4f2-4402-9611-890431e646cf','Priručnik za trenere (trainer''s manual)','manual','hr','1.2','published','Trainers asked for shorter chapters.');
INSERT INTO materials VALUES('829398a2-ce70-42a9-b16a-bb8bdefc1c01','2026-11-21T23:26:51.883Z','2026-11-21T23:26:51.883Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','e17fd93f-25d1-4183-9f20-bb79bb22eb38','Bias indicators pocket card','handout','hr','1.0','validated','');
INSERT INTO materials VALUES('46f11e8f-c955-47fd-8fd4-7db8f3ff9127','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','99e4a7eb-6665-468a-8bbf-31dde6f9ac6c','Case studies from Croatian jurisdictions','case_study','hr','0.9','review','Add a case from Vukovar; the Osijek case is too easy.');
INSERT INTO materials VALUES('f0cc0e94-400b-4e72-9bed-48ec0a10716d','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','e17fd93f-25d1-4183-9f20-bb79bb22eb38','Slides for the one-day course','slides','hr','1.1','validated','');
INSERT INTO materials VALUES('0fd3c7a3-e589-4ebc-b0bb-b353a20bde51','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','59e9795a-6762-4b23-9a50-be07467bb94e','Testimony of a victim (anonymised)','video','hr','0.3','draft','Check consent and voice distortion before use.');
INSERT INTO materials VALUES('428d5a97-2c80-4510-a696-5e76e591f9ff','2026-11-21T23:26:51.983Z','2026-11-21T23:26:51.983Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','398274d6-6da9-4c15-8636-c824631d6434','Podręcznik trenera (trainer''s manual)','manual','pl','2.0','published','');
INSERT INTO materials VALUES('04bfde63-990d-41b2-b7f6-6f9caf5a00c0','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','65848d2b-2fd4-4803-985f-d512b81a9749','Karta wskaźników uprzedzeń (bias indicators card)','handout','pl','1.1','published','');
INSERT INTO materials VALUES('051080db-9c84-414d-845b-495b9397498f','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','65848d2b-2fd4-4803-985f-d512b81a9749','Scenariusz kursu jednodniowego (one-day course plan)','slides','pl','1.3','validated','Trainers from Podlaskie asked for a local case.');
INSERT INTO materials VALUES('53af0485-1b22-4374-9fa4-aee6ff5e023b','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','c8be72ad-349d-4118-94a6-b63006af1532','Studia przypadków: Białystok, Łódź','case_study','pl','1.0','review','');
INSERT INTO materials VALUES('a76164ff-1772-4f93-98b7-419079480643','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','c8be72ad-349d-4118-94a6-b63006af1532','Пам''ятка для потерпілих (leaflet for victims, Ukrainian)','handout','uk','0.4','draft','Check the translation with the Lublin community.');
CREATE TABLE followup_activities (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),type TEXT NOT NULL CHECK (type IN ('refresher', 'mentoring',   'community_of_practice', 'resource_share', 'study_visit',   'evaluation')),title TEXT NOT NULL DEFAULT '',date TEXT NOT NULL,held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),reached INTEGER NOT NULL DEFAULT 0 CHECK (reached >= 0),notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO followup_activities VALUES('23c846f9-160f-42e0-91b6-46446d49b71b','2026-11-21T23:26:51.862Z','2026-11-21T23:26:51.862Z',0,1,'d2611508-3921-43d8-94ac-b328e6786a26','evaluation','Pilot evaluation and lessons learned','2005-11-15',1,18,'');
INSERT INTO followup_activities VALUES('619bf4f4-543b-4f2e-b34a-61131b837b8a','2026-11-21T23:26:51.868Z','2026-11-21T23:26:51.868Z',0,1,'fb722700-e71d-4188-8d50-c54cf0847ce2','evaluation','Pilot evaluation and lessons learned','2005-12-12',1,18,'');
INSERT INTO followup_activities VALUES('71898e86-cb00-4e05-92b7-bf3165bce7c0','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','mentoring','Mentoring of the cascade trainers','2026-07-08',1,9,'');
INSERT INTO followup_activities VALUES('13ecf3d6-5bfe-4bc5-af30-3122be66a049','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','resource_share','Polish one-day course materials shared','2026-09-22',1,40,'');
INSERT INTO followup_activities VALUES('35a00098-0fde-48da-a9e4-c02946ff0883','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','community_of_practice','Trainers'' community of practice, Split','2026-10-15',1,12,'');
INSERT INTO followup_activities VALUES('ffb49fb6-bb77-4a48-8c7d-643723fa3753','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','refresher','Refresher for Čakovec and Vukovar','2026-12-10',0,0,'');
INSERT INTO followup_activities VALUES('8e7983e5-a4c5-4458-b8a9-00b9e993cba0','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'14be13dc-3875-429b-9d6e-7e01709ed593','evaluation','Follow-up evaluation: bias motive in incident reports','2027-03-01',0,0,'');
INSERT INTO followup_activities VALUES('14d11113-0490-4054-9c7d-ab8fdeb93c58','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'6871fdc6-336e-49cb-9a93-66bbe46554f2','mentoring','Mentoring calls with voivodeship trainers','2026-12-03',0,0,'');
CREATE TABLE followup_needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
activity_id TEXT NOT NULL REFERENCES followup_activities(id),need_id TEXT NOT NULL REFERENCES needs(id)
);
INSERT INTO followup_needs VALUES('2708a356-ab62-4d07-8dbf-07ef16c742ff','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'71898e86-cb00-4e05-92b7-bf3165bce7c0','c3915c00-2221-4c22-8234-5b98942937a1');
INSERT INTO followup_needs VALUES('686ce020-49ec-40f1-9199-affece74991a','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'71898e86-cb00-4e05-92b7-bf3165bce7c0','7331ebb5-175c-4868-a61c-a6c2991cb95f');
INSERT INTO followup_needs VALUES('82a41a9b-c065-4186-8414-90a6b1bd85c6','2026-11-21T23:26:51.884Z','2026-11-21T23:26:51.884Z',0,1,'13ecf3d6-5bfe-4bc5-af30-3122be66a049','7331ebb5-175c-4868-a61c-a6c2991cb95f');
INSERT INTO followup_needs VALUES('dd77d19f-31b5-4591-a765-f8f83804da5d','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'35a00098-0fde-48da-a9e4-c02946ff0883','c3915c00-2221-4c22-8234-5b98942937a1');
INSERT INTO followup_needs VALUES('9c4f4673-2d04-412e-9654-fed500f991a4','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'35a00098-0fde-48da-a9e4-c02946ff0883','be8d93b3-5422-4c13-ae76-d08d05a4ddae');
INSERT INTO followup_needs VALUES('f2a58bca-75b4-4a55-95c4-622be1c68c5d','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'ffb49fb6-bb77-4a48-8c7d-643723fa3753','c3915c00-2221-4c22-8234-5b98942937a1');
INSERT INTO followup_needs VALUES('483e1638-0eeb-4c8c-bafa-cc3cd43e3454','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'ffb49fb6-bb77-4a48-8c7d-643723fa3753','be8d93b3-5422-4c13-ae76-d08d05a4ddae');
INSERT INTO followup_needs VALUES('31056a99-e961-435b-83eb-c493a1b110e4','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'8e7983e5-a4c5-4458-b8a9-00b9e993cba0','7331ebb5-175c-4868-a61c-a6c2991cb95f');
INSERT INTO followup_needs VALUES('bee90bf7-b1e0-4d9b-8b26-1cbd27870443','2026-11-21T23:26:51.885Z','2026-11-21T23:26:51.885Z',0,1,'8e7983e5-a4c5-4458-b8a9-00b9e993cba0','41635d50-b31d-453f-ac7f-508606fc6ea1');
INSERT INTO followup_needs VALUES('c0d48d0f-591b-44dc-aaba-2e98e2eb422d','2026-11-21T23:26:51.984Z','2026-11-21T23:26:51.984Z',0,1,'14d11113-0490-4054-9c7d-ab8fdeb93c58','d437734d-bce9-4b06-8236-237f76aa9684');
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1 VALUES('followup_needs','followup_needs_activity','10 2');
INSERT INTO sqlite_stat1 VALUES('followup_needs','sqlite_autoindex_followup_needs_1','10 1');
INSERT INTO sqlite_stat1 VALUES('consultation_attendees','consultation_attendees_session','30 3');
INSERT INTO sqlite_stat1 VALUES('consultation_attendees','sqlite_autoindex_consultation_attendees_1','30 1');
INSERT INTO sqlite_stat1 VALUES('need_findings','need_findings_need','15 2');
INSERT INTO sqlite_stat1 VALUES('need_findings','sqlite_autoindex_need_findings_1','15 1');
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','mission_stakeholders_stakeholder','35 2');
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','mission_stakeholders_pair','35 7 1');
INSERT INTO sqlite_stat1 VALUES('mission_stakeholders','sqlite_autoindex_mission_stakeholders_1','35 1');
INSERT INTO sqlite_stat1 VALUES('session_modules','session_modules_session','572 3');
INSERT INTO sqlite_stat1 VALUES('session_modules','sqlite_autoindex_session_modules_1','572 1');
INSERT INTO sqlite_stat1 VALUES('stage_criteria','stage_criteria_mission','95 19 4 1');
INSERT INTO sqlite_stat1 VALUES('stage_criteria','sqlite_autoindex_stage_criteria_1','95 1');
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
CREATE INDEX stage_criteria_mission ON stage_criteria(mission_id, stage, position);
CREATE INDEX stage_transitions_mission ON stage_transitions(mission_id, happened_at);
CREATE INDEX consultation_sessions_mission ON consultation_sessions(mission_id, date);
CREATE INDEX consultation_attendees_session ON consultation_attendees(session_id);
CREATE INDEX findings_mission ON findings(mission_id, kind);
CREATE INDEX legislation_items_mission ON legislation_items(mission_id);
CREATE INDEX capacity_assessments_mission ON capacity_assessments(mission_id, dimension, assessed_on);
CREATE INDEX needs_mission ON needs(mission_id);
CREATE INDEX need_findings_need ON need_findings(need_id);
CREATE INDEX modules_mission ON modules(mission_id, code);
CREATE UNIQUE INDEX module_needs_pair ON module_needs(module_id, need_id) WHERE deleted = 0;
CREATE INDEX trainees_mission ON trainees(mission_id, role);
CREATE INDEX training_sessions_mission ON training_sessions(mission_id, start_date);
CREATE INDEX training_sessions_trainer ON training_sessions(lead_trainer_id);
CREATE INDEX session_modules_session ON session_modules(session_id);
CREATE INDEX materials_mission ON materials(mission_id);
CREATE INDEX followup_activities_mission ON followup_activities(mission_id, date);
CREATE INDEX followup_needs_activity ON followup_needs(activity_id);
COMMIT;
