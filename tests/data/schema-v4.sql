-- Intervention Planner database at schema version 4 (risk actions, indicators and settings; before trainee reactions, behaviour follow-up and the women's share target), with data.
-- Frozen: never regenerate this from newer code. Loaded by tst_migrations.
PRAGMA application_id = 1230007345;
PRAGMA user_version = 4;
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
INSERT INTO missions VALUES('36aa2dec-252a-4228-bc68-7cf70b6d994f','2026-11-22T00:59:15.868Z','2026-11-22T00:59:15.868Z',0,1,'HU-PILOT-05','Hate crime training pilot, Budapest','Hungary','OSCE/ODIHR','Országos Rendőr-főkapitányság (National Police Headquarters)','2005-03-01','2005-11-30','closed','post_training','expired','2005-02-15',9500000,'EUR','stable',NULL,'Lessons learned: front-line officers responded to case studies from their own jurisdiction, not to imported ones. Keep the course practical; trainers from outside policing were resisted.',0,0,NULL,NULL);
INSERT INTO missions VALUES('ecc51ced-95a9-40df-b60d-608f60bdafd7','2026-11-22T00:59:15.868Z','2026-11-22T00:59:15.868Z',0,1,'ES-PILOT-05','Hate crime training pilot, Madrid','Spain','OSCE/ODIHR','Dirección General de la Policía','2005-05-02','2005-12-16','closed','post_training','expired','2005-04-20',8700000,'EUR','stable',NULL,'Lessons learned: recording bias indicators in the incident form did more than any lecture. Involve prosecutors from the first day.',0,0,NULL,NULL);
INSERT INTO missions VALUES('d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-11-22T00:59:15.868Z','2026-11-22T00:59:15.889Z',0,1,'HR-HC-01','Combating hate crime: police training in Croatia','Croatia','OSCE/ODIHR','Ministarstvo unutarnjih poslova (Ministry of the Interior)','2025-03-01','2027-06-30','active','post_training','signed','2025-04-14',48000000,'EUR','transition','36aa2dec-252a-4228-bc68-7cf70b6d994f','Nine national trainers certified in 2026; cascade running in Zagreb, Split and Osijek. Refresher for Čakovec and Vukovar planned.',0,0,9,1200);
INSERT INTO missions VALUES('12cbd52d-9c07-4324-8c45-ef146255635a','2026-11-22T00:59:15.869Z','2026-11-22T00:59:15.869Z',0,1,'BA-HC-01','Hate crime response in Bosnia and Herzegovina','Bosnia and Herzegovina','OSCE/ODIHR','Ministarstvo sigurnosti / Министарство безбједности (Ministry of Security)','2026-02-01','2028-03-31','active','orientation','signed','2026-05-20',62000000,'EUR','post_conflict',NULL,'Case files from the predecessor police support mission were only partly handed over; the recording capacity baseline is 1 (ad hoc). Entity and cantonal ministries must be consulted separately.',0,0,NULL,NULL);
INSERT INTO missions VALUES('d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2026-11-22T00:59:15.869Z','2026-11-22T00:59:15.902Z',0,1,'PL-HC-01','National hate crime training cascade, Poland','Poland','OSCE/ODIHR','Komenda Główna Policji (National Police Headquarters)','2025-09-01','2027-12-31','active','train_the_trainer','signed','2025-10-06',75000000,'EUR','stable','ecc51ced-95a9-40df-b60d-608f60bdafd7','A 5-day national train-the-trainer course, then 1-day local courses run by trainers from all 16 voivodeships, towards 20,000 officers trained.',0,0,48,20000);
CREATE TABLE stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
kind TEXT NOT NULL CHECK (kind IN ('person', 'group')),name TEXT NOT NULL,name_protected INTEGER NOT NULL DEFAULT 0 CHECK (name_protected IN (0, 1)),organisation TEXT NOT NULL DEFAULT '',type TEXT NOT NULL,sex TEXT NOT NULL CHECK (sex IN ('female', 'male', 'other',   'not_recorded')),power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL CHECK (attitude IN ('blocker', 'sceptic',   'neutral', 'supporter', 'champion')),trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5),email TEXT NOT NULL DEFAULT '',phone TEXT NOT NULL DEFAULT '',address TEXT NOT NULL DEFAULT '',notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO stakeholders VALUES('fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','2026-11-22T00:59:15.869Z','2026-11-22T00:59:15.870Z',0,1,'group','Ministarstvo unutarnjih poslova',0,'Government of Croatia','ministry','not_recorded',5,4,'supporter',4,'demo.mup@example.org','+385 1 555 0101','','');
INSERT INTO stakeholders VALUES('2bb08ee7-0619-45b3-8c08-49f40e99185c','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'group','Policijska akademija',0,'Police Academy, Zagreb','academy','not_recorded',4,5,'champion',5,'demo.akademija@example.org','','','');
INSERT INTO stakeholders VALUES('99f7d14a-f2a0-4d6b-b14c-656aacc4622d','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'person','Ivana Horvat',0,'Police Academy, Zagreb','academy','female',3,5,'champion',5,'ivana.horvat.demo@example.org','+385 91 555 0142','','');
INSERT INTO stakeholders VALUES('852cd217-e3af-4704-bab2-1d51b06a5e3f','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'person','Marko Kovačević',0,'Police Administration Osijek-Baranja','police_senior','male',4,2,'sceptic',2,'m.kovacevic.demo@example.org','+385 31 555 0177','','Doubts that outside trainers understand local policing. Responds to peer examples from other police chiefs.');
INSERT INTO stakeholders VALUES('f929cf3e-e53c-4159-8139-2ad3c793211d','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'group','Državno odvjetništvo Republike Hrvatske',0,'State Attorney''s Office','judiciary','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('afcac769-aa5e-4f2a-8bbe-405d832899ba','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'group','Romsko srce Međimurja',0,'Roma community association, Čakovec','civil_society','not_recorded',1,5,'supporter',2,'demo.romsko.srce@example.org','+385 40 555 0190','','');
INSERT INTO stakeholders VALUES('25f7c943-305f-4040-870d-c1a7e3098c0c','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'group','Duga Zagreb',0,'LGBT rights NGO','civil_society','not_recorded',1,5,'sceptic',1,'demo.duga@example.org','','','Low trust in the police after the 2024 march incidents.');
INSERT INTO stakeholders VALUES('9f9be8d0-f4a9-4edd-85b3-cc816b74c8bb','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'person','Dragana Petrović',1,'','affected_community','female',1,4,'neutral',2,'','+385 31 555 0111','','Reported a bias-motivated assault in Osijek; agreed to speak to trainers anonymously.');
INSERT INTO stakeholders VALUES('3ca3951b-2205-46d8-84ef-17918eb676a3','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'group','Министарство безбједности БиХ / Ministarstvo sigurnosti BiH',0,'Council of Ministers of Bosnia and Herzegovina','ministry','not_recorded',5,4,'supporter',3,'demo.msb@example.org','','','');
INSERT INTO stakeholders VALUES('556fafd6-05a5-4606-85b9-a091be221fb5','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'group','Federalno ministarstvo unutrašnjih poslova',0,'Federation of BiH','ministry','not_recorded',4,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('268c6c2d-c4b1-4516-81d3-e600ad5e7c2b','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'group','Министарство унутрашњих послова Републике Српске',0,'Republika Srpska, Бања Лука / Banja Luka','ministry','not_recorded',4,2,'sceptic',2,'','','','');
INSERT INTO stakeholders VALUES('d5269647-fbaa-4d48-9bff-28a27cc5ad0f','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'group','MUP Kantona Sarajevo',0,'Sarajevo Canton Ministry of the Interior','police_senior','not_recorded',3,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('930de73c-eb53-4e77-aa19-b155dcbb3de2','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'group','Policija Brčko distrikta',0,'Brčko District Police','police_front_line','not_recorded',2,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('1fdced83-a211-43e7-bb23-acd34566a17f','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'group','OSCE Mission to Bosnia and Herzegovina',0,'OSCE','other_mission','not_recorded',3,4,'champion',4,'','','','');
INSERT INTO stakeholders VALUES('d2425c9a-8667-4581-912f-b68addca3606','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'group','Police support mission (closed)',0,'Predecessor mission archive','other_mission','not_recorded',2,2,'neutral',3,'','','','Only part of the case files was handed over; the rest is in an archive abroad.');
INSERT INTO stakeholders VALUES('d6394bcd-884f-4508-addf-8cb1d8bc1cc3','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'group','Mreža mira Mostar',0,'Interfaith peace network','civil_society','not_recorded',2,5,'supporter',2,'demo.mreza@example.org','','','');
INSERT INTO stakeholders VALUES('c5999512-db9d-4a4b-a82b-3d0f4abe091e','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'group','Udruženje povratnika Prijedor',0,'Returnee association','affected_community','not_recorded',1,5,'sceptic',1,'','','','');
INSERT INTO stakeholders VALUES('283da20d-490d-4ffe-8afc-a4140ac0819c','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'group','Komenda Główna Policji',0,'National Police Headquarters, Warszawa','police_senior','not_recorded',5,5,'champion',4,'demo.kgp@example.org','','','');
INSERT INTO stakeholders VALUES('fb1bb309-15ed-44d3-8ca2-fb1c3cfbab87','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'group','Wyższa Szkoła Policji w Szczytnie',0,'Police Academy, Szczytno','academy','not_recorded',4,5,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('d153520e-6cd4-4519-a0d0-5d925de9c68d','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'group','Ministerstwo Spraw Wewnętrznych i Administracji',0,'Government of Poland','ministry','not_recorded',5,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('6cd4d6fc-910d-439c-9d5b-00189a73a894','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'group','Komenda Wojewódzka Policji w Łodzi',0,'Voivodeship police, Łódź','police_front_line','not_recorded',3,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('967390b3-0496-4cf1-abd1-f999ee6f02f7','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'group','Komenda Wojewódzka Policji w Krakowie',0,'Voivodeship police, Kraków','police_front_line','not_recorded',3,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('b88738b1-f103-48cc-a006-98fab774ba21','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'group','Komenda Wojewódzka Policji w Gdańsku',0,'Voivodeship police, Gdańsk','police_front_line','not_recorded',3,2,'sceptic',3,'','','','');
INSERT INTO stakeholders VALUES('766aadbc-e997-4440-a1c7-2fb45c7ee102','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'person','Katarzyna Nowak-Wiśniewska',0,'Wyższa Szkoła Policji w Szczytnie','academy','female',3,5,'champion',5,'k.nowak.demo@example.org','+48 89 555 0123','','');
INSERT INTO stakeholders VALUES('bc5d4af3-3107-498c-a369-4e90dff1ab5b','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'group','Biuro Rzecznika Praw Obywatelskich',0,'Commissioner for Human Rights','international','not_recorded',3,5,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('29ddb38c-3c58-4ada-88e5-6a3db17cf069','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'group','Stowarzyszenie Otwarta Brama',0,'Anti-discrimination NGO, Białystok','civil_society','not_recorded',2,5,'supporter',2,'','','','');
INSERT INTO stakeholders VALUES('0da2883a-4667-4658-b4d2-5a2940f7f32a','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'group','Українська громада Любліна',0,'Ukrainian community association, Lublin','affected_community','not_recorded',1,4,'neutral',2,'','','','');
INSERT INTO stakeholders VALUES('8961a6d0-594c-4299-9d96-a32c9a9ebf40','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'group','Gazeta Regionalna (fictional)',0,'Regional newspaper','media','not_recorded',2,2,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('f2cb670b-f327-43e6-b5d7-51144e73738f','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'group','Országos Rendőr-főkapitányság',0,'National Police Headquarters, Budapest','police_senior','not_recorded',5,3,'neutral',3,'','','','');
INSERT INTO stakeholders VALUES('935ca545-4469-4199-a43b-45c5cdf841cc','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'group','Dirección General de la Policía',0,'Policía Nacional, Madrid','police_senior','not_recorded',5,4,'supporter',4,'','','','');
INSERT INTO stakeholders VALUES('14bc322d-7cec-426d-a6f6-9932b0db75e0','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'group','OSCE/ODIHR Tolerance and Non-Discrimination Department',0,'OSCE/ODIHR, Warsaw','international','not_recorded',5,5,'champion',5,'','','','');
CREATE TABLE mission_stakeholders (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),role TEXT NOT NULL DEFAULT ''
);
INSERT INTO mission_stakeholders VALUES('a8c44018-82ff-4f9a-802f-b6c0a2a07ebd','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','National counterpart, MoU signatory');
INSERT INTO mission_stakeholders VALUES('524cff2a-8e79-4e3f-8e57-3faeff1a3a85','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','2bb08ee7-0619-45b3-8c08-49f40e99185c','Host of the train-the-trainer course');
INSERT INTO mission_stakeholders VALUES('9aa1cf96-6e6d-4645-9771-f8c096818284','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','99f7d14a-f2a0-4d6b-b14c-656aacc4622d','Lead national trainer');
INSERT INTO mission_stakeholders VALUES('86b1967d-d2f0-4482-8927-507755d26a69','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','852cd217-e3af-4704-bab2-1d51b06a5e3f','Regional police chief, Osijek');
INSERT INTO mission_stakeholders VALUES('2146aac8-6c28-4228-92a1-bcfa06ef5ae3','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','f929cf3e-e53c-4159-8139-2ad3c793211d','Prosecution liaison');
INSERT INTO mission_stakeholders VALUES('ab6513c8-3442-4029-89b7-3509a220f23c','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','afcac769-aa5e-4f2a-8bbe-405d832899ba','Community partner, Međimurje');
INSERT INTO mission_stakeholders VALUES('851ba2ec-8ba5-487c-b010-1d33a45cc2e2','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','25f7c943-305f-4040-870d-c1a7e3098c0c','Civil society partner');
INSERT INTO mission_stakeholders VALUES('e95eeaf1-4a9d-49f2-abe3-6c0f1ec50c8b','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','9f9be8d0-f4a9-4edd-85b3-cc816b74c8bb','Testimony for case study (anonymised)');
INSERT INTO mission_stakeholders VALUES('05439a8b-16a0-4641-88cb-e5faae49862e','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','3ca3951b-2205-46d8-84ef-17918eb676a3','MoU signatory');
INSERT INTO mission_stakeholders VALUES('4a151bbd-1bbf-4709-91d9-d21f4e54e5b3','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','556fafd6-05a5-4606-85b9-a091be221fb5','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('13c65644-7036-4608-9cd1-30395c359358','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','268c6c2d-c4b1-4516-81d3-e600ad5e7c2b','Entity interior ministry');
INSERT INTO mission_stakeholders VALUES('6c775d4a-1fb0-436e-a591-d1858d8a069e','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','d5269647-fbaa-4d48-9bff-28a27cc5ad0f','Cantonal police, pilot for recording');
INSERT INTO mission_stakeholders VALUES('cf9ea5b9-c999-4562-8fdb-dde737daeb0c','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','930de73c-eb53-4e77-aa19-b155dcbb3de2','District police');
INSERT INTO mission_stakeholders VALUES('b30c06ff-d80b-4b47-ac8b-6fbd4e158d5d','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','1fdced83-a211-43e7-bb23-acd34566a17f','Field presence, co-organiser');
INSERT INTO mission_stakeholders VALUES('2b29e021-7549-4e2b-8d05-8415d4624553','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','d2425c9a-8667-4581-912f-b68addca3606','Records of earlier cases');
INSERT INTO mission_stakeholders VALUES('d962e66d-a33f-40a5-a87f-b3ff0d8d9982','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','d6394bcd-884f-4508-addf-8cb1d8bc1cc3','Civil society partner, Herzegovina');
INSERT INTO mission_stakeholders VALUES('9b298ed4-d037-4daf-a907-5c0d6a9f3247','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','c5999512-db9d-4a4b-a82b-3d0f4abe091e','Affected community');
INSERT INTO mission_stakeholders VALUES('d5305cfd-cc09-4104-b8d2-72ee21170a2f','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','283da20d-490d-4ffe-8afc-a4140ac0819c','National counterpart');
INSERT INTO mission_stakeholders VALUES('6a86c69c-62ad-418b-8c4d-ca64b3ff2e49','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','fb1bb309-15ed-44d3-8ca2-fb1c3cfbab87','Host of the 5-day national course');
INSERT INTO mission_stakeholders VALUES('a6bf530c-ffef-4e60-9fdf-026f2024d807','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','d153520e-6cd4-4519-a0d0-5d925de9c68d','Ministry of the Interior and Administration');
INSERT INTO mission_stakeholders VALUES('1c8407c0-d6e6-4939-9b80-2540a6f438a7','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','6cd4d6fc-910d-439c-9d5b-00189a73a894','Regional cascade, Łódź');
INSERT INTO mission_stakeholders VALUES('1cd324d2-569a-4101-9daa-0ca30ef86c4f','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','967390b3-0496-4cf1-abd1-f999ee6f02f7','Regional cascade, Małopolska');
INSERT INTO mission_stakeholders VALUES('418759ac-2891-40a0-94a4-8b99f2677be3','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','b88738b1-f103-48cc-a006-98fab774ba21','Regional cascade, Pomorze');
INSERT INTO mission_stakeholders VALUES('d72fd9fb-7faa-4f31-b673-d82b5b2e30e3','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','766aadbc-e997-4440-a1c7-2fb45c7ee102','Course director');
INSERT INTO mission_stakeholders VALUES('86bd4eba-4aa6-4ec5-9b81-db07bc223172','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','bc5d4af3-3107-498c-a369-4e90dff1ab5b','Independent monitoring');
INSERT INTO mission_stakeholders VALUES('8fb11ba2-69f2-48ac-84c9-1d734d23a49c','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','29ddb38c-3c58-4ada-88e5-6a3db17cf069','Case studies and victim support');
INSERT INTO mission_stakeholders VALUES('fa70054c-b7e7-4a24-b469-8dc45c5fa271','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','0da2883a-4667-4658-b4d2-5a2940f7f32a','Affected community');
INSERT INTO mission_stakeholders VALUES('20fb5f81-8e64-44c2-9f37-c70dff3bf461','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','8961a6d0-594c-4299-9d96-a32c9a9ebf40','Media');
INSERT INTO mission_stakeholders VALUES('a78dddb1-cf59-47a2-935b-631d53461fb1','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','f2cb670b-f327-43e6-b5d7-51144e73738f','Pilot host');
INSERT INTO mission_stakeholders VALUES('f3b1013f-977f-4e08-b91d-ccf0861c1591','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','935ca545-4469-4199-a43b-45c5cdf841cc','Pilot host');
INSERT INTO mission_stakeholders VALUES('6f055db5-f8a7-4f8c-bcb0-23bc6d5458e0','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','14bc322d-7cec-426d-a6f6-9932b0db75e0','Lead organisation');
INSERT INTO mission_stakeholders VALUES('22f82caa-d6d3-40f9-8275-aaa3472a223d','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','14bc322d-7cec-426d-a6f6-9932b0db75e0','Lead organisation');
INSERT INTO mission_stakeholders VALUES('2ce3f85d-3dc9-4331-8926-878b6cad27aa','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','14bc322d-7cec-426d-a6f6-9932b0db75e0','Lead organisation');
INSERT INTO mission_stakeholders VALUES('52910898-1e34-44a0-aea2-0777e82b3b99','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','14bc322d-7cec-426d-a6f6-9932b0db75e0','Lead organisation');
INSERT INTO mission_stakeholders VALUES('022fa6ad-1f44-41b2-a081-827ff41ed9d7','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','14bc322d-7cec-426d-a6f6-9932b0db75e0','Lead organisation');
CREATE TABLE engagements (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),mission_id TEXT REFERENCES missions(id),date TEXT NOT NULL,type TEXT NOT NULL,purpose TEXT NOT NULL DEFAULT '',outcome TEXT NOT NULL DEFAULT '',follow_up_date TEXT,follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1))
);
INSERT INTO engagements VALUES('1875322c-22bd-441c-a9bb-bc6047e035dc','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-02-10','meeting','Opening consultation with the Ministry','Ministry asked for a training plan built on Croatian cases.','2025-03-01',1);
INSERT INTO engagements VALUES('f6e3f0de-b50a-470c-86ac-773d276e42f7','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-09-18','meeting','Institutionalisation of the course','Agreed to discuss adding the module to the academy curriculum.','2026-11-10',0);
INSERT INTO engagements VALUES('117a7912-5b78-4b89-a1d8-43b59b855e7b','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'2bb08ee7-0619-45b3-8c08-49f40e99185c','d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-01-20','workshop','Curriculum review with academy trainers','Four modules adapted; case studies from Split and Osijek added.','2026-02-15',1);
INSERT INTO engagements VALUES('8c8d711b-0983-4b76-9c46-ef30775c2767','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'99f7d14a-f2a0-4d6b-b14c-656aacc4622d','d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-10-02','call','Cascade schedule for Osijek','Two local sessions confirmed for November.','2026-11-28',0);
INSERT INTO engagements VALUES('99aa9d4a-c712-4ec1-aeee-cddd39e99b0a','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'852cd217-e3af-4704-bab2-1d51b06a5e3f','d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-06-12','site_visit','Visit to Osijek police administration','Agreed to release four officers for the local course.','2026-09-30',0);
INSERT INTO engagements VALUES('161299db-669b-471d-8c14-9773ec451464','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'f929cf3e-e53c-4159-8139-2ad3c793211d','d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-06-03','meeting','Prosecution of bias-motivated offences','Prosecutors will join the module on evidence of bias motive.',NULL,0);
INSERT INTO engagements VALUES('503e8679-a50f-4231-9520-478bc5618efa','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'afcac769-aa5e-4f2a-8bbe-405d832899ba','d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-03-20','workshop','Focus group on reporting of attacks','Members rarely report: fear of not being believed.','2025-05-01',1);
INSERT INTO engagements VALUES('ad6f6e78-c7f9-4698-ac33-febb4d00c85f','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'25f7c943-305f-4040-870d-c1a7e3098c0c','d51f3656-d29a-4ed0-be91-8592ed90bb41','2026-04-08','meeting','Victim referral pathway','Asked for a named contact officer in each administration.','2026-06-01',0);
INSERT INTO engagements VALUES('9d40841b-7cb5-449a-9161-156a979231ad','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'3ca3951b-2205-46d8-84ef-17918eb676a3','12cbd52d-9c07-4324-8c45-ef146255635a','2026-05-20','meeting','Signature of the MoU','MoU signed; orientation workshops to follow in both entities.',NULL,1);
INSERT INTO engagements VALUES('5c5f7093-e11d-4da4-b329-4d3e8b71b3c1','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'556fafd6-05a5-4606-85b9-a091be221fb5','12cbd52d-9c07-4324-8c45-ef146255635a','2026-07-09','workshop','Orientation: recording practice','Bias motive is not a field in the incident form; recorded as free text at best.','2026-10-15',0);
INSERT INTO engagements VALUES('eb498c6f-0f05-4432-83eb-e2c92b4a7757','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'268c6c2d-c4b1-4516-81d3-e600ad5e7c2b','12cbd52d-9c07-4324-8c45-ef146255635a','2026-08-27','meeting','Bilateral in Бања Лука','Willing to send observers to the orientation workshop, not yet trainees.','2026-11-05',0);
INSERT INTO engagements VALUES('c892ba6c-af5b-4668-aea7-b8471eebc6c1','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'d2425c9a-8667-4581-912f-b68addca3606','12cbd52d-9c07-4324-8c45-ef146255635a','2026-04-14','correspondence','Request for the missing case files','Archive answered that a formal request by the Ministry is needed.','2026-06-30',0);
INSERT INTO engagements VALUES('5ffc1a00-a3a3-4174-ac02-052e8d14cab5','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'283da20d-490d-4ffe-8afc-a4140ac0819c','d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2026-09-10','meeting','Burn-up review: officers trained against plan','Cascade behind plan in three voivodeships; extra sessions approved.','2026-12-10',0);
INSERT INTO engagements VALUES('e5f3338d-49a7-4fec-b765-a8d1db077b7c','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'b88738b1-f103-48cc-a006-98fab774ba21','d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2026-07-22','call','Low attendance at local courses','Shift rosters clash with course days; will propose weekend sessions.','2026-08-31',0);
CREATE TABLE stakeholder_snapshots (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id),taken_at TEXT NOT NULL,power INTEGER NOT NULL CHECK (power BETWEEN 1 AND 5),interest INTEGER NOT NULL CHECK (interest BETWEEN 1 AND 5),attitude TEXT NOT NULL,trust INTEGER NOT NULL CHECK (trust BETWEEN 1 AND 5)
);
INSERT INTO stakeholder_snapshots VALUES('5743824d-ee6c-4f8c-907c-950c8271d28e','2026-11-22T00:59:15.869Z','2026-11-22T00:59:15.869Z',0,1,'fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','2025-02-10T12:00:00.000Z',5,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('650dba29-eac0-4b17-910f-628b82ddcfb0','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','2025-04-14T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('516b6833-8339-4429-b3fc-4c42b3d55722','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'fe1c062f-fa3f-4e0f-a899-62ed2e2daae1','2026-03-01T12:00:00.000Z',5,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('bb228729-3e71-4c0b-b150-be85b5d24eb5','2026-11-22T00:59:15.870Z','2026-11-22T00:59:15.870Z',0,1,'2bb08ee7-0619-45b3-8c08-49f40e99185c','2026-11-01T12:00:00.000Z',4,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('0e76a964-5f40-4935-aadd-bd80eabfa224','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'99f7d14a-f2a0-4d6b-b14c-656aacc4622d','2026-11-01T12:00:00.000Z',3,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('8a0fb3e5-fd52-4578-be74-81576d0384e8','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'852cd217-e3af-4704-bab2-1d51b06a5e3f','2025-05-05T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('29d2d2bd-d4ad-4cce-bb3a-7d94247cdba2','2026-11-22T00:59:15.871Z','2026-11-22T00:59:15.871Z',0,1,'852cd217-e3af-4704-bab2-1d51b06a5e3f','2026-06-12T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('b1016f70-7f9e-4b3a-85b9-3f230c8562ec','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'f929cf3e-e53c-4159-8139-2ad3c793211d','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('f35e8562-f90b-4f00-ac5b-66c5f0e78137','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'afcac769-aa5e-4f2a-8bbe-405d832899ba','2026-11-01T12:00:00.000Z',1,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('56e03ad4-2878-4754-a9c6-d0be3b780e73','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'25f7c943-305f-4040-870d-c1a7e3098c0c','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('bed7d3b7-14c9-481a-8f8c-19ed2b61765a','2026-11-22T00:59:15.872Z','2026-11-22T00:59:15.872Z',0,1,'9f9be8d0-f4a9-4edd-85b3-cc816b74c8bb','2026-11-01T12:00:00.000Z',1,4,'neutral',2);
INSERT INTO stakeholder_snapshots VALUES('8564fce0-9d2d-44dd-a5e0-aecd1e53163c','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'3ca3951b-2205-46d8-84ef-17918eb676a3','2026-11-01T12:00:00.000Z',5,4,'supporter',3);
INSERT INTO stakeholder_snapshots VALUES('da4181d4-3fa1-4c3c-9a25-5776db490d14','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'556fafd6-05a5-4606-85b9-a091be221fb5','2026-11-01T12:00:00.000Z',4,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('5f90ba65-c6d1-4e8e-a09a-0a04c4c8d49a','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'268c6c2d-c4b1-4516-81d3-e600ad5e7c2b','2026-03-03T12:00:00.000Z',4,1,'blocker',1);
INSERT INTO stakeholder_snapshots VALUES('a1492f5c-c650-4a29-b6d7-b096dc5366a3','2026-11-22T00:59:15.873Z','2026-11-22T00:59:15.873Z',0,1,'268c6c2d-c4b1-4516-81d3-e600ad5e7c2b','2026-08-27T12:00:00.000Z',4,2,'sceptic',2);
INSERT INTO stakeholder_snapshots VALUES('09675d36-39cd-4ebe-9c71-fc6dd9a1093c','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'d5269647-fbaa-4d48-9bff-28a27cc5ad0f','2026-11-01T12:00:00.000Z',3,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('facd81d4-0cfb-49af-8652-c6acff023fc7','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'930de73c-eb53-4e77-aa19-b155dcbb3de2','2026-11-01T12:00:00.000Z',2,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('7773ed23-12bd-4bd4-a5c7-aab274139a11','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'1fdced83-a211-43e7-bb23-acd34566a17f','2026-11-01T12:00:00.000Z',3,4,'champion',4);
INSERT INTO stakeholder_snapshots VALUES('e93d66b3-f898-45dd-8ea5-0fe8b73af00d','2026-11-22T00:59:15.874Z','2026-11-22T00:59:15.874Z',0,1,'d2425c9a-8667-4581-912f-b68addca3606','2026-11-01T12:00:00.000Z',2,2,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('372bcdc8-ba71-4461-acf7-27e55eb055e4','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'d6394bcd-884f-4508-addf-8cb1d8bc1cc3','2026-11-01T12:00:00.000Z',2,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('6d7742d5-b90b-46ac-825c-4765fbe787aa','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'c5999512-db9d-4a4b-a82b-3d0f4abe091e','2026-11-01T12:00:00.000Z',1,5,'sceptic',1);
INSERT INTO stakeholder_snapshots VALUES('1a300cd8-393e-4314-a56c-7db38b57b5c8','2026-11-22T00:59:15.875Z','2026-11-22T00:59:15.875Z',0,1,'283da20d-490d-4ffe-8afc-a4140ac0819c','2026-11-01T12:00:00.000Z',5,5,'champion',4);
INSERT INTO stakeholder_snapshots VALUES('7c2436e0-f475-495a-9b84-1e5d72665219','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'fb1bb309-15ed-44d3-8ca2-fb1c3cfbab87','2026-11-01T12:00:00.000Z',4,5,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('42fa7e29-a556-45de-85ba-a02debb58a66','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'d153520e-6cd4-4519-a0d0-5d925de9c68d','2026-11-01T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('ade338e3-edb1-4373-b658-427c02ba1350','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'6cd4d6fc-910d-439c-9d5b-00189a73a894','2026-11-01T12:00:00.000Z',3,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('bc4cf81e-ac39-44d1-b41a-7c2412483fee','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'967390b3-0496-4cf1-abd1-f999ee6f02f7','2026-11-01T12:00:00.000Z',3,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('4cd77ecb-e7eb-4e24-8dc1-c63274973d67','2026-11-22T00:59:15.876Z','2026-11-22T00:59:15.876Z',0,1,'b88738b1-f103-48cc-a006-98fab774ba21','2026-11-01T12:00:00.000Z',3,2,'sceptic',3);
INSERT INTO stakeholder_snapshots VALUES('de3a558d-3ac3-44d4-8554-dd3fc51c9e24','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'766aadbc-e997-4440-a1c7-2fb45c7ee102','2026-11-01T12:00:00.000Z',3,5,'champion',5);
INSERT INTO stakeholder_snapshots VALUES('74544355-2521-4bf0-a681-3281c7595dc9','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'bc5d4af3-3107-498c-a369-4e90dff1ab5b','2026-11-01T12:00:00.000Z',3,5,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('df73ff3f-0cfd-4198-97cb-c4fa3dc0880d','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'29ddb38c-3c58-4ada-88e5-6a3db17cf069','2026-11-01T12:00:00.000Z',2,5,'supporter',2);
INSERT INTO stakeholder_snapshots VALUES('edf26840-2709-48cc-bda3-4ed9b8f81acb','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'0da2883a-4667-4658-b4d2-5a2940f7f32a','2026-11-01T12:00:00.000Z',1,4,'neutral',2);
INSERT INTO stakeholder_snapshots VALUES('e06606c9-acc3-4b8f-b26c-8b472973637b','2026-11-22T00:59:15.877Z','2026-11-22T00:59:15.877Z',0,1,'8961a6d0-594c-4299-9d96-a32c9a9ebf40','2026-11-01T12:00:00.000Z',2,2,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('0bd8cfeb-d94c-4957-a415-94d7aa8827a8','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'f2cb670b-f327-43e6-b5d7-51144e73738f','2026-11-01T12:00:00.000Z',5,3,'neutral',3);
INSERT INTO stakeholder_snapshots VALUES('76db0806-15d1-4748-986f-098b6f1a3de3','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'935ca545-4469-4199-a43b-45c5cdf841cc','2026-11-01T12:00:00.000Z',5,4,'supporter',4);
INSERT INTO stakeholder_snapshots VALUES('a3353fb8-7ea0-4046-8dac-6f2c43c895c9','2026-11-22T00:59:15.878Z','2026-11-22T00:59:15.878Z',0,1,'14bc322d-7cec-426d-a6f6-9932b0db75e0','2026-11-01T12:00:00.000Z',5,5,'champion',5);
CREATE TABLE risks (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT REFERENCES missions(id),title TEXT NOT NULL,description TEXT NOT NULL DEFAULT '',category TEXT NOT NULL,owner TEXT NOT NULL DEFAULT '',likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),treatment TEXT NOT NULL,mitigation TEXT NOT NULL DEFAULT '',residual_likelihood INTEGER NOT NULL DEFAULT 0   CHECK (residual_likelihood BETWEEN 0 AND 5),residual_impact INTEGER NOT NULL DEFAULT 0   CHECK (residual_impact BETWEEN 0 AND 5),review_date TEXT,closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1))
);
INSERT INTO risks VALUES('5800c3c2-f002-45b5-8cc9-63a1c225f301','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Change of leadership in the lead organisation ends the programme','LEOP itself was abandoned in 2009 after such a change.','political','Programme manager',3,5,'reduce_impact','Embed the course in the national academy curriculum so it outlives the programme.',3,3,'2026-12-01',0);
INSERT INTO risks VALUES('0ab7daf8-ec33-46d0-9e9d-7314b456d6b6','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Training stays ad hoc and is never embedded','','institutional','Police Academy liaison',3,4,'reduce_likelihood','Agreement with the Ministry on institutionalisation; academy trainers own the materials.',2,4,'2026-11-15',0);
INSERT INTO risks VALUES('6d84c15f-0002-4458-bd4c-0bd49cead7cc','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Under-reporting by Roma and LGBT communities','','inclusion','Community liaison officer',4,3,'reduce_likelihood','Named contact officers; referral pathway agreed with NGOs.',3,3,'2027-01-15',0);
INSERT INTO risks VALUES('80b17039-28c3-4742-80c7-655f8e5230b4','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Turf battles between entity and cantonal interior ministries','','coordination','Head of mission',4,4,'reduce_likelihood','Separate consultations per entity; joint steering group chaired by the Ministry of Security.',3,3,'2026-11-10',0);
INSERT INTO risks VALUES('3d59eeed-cf91-4bd1-bc9b-3ccf7cd49000','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Case records lost at the handover from the predecessor mission','Cases were dropped when one mission handed over to the next in Kosovo.','coordination','Information manager',4,5,'reduce_impact','Formal request for the archive; rebuild the case list from prosecutors'' records.',3,4,'2026-12-05',0);
INSERT INTO risks VALUES('34d04d0f-504b-4408-b66d-c73058c97172','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Officials implicated in the crimes being addressed','','political','Head of mission',2,5,'share','Vetting with the OSCE Mission; escalation channel to the Permanent Council.',0,0,'2027-01-20',0);
INSERT INTO risks VALUES('ff0c87e2-ba30-4435-8468-e7f6cd8ec855','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Security incidents at community venues during consultations','','security','Security officer',2,4,'reduce_likelihood','Neutral venues; police escort agreed case by case.',1,4,'2026-12-20',0);
INSERT INTO risks VALUES('c24f9dc6-9a7f-49c0-85d8-7c5b1c8821b7','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Trainer rotation and attrition in the voivodeships','','institutional','Cascade coordinator',4,3,'reduce_impact','Two trainers certified per district; refresher each year.',3,2,'2026-11-30',0);
INSERT INTO risks VALUES('69e6dad3-d86f-424c-b5b0-a0d114fd3e2a','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Few women among trainers and participants','','inclusion','Gender focal point',4,3,'reduce_likelihood','Target of 30 % women in each cohort; nominations asked for by name.',3,3,'2027-02-01',0);
INSERT INTO risks VALUES('d2a411c6-59a0-4cc1-80d0-56fe45aa4560','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Funding not kept long enough to embed change','','economic','Programme manager',3,4,'share','Co-funding by the national police budget from 2027.',0,0,'2027-03-01',0);
INSERT INTO risks VALUES('b2a5f830-40b8-42a9-bcdf-a649dd44327d','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Hostile media campaign against NGO partners','','information','Press officer',2,3,'accept','',0,0,'2027-01-10',0);
INSERT INTO risks VALUES('bc800e51-c1ea-466b-b04f-c413ac01a28f','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,NULL,'Decisions need unanimity among participating states','A single participating state can block the budget line for the whole programme.','political','Director',3,4,'accept','',0,0,'2027-01-31',0);
INSERT INTO risks VALUES('f7dd62f0-bd9a-4fa3-8d50-4d2d6bb0a7c7','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,NULL,'Intelligence not shared between missions','','coordination','Information manager',3,3,'reduce_likelihood','Handover packages in a common format; quarterly exchange between heads of mission.',2,3,'2026-10-31',0);
INSERT INTO risks VALUES('f291b578-e02c-43e6-ac5e-49a86bfd9104','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','Police resist outside critics who do not know policing','','institutional','Pilot coordinator',4,3,'reduce_likelihood','Trainers drawn from serving police officers.',2,3,'2005-11-30',1);
INSERT INTO risks VALUES('b8a93fc3-0292-4851-907c-151818ac3e8b','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','Host-government consent withdrawn over sovereignty concerns','','political','Pilot coordinator',2,5,'avoid','Programme presented as a partnership led by the national police.',1,5,'2005-12-16',1);
CREATE TABLE risk_assessments (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
risk_id TEXT NOT NULL REFERENCES risks(id),assessed_at TEXT NOT NULL,likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),residual_likelihood INTEGER NOT NULL DEFAULT 0,residual_impact INTEGER NOT NULL DEFAULT 0
);
INSERT INTO risk_assessments VALUES('bca57738-a6dd-4ba7-82eb-80b496f517be','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'5800c3c2-f002-45b5-8cc9-63a1c225f301','2025-03-01T12:00:00.000Z',2,5,0,0);
INSERT INTO risk_assessments VALUES('982d7845-a356-4de5-a283-c61809254139','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'5800c3c2-f002-45b5-8cc9-63a1c225f301','2026-06-01T12:00:00.000Z',3,5,0,0);
INSERT INTO risk_assessments VALUES('e9f59533-7e1c-42b9-a7a4-52af337650e0','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'5800c3c2-f002-45b5-8cc9-63a1c225f301','2026-11-01T12:00:00.000Z',3,5,3,3);
INSERT INTO risk_assessments VALUES('5eacba0f-b4eb-4dc5-bf24-d61c9d9ec91b','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'0ab7daf8-ec33-46d0-9e9d-7314b456d6b6','2025-03-01T12:00:00.000Z',4,4,0,0);
INSERT INTO risk_assessments VALUES('46df8091-9fc4-497a-8743-0c417a9cc844','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'0ab7daf8-ec33-46d0-9e9d-7314b456d6b6','2026-11-01T12:00:00.000Z',3,4,2,4);
INSERT INTO risk_assessments VALUES('5091427e-c250-4acf-b9fd-5537ad90a7d7','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'6d84c15f-0002-4458-bd4c-0bd49cead7cc','2026-11-01T12:00:00.000Z',4,3,3,3);
INSERT INTO risk_assessments VALUES('f3088846-5962-48e8-99c4-2a25a732b85e','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'80b17039-28c3-4742-80c7-655f8e5230b4','2026-02-15T12:00:00.000Z',5,4,0,0);
INSERT INTO risk_assessments VALUES('e503d37d-9317-4ab6-8e6b-6fdec9189095','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'80b17039-28c3-4742-80c7-655f8e5230b4','2026-11-01T12:00:00.000Z',4,4,3,3);
INSERT INTO risk_assessments VALUES('1427a639-bf33-43ab-8ea7-8c5693bb668b','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'3d59eeed-cf91-4bd1-bc9b-3ccf7cd49000','2026-11-01T12:00:00.000Z',4,5,3,4);
INSERT INTO risk_assessments VALUES('c6295597-33a9-44e8-bf34-4a5866cdefa7','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'34d04d0f-504b-4408-b66d-c73058c97172','2026-11-01T12:00:00.000Z',2,5,0,0);
INSERT INTO risk_assessments VALUES('e61e7f8f-c891-4850-bb85-3c3ecbe7ddb8','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'ff0c87e2-ba30-4435-8468-e7f6cd8ec855','2026-11-01T12:00:00.000Z',2,4,1,4);
INSERT INTO risk_assessments VALUES('c5600f61-d751-445b-9b48-2cc6a4d245f4','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'c24f9dc6-9a7f-49c0-85d8-7c5b1c8821b7','2025-10-01T12:00:00.000Z',3,3,0,0);
INSERT INTO risk_assessments VALUES('cbaa373f-e080-496c-99f6-3c0c75eeac02','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'c24f9dc6-9a7f-49c0-85d8-7c5b1c8821b7','2026-11-01T12:00:00.000Z',4,3,3,2);
INSERT INTO risk_assessments VALUES('4f1d34ad-8f43-40d4-b5b4-29d87772c0db','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'69e6dad3-d86f-424c-b5b0-a0d114fd3e2a','2026-11-01T12:00:00.000Z',4,3,3,3);
INSERT INTO risk_assessments VALUES('ffd21187-0c2a-4d04-959c-52adb9932115','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'d2a411c6-59a0-4cc1-80d0-56fe45aa4560','2026-11-01T12:00:00.000Z',3,4,0,0);
INSERT INTO risk_assessments VALUES('4efb58a6-0dc5-4a6a-88dd-817d8fc9146a','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'b2a5f830-40b8-42a9-bcdf-a649dd44327d','2026-11-01T12:00:00.000Z',2,3,0,0);
INSERT INTO risk_assessments VALUES('05570ec1-fb6c-4bc1-b699-170e515a3dbb','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'bc800e51-c1ea-466b-b04f-c413ac01a28f','2026-11-01T12:00:00.000Z',3,4,0,0);
INSERT INTO risk_assessments VALUES('186cce22-8e39-4597-bdb1-4da82eb0da7f','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'f7dd62f0-bd9a-4fa3-8d50-4d2d6bb0a7c7','2026-11-01T12:00:00.000Z',3,3,2,3);
INSERT INTO risk_assessments VALUES('46a51853-5718-409c-851d-f98748c080be','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'f291b578-e02c-43e6-ac5e-49a86bfd9104','2026-11-01T12:00:00.000Z',4,3,2,3);
INSERT INTO risk_assessments VALUES('d76c706d-1d25-42ac-b99b-21ad0443acea','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'b8a93fc3-0292-4851-907c-151818ac3e8b','2026-11-01T12:00:00.000Z',2,5,1,5);
CREATE TABLE stage_criteria (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),stage TEXT NOT NULL CHECK (stage IN ('consultation', 'orientation',   'curriculum', 'train_the_trainer', 'post_training')),position INTEGER NOT NULL DEFAULT 0,text TEXT NOT NULL,done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),done_on TEXT
);
INSERT INTO stage_criteria VALUES('4dff0712-62dd-4a09-b060-d4ba0b1cb49f','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.882Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('25f7fe31-3fa0-42dc-abd8-639c0a1ce9cd','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('f84ee502-6cb6-4bff-9027-3393a0508864','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('62108c2f-612e-41c8-88d0-307d4e494675','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('733e67fe-15d2-49bb-a303-3e8c4b9b1d97','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('e8fddea7-9414-4f40-884c-77c55c2cf7db','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('438cce76-704b-42bf-9758-a21210b2cf41','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('10ea3892-6921-45df-943d-b4fdb76d577e','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('9eec5563-df54-4af5-8485-c90cb76d1299','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('61f938c1-0360-44bb-b340-31b16b9d8521','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('143cec5a-2719-4b90-8b63-883b57340496','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('9e505ed2-9c57-4378-a97e-c392fdc42b67','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('b9849649-c0af-44bb-a220-72e92909ce2d','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('313ffea1-fb2a-41c5-87b8-66513c71507d','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('a04b2851-9e23-45ba-a0b3-4eaddacfe26e','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('91b49579-f301-4838-929b-5218a44f2fed','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.883Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('d2765985-cf9b-448e-92f0-c3c02db3e36b','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('8dd1fdfe-1a4b-4228-ad4a-f26c382f96d9','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','post_training',2,'Course embedded in the national academy curriculum',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('fa695e69-5af8-46f7-8874-9a4ffdcbfe2e','2026-11-22T00:59:15.882Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','post_training',3,'Follow-up evaluation held',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('608b2fdb-9e79-4ac8-9572-d60b9808e0ae','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.885Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('9732216b-a3b4-4d09-95d9-2067bec9e11a','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.885Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('fc88bb54-fa6a-408c-9f1c-a30588a13486','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.885Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('4a7e5ab0-22e5-4ad5-bbd4-80329a295d9a','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.885Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('8e43b81d-09f9-4f5f-b663-d00498b4d602','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('fa90551f-b1be-441e-8d3b-3938bad41be2','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('37c1d024-191e-4d76-8ed3-16cdce193661','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('65832592-25df-4d56-8f90-299a0339932e','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('9407c933-18e5-4659-90bf-9bc2a394b073','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('808c81d1-5447-4ac7-92ae-e62ced660b2e','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('87b2fce8-d09b-4460-80c0-02ee52a4b8bb','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('ce112ba8-17dc-4229-b9f8-ba698429e0d3','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('ca361d01-421d-4426-b196-46610ef2508a','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('b01446d5-91ad-43f5-9491-24c7d42ffb57','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('41ec94b9-9506-4a5c-ac25-71ec0d565112','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('e525f078-d6e3-47d9-9001-15a6d85ef560','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('6ee79da5-be7d-4eb9-98af-8e3f20362a1c','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('31c99359-da16-42e6-a621-c62efc02b317','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','post_training',2,'Course embedded in the national academy curriculum',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('815d52ce-fdda-448a-9765-bea289fe361e','2026-11-22T00:59:15.885Z','2026-11-22T00:59:15.885Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('29d8addd-3662-4b4b-93fe-5cc861281504','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('74a20981-a496-467e-96f3-0be1f8c4ba07','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('bc7312a6-1f6d-449c-9fc4-914393dd9568','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('72127621-d3b1-4e59-b8f6-a6c0909e214e','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('5119f7b1-ba8b-424a-b8dd-a6729a01c270','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('3a312f90-e986-42ec-b7ad-37993d5dc3f5','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('e1cd9436-b524-454d-ba36-17dd0be70959','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('326d1b57-256f-4b93-adc2-7dc0e1e8f1ba','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('54eadc8f-19a1-4e65-9b34-5450268bc6cb','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('d5f3dbe7-36d7-4ede-af42-478bdbcfee7b','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('43eee7f7-6d9e-46b7-b62f-e01938b1f615','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('1fb94a10-3588-48eb-be03-2771555c61c7','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('89e6f335-a311-438a-87ab-74897eba365d','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','train_the_trainer',1,'Manuals and handouts validated in the national language',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('d5038336-84eb-40d5-a58f-ab0d439f8505','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','train_the_trainer',2,'Cascade sessions scheduled in the regions',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('dd9d248d-ce5e-4cef-8ad5-98c6e2e39095','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','train_the_trainer',3,'Pre- and post-tests held',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('ada3fa14-b2d2-4c7d-a515-fd6ea59e506a','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','post_training',0,'Follow-up activities planned for the trainers',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('65df483d-0c21-4ceb-be6f-7cec16ac40cd','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','post_training',1,'Best practices and resources shared',1,'2026-11-01');
INSERT INTO stage_criteria VALUES('d508c3a2-7294-41a2-be07-6a185055f5f6','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('429d2437-d58f-45e5-ac85-0576bc4a7464','2026-11-22T00:59:15.888Z','2026-11-22T00:59:15.888Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('0a7ef6fd-4e57-40fb-8c89-4357de2831a9','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('a482f6f2-aa83-4f35-9cb0-a3e075fbd647','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('12806ced-f81b-49f4-bf94-49d28dee80e5','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('e60a5997-0074-4b3b-a290-825a75756fc3','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('d8e70b45-b071-4565-8074-ce8d26725a5d','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('fedfcd37-c0bf-4127-a45f-e99271c6b4d1','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('058a64bc-eba4-4643-a2aa-ebd69f028c44','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','orientation',2,'Challenges and opportunities agreed with senior staff',0,NULL);
INSERT INTO stage_criteria VALUES('9c347f00-b6a1-4061-92a4-4009d937dcba','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','orientation',3,'Needs stated, prioritised and agreed',0,NULL);
INSERT INTO stage_criteria VALUES('28270bfb-8213-44f4-9fcb-a3831fdcd551','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','curriculum',0,'Every high-priority need answered by a module',0,NULL);
INSERT INTO stage_criteria VALUES('5227abe2-7c19-4d63-99cb-afc2154dc1c9','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','curriculum',1,'Modules reviewed by the training institution',0,NULL);
INSERT INTO stage_criteria VALUES('0399dbb7-c2c6-4978-b61e-2cd48a5d8319','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','curriculum',2,'Learning objectives and hours set for each module',0,NULL);
INSERT INTO stage_criteria VALUES('5a1edf35-2a8d-452b-a15f-ae7a854fa879','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','train_the_trainer',0,'National trainers certified',0,NULL);
INSERT INTO stage_criteria VALUES('d6b8d1e6-f64c-41f1-8b98-91db6d060caa','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','train_the_trainer',1,'Manuals and handouts validated in the national language',0,NULL);
INSERT INTO stage_criteria VALUES('7d211ae7-8ec8-4e1b-9197-5184a31c2b45','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','train_the_trainer',2,'Cascade sessions scheduled in the regions',0,NULL);
INSERT INTO stage_criteria VALUES('71bb3c52-a5e5-4bc6-91fe-520d14af28af','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','train_the_trainer',3,'Pre- and post-tests held',0,NULL);
INSERT INTO stage_criteria VALUES('b1267b01-9401-4b19-8916-65995b821648','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','post_training',0,'Follow-up activities planned for the trainers',0,NULL);
INSERT INTO stage_criteria VALUES('f73969a0-d588-4b21-98ca-95081ea75784','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','post_training',1,'Best practices and resources shared',0,NULL);
INSERT INTO stage_criteria VALUES('de11ebb2-7fbf-4214-a9c2-cad8817cdef1','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('522be531-f729-4add-bf48-69057e915c14','2026-11-22T00:59:15.897Z','2026-11-22T00:59:15.897Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','post_training',3,'Follow-up evaluation held',0,NULL);
INSERT INTO stage_criteria VALUES('daf6957c-0c0c-46f5-9551-936d84e774db','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','consultation',0,'Government, police leaders, NGOs and affected communities consulted',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('0e6bbfa1-9f73-4d8c-b869-06d3a51e816b','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','consultation',1,'Concerns and expectations of each group recorded',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('84f83509-e43c-4029-b882-c028d495a78f','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','consultation',2,'National counterpart named',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('cc1efbbd-c0c6-4ae9-8ba3-ad646a6ab930','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','consultation',3,'Memorandum of understanding signed',1,'2026-07-04');
INSERT INTO stage_criteria VALUES('9f4ca146-2d57-4a59-8dbe-f2cfc753d011','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','orientation',0,'Relevant national legislation reviewed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('8bbbc473-28d5-4ac1-bdae-e85e581e428b','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','orientation',1,'Capacity assessed in every dimension',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('337e47aa-82dd-457b-8ad3-8b48c405aac0','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','orientation',2,'Challenges and opportunities agreed with senior staff',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('99160b3e-7572-4121-9cca-5be8b6aabc0b','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','orientation',3,'Needs stated, prioritised and agreed',1,'2026-08-03');
INSERT INTO stage_criteria VALUES('7caf41eb-c478-4289-96dc-3569c93e06a1','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','curriculum',0,'Every high-priority need answered by a module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('7847ebf7-c12c-4393-98a1-142a2b6fd0ed','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','curriculum',1,'Modules reviewed by the training institution',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('38c4f52f-17b3-47e9-93a6-6df363c47cf1','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','curriculum',2,'Learning objectives and hours set for each module',1,'2026-09-02');
INSERT INTO stage_criteria VALUES('f8f17a8f-21fb-4542-bcbe-39b8bba9d4d4','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','train_the_trainer',0,'National trainers certified',1,'2026-10-02');
INSERT INTO stage_criteria VALUES('5e3494e0-919d-4331-a320-2b5d0dd8f774','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','train_the_trainer',1,'Manuals and handouts validated in the national language',0,NULL);
INSERT INTO stage_criteria VALUES('e13d6e9b-4b58-495d-bbc7-f6a8228d6186','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','train_the_trainer',2,'Cascade sessions scheduled in the regions',0,NULL);
INSERT INTO stage_criteria VALUES('14602b73-72b8-48df-8644-31908d2b80ee','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','train_the_trainer',3,'Pre- and post-tests held',0,NULL);
INSERT INTO stage_criteria VALUES('1d8688ad-f505-49a7-81f3-02157567ee77','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','post_training',0,'Follow-up activities planned for the trainers',0,NULL);
INSERT INTO stage_criteria VALUES('6df581ee-5ec1-4d84-98e6-e1a719151fd8','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','post_training',1,'Best practices and resources shared',0,NULL);
INSERT INTO stage_criteria VALUES('68be4b9d-8990-4325-a0ec-c57a56fe3924','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','post_training',2,'Course embedded in the national academy curriculum',0,NULL);
INSERT INTO stage_criteria VALUES('2e912aac-1649-4010-9f0b-8b2a34c61894','2026-11-22T00:59:15.901Z','2026-11-22T00:59:15.901Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','post_training',3,'Follow-up evaluation held',0,NULL);
CREATE TABLE stage_transitions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),from_stage TEXT NOT NULL,to_stage TEXT NOT NULL,happened_at TEXT NOT NULL,unmet_criteria INTEGER NOT NULL DEFAULT 0,reason TEXT NOT NULL DEFAULT ''
);
INSERT INTO stage_transitions VALUES('4a3e3184-c3d4-4f27-9cce-0b2868a989b1','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','consultation','orientation','2005-03-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('ceedf121-623c-4afb-8064-870a0c104166','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','orientation','curriculum','2005-04-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('82b63157-608b-47b6-a9d0-1bcc04c84049','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','curriculum','train_the_trainer','2005-05-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('c47bbc23-b633-422b-b22e-d21cfd313948','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','train_the_trainer','post_training','2005-06-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('8038e771-87d3-452f-83a5-032f3070c122','2026-11-22T00:59:15.886Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','consultation','orientation','2005-05-16T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('068efe0d-ab03-4560-9d9e-127a7375f765','2026-11-22T00:59:15.886Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','orientation','curriculum','2005-06-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('cd22ff1b-4eaf-4916-8365-ca5bf0c5ff33','2026-11-22T00:59:15.886Z','2026-11-22T00:59:15.886Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','curriculum','train_the_trainer','2005-08-01T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('0fe8d102-0d4b-48e5-be31-270626cf72a8','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','train_the_trainer','post_training','2005-09-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('cb78a028-5554-47fa-ade8-b8030de5b389','2026-11-22T00:59:15.889Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','consultation','orientation','2025-05-05T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('bb3627c6-b326-4cca-95ed-b88ffe118155','2026-11-22T00:59:15.889Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','orientation','curriculum','2025-09-15T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('9c72b494-244f-4277-a026-037f2266fee0','2026-11-22T00:59:15.889Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','curriculum','train_the_trainer','2026-01-19T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('6b2629a6-0f2e-4ef8-b936-7b5f86a6ae98','2026-11-22T00:59:15.889Z','2026-11-22T00:59:15.889Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','train_the_trainer','post_training','2026-06-29T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('b4fe8e4a-287e-4c1c-b0a5-743860967e5a','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','consultation','orientation','2026-05-25T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('c7411f1f-070c-4c74-b865-46bc2ca75270','2026-11-22T00:59:15.902Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','consultation','orientation','2025-10-20T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('492fdb6a-3a12-433b-b607-8dd7332b7bac','2026-11-22T00:59:15.902Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','orientation','curriculum','2025-11-24T12:00:00.000Z',0,'');
INSERT INTO stage_transitions VALUES('28fda492-dc41-4909-bee7-9e9a8045c379','2026-11-22T00:59:15.902Z','2026-11-22T00:59:15.902Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','curriculum','train_the_trainer','2026-01-05T12:00:00.000Z',0,'');
CREATE TABLE consultation_sessions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),date TEXT NOT NULL,place TEXT NOT NULL DEFAULT '',format TEXT NOT NULL CHECK (format IN ('roundtable', 'focus_group',   'bilateral', 'survey', 'workshop')),held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),other_or_unrecorded INTEGER NOT NULL DEFAULT 0   CHECK (other_or_unrecorded >= 0),notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO consultation_sessions VALUES('692f9702-306e-4dc6-991f-0f35113643ea','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','2005-02-01','Országos Rendőr-főkapitányság, Budapest','roundtable',1,3,8,0,'');
INSERT INTO consultation_sessions VALUES('de19d16e-6768-4ebb-9fc1-c254a913dd5a','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','2005-04-05','Dirección General de la Policía, Madrid','roundtable',1,3,8,0,'');
INSERT INTO consultation_sessions VALUES('6ee4d77a-e700-4f16-8e78-8ba7b1d735a0','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-02-10','Ministry of the Interior, Zagreb','bilateral',1,2,3,0,'Opening consultation; the Ministry asked for a plan built on Croatian cases.');
INSERT INTO consultation_sessions VALUES('196676f2-817d-4732-917c-f9abaca0897b','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-02-25','Policijska akademija, Zagreb','roundtable',1,5,11,0,'');
INSERT INTO consultation_sessions VALUES('ec5af01c-a39a-45f8-b420-129941f93c50','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','2025-03-12','Čakovec','focus_group',1,7,4,0,'Held in a community centre, without uniformed officers present.');
INSERT INTO consultation_sessions VALUES('82504f5c-a800-43ba-8ef2-26906d5952c9','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','2026-02-20','Sarajevo','roundtable',1,4,14,0,'');
INSERT INTO consultation_sessions VALUES('11808851-ecff-426f-a6cf-1ccfe5e316ae','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','2026-03-05','Banja Luka / Бања Лука','bilateral',1,1,3,0,'');
INSERT INTO consultation_sessions VALUES('bef0c4c0-c3bc-4d13-804c-1fbf8b8af66a','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','2026-03-18','Prijedor','focus_group',1,6,5,0,'Returnees described attacks on houses and graves since 2024.');
INSERT INTO consultation_sessions VALUES('a0827f14-52b2-48aa-b5c7-6968cc5f62ef','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','2026-04-09','Brčko','roundtable',1,2,7,0,'');
INSERT INTO consultation_sessions VALUES('7b20424c-d537-49d6-891a-8cc6c8209dee','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2025-09-15','Komenda Główna Policji, Warszawa','roundtable',1,3,9,0,'');
INSERT INTO consultation_sessions VALUES('53082c71-985a-4c6b-974d-84bf3e0fc41c','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2025-09-30','Lublin','focus_group',1,8,3,0,'Ukrainian and Jewish community representatives.');
INSERT INTO consultation_sessions VALUES('067b2508-a5cf-4b3a-8667-5039e9209f05','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','2025-10-02','Online','survey',1,41,96,0,'Survey of the 16 voivodeship training units.');
CREATE TABLE consultation_attendees (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
session_id TEXT NOT NULL REFERENCES consultation_sessions(id),stakeholder_id TEXT NOT NULL REFERENCES stakeholders(id)
);
INSERT INTO consultation_attendees VALUES('b40e0244-30a2-41b2-8c36-8873a429ab6f','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'692f9702-306e-4dc6-991f-0f35113643ea','f2cb670b-f327-43e6-b5d7-51144e73738f');
INSERT INTO consultation_attendees VALUES('e83a40ce-1fab-43ea-b0d1-9cbc66e9aa60','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'692f9702-306e-4dc6-991f-0f35113643ea','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('42c263fc-58e7-4aa7-83f8-abc49a8efa2b','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'de19d16e-6768-4ebb-9fc1-c254a913dd5a','935ca545-4469-4199-a43b-45c5cdf841cc');
INSERT INTO consultation_attendees VALUES('a142ca27-5a9a-4185-b56e-6ab03201e997','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'de19d16e-6768-4ebb-9fc1-c254a913dd5a','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('c3be37c2-ea3a-4395-ae2e-a740523ce687','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'6ee4d77a-e700-4f16-8e78-8ba7b1d735a0','fe1c062f-fa3f-4e0f-a899-62ed2e2daae1');
INSERT INTO consultation_attendees VALUES('978d2045-be6c-4dc3-88ab-372252c1fb17','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'6ee4d77a-e700-4f16-8e78-8ba7b1d735a0','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('6d96489f-81e1-447d-8fc5-7ece81f68827','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'196676f2-817d-4732-917c-f9abaca0897b','2bb08ee7-0619-45b3-8c08-49f40e99185c');
INSERT INTO consultation_attendees VALUES('4ed010c7-8293-411b-9fa4-08ee7843338e','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'196676f2-817d-4732-917c-f9abaca0897b','99f7d14a-f2a0-4d6b-b14c-656aacc4622d');
INSERT INTO consultation_attendees VALUES('772127e7-1218-4719-ad6e-ecbe81bc7d15','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'196676f2-817d-4732-917c-f9abaca0897b','852cd217-e3af-4704-bab2-1d51b06a5e3f');
INSERT INTO consultation_attendees VALUES('29e9d703-a4f3-4ad1-9b89-90bb6b393eb0','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'196676f2-817d-4732-917c-f9abaca0897b','f929cf3e-e53c-4159-8139-2ad3c793211d');
INSERT INTO consultation_attendees VALUES('25f0a77e-83df-4305-af0c-f1f431ba3240','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'196676f2-817d-4732-917c-f9abaca0897b','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('db10cce2-8feb-48d2-a0b0-933d262e68f1','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'ec5af01c-a39a-45f8-b420-129941f93c50','afcac769-aa5e-4f2a-8bbe-405d832899ba');
INSERT INTO consultation_attendees VALUES('65636a8e-b89e-4384-8b18-407a7f65849e','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'ec5af01c-a39a-45f8-b420-129941f93c50','25f7c943-305f-4040-870d-c1a7e3098c0c');
INSERT INTO consultation_attendees VALUES('e2a4ef29-b43b-4af2-9c52-aebc24147e01','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'ec5af01c-a39a-45f8-b420-129941f93c50','9f9be8d0-f4a9-4edd-85b3-cc816b74c8bb');
INSERT INTO consultation_attendees VALUES('cc327a54-2f0a-4543-b3de-fc17e58da6d9','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'82504f5c-a800-43ba-8ef2-26906d5952c9','3ca3951b-2205-46d8-84ef-17918eb676a3');
INSERT INTO consultation_attendees VALUES('f7662569-8114-44f5-bc26-fdfad21c9b21','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'82504f5c-a800-43ba-8ef2-26906d5952c9','556fafd6-05a5-4606-85b9-a091be221fb5');
INSERT INTO consultation_attendees VALUES('898285b5-7f88-4697-a853-fd1ca4363129','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'82504f5c-a800-43ba-8ef2-26906d5952c9','268c6c2d-c4b1-4516-81d3-e600ad5e7c2b');
INSERT INTO consultation_attendees VALUES('51bfa5a1-c054-407d-b432-924b4df41413','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'82504f5c-a800-43ba-8ef2-26906d5952c9','1fdced83-a211-43e7-bb23-acd34566a17f');
INSERT INTO consultation_attendees VALUES('72837e11-0298-4abc-bbb3-d178e4a93ede','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'82504f5c-a800-43ba-8ef2-26906d5952c9','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('fcd13dde-ac95-453c-aee6-c526f929c927','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'11808851-ecff-426f-a6cf-1ccfe5e316ae','268c6c2d-c4b1-4516-81d3-e600ad5e7c2b');
INSERT INTO consultation_attendees VALUES('c68db712-87df-40e6-8f51-f836f2debdf0','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'bef0c4c0-c3bc-4d13-804c-1fbf8b8af66a','c5999512-db9d-4a4b-a82b-3d0f4abe091e');
INSERT INTO consultation_attendees VALUES('7f2a580a-eaa6-465e-95ca-003928dc509b','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'bef0c4c0-c3bc-4d13-804c-1fbf8b8af66a','d6394bcd-884f-4508-addf-8cb1d8bc1cc3');
INSERT INTO consultation_attendees VALUES('3bef75d3-1427-4d24-8c50-ae894d015cd6','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'a0827f14-52b2-48aa-b5c7-6968cc5f62ef','930de73c-eb53-4e77-aa19-b155dcbb3de2');
INSERT INTO consultation_attendees VALUES('7c6ebaf5-f39f-4814-a4c9-85d378151ef1','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'a0827f14-52b2-48aa-b5c7-6968cc5f62ef','1fdced83-a211-43e7-bb23-acd34566a17f');
INSERT INTO consultation_attendees VALUES('98ad8a93-60b5-489a-aedc-dbe26d92197c','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'7b20424c-d537-49d6-891a-8cc6c8209dee','283da20d-490d-4ffe-8afc-a4140ac0819c');
INSERT INTO consultation_attendees VALUES('6256f584-b7f2-404f-b18c-a0ebb56d7567','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'7b20424c-d537-49d6-891a-8cc6c8209dee','d153520e-6cd4-4519-a0d0-5d925de9c68d');
INSERT INTO consultation_attendees VALUES('368875b8-65a7-46e2-a229-da0de498f4ff','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'7b20424c-d537-49d6-891a-8cc6c8209dee','fb1bb309-15ed-44d3-8ca2-fb1c3cfbab87');
INSERT INTO consultation_attendees VALUES('2f0d7566-3464-4f69-8bf9-e1a86ecff4db','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'7b20424c-d537-49d6-891a-8cc6c8209dee','14bc322d-7cec-426d-a6f6-9932b0db75e0');
INSERT INTO consultation_attendees VALUES('381bd360-6c13-492c-8823-718a106913f6','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'53082c71-985a-4c6b-974d-84bf3e0fc41c','0da2883a-4667-4658-b4d2-5a2940f7f32a');
INSERT INTO consultation_attendees VALUES('3cd37cb0-3e0b-4428-a777-a1de6bb5ecee','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'53082c71-985a-4c6b-974d-84bf3e0fc41c','29ddb38c-3c58-4ada-88e5-6a3db17cf069');
CREATE TABLE findings (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),session_id TEXT REFERENCES consultation_sessions(id),kind TEXT NOT NULL CHECK (kind IN ('concern', 'expectation',   'agreement', 'challenge', 'opportunity')),text TEXT NOT NULL,grouping TEXT NOT NULL DEFAULT '',votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
INSERT INTO findings VALUES('4c0b0564-5cf1-476c-8ec0-979fd1d5857e','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','ec5af01c-a39a-45f8-b420-129941f93c50','concern','Attacks on Roma are treated as ordinary public disorder','Recording',9);
INSERT INTO findings VALUES('be6a93e4-2277-469f-9b49-377eaf0232f2','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','ec5af01c-a39a-45f8-b420-129941f93c50','concern','Victims do not trust the police to take the bias motive seriously','Victims',11);
INSERT INTO findings VALUES('2707f200-4372-4a0f-900c-4d24468dcad1','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','196676f2-817d-4732-917c-f9abaca0897b','concern','The incident form has no field for the bias motive','Recording',7);
INSERT INTO findings VALUES('d4813a7b-7403-4cc6-97c1-7dfc03725081','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','6ee4d77a-e700-4f16-8e78-8ba7b1d735a0','expectation','Training built on Croatian cases, not imported ones','Curriculum',6);
INSERT INTO findings VALUES('0a381515-026c-44bf-accf-cc5a6fd97f3f','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','196676f2-817d-4732-917c-f9abaca0897b','expectation','Prosecutors take part from the first day','Prosecution',5);
INSERT INTO findings VALUES('83e96f63-b683-42cf-9bd9-a7302b1847f7','2026-11-22T00:59:15.890Z','2026-11-22T00:59:15.890Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','196676f2-817d-4732-917c-f9abaca0897b','agreement','The Police Academy hosts the train-the-trainer course','',0);
INSERT INTO findings VALUES('3af4993b-f456-4983-bacb-80eb99fc8b8f','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','6ee4d77a-e700-4f16-8e78-8ba7b1d735a0','agreement','The Ministry signs a memorandum of understanding by April','',0);
INSERT INTO findings VALUES('e05946bd-8e01-45ce-a462-ec28b1634e94','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41',NULL,'challenge','Trained officers rotate out of the regions within two years','Institutional',6);
INSERT INTO findings VALUES('2e5dd9e7-f92d-4bfe-98ad-424d936629af','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41',NULL,'challenge','Police and prosecution records are not linked','Data',4);
INSERT INTO findings VALUES('159ffd43-d8bb-45d2-bedc-a8bd63c9f9e3','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41',NULL,'opportunity','Criminal Code article 87(21) names hate crime explicitly','Law',5);
INSERT INTO findings VALUES('165288e9-9f70-490d-9602-3de2ba440e30','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41',NULL,'opportunity','The Academy revises its basic course in 2026','Institutional',7);
INSERT INTO findings VALUES('8a906578-f68a-4b01-9db9-108dc4196a28','2026-11-22T00:59:15.898Z','2026-11-22T00:59:15.898Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','bef0c4c0-c3bc-4d13-804c-1fbf8b8af66a','concern','Attacks on returnees'' houses are recorded as property damage','Recording',12);
INSERT INTO findings VALUES('69d587ef-f44f-4187-9173-62a5d2a57f7b','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','82504f5c-a800-43ba-8ef2-26906d5952c9','concern','Each entity and Brčko keep their own incident forms','Recording',8);
INSERT INTO findings VALUES('ab8dcbc1-532f-49b3-b3b9-6e03a53bab4c','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','82504f5c-a800-43ba-8ef2-26906d5952c9','concern','Case files of the predecessor mission were only partly handed over','Handover',6);
INSERT INTO findings VALUES('f2186cf5-9047-4bf7-824e-31cbf17ee547','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','82504f5c-a800-43ba-8ef2-26906d5952c9','expectation','One recording standard for both entities and Brčko','Recording',9);
INSERT INTO findings VALUES('7b8598d7-5717-464d-bd05-f6c9f954c69c','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','11808851-ecff-426f-a6cf-1ccfe5e316ae','expectation','Training delivered in all three official languages','Curriculum',4);
INSERT INTO findings VALUES('d66bdb8a-8370-4bc2-aca3-6f303cce013e','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','82504f5c-a800-43ba-8ef2-26906d5952c9','agreement','Memorandum of understanding with the Ministry of Security','',0);
INSERT INTO findings VALUES('de34dc90-ee13-44c2-ad93-e0e86a955204','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a',NULL,'challenge','Turf battles between entity and cantonal police over who leads','Coordination',7);
INSERT INTO findings VALUES('303be4e3-b127-4515-a0e7-f950a25e766c','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a',NULL,'challenge','Three criminal codes with three definitions','Law',5);
INSERT INTO findings VALUES('02e0e21e-8038-4c7d-b800-00662f17ba61','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a',NULL,'opportunity','The OSCE field presence can host joint sessions','Coordination',4);
INSERT INTO findings VALUES('2e11925b-d7b2-4e99-9d83-b14f5314029f','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a',NULL,'opportunity','Sarajevo cantonal police volunteer as the recording pilot','Recording',6);
INSERT INTO findings VALUES('e27e1155-3d2a-4ee8-a449-7da608f6b462','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','7b20424c-d537-49d6-891a-8cc6c8209dee','concern','Patrol officers miss bias indicators in everyday incidents','Recognition',10);
INSERT INTO findings VALUES('1f02ade8-9d23-4d06-ae58-6f213cde1331','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','53082c71-985a-4c6b-974d-84bf3e0fc41c','concern','Ukrainian victims fear contact with the police because of their residence status','Victims',9);
INSERT INTO findings VALUES('26ad4c61-8c5e-406c-871c-58417993702f','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','067b2508-a5cf-4b3a-8667-5039e9209f05','expectation','A one-day local course every voivodeship can run to a common standard','Cascade',12);
INSERT INTO findings VALUES('54ba4c8b-3ec2-42a9-9903-ea3558191a8d','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','7b20424c-d537-49d6-891a-8cc6c8209dee','agreement','Szczytno hosts the 5-day national course','',0);
INSERT INTO findings VALUES('84fe6831-5e30-413a-902e-10428fb7365f','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed',NULL,'challenge','20,000 officers cannot be trained by the international team alone','Scale',8);
INSERT INTO findings VALUES('2745c140-b834-479a-a8ff-00a237093cd3','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed',NULL,'opportunity','Every voivodeship has a training unit and trainers','Cascade',7);
CREATE TABLE legislation_items (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),instrument TEXT NOT NULL,article TEXT NOT NULL DEFAULT '',approach TEXT NOT NULL CHECK (approach IN ('substantive_offence',   'penalty_enhancement', 'general_aggravation', 'none')),characteristics TEXT NOT NULL DEFAULT '',gaps TEXT NOT NULL DEFAULT ''
);
INSERT INTO legislation_items VALUES('b6913a82-aacc-46b5-aed0-560d3f7f8b0f','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Kazneni zakon (Criminal Code)','Art. 87(21)','general_aggravation','race, ethnic origin, religion, language, disability, sex, sexual orientation, gender identity','Courts rarely cite the aggravation in judgments; no separate statistical code.');
INSERT INTO legislation_items VALUES('dd4d13d4-8f89-4349-bc44-5466834d84a9','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Kazneni zakon (Criminal Code)','Art. 325','substantive_offence','as Art. 87(21)','Public incitement only; private threats fall outside.');
INSERT INTO legislation_items VALUES('56c82a6b-7cd6-4d05-bcf3-fee48c274ded','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Zakon o prekršajima protiv javnog reda i mira (Public Order Act)','Art. 5','none','','Minor incidents with a bias motive are not flagged at all.');
INSERT INTO legislation_items VALUES('5d55bcce-2f60-4dca-a033-dff97e9219d9','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Krivični zakon Federacije BiH (Criminal Code of the Federation)','Art. 2(11), 166','penalty_enhancement','race, colour, religion, national or ethnic origin, language, disability, sex, sexual orientation, gender identity','Enhancement applied in few cases.');
INSERT INTO legislation_items VALUES('ded585e1-cbc2-442d-8a85-7d985f0e9ec7','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Кривични законик Републике Српске (Criminal Code of Republika Srpska)','Чл. 123','general_aggravation','race, religion, national or ethnic origin, sex, sexual orientation','Different list of characteristics from the Federation''s.');
INSERT INTO legislation_items VALUES('b834111c-6786-498b-a71a-38611ba087ef','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Krivični zakon Brčko distrikta (Criminal Code of Brčko District)','Art. 2(37)','general_aggravation','as the Federation''s','No guidance for police on recording.');
INSERT INTO legislation_items VALUES('4d5300e6-93dc-4de5-a7c6-4b85b785f4db','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Kodeks karny (Criminal Code)','Art. 119','substantive_offence','national, ethnic, racial, political or religious affiliation, lack of religion','Sexual orientation, gender identity and disability are not covered.');
INSERT INTO legislation_items VALUES('f2ddb580-8265-4f22-9533-0134f1468520','2026-11-22T00:59:15.903Z','2026-11-22T00:59:15.903Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Kodeks karny (Criminal Code)','Art. 256, 257','substantive_offence','as Art. 119','');
CREATE TABLE capacity_assessments (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),dimension TEXT NOT NULL CHECK (dimension IN ('bias_indicators',   'recording_data', 'investigation', 'victim_support',   'community_engagement', 'leadership_policy', 'training_institution',   'prosecution_liaison', 'information_sharing')),assessed_on TEXT NOT NULL,score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 4),target INTEGER NOT NULL CHECK (target BETWEEN 0 AND 4),evidence TEXT NOT NULL DEFAULT ''
);
INSERT INTO capacity_assessments VALUES('94b69ca9-33f4-4739-a87c-9d9e4dd2553e','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','bias_indicators','2025-05-20',1,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('e9fd1a6a-06d7-40cf-817a-8839cd68857a','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','recording_data','2025-05-20',2,4,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('589fbdc6-94f1-4e4b-85da-094a0abb0450','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','investigation','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('064b66b9-be1e-43ff-b581-747b2bf1c54a','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','victim_support','2025-05-20',1,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('ab026c7a-32a2-433d-a25a-2e6d84048428','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','community_engagement','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('8c579d8d-2ac0-40af-a330-ce13df8f6ce7','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','leadership_policy','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('120da14c-754a-4266-a617-5b40dc7d5686','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','training_institution','2025-05-20',3,4,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('5e73f379-73d0-46be-8d4e-30fee08e105c','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','prosecution_liaison','2025-05-20',2,3,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('2e158a13-c7d0-467e-b52a-8d32130c9d44','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','information_sharing','2025-05-20',1,2,'Orientation workshop with senior staff, review of 40 incident reports.');
INSERT INTO capacity_assessments VALUES('c0a8f1c8-6a1f-4936-8c3c-7781dc85affa','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','bias_indicators','2026-10-01',3,3,'Follow-up review: bias indicators noted in 31 of 40 reports.');
INSERT INTO capacity_assessments VALUES('7ed82eaf-1f78-4b01-a8dd-6e084c372e91','2026-11-22T00:59:15.891Z','2026-11-22T00:59:15.891Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','recording_data','2026-10-01',3,4,'Bias-motive field added to the incident form in three regions.');
INSERT INTO capacity_assessments VALUES('cd04761c-977f-47e9-99f1-4256a9bfb6ca','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','victim_support','2026-10-01',2,3,'Referral cards in use in Zagreb and Split.');
INSERT INTO capacity_assessments VALUES('e261874e-d76d-449b-8b7b-1e0938e581c3','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','training_institution','2026-10-01',4,4,'Nine national trainers certified; course run without international staff.');
INSERT INTO capacity_assessments VALUES('f10a53f5-abce-4107-83dc-d85dd44303aa','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','bias_indicators','2026-06-15',1,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('c0b152ed-260e-43a0-9571-38d425982fad','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','recording_data','2026-06-15',1,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('1512a1fd-98ab-4c0e-97c5-f5940b28e2bc','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','investigation','2026-06-15',2,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('1e4486c7-f759-4cee-9607-844f14d971b8','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','victim_support','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('4a4522fb-b76c-4e8b-9ef5-10aaf5ef0491','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','community_engagement','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('c62b400c-e658-4a44-b01c-b6e9c1fdffab','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','leadership_policy','2026-06-15',1,2,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('b4ef2e45-d51a-4aa9-a096-a8357a5e9451','2026-11-22T00:59:15.899Z','2026-11-22T00:59:15.899Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','training_institution','2026-06-15',2,3,'Orientation workshop in Sarajevo with senior staff of both entities and Brčko.');
INSERT INTO capacity_assessments VALUES('8618a3fa-5245-4fcf-b040-77ee68db28ae','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','bias_indicators','2025-11-20',2,4,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('2875c208-268d-45d3-8b4d-e9af5d276d32','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','recording_data','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('fda5105b-d070-40bb-807a-8a06a1e436f0','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','investigation','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('8c74fac8-7f78-490c-ae7f-842def80cbc1','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','victim_support','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('475a99c4-9ec2-4050-8c24-6d90a8f99fbe','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','community_engagement','2025-11-20',2,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('267d9391-5ca3-4951-8b74-a878744b3360','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','leadership_policy','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('c0306ce6-59f8-4080-9ea1-dbcd60a7c7db','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','training_institution','2025-11-20',2,4,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('0fca4c04-a5fc-4a43-87c7-519da21d6b8b','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','prosecution_liaison','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
INSERT INTO capacity_assessments VALUES('2c9c0501-9d61-4b48-8efd-f4055293de22','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','information_sharing','2025-11-20',3,3,'National orientation meeting at Komenda Główna Policji.');
CREATE TABLE needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),statement TEXT NOT NULL,target_group TEXT NOT NULL DEFAULT '',priority INTEGER NOT NULL DEFAULT 2 CHECK (priority BETWEEN 1 AND 3),dimension TEXT,current_score INTEGER CHECK (current_score BETWEEN 0 AND 4),target_score INTEGER CHECK (target_score BETWEEN 0 AND 4),votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0)
);
INSERT INTO needs VALUES('1597c9c9-dc11-44ae-a598-da419751d882','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Recognise bias indicators at the scene','Front-line officers',1,'bias_indicators',1,3,0);
INSERT INTO needs VALUES('3477828c-f991-4f7a-ac1b-1a159f5a2356','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Record the bias motive in every incident report','Front-line officers and duty sergeants',1,'recording_data',2,4,0);
INSERT INTO needs VALUES('ab0d7a6f-f34a-4364-8572-044b6d411f5e','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Refer victims to Roma and LGBT support organisations','Community police officers',2,'victim_support',1,3,0);
INSERT INTO needs VALUES('2e724a1f-38d8-41ce-ae8a-8dd5fbba896b','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Build evidence of bias motive with prosecutors','Investigators',2,'prosecution_liaison',2,3,0);
INSERT INTO needs VALUES('b9442424-b4bf-4671-9ba6-ea34499556c4','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Add a bias-motive field to the incident forms of both entities and Brčko','Records units',1,'recording_data',1,3,0);
INSERT INTO needs VALUES('cfae709e-3b17-45f9-81f7-66308ff11b99','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Recognise bias indicators in attacks on returnees','Front-line officers',1,'bias_indicators',1,3,0);
INSERT INTO needs VALUES('b241e946-ce8a-4fd8-92e8-ad14635aada7','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Share case information between entity and cantonal police','Criminal police',2,'information_sharing',0,2,0);
INSERT INTO needs VALUES('613cd52a-abc9-4678-8a5b-03d9bb9273bd','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Refer victims to interfaith and returnee organisations','Community police officers',3,'victim_support',1,2,0);
INSERT INTO needs VALUES('cfb71d42-9b45-451a-8857-f6181e4b135c','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Recognise bias indicators in everyday patrol work','Front-line officers in all 16 voivodeships',1,'bias_indicators',2,4,0);
INSERT INTO needs VALUES('9990c308-9cdb-4382-82bf-18b75b319398','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Support victims from the Ukrainian and Jewish communities','Community police officers',2,'victim_support',2,3,0);
INSERT INTO needs VALUES('db9524e0-2bb3-4d10-b734-8230ad44e2bf','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Run a one-day local course to a common standard','Regional trainers',1,'training_institution',2,4,0);
CREATE TABLE need_findings (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
need_id TEXT NOT NULL REFERENCES needs(id),finding_id TEXT NOT NULL REFERENCES findings(id)
);
INSERT INTO need_findings VALUES('96166174-5d29-4ea1-a876-853678fe778c','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'1597c9c9-dc11-44ae-a598-da419751d882','4c0b0564-5cf1-476c-8ec0-979fd1d5857e');
INSERT INTO need_findings VALUES('842d805b-9b79-4b67-b717-cb35c5d476af','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'3477828c-f991-4f7a-ac1b-1a159f5a2356','2707f200-4372-4a0f-900c-4d24468dcad1');
INSERT INTO need_findings VALUES('d071c9d7-bdb5-4ea3-bb6b-521d6376b32d','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'3477828c-f991-4f7a-ac1b-1a159f5a2356','2e5dd9e7-f92d-4bfe-98ad-424d936629af');
INSERT INTO need_findings VALUES('4e40535b-77b6-43ad-9641-6b7b140d9847','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'ab0d7a6f-f34a-4364-8572-044b6d411f5e','be6a93e4-2277-469f-9b49-377eaf0232f2');
INSERT INTO need_findings VALUES('83350fe0-5a96-4f8d-a1cb-ab11bb24115b','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'2e724a1f-38d8-41ce-ae8a-8dd5fbba896b','0a381515-026c-44bf-accf-cc5a6fd97f3f');
INSERT INTO need_findings VALUES('43f79b47-1523-4b8c-b838-1bea454ff6ec','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'b9442424-b4bf-4671-9ba6-ea34499556c4','8a906578-f68a-4b01-9db9-108dc4196a28');
INSERT INTO need_findings VALUES('2d98c1b5-ff4d-4d11-975f-017533b7a2d8','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'b9442424-b4bf-4671-9ba6-ea34499556c4','69d587ef-f44f-4187-9173-62a5d2a57f7b');
INSERT INTO need_findings VALUES('2d2c3915-bd93-48dc-b474-36bdffb4f97b','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'cfae709e-3b17-45f9-81f7-66308ff11b99','8a906578-f68a-4b01-9db9-108dc4196a28');
INSERT INTO need_findings VALUES('0fd088f9-52a4-4882-a2f0-2406818d2a46','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'b241e946-ce8a-4fd8-92e8-ad14635aada7','de34dc90-ee13-44c2-ad93-e0e86a955204');
INSERT INTO need_findings VALUES('4a90110f-092c-4a0c-aaaf-6674aff0e0a8','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'b241e946-ce8a-4fd8-92e8-ad14635aada7','ab8dcbc1-532f-49b3-b3b9-6e03a53bab4c');
INSERT INTO need_findings VALUES('176a86b9-fe7b-4126-9da4-676890f3207d','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'613cd52a-abc9-4678-8a5b-03d9bb9273bd','7b8598d7-5717-464d-bd05-f6c9f954c69c');
INSERT INTO need_findings VALUES('0714260c-7a2b-4707-b45d-1b816985de89','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'cfb71d42-9b45-451a-8857-f6181e4b135c','e27e1155-3d2a-4ee8-a449-7da608f6b462');
INSERT INTO need_findings VALUES('f94b696a-6e0b-46f8-af30-6161fe5949d2','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'9990c308-9cdb-4382-82bf-18b75b319398','1f02ade8-9d23-4d06-ae58-6f213cde1331');
INSERT INTO need_findings VALUES('e38bfb8d-1c94-4385-b2c5-44aa66ecdd1f','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'db9524e0-2bb3-4d10-b734-8230ad44e2bf','26ad4c61-8c5e-406c-871c-58417993702f');
INSERT INTO need_findings VALUES('df3dbddd-156f-46e3-8f98-5ffff728b6d0','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'db9524e0-2bb3-4d10-b734-8230ad44e2bf','84fe6831-5e30-413a-902e-10428fb7365f');
CREATE TABLE modules (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),code TEXT NOT NULL,title TEXT NOT NULL,topic TEXT NOT NULL DEFAULT '',level TEXT NOT NULL CHECK (level IN ('core', 'specialist')),hours REAL NOT NULL DEFAULT 0 CHECK (hours >= 0),objectives TEXT NOT NULL DEFAULT '',target_group TEXT NOT NULL DEFAULT ''
);
INSERT INTO modules VALUES('b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','HR-M1','What makes a crime a hate crime','Concepts and law','core',4.0,'','');
INSERT INTO modules VALUES('0687f3f0-8610-44b8-a3f8-12f1b6ee47c0','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','HR-M2','Bias indicators and recording','Practice','core',6.0,'','');
INSERT INTO modules VALUES('66944d28-3774-4944-9545-b2f3a2e8e7c1','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','HR-M3','Working with victims and communities','Victims','core',4.0,'','');
INSERT INTO modules VALUES('6f6c39cd-2880-4acb-bf40-2f14bb6754db','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','HR-M4','Investigation and prosecution','Investigation','specialist',6.0,'','');
INSERT INTO modules VALUES('39542888-4a01-4ca9-a66a-69264b75eaed','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','PL-M1','Hate crime in Polish law and practice','Concepts and law','core',6.0,'','');
INSERT INTO modules VALUES('3792ae14-d225-4411-8c1c-22851a50924b','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','PL-M2','Victims and communities','Victims','core',4.0,'','');
INSERT INTO modules VALUES('08a47679-b584-4302-85d0-c359ae069026','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','PL-M3','Training the trainers: methods for the local course','Didactics','specialist',10.0,'','');
CREATE TABLE module_needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
module_id TEXT NOT NULL REFERENCES modules(id),need_id TEXT NOT NULL REFERENCES needs(id),coverage TEXT NOT NULL CHECK (coverage IN ('full', 'partial'))
);
INSERT INTO module_needs VALUES('acb0f4b5-5f67-4a75-a9ad-2a8caa4719f6','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33','1597c9c9-dc11-44ae-a598-da419751d882','full');
INSERT INTO module_needs VALUES('9ceaa7f9-ba8a-4f48-b63b-0ecee169febf','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'0687f3f0-8610-44b8-a3f8-12f1b6ee47c0','1597c9c9-dc11-44ae-a598-da419751d882','partial');
INSERT INTO module_needs VALUES('c1d29816-ea65-41c8-a2dc-b0a98220790e','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'0687f3f0-8610-44b8-a3f8-12f1b6ee47c0','3477828c-f991-4f7a-ac1b-1a159f5a2356','full');
INSERT INTO module_needs VALUES('bd119e0f-dfa8-44e7-b7be-212fa84522e2','2026-11-22T00:59:15.892Z','2026-11-22T00:59:15.892Z',0,1,'66944d28-3774-4944-9545-b2f3a2e8e7c1','ab0d7a6f-f34a-4364-8572-044b6d411f5e','full');
INSERT INTO module_needs VALUES('b96107f2-f02a-46f0-a91a-d11e64b5477b','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'6f6c39cd-2880-4acb-bf40-2f14bb6754db','2e724a1f-38d8-41ce-ae8a-8dd5fbba896b','full');
INSERT INTO module_needs VALUES('df50c65f-2d02-428f-b0eb-5b7c4752437d','2026-11-22T00:59:15.904Z','2026-11-22T00:59:15.904Z',0,1,'39542888-4a01-4ca9-a66a-69264b75eaed','cfb71d42-9b45-451a-8857-f6181e4b135c','full');
INSERT INTO module_needs VALUES('1a45c3be-0f79-4dc2-a63e-5f8de3f7ebc7','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'3792ae14-d225-4411-8c1c-22851a50924b','9990c308-9cdb-4382-82bf-18b75b319398','full');
INSERT INTO module_needs VALUES('6d3d6e2f-f06c-441b-9e82-4d4138c0d668','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'08a47679-b584-4302-85d0-c359ae069026','db9524e0-2bb3-4d10-b734-8230ad44e2bf','full');
CREATE TABLE trainees (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),name TEXT NOT NULL,role TEXT NOT NULL CHECK (role IN ('trainer', 'participant')),agency TEXT NOT NULL DEFAULT '',region TEXT NOT NULL DEFAULT '',sex TEXT NOT NULL DEFAULT 'not_recorded',pre_score REAL CHECK (pre_score BETWEEN 0 AND 100),post_score REAL CHECK (post_score BETWEEN 0 AND 100),certified_on TEXT
);
INSERT INTO trainees VALUES('35bdceb3-87f0-42b4-8ac7-c7b91c922047','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Ivana Horvat','trainer','Policijska akademija','Zagreb','female',52.0,88.0,'2026-03-20');
INSERT INTO trainees VALUES('45f9fda8-c175-4635-a5ef-2dc8a37a4caa','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Tomislav Babić','trainer','Policijska uprava zagrebačka','Zagreb','male',48.0,81.0,'2026-03-20');
INSERT INTO trainees VALUES('a63fe448-9ff5-462a-a709-b7a1a987fb40','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Ana Jurić','trainer','Policijska uprava zagrebačka','Zagreb','female',55.0,84.0,'2026-03-20');
INSERT INTO trainees VALUES('ac31abce-f08f-404e-9807-ed75d662516e','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Luka Marić','trainer','Policijska uprava splitsko-dalmatinska','Split','male',50.0,79.0,'2026-03-20');
INSERT INTO trainees VALUES('fab61947-7f66-46db-b1a2-db36ffc200ff','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Petra Novak','trainer','Policijska uprava splitsko-dalmatinska','Split','female',61.0,90.0,'2026-03-20');
INSERT INTO trainees VALUES('8c410311-b825-42e6-869f-643ac27d7cc3','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Josip Knežević','trainer','Policijska uprava splitsko-dalmatinska','Split','male',47.0,78.0,'2026-03-20');
INSERT INTO trainees VALUES('02c4583a-26e4-4737-a229-fddb8289bb63','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Marija Vuković','trainer','Policijska uprava osječko-baranjska','Osijek','female',58.0,86.0,'2026-03-20');
INSERT INTO trainees VALUES('d4e906ec-49ad-451b-b3c6-59758a515925','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Ante Perić','trainer','Policijska uprava osječko-baranjska','Osijek','male',44.0,80.0,'2026-03-20');
INSERT INTO trainees VALUES('7af70f62-7146-4b09-a836-1528389701a0','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Stjepan Pavlović','trainer','Policijska uprava osječko-baranjska','Osijek','male',53.0,83.0,'2026-03-20');
INSERT INTO trainees VALUES('029ea0d1-dad6-4151-9ee8-0a64b9f1edcf','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Monika Wójcik','trainer','KWP Wrocław','Dolnośląskie','female',52.0,71.0,'2026-01-16');
INSERT INTO trainees VALUES('dbbe9bd8-4563-44eb-a8b0-b1f927e1f8e4','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Tomasz Krawczyk','trainer','KWP Wrocław','Dolnośląskie','male',57.0,78.0,'2026-02-13');
INSERT INTO trainees VALUES('b4b6f61c-8379-483d-8923-54e249e49d28','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Marcin Kozłowski','trainer','KWP Bydgoszcz','Kujawsko-pomorskie','male',41.0,75.0,'2026-01-16');
INSERT INTO trainees VALUES('9cbbe869-e1cc-4163-8ec7-3a9658d1dcc2','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Michał Kowalski','trainer','KWP Bydgoszcz','Kujawsko-pomorskie','male',42.0,73.0,'2026-02-13');
INSERT INTO trainees VALUES('858482b4-bfbd-438b-a9c3-a4bbe1cbac9f','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Łukasz Wiśniewski','trainer','KWP Lublin','Lubelskie','male',47.0,67.0,'2026-01-16');
INSERT INTO trainees VALUES('992e7fa4-c990-4c17-ae91-4287eb1d20ab','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Ewa Kowalska','trainer','KWP Lublin','Lubelskie','female',58.0,79.0,'2026-02-13');
INSERT INTO trainees VALUES('3d02218b-e218-420e-bf20-7f4f1cc129a9','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Agnieszka Jankowska','trainer','KWP Gorzów Wielkopolski','Lubuskie','female',60.0,79.0,'2026-01-16');
INSERT INTO trainees VALUES('de3d5906-1a9c-4e11-bcbc-31f612eba3d2','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Adam Kozłowski','trainer','KWP Gorzów Wielkopolski','Lubuskie','male',52.0,71.0,NULL);
INSERT INTO trainees VALUES('d07934e6-82c3-432a-b15d-ead8343a96db','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Michał Kowalski','trainer','KWP Łódź','Łódzkie','male',57.0,79.0,'2026-01-16');
INSERT INTO trainees VALUES('1d057f8b-3527-438b-882f-f078639cacd0','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Joanna Szymańska','trainer','KWP Łódź','Łódzkie','female',44.0,79.0,'2026-02-13');
INSERT INTO trainees VALUES('bdbc98ee-db98-4f4e-9b55-4d3797512ed5','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Katarzyna Kozłowska','trainer','KWP Kraków','Małopolskie','female',49.0,84.0,'2026-01-16');
INSERT INTO trainees VALUES('b4f5bcb0-56b5-4e73-8bc2-86737f2aea78','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Paweł Wiśniewski','trainer','KWP Kraków','Małopolskie','male',58.0,82.0,'2026-02-13');
INSERT INTO trainees VALUES('c0033416-2166-454c-9649-e1e386255aad','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Marcin Wiśniewski','trainer','KWP Radom','Mazowieckie','male',57.0,77.0,'2026-01-16');
INSERT INTO trainees VALUES('649aa24f-e2af-4934-9db6-5a06baab6047','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Adam Kowalski','trainer','KWP Radom','Mazowieckie','male',59.0,83.0,'2026-02-13');
INSERT INTO trainees VALUES('a6f8c544-d167-4753-a843-1ab758c13953','2026-11-22T00:59:15.905Z','2026-11-22T00:59:15.905Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Grzegorz Jankowski','trainer','KWP Opole','Opolskie','male',57.0,88.0,'2026-01-16');
INSERT INTO trainees VALUES('162f37d2-e139-4c06-8de4-573fca6dd032','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Monika Woźniak','trainer','KWP Opole','Opolskie','female',58.0,90.0,'2026-02-13');
INSERT INTO trainees VALUES('ac633168-cc65-438b-9c9c-7b03ae0d9172','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Monika Lewandowska','trainer','KWP Rzeszów','Podkarpackie','female',47.0,70.0,'2026-01-16');
INSERT INTO trainees VALUES('2b602c7a-e72d-4100-87fc-1163e963bb88','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Michał Wiśniewski','trainer','KWP Rzeszów','Podkarpackie','male',58.0,85.0,'2026-02-13');
INSERT INTO trainees VALUES('554e01df-53a7-454f-a976-18c502178ebd','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Jakub Woźniak','trainer','KWP Białystok','Podlaskie','male',50.0,82.0,'2026-01-16');
INSERT INTO trainees VALUES('9e367899-89c6-438b-b1e5-8bfa5844c169','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Joanna Kozłowska','trainer','KWP Białystok','Podlaskie','female',42.0,63.0,'2026-02-13');
INSERT INTO trainees VALUES('6c164681-6d87-4dd4-b1b4-75e226560faf','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Ewa Wójcik','trainer','KWP Gdańsk','Pomorskie','female',50.0,72.0,'2026-01-16');
INSERT INTO trainees VALUES('a45a5af8-48ff-4e99-a4c6-2840d5864586','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Grzegorz Szymański','trainer','KWP Gdańsk','Pomorskie','male',41.0,61.0,'2026-02-13');
INSERT INTO trainees VALUES('1ac530fa-450a-4b01-8167-3e6c5141fd92','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Jakub Kozłowski','trainer','KWP Katowice','Śląskie','male',50.0,78.0,'2026-01-16');
INSERT INTO trainees VALUES('b42ccf0f-c7bc-4297-8646-3cfb7aa30773','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Marcin Kozłowski','trainer','KWP Katowice','Śląskie','male',55.0,87.0,'2026-02-13');
INSERT INTO trainees VALUES('22a4892e-cf34-4678-9401-c16e581dff3f','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Tomasz Krawczyk','trainer','KWP Kielce','Świętokrzyskie','male',42.0,68.0,'2026-01-16');
INSERT INTO trainees VALUES('31a90e23-0337-4828-ac01-9c5c8ad98859','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Aleksandra Mazur','trainer','KWP Kielce','Świętokrzyskie','female',61.0,81.0,NULL);
INSERT INTO trainees VALUES('bcff2f7e-7a1a-4d27-82a8-86655fc4e644','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Anna Mazur','trainer','KWP Olsztyn','Warmińsko-mazurskie','female',62.0,89.0,'2026-01-16');
INSERT INTO trainees VALUES('eb876a9d-cb97-4f03-8694-8e7714fc2ce3','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Adam Jankowski','trainer','KWP Olsztyn','Warmińsko-mazurskie','male',54.0,81.0,'2026-02-13');
INSERT INTO trainees VALUES('ba0ec50d-21cc-474d-9f5a-b5883c1454bc','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Łukasz Jankowski','trainer','KWP Poznań','Wielkopolskie','male',51.0,69.0,'2026-01-16');
INSERT INTO trainees VALUES('299fb39b-d60e-4949-a3aa-62df28f96ede','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Aleksandra Zielińska','trainer','KWP Poznań','Wielkopolskie','female',45.0,66.0,'2026-02-13');
INSERT INTO trainees VALUES('634d3344-ac6b-408f-8fdf-b337345ab422','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Aleksandra Kowalska','trainer','KWP Szczecin','Zachodniopomorskie','female',46.0,73.0,'2026-01-16');
INSERT INTO trainees VALUES('adfc1115-b83f-40b6-ae21-69065654da47','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Paweł Mazur','trainer','KWP Szczecin','Zachodniopomorskie','male',47.0,77.0,'2026-02-13');
CREATE TABLE training_sessions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),tier TEXT NOT NULL CHECK (tier IN ('international', 'national',   'regional', 'local')),title TEXT NOT NULL DEFAULT '',venue TEXT NOT NULL DEFAULT '',start_date TEXT NOT NULL,end_date TEXT,held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),lead_trainer_id TEXT REFERENCES trainees(id),female INTEGER NOT NULL DEFAULT 0 CHECK (female >= 0),male INTEGER NOT NULL DEFAULT 0 CHECK (male >= 0),other_or_unrecorded INTEGER NOT NULL DEFAULT 0   CHECK (other_or_unrecorded >= 0)
);
INSERT INTO training_sessions VALUES('b8bf3614-b150-4f30-b481-72a65d66d808','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','national','Pilot train-the-trainer course','Országos Rendőr-főkapitányság, Budapest','2005-06-06','2005-06-10',1,NULL,5,13,0);
INSERT INTO training_sessions VALUES('b769e6a4-4cb4-4bdb-b8e3-348032f08cef','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','national','Pilot train-the-trainer course','Dirección General de la Policía, Madrid','2005-09-12','2005-09-16',1,NULL,4,14,0);
INSERT INTO training_sessions VALUES('b550af7b-4000-4ef6-b72e-d531f7d75b49','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','national','Train-the-trainer course','Policijska akademija, Zagreb','2026-03-09','2026-03-20',1,NULL,4,5,0);
INSERT INTO training_sessions VALUES('733de5ca-49ce-4139-8049-305cec407899','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-05-12',NULL,1,'35bdceb3-87f0-42b4-8ac7-c7b91c922047',6,16,0);
INSERT INTO training_sessions VALUES('40929cf1-15e5-4fd3-b8a5-c8262f434f01','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-05-14',NULL,1,'45f9fda8-c175-4635-a5ef-2dc8a37a4caa',5,17,0);
INSERT INTO training_sessions VALUES('695af184-7c24-46c4-a264-d855ddf30421','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-06-03',NULL,1,'ac31abce-f08f-404e-9807-ed75d662516e',4,18,0);
INSERT INTO training_sessions VALUES('596ba258-0e57-4aa2-a10e-bb41af9d1ca1','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-06-10',NULL,1,'fab61947-7f66-46db-b1a2-db36ffc200ff',7,15,0);
INSERT INTO training_sessions VALUES('6d808bf5-3ecf-478c-8f52-a82d3b6e1489','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2026-06-17',NULL,1,'02c4583a-26e4-4737-a229-fddb8289bb63',5,19,0);
INSERT INTO training_sessions VALUES('bcd2e096-c5c3-4cfb-8e95-664c913d0de1','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2026-06-24',NULL,1,'d4e906ec-49ad-451b-b3c6-59758a515925',3,20,0);
INSERT INTO training_sessions VALUES('3d27859e-79d8-4406-88a4-feffb60417ad','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU splitsko-dalmatinska, Split','2026-09-15',NULL,1,'8c410311-b825-42e6-869f-643ac27d7cc3',6,14,0);
INSERT INTO training_sessions VALUES('7c9d3c92-2ac3-4770-b192-1131dd69b7f9','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU zagrebačka, Zagreb','2026-12-02',NULL,0,'a63fe448-9ff5-462a-a709-b7a1a987fb40',0,0,0);
INSERT INTO training_sessions VALUES('70979bd7-6cca-4af4-9386-c5098854a7cd','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','local','One-day course on hate crime','PU osječko-baranjska, Osijek','2027-01-20',NULL,0,'7af70f62-7146-4b09-a836-1528389701a0',0,0,0);
INSERT INTO training_sessions VALUES('9b7aadc6-9f7f-4a7c-a66d-da5aec3e7d99','2026-11-22T00:59:15.906Z','2026-11-22T00:59:15.906Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','national','5-day national train-the-trainer course','Wyższa Szkoła Policji w Szczytnie','2026-01-12','2026-01-16',1,NULL,6,10,0);
INSERT INTO training_sessions VALUES('a7ba2cd3-b3f2-4200-b649-1b618549fce1','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','national','5-day national train-the-trainer course (second cohort)','Wyższa Szkoła Policji w Szczytnie','2026-02-09','2026-02-13',1,NULL,5,11,0);
INSERT INTO training_sessions VALUES('93574e1c-0c42-4936-896d-cba04bceffaf','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Wrocław','2026-03-02',NULL,1,'029ea0d1-dad6-4151-9ee8-0a64b9f1edcf',6,16,0);
INSERT INTO training_sessions VALUES('579d823e-92b1-4db8-984d-40f72a4f1af7','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Wrocław','2026-03-04',NULL,1,'dbbe9bd8-4563-44eb-a8b0-b1f927e1f8e4',3,14,0);
INSERT INTO training_sessions VALUES('9bb0477b-a9d9-4d8e-8e4c-3a1dd8bf3e25','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Bydgoszcz','2026-03-06',NULL,1,'b4b6f61c-8379-483d-8923-54e249e49d28',4,20,0);
INSERT INTO training_sessions VALUES('e0113dd5-db79-447b-9005-ea789c00ca4a','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Bydgoszcz','2026-03-07',NULL,1,'9cbbe869-e1cc-4163-8ec7-3a9658d1dcc2',6,16,0);
INSERT INTO training_sessions VALUES('76b5a656-9504-44fd-921c-f315c8f1bba2','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Lublin','2026-03-09',NULL,1,'858482b4-bfbd-438b-a9c3-a4bbe1cbac9f',7,15,0);
INSERT INTO training_sessions VALUES('2714679f-8327-4230-819e-a8b2354c81f3','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Lublin','2026-03-11',NULL,1,'992e7fa4-c990-4c17-ae91-4287eb1d20ab',3,16,0);
INSERT INTO training_sessions VALUES('8ac60519-2a66-419f-bdaa-d6a4dc0b493a','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Gorzów Wielkopolski','2026-03-12',NULL,1,'3d02218b-e218-420e-bf20-7f4f1cc129a9',3,15,0);
INSERT INTO training_sessions VALUES('981d2fc4-9347-46fb-8a59-de2a6a1fbe20','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Łódź','2026-03-13',NULL,1,'d07934e6-82c3-432a-b15d-ead8343a96db',3,13,0);
INSERT INTO training_sessions VALUES('0c579a02-50db-4157-8b60-425e18f00d8a','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Łódź','2026-03-14',NULL,1,'1d057f8b-3527-438b-882f-f078639cacd0',3,17,0);
INSERT INTO training_sessions VALUES('b68f781a-859a-4178-abd6-0d92d881a9df','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','local','One-day local course','KWP Kraków','2026-03-15',NULL,1,'bdbc98ee-db98-4f4e-9b55-4d3797512ed5',5,17,0);
CREATE TABLE session_modules (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
session_id TEXT NOT NULL REFERENCES training_sessions(id),module_id TEXT NOT NULL REFERENCES modules(id)
);
INSERT INTO session_modules VALUES('55780b3c-9192-43f9-8662-e796428ce952','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'b550af7b-4000-4ef6-b72e-d531f7d75b49','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('cef4fd09-7d1c-4741-bb01-bd006eb51e4f','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'b550af7b-4000-4ef6-b72e-d531f7d75b49','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('1efb2fbd-9877-48b0-bc84-10b5d73cbea4','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'b550af7b-4000-4ef6-b72e-d531f7d75b49','66944d28-3774-4944-9545-b2f3a2e8e7c1');
INSERT INTO session_modules VALUES('7e2ea9ba-3c8f-4a24-82e4-91316d919741','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'b550af7b-4000-4ef6-b72e-d531f7d75b49','6f6c39cd-2880-4acb-bf40-2f14bb6754db');
INSERT INTO session_modules VALUES('2fbe7ec3-6000-48b4-b198-e9b4be97b628','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'733de5ca-49ce-4139-8049-305cec407899','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('20f86afc-41fe-40ac-a463-f1b99bea8d9b','2026-11-22T00:59:15.893Z','2026-11-22T00:59:15.893Z',0,1,'733de5ca-49ce-4139-8049-305cec407899','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('461269a7-0c02-4d3e-b595-2c6c484b98ba','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'40929cf1-15e5-4fd3-b8a5-c8262f434f01','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('028a42cf-b5fe-4dc4-8dac-1f2ec14cba92','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'40929cf1-15e5-4fd3-b8a5-c8262f434f01','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('98c8555e-3764-435a-b0f1-d93ca7239e70','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'695af184-7c24-46c4-a264-d855ddf30421','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('6d124b8c-0b84-41a1-85a0-09ac07b18595','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'695af184-7c24-46c4-a264-d855ddf30421','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('1e3a7bf2-d7a3-4e85-9629-4e9f934584d9','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'596ba258-0e57-4aa2-a10e-bb41af9d1ca1','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('d38ff77d-eff9-4281-aec4-6f2d643ce05c','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'596ba258-0e57-4aa2-a10e-bb41af9d1ca1','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('fae4ebae-8fe9-406d-9009-57b2dfeb5590','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'6d808bf5-3ecf-478c-8f52-a82d3b6e1489','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('baf0d6fc-8de2-41be-8f19-7fe8b003efcf','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'6d808bf5-3ecf-478c-8f52-a82d3b6e1489','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('f0469bd2-d123-4623-baf8-5adee63495dc','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'bcd2e096-c5c3-4cfb-8e95-664c913d0de1','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('55b51286-577b-45f4-9066-a8cd0c534641','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'bcd2e096-c5c3-4cfb-8e95-664c913d0de1','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('59ee1199-d8ff-4d9f-bf7a-a8c283f707ec','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'3d27859e-79d8-4406-88a4-feffb60417ad','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('13bec017-5ac0-44e3-b927-f0e2ff58f078','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'3d27859e-79d8-4406-88a4-feffb60417ad','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('781ea7a2-d9dc-4ad6-a58d-bfe62cfda869','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'7c9d3c92-2ac3-4770-b192-1131dd69b7f9','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('1cc9c665-8787-4e15-997f-d0782b075d85','2026-11-22T00:59:15.894Z','2026-11-22T00:59:15.894Z',0,1,'7c9d3c92-2ac3-4770-b192-1131dd69b7f9','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('87d95bb0-3b2c-451c-9a4a-9dc2981cc9dc','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'70979bd7-6cca-4af4-9386-c5098854a7cd','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33');
INSERT INTO session_modules VALUES('c1f63654-f6e7-4d8b-9e1e-519836ffe915','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'70979bd7-6cca-4af4-9386-c5098854a7cd','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0');
INSERT INTO session_modules VALUES('3ac2762a-9177-4881-9001-f1bd8c516c72','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'9b7aadc6-9f7f-4a7c-a66d-da5aec3e7d99','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('1d622807-7533-40f0-804c-bd27f83ac50a','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'9b7aadc6-9f7f-4a7c-a66d-da5aec3e7d99','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('8793cb37-b050-4908-8801-7713b479c43c','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'9b7aadc6-9f7f-4a7c-a66d-da5aec3e7d99','08a47679-b584-4302-85d0-c359ae069026');
INSERT INTO session_modules VALUES('95da4a72-132c-4552-9a9f-d6df4d688846','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'a7ba2cd3-b3f2-4200-b649-1b618549fce1','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('f88c971f-2803-4abf-8964-f86bd1943158','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'a7ba2cd3-b3f2-4200-b649-1b618549fce1','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('9f86bc51-7ad1-4374-bfef-2b08766ae932','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'a7ba2cd3-b3f2-4200-b649-1b618549fce1','08a47679-b584-4302-85d0-c359ae069026');
INSERT INTO session_modules VALUES('33a97a58-c033-4e5f-aa2d-f619c7c1f3e0','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'93574e1c-0c42-4936-896d-cba04bceffaf','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('6b63adbc-0dc9-4e61-a3d2-41bca782082b','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'93574e1c-0c42-4936-896d-cba04bceffaf','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('8a3e97d0-5e3b-4052-b724-12f5779bf55f','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'579d823e-92b1-4db8-984d-40f72a4f1af7','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('61c03485-a9a8-4c07-a8f3-4703d85a5c1e','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'579d823e-92b1-4db8-984d-40f72a4f1af7','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('6d2edd50-87da-4e7f-98dd-cdf54ed0b6de','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'9bb0477b-a9d9-4d8e-8e4c-3a1dd8bf3e25','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('f31d2562-a91f-4ae8-a809-400b718c990a','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'9bb0477b-a9d9-4d8e-8e4c-3a1dd8bf3e25','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('efbcca69-0b0b-451a-9120-e1b7b5e653c8','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'e0113dd5-db79-447b-9005-ea789c00ca4a','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('2c42f583-c6da-475d-89de-1c170840f4db','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'e0113dd5-db79-447b-9005-ea789c00ca4a','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('73126215-72b5-4d34-b2be-7387e64dda24','2026-11-22T00:59:15.907Z','2026-11-22T00:59:15.907Z',0,1,'76b5a656-9504-44fd-921c-f315c8f1bba2','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('273d49b7-1d58-4d3d-80c4-c7e92acce057','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'76b5a656-9504-44fd-921c-f315c8f1bba2','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('14f8357c-2f35-476c-9a46-b55861c23690','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'2714679f-8327-4230-819e-a8b2354c81f3','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('dd1cc19f-9b2a-49f9-822e-3802cb8a010f','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'2714679f-8327-4230-819e-a8b2354c81f3','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('fb1ca110-6155-4e68-8016-06d0c064f98e','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'8ac60519-2a66-419f-bdaa-d6a4dc0b493a','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('6e69f623-60c0-4d29-8b58-d8a50618f554','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'8ac60519-2a66-419f-bdaa-d6a4dc0b493a','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('640bc74a-c8f1-4f7c-a55f-0ac0ff200a4d','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'981d2fc4-9347-46fb-8a59-de2a6a1fbe20','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('a7009b68-df0b-4a85-85de-866577bcf95e','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'981d2fc4-9347-46fb-8a59-de2a6a1fbe20','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('7276f128-bbd0-4cfb-8bff-4f26e73d174c','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'0c579a02-50db-4157-8b60-425e18f00d8a','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('895092dd-4fd1-42fa-bd0f-874faa944a04','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'0c579a02-50db-4157-8b60-425e18f00d8a','3792ae14-d225-4411-8c1c-22851a50924b');
INSERT INTO session_modules VALUES('dd57e2a5-5c5f-42c1-8a2f-32dc6fb6fea5','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'b68f781a-859a-4178-abd6-0d92d881a9df','39542888-4a01-4ca9-a66a-69264b75eaed');
INSERT INTO session_modules VALUES('fae0e9a7-a1bc-43e8-b60e-8ca91aa97eb8','2026-11-22T00:59:15.908Z','2026-11-22T00:59:15.908Z',0,1,'b68f781a-859a-4178-abd6-0d92d881a9df','3792ae14-d225-4411-8c1c-22851a50924b');
CREATE TABLE materials (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),module_id TEXT REFERENCES modules(id),title TEXT NOT NULL,type TEXT NOT NULL CHECK (type IN ('manual', 'handout', 'slides',   'case_study', 'video')),language TEXT NOT NULL DEFAULT '',version TEXT NOT NULL DEFAULT '',status TEXT NOT NULL CHECK (status IN ('draft', 'review', 'validated',   'published')),feedback TEXT NOT NULL DEFAULT ''
);
INSERT INTO materials VALUES('637ef93b-417a-4d67-bc64-5678577265f8','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','b7fa5ba6-ba14-42e2-9f5f-6937e7f1be33','Priručnik za trenere (trainer''s manual)','manual','hr','1.2','published','Trainers asked for shorter chapters.');
INSERT INTO materials VALUES('bc4bcb0e-4d5d-4aec-a012-28c77104cbea','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0','Bias indicators pocket card','handout','hr','1.0','validated','');
INSERT INTO materials VALUES('2ccb9897-8e70-4b4f-a881-336483800969','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','6f6c39cd-2880-4acb-bf40-2f14bb6754db','Case studies from Croatian jurisdictions','case_study','hr','0.9','review','Add a case from Vukovar; the Osijek case is too easy.');
INSERT INTO materials VALUES('38b33d65-a789-4606-bbac-5f01eb151f08','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','0687f3f0-8610-44b8-a3f8-12f1b6ee47c0','Slides for the one-day course','slides','hr','1.1','validated','');
INSERT INTO materials VALUES('ad58aea9-ac23-4861-aa6f-25fbc418fa2a','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','66944d28-3774-4944-9545-b2f3a2e8e7c1','Testimony of a victim (anonymised)','video','hr','0.3','draft','Check consent and voice distortion before use.');
INSERT INTO materials VALUES('77c6cad0-4c29-4267-8f77-82951438f4e6','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','08a47679-b584-4302-85d0-c359ae069026','Podręcznik trenera (trainer''s manual)','manual','pl','2.0','published','');
INSERT INTO materials VALUES('e7e506ac-a0da-42c2-874c-016bc08ba707','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','39542888-4a01-4ca9-a66a-69264b75eaed','Karta wskaźników uprzedzeń (bias indicators card)','handout','pl','1.1','published','');
INSERT INTO materials VALUES('9d412fa2-ea8f-46c5-a7c2-6ea5e62da008','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','39542888-4a01-4ca9-a66a-69264b75eaed','Scenariusz kursu jednodniowego (one-day course plan)','slides','pl','1.3','validated','Trainers from Podlaskie asked for a local case.');
INSERT INTO materials VALUES('a7e3f903-2b58-4de5-a2bc-0342df45fc9a','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','3792ae14-d225-4411-8c1c-22851a50924b','Studia przypadków: Białystok, Łódź','case_study','pl','1.0','review','');
INSERT INTO materials VALUES('0c310814-870f-4fdd-a6b0-4c376509c70b','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','3792ae14-d225-4411-8c1c-22851a50924b','Пам''ятка для потерпілих (leaflet for victims, Ukrainian)','handout','uk','0.4','draft','Check the translation with the Lublin community.');
CREATE TABLE followup_activities (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),type TEXT NOT NULL CHECK (type IN ('refresher', 'mentoring',   'community_of_practice', 'resource_share', 'study_visit',   'evaluation')),title TEXT NOT NULL DEFAULT '',date TEXT NOT NULL,held INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),reached INTEGER NOT NULL DEFAULT 0 CHECK (reached >= 0),notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO followup_activities VALUES('c19f9cb9-45cd-478c-8b6a-eaa2bdc14e0e','2026-11-22T00:59:15.884Z','2026-11-22T00:59:15.884Z',0,1,'36aa2dec-252a-4228-bc68-7cf70b6d994f','evaluation','Pilot evaluation and lessons learned','2005-11-15',1,18,'');
INSERT INTO followup_activities VALUES('a85e6087-a613-4282-9b8b-89869bc2447f','2026-11-22T00:59:15.887Z','2026-11-22T00:59:15.887Z',0,1,'ecc51ced-95a9-40df-b60d-608f60bdafd7','evaluation','Pilot evaluation and lessons learned','2005-12-12',1,18,'');
INSERT INTO followup_activities VALUES('e73d2908-191e-4793-b26f-57fc912b200a','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','mentoring','Mentoring of the cascade trainers','2026-07-08',1,9,'');
INSERT INTO followup_activities VALUES('edafb7de-cb2b-4ce9-9700-5b6138081287','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','resource_share','Polish one-day course materials shared','2026-09-22',1,40,'');
INSERT INTO followup_activities VALUES('e01e95cc-1c08-4b13-adff-0d314a7f97d4','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','community_of_practice','Trainers'' community of practice, Split','2026-10-15',1,12,'');
INSERT INTO followup_activities VALUES('8be1e008-f7d9-4cda-b261-50f5f5bc23ab','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','refresher','Refresher for Čakovec and Vukovar','2026-12-10',0,0,'');
INSERT INTO followup_activities VALUES('bea67aa0-17c6-44d9-a38d-00c3f3c8a9f8','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','evaluation','Follow-up evaluation: bias motive in incident reports','2027-03-01',0,0,'');
INSERT INTO followup_activities VALUES('3e58eb1b-4136-457a-b437-38b19909a42f','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','mentoring','Mentoring calls with voivodeship trainers','2026-12-03',0,0,'');
CREATE TABLE followup_needs (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
activity_id TEXT NOT NULL REFERENCES followup_activities(id),need_id TEXT NOT NULL REFERENCES needs(id)
);
INSERT INTO followup_needs VALUES('3f6f4d8f-5db2-4496-be9f-80b5973a92de','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'e73d2908-191e-4793-b26f-57fc912b200a','1597c9c9-dc11-44ae-a598-da419751d882');
INSERT INTO followup_needs VALUES('f28a21c7-4bd4-48e0-b1ed-9a74e30d2252','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'e73d2908-191e-4793-b26f-57fc912b200a','3477828c-f991-4f7a-ac1b-1a159f5a2356');
INSERT INTO followup_needs VALUES('dd8ad49f-8058-4604-8b21-b6d23b9494e5','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'edafb7de-cb2b-4ce9-9700-5b6138081287','3477828c-f991-4f7a-ac1b-1a159f5a2356');
INSERT INTO followup_needs VALUES('dd0e4a9d-2429-4158-a758-341249296c0f','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'e01e95cc-1c08-4b13-adff-0d314a7f97d4','1597c9c9-dc11-44ae-a598-da419751d882');
INSERT INTO followup_needs VALUES('7dd18c9d-8cd9-485d-ae0f-9fa4b60bd833','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'e01e95cc-1c08-4b13-adff-0d314a7f97d4','ab0d7a6f-f34a-4364-8572-044b6d411f5e');
INSERT INTO followup_needs VALUES('d59d0547-3f09-4878-b0f9-a8c22aa846bc','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'8be1e008-f7d9-4cda-b261-50f5f5bc23ab','1597c9c9-dc11-44ae-a598-da419751d882');
INSERT INTO followup_needs VALUES('40fc0303-cce1-4d10-92c6-cd121f6dd65f','2026-11-22T00:59:15.895Z','2026-11-22T00:59:15.895Z',0,1,'8be1e008-f7d9-4cda-b261-50f5f5bc23ab','ab0d7a6f-f34a-4364-8572-044b6d411f5e');
INSERT INTO followup_needs VALUES('ba60142c-fcb0-44e5-8be1-cfa2ed200a9e','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'bea67aa0-17c6-44d9-a38d-00c3f3c8a9f8','3477828c-f991-4f7a-ac1b-1a159f5a2356');
INSERT INTO followup_needs VALUES('ce90a7dd-ad0f-4f68-a55d-c4d6fcb08641','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'bea67aa0-17c6-44d9-a38d-00c3f3c8a9f8','2e724a1f-38d8-41ce-ae8a-8dd5fbba896b');
INSERT INTO followup_needs VALUES('d6546b10-e30d-47a7-84a7-ce7986f51643','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'3e58eb1b-4136-457a-b437-38b19909a42f','db9524e0-2bb3-4d10-b734-8230ad44e2bf');
CREATE TABLE risk_actions (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
risk_id TEXT NOT NULL REFERENCES risks(id),action TEXT NOT NULL,owner TEXT NOT NULL DEFAULT '',due_date TEXT,done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);
INSERT INTO risk_actions VALUES('08954565-b476-4655-80c7-00f2269e9aca','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'5800c3c2-f002-45b5-8cc9-63a1c225f301','Brief the incoming head of the lead organisation on the programme','Programme manager','2026-12-15',0);
INSERT INTO risk_actions VALUES('35529e0d-d231-4201-beed-f8143926a7e7','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'5800c3c2-f002-45b5-8cc9-63a1c225f301','Secure a ministerial letter of support','Head of mission','2026-09-30',1);
INSERT INTO risk_actions VALUES('e5e989f3-8eb8-4b17-81b7-9a0b4541eb38','2026-11-22T00:59:15.879Z','2026-11-22T00:59:15.879Z',0,1,'0ab7daf8-ec33-46d0-9e9d-7314b456d6b6','Table the module at the Academy curriculum board','Police Academy liaison','2026-11-10',0);
INSERT INTO risk_actions VALUES('1c3c9270-dddb-4263-a030-7b89a8c0866d','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'80b17039-28c3-4742-80c7-655f8e5230b4','Hold a joint session chaired by the Ministry of Security','Head of mission','2026-10-20',0);
INSERT INTO risk_actions VALUES('81fc6da8-5bf8-4c4a-bf6b-cdb1d3ea83ea','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'80b17039-28c3-4742-80c7-655f8e5230b4','Agree a single lead for the recording pilot','Head of mission','2027-01-15',0);
INSERT INTO risk_actions VALUES('08b3d439-f83a-4d60-99e7-c4dd4dcd1862','2026-11-22T00:59:15.880Z','2026-11-22T00:59:15.880Z',0,1,'3d59eeed-cf91-4bd1-bc9b-3ccf7cd49000','Request the case files from the predecessor mission''s archive','Information manager','2026-09-15',0);
INSERT INTO risk_actions VALUES('3840a85e-8847-40e2-860f-65439e6e1985','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'c24f9dc6-9a7f-49c0-85d8-7c5b1c8821b7','Train a reserve trainer in each voivodeship','Cascade coordinator','2027-02-28',0);
INSERT INTO risk_actions VALUES('99536bb7-bbb8-4882-b2f1-a1dc3d7957f3','2026-11-22T00:59:15.881Z','2026-11-22T00:59:15.881Z',0,1,'69e6dad3-d86f-424c-b5b0-a0d114fd3e2a','Ask each voivodeship to nominate at least one woman trainer','Gender focal point','2026-11-01',0);
CREATE TABLE settings (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
key TEXT NOT NULL,value TEXT NOT NULL DEFAULT ''
);
CREATE TABLE indicators (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
mission_id TEXT NOT NULL REFERENCES missions(id),name TEXT NOT NULL,level TEXT NOT NULL CHECK (level IN ('output', 'outcome', 'impact')),unit TEXT NOT NULL DEFAULT '',baseline REAL NOT NULL DEFAULT 0,target REAL NOT NULL DEFAULT 0,notes TEXT NOT NULL DEFAULT ''
);
INSERT INTO indicators VALUES('41ff1821-8e24-4b62-86f8-4b49f8b75768','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','National trainers certified','output','trainers',0.0,9.0,'');
INSERT INTO indicators VALUES('c2dde0f1-e007-40b3-a52d-326dc0cad071','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Officers trained in the cascade','output','officers',0.0,1200.0,'');
INSERT INTO indicators VALUES('43aaf7eb-f1e8-4982-8f65-b4e5efce5e70','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Incident reports recording the bias motive','outcome','%',12.0,60.0,'Sample of 40 reports per quarter. A rise in recorded hate crime can mean better recording, not more crime.');
INSERT INTO indicators VALUES('3aca87fa-4fdd-459e-91ce-e41dfc677784','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'d51f3656-d29a-4ed0-be91-8592ed90bb41','Victims referred to support organisations','impact','referrals per year',8.0,40.0,'');
INSERT INTO indicators VALUES('ae31e17d-1dee-4f0c-b4fb-4da46413ea4b','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'12cbd52d-9c07-4324-8c45-ef146255635a','Entities using a bias-motive field in incident forms','outcome','of 3',0.0,3.0,'');
INSERT INTO indicators VALUES('a17cea8e-fee5-4ff1-9dec-81d7a43cbb33','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Officers trained in one-day local courses','output','officers',0.0,20000.0,'');
INSERT INTO indicators VALUES('be519b0c-cc4d-485e-9491-3d9618f93ac3','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Women among cascade trainers','output','%',15.0,40.0,'');
INSERT INTO indicators VALUES('cc9ddca3-4416-4141-b732-f98a7ae20e96','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'d9a2bd45-be39-4d6e-96e0-9cbdc75424ed','Mean post-test score','outcome','points of 100',48.0,80.0,'');
CREATE TABLE indicator_targets (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
indicator_id TEXT NOT NULL REFERENCES indicators(id),date TEXT NOT NULL,value REAL NOT NULL
);
CREATE TABLE indicator_values (
id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
created_at TEXT NOT NULL,
updated_at TEXT NOT NULL,
deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
indicator_id TEXT NOT NULL REFERENCES indicators(id),date TEXT NOT NULL,value REAL NOT NULL,female INTEGER CHECK (female >= 0),male INTEGER CHECK (male >= 0)
);
INSERT INTO indicator_values VALUES('9a73d79a-00a0-454c-b8c8-4f8b706181bc','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'41ff1821-8e24-4b62-86f8-4b49f8b75768','2026-03-20',9.0,4,5);
INSERT INTO indicator_values VALUES('c4556f31-7110-4185-9559-4fd66869eae7','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'c2dde0f1-e007-40b3-a52d-326dc0cad071','2026-06-30',180.0,36,144);
INSERT INTO indicator_values VALUES('db6d9a78-b96e-4060-bd14-ac221ba37614','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'c2dde0f1-e007-40b3-a52d-326dc0cad071','2026-09-30',280.0,61,219);
INSERT INTO indicator_values VALUES('98841d11-fbdc-4de1-bc2e-4147cdf7b56b','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'c2dde0f1-e007-40b3-a52d-326dc0cad071','2026-10-31',310.0,70,240);
INSERT INTO indicator_values VALUES('4d5f6d76-e6ed-4190-aca3-4c4ebcc6ef5a','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'43aaf7eb-f1e8-4982-8f65-b4e5efce5e70','2025-05-20',12.0,NULL,NULL);
INSERT INTO indicator_values VALUES('f32f9237-eafd-44ee-b8ab-65a8943eac2b','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'43aaf7eb-f1e8-4982-8f65-b4e5efce5e70','2026-04-01',31.0,NULL,NULL);
INSERT INTO indicator_values VALUES('6e18343d-5bf9-4735-ad69-95ca09409f6a','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'43aaf7eb-f1e8-4982-8f65-b4e5efce5e70','2026-10-01',47.0,NULL,NULL);
INSERT INTO indicator_values VALUES('da6fc721-d2ce-45e6-8a0e-a101d80d530b','2026-11-22T00:59:15.896Z','2026-11-22T00:59:15.896Z',0,1,'3aca87fa-4fdd-459e-91ce-e41dfc677784','2026-10-01',22.0,NULL,NULL);
INSERT INTO indicator_values VALUES('1a7bd050-408a-4d3f-b41d-724d02fdac21','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'ae31e17d-1dee-4f0c-b4fb-4da46413ea4b','2026-06-15',0.0,NULL,NULL);
INSERT INTO indicator_values VALUES('d5e766de-6c43-4316-a955-b56949a9ae2f','2026-11-22T00:59:15.900Z','2026-11-22T00:59:15.900Z',0,1,'ae31e17d-1dee-4f0c-b4fb-4da46413ea4b','2026-10-15',1.0,NULL,NULL);
INSERT INTO indicator_values VALUES('f7be6bbd-1025-438b-9899-e3b31bff37b9','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'a17cea8e-fee5-4ff1-9dec-81d7a43cbb33','2026-05-31',900.0,180,720);
INSERT INTO indicator_values VALUES('8aff5bd4-a700-4f46-8c47-2d9a269ccdad','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'a17cea8e-fee5-4ff1-9dec-81d7a43cbb33','2026-08-31',2100.0,430,1670);
INSERT INTO indicator_values VALUES('8cdf4b1b-a6ea-43c0-863a-e6ebc56026ed','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'a17cea8e-fee5-4ff1-9dec-81d7a43cbb33','2026-10-31',3643.0,770,2873);
INSERT INTO indicator_values VALUES('747d1073-5eb9-4e00-b958-03995fdcf813','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'be519b0c-cc4d-485e-9491-3d9618f93ac3','2026-02-13',33.0,NULL,NULL);
INSERT INTO indicator_values VALUES('b464e857-8a3c-4e36-8773-a2a7bf2967b0','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'cc9ddca3-4416-4141-b732-f98a7ae20e96','2026-01-16',78.0,NULL,NULL);
INSERT INTO indicator_values VALUES('e80fe3cc-e9ae-4872-a066-0ba944da176c','2026-11-22T00:59:15.946Z','2026-11-22T00:59:15.946Z',0,1,'cc9ddca3-4416-4141-b732-f98a7ae20e96','2026-02-13',81.0,NULL,NULL);
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
CREATE INDEX risk_actions_risk ON risk_actions(risk_id, due_date);
CREATE UNIQUE INDEX settings_key ON settings(key) WHERE deleted = 0;
CREATE INDEX indicators_mission ON indicators(mission_id);
CREATE INDEX indicator_targets_indicator ON indicator_targets(indicator_id, date);
CREATE INDEX indicator_values_indicator ON indicator_values(indicator_id, date);
COMMIT;
