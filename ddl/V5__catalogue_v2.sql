-- Catalogue v2: every catalogue row is keyed by (catalogue_version, code), so a later version can
-- reuse a code; deliverers and applicability become typed join tables; a taxonomy of deliverable
-- capabilities that お助け隊 service listings and experts' skills will point at; and the named rules
-- (SECURITY ACTION ★/★★ requirements, the IT導入補助金 セキュリティ対策推進枠) as data.
-- The data of catalogue 2026.1 is kept and moved into the new shape.

-- 1. Foreign keys that point at the old single-column keys go first.
ALTER TABLE threat_exposure      DROP CONSTRAINT threat_exposure_threat_code_fkey;
ALTER TABLE measure_threat       DROP CONSTRAINT measure_threat_measure_code_fkey;
ALTER TABLE measure_threat       DROP CONSTRAINT measure_threat_threat_code_fkey;
ALTER TABLE measure_prerequisite DROP CONSTRAINT measure_prerequisite_measure_code_fkey;
ALTER TABLE measure_prerequisite DROP CONSTRAINT measure_prerequisite_requires_code_fkey;
-- Progress means "this measure code" whichever catalogue version is current, so it no longer
-- points at one version's row; the application checks the code against the current catalogue.
ALTER TABLE measure_progress     DROP CONSTRAINT measure_progress_measure_code_fkey;

-- 2. Threats: keyed by (catalogue_version, code).
ALTER TABLE threat ADD COLUMN catalogue_version TEXT REFERENCES catalogue_version (version);
UPDATE threat SET catalogue_version = '2026.1';
ALTER TABLE threat ALTER COLUMN catalogue_version SET NOT NULL;
ALTER TABLE threat DROP CONSTRAINT threat_pkey;
ALTER TABLE threat ADD PRIMARY KEY (catalogue_version, code);

-- 3. Measures: keyed by (catalogue_version, code).
ALTER TABLE measure DROP CONSTRAINT measure_pkey;
ALTER TABLE measure ADD PRIMARY KEY (catalogue_version, code);

-- 4. The factors that make a threat likelier or a measure applicable: the conditions the risk model
-- evaluates (guidance.domain.Situation.has) and the IT asset types.
CREATE TABLE applicability_factor (
    code    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('ASSET_TYPE', 'CONDITION')),
    name_ja TEXT NOT NULL,
    name_en TEXT NOT NULL
);

INSERT INTO applicability_factor (code, kind, name_ja, name_en) VALUES
('ANY',             'CONDITION', 'すべての会社',                         'Every company'),
('UNSUPPORTED',     'CONDITION', 'サポートが終了した機器・ソフトがある', 'Holds devices or software the vendor no longer supports'),
('INTERNET_FACING', 'CONDITION', 'インターネットに公開した機器がある',   'Holds devices reachable from the internet'),
('PERSONAL_DATA',   'CONDITION', '個人情報を扱う',                       'Handles personal data'),
('STAFF',           'CONDITION', '従業員がいる',                         'Has staff'),
('SITES',           'CONDITION', '拠点が2か所以上ある',                  'Has two or more sites');

INSERT INTO applicability_factor (code, kind, name_ja, name_en)
SELECT code, 'ASSET_TYPE', name_ja, name_en FROM it_asset_type;

-- 5. Child rows of threats and measures carry the catalogue version too.
ALTER TABLE threat_exposure ADD COLUMN catalogue_version TEXT;
UPDATE threat_exposure SET catalogue_version = '2026.1';
ALTER TABLE threat_exposure ALTER COLUMN catalogue_version SET NOT NULL;
ALTER TABLE threat_exposure DROP CONSTRAINT threat_exposure_pkey;
ALTER TABLE threat_exposure ADD PRIMARY KEY (catalogue_version, threat_code, factor);
ALTER TABLE threat_exposure ADD CONSTRAINT threat_exposure_threat_fk
    FOREIGN KEY (catalogue_version, threat_code) REFERENCES threat (catalogue_version, code);
ALTER TABLE threat_exposure ADD CONSTRAINT threat_exposure_factor_fk
    FOREIGN KEY (factor) REFERENCES applicability_factor (code);

ALTER TABLE measure_threat ADD COLUMN catalogue_version TEXT;
UPDATE measure_threat SET catalogue_version = '2026.1';
ALTER TABLE measure_threat ALTER COLUMN catalogue_version SET NOT NULL;
ALTER TABLE measure_threat DROP CONSTRAINT measure_threat_pkey;
ALTER TABLE measure_threat ADD PRIMARY KEY (catalogue_version, measure_code, threat_code);
ALTER TABLE measure_threat ADD CONSTRAINT measure_threat_measure_fk
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code);
ALTER TABLE measure_threat ADD CONSTRAINT measure_threat_threat_fk
    FOREIGN KEY (catalogue_version, threat_code) REFERENCES threat (catalogue_version, code);

ALTER TABLE measure_prerequisite ADD COLUMN catalogue_version TEXT;
UPDATE measure_prerequisite SET catalogue_version = '2026.1';
ALTER TABLE measure_prerequisite ALTER COLUMN catalogue_version SET NOT NULL;
ALTER TABLE measure_prerequisite DROP CONSTRAINT measure_prerequisite_pkey;
ALTER TABLE measure_prerequisite ADD PRIMARY KEY (catalogue_version, measure_code, requires_code);
ALTER TABLE measure_prerequisite ADD CONSTRAINT measure_prerequisite_measure_fk
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code);
ALTER TABLE measure_prerequisite ADD CONSTRAINT measure_prerequisite_requires_fk
    FOREIGN KEY (catalogue_version, requires_code) REFERENCES measure (catalogue_version, code);

-- 6. Who can deliver a measure: the SME itself, an expert, or an お助け隊 service.
CREATE TABLE measure_deliverer (
    catalogue_version   TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    deliverer           TEXT NOT NULL CHECK (deliverer IN ('SELF', 'EXPERT', 'OTASUKETAI')),
    PRIMARY KEY (catalogue_version, measure_code, deliverer),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code)
);

INSERT INTO measure_deliverer (catalogue_version, measure_code, deliverer)
SELECT DISTINCT m.catalogue_version, m.code, btrim(d)
FROM measure m, regexp_split_to_table(m.deliverers, ',') AS d
WHERE btrim(d) <> '';

ALTER TABLE measure DROP COLUMN deliverers;

-- 7. What a measure applies to: any of its factors holding for the company makes it a candidate.
CREATE TABLE measure_applicability (
    catalogue_version   TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    factor              TEXT NOT NULL REFERENCES applicability_factor (code),
    PRIMARY KEY (catalogue_version, measure_code, factor),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code)
);

INSERT INTO measure_applicability (catalogue_version, measure_code, factor)
SELECT DISTINCT m.catalogue_version, m.code, btrim(f)
FROM measure m, regexp_split_to_table(m.applies_to, ',') AS f
WHERE btrim(f) <> '';

ALTER TABLE measure DROP COLUMN applies_to;

-- 8. Deliverable capabilities: what a provider's service or an expert offers, in words an SME or a
-- provider recognises. Not versioned: listings and skills refer to these codes across catalogues.
CREATE TABLE capability (
    code            TEXT PRIMARY KEY,
    name_ja         TEXT NOT NULL,
    name_en         TEXT NOT NULL,
    description_ja  TEXT NOT NULL,
    description_en  TEXT NOT NULL,
    sort_order      INTEGER NOT NULL UNIQUE
);

INSERT INTO capability (code, name_ja, name_en, description_ja, description_en, sort_order) VALUES
('NETWORK_PROTECTION', 'ネットワーク防御・UTM監視', 'Network protection and UTM monitoring',
 'UTM・ファイアウォール・無線LAN・WAFの設定と、社内ネットワークの出入口の監視。',
 'Setting up UTM, firewalls, Wi-Fi and WAF, and watching the office network''s gateway.', 1),
('ENDPOINT_PROTECTION', '端末保護・EDR', 'Endpoint protection and EDR',
 'パソコンやサーバーのウイルス対策・EDRの導入と監視、暗号化や外部媒体の制御。',
 'Anti-malware and EDR on PCs and servers with monitoring; encryption and removable-media control.', 2),
('DEVICE_MANAGEMENT', 'IT資産・端末管理', 'IT asset and device management',
 '機器・ソフトの一覧、更新（パッチ）管理、サポート切れ機器の入替え、スマホ管理（MDM）。',
 'Inventories of devices and software, patch management, replacing unsupported devices, mobile device management.', 3),
('ACCOUNT_SECURITY', 'アカウント保護・多要素認証', 'Account security and MFA',
 'パスワード管理、多要素認証、管理者権限の分離、入退社時のアカウント管理。',
 'Password management, multi-factor authentication, separate admin rights, accounts for joiners and leavers.', 4),
('BACKUP_RECOVERY', 'バックアップと復旧', 'Backup and recovery',
 'データの自動バックアップ、オフライン・変更不可の保管、復元テスト、クラウドデータの保全。',
 'Automatic backups, offline or immutable copies, restore tests, keeping cloud data safe.', 5),
('CLOUD_REVIEW', 'クラウド設定の点検', 'Cloud configuration review',
 'クラウドサービスの選定支援と、共有設定・公開リンク・管理者権限の点検。',
 'Help choosing cloud services and reviewing sharing, public links and admin rights.', 6),
('LOG_MONITORING', 'ログ監視', 'Log collection and monitoring',
 'サーバー・ネットワーク・クラウドのログの収集・保管と定期的な確認。',
 'Collecting, keeping and regularly reviewing server, network and cloud logs.', 7),
('VULNERABILITY_ASSESSMENT', '脆弱性診断', 'Vulnerability assessment',
 'ウェブサイトや公開機器の脆弱性診断と、外部から見えるサービスの洗い出し。',
 'Vulnerability assessments of websites and exposed devices; finding services reachable from the internet.', 8),
('RISK_ASSESSMENT', 'リスク分析・点検', 'Risk assessment and audits',
 '情報資産の洗い出しとリスク分析、委託先の確認、ルール遵守状況の点検。',
 'Listing information assets and analysing risk, checking contractors, auditing compliance with the rules.', 9),
('POLICY_WRITING', '基本方針・規程の作成', 'Security policy and rules writing',
 '情報セキュリティ基本方針、社内規程、ハンドブック、個人情報・生成AIなどの利用ルールの作成。',
 'Writing the basic security policy, regulations, a staff handbook and rules for personal data, AI and more.', 10),
('STAFF_TRAINING', '従業員教育・訓練', 'Staff training and drills',
 '従業員向けのセキュリティ教育、注意喚起の共有、標的型メール訓練。',
 'Security training for staff, sharing alerts, phishing drills.', 11),
('INCIDENT_RESPONSE', 'インシデント対応支援', 'Incident response support',
 '事故対応の体制と手順づくり、発生時の初動支援、事業継続計画（BCP）。',
 'Setting up incident response and procedures, first response when something happens, business continuity plans.', 12),
('ON_SITE_SUPPORT', '駆付け支援', 'On-site support',
 '異常時や機器の入替え・設定時に、技術者が現地で対応します。',
 'An engineer comes on site when something goes wrong or equipment is replaced or set up.', 13),
('CONSULTATION', 'セキュリティ相談窓口', 'Security consultation desk',
 '日頃の疑問や取引先からの要請、SECURITY ACTIONの宣言について相談できる窓口。',
 'A desk to ask everyday questions, answer customers'' security requests and prepare the SECURITY ACTION declaration.', 14),
('CYBER_INSURANCE', 'サイバー保険', 'Cyber insurance',
 '事故対応費用や損害賠償に備える保険（お助け隊サービスの簡易保険を含む）。',
 'Cover for response costs and liability, including the simple cover of お助け隊 services.', 15),
('PHYSICAL_SECURITY', '物理的セキュリティ', 'Physical security',
 '事務所の入退室管理、施錠保管、書類・媒体の安全な廃棄。',
 'Office access control, locked storage, secure disposal of documents and media.', 16);

CREATE TABLE measure_capability (
    catalogue_version   TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    capability_code     TEXT NOT NULL REFERENCES capability (code),
    PRIMARY KEY (catalogue_version, measure_code, capability_code),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code)
);

INSERT INTO measure_capability (catalogue_version, measure_code, capability_code)
SELECT '2026.1', m, c FROM (VALUES
('FIVE-01', 'DEVICE_MANAGEMENT'),
('FIVE-02', 'ENDPOINT_PROTECTION'),
('FIVE-03', 'ACCOUNT_SECURITY'),
('FIVE-04', 'ACCOUNT_SECURITY'),
('FIVE-04', 'CLOUD_REVIEW'),
('FIVE-05', 'STAFF_TRAINING'),
('MAIL-01', 'STAFF_TRAINING'),
('MAIL-02', 'STAFF_TRAINING'),
('MAIL-03', 'POLICY_WRITING'),
('MAIL-03', 'STAFF_TRAINING'),
('NET-WIFI', 'NETWORK_PROTECTION'),
('WEB-USE', 'POLICY_WRITING'),
('BACKUP-01', 'BACKUP_RECOVERY'),
('DESK-01', 'PHYSICAL_SECURITY'),
('TAKEOUT-01', 'PHYSICAL_SECURITY'),
('TAKEOUT-01', 'DEVICE_MANAGEMENT'),
('SCREEN-01', 'DEVICE_MANAGEMENT'),
('OFFICE-01', 'PHYSICAL_SECURITY'),
('OFFICE-02', 'PHYSICAL_SECURITY'),
('OFFICE-03', 'PHYSICAL_SECURITY'),
('DISPOSE-01', 'PHYSICAL_SECURITY'),
('HR-PLEDGE', 'POLICY_WRITING'),
('HR-TRAIN', 'STAFF_TRAINING'),
('BYOD-01', 'POLICY_WRITING'),
('BYOD-01', 'DEVICE_MANAGEMENT'),
('NDA-01', 'POLICY_WRITING'),
('CLOUD-01', 'CLOUD_REVIEW'),
('INC-01', 'INCIDENT_RESPONSE'),
('RULES-01', 'POLICY_WRITING'),
('POLICY-01', 'POLICY_WRITING'),
('SA-01', 'CONSULTATION'),
('ORG-OFFICER', 'CONSULTATION'),
('ORG-BUDGET', 'CONSULTATION'),
('ORG-RISK', 'RISK_ASSESSMENT'),
('ORG-REGS', 'POLICY_WRITING'),
('ORG-AUDIT', 'RISK_ASSESSMENT'),
('ORG-AI', 'POLICY_WRITING'),
('ORG-MYNUMBER', 'POLICY_WRITING'),
('HR-PHISH', 'STAFF_TRAINING'),
('HR-LEAVER', 'ACCOUNT_SECURITY'),
('AST-REGISTER', 'RISK_ASSESSMENT'),
('AST-INVENTORY', 'DEVICE_MANAGEMENT'),
('AST-REPLACE', 'DEVICE_MANAGEMENT'),
('AST-REPLACE', 'ON_SITE_SUPPORT'),
('BACKUP-02', 'BACKUP_RECOVERY'),
('AST-ENCRYPT', 'ENDPOINT_PROTECTION'),
('AST-ENCRYPT', 'DEVICE_MANAGEMENT'),
('ACC-MFA', 'ACCOUNT_SECURITY'),
('ACC-VPNMFA', 'ACCOUNT_SECURITY'),
('ACC-VPNMFA', 'NETWORK_PROTECTION'),
('ACC-PWMGR', 'ACCOUNT_SECURITY'),
('ACC-ADMIN', 'ACCOUNT_SECURITY'),
('ACC-DEFAULTPW', 'ACCOUNT_SECURITY'),
('ACC-DEFAULTPW', 'NETWORK_PROTECTION'),
('DEV-USB', 'ENDPOINT_PROTECTION'),
('DEV-SOFT', 'DEVICE_MANAGEMENT'),
('DEV-MDM', 'DEVICE_MANAGEMENT'),
-- お助け隊 services bundle monitoring, a consultation desk, on-site help and simple insurance.
('DEV-EDR', 'ENDPOINT_PROTECTION'),
('DEV-EDR', 'INCIDENT_RESPONSE'),
('DEV-EDR', 'ON_SITE_SUPPORT'),
('DEV-EDR', 'CONSULTATION'),
('DEV-EDR', 'CYBER_INSURANCE'),
('NET-UTM', 'NETWORK_PROTECTION'),
('NET-UTM', 'INCIDENT_RESPONSE'),
('NET-UTM', 'ON_SITE_SUPPORT'),
('NET-UTM', 'CONSULTATION'),
('NET-UTM', 'CYBER_INSURANCE'),
('NET-FW', 'NETWORK_PROTECTION'),
('NET-EXPOSE', 'VULNERABILITY_ASSESSMENT'),
('NET-EXPOSE', 'NETWORK_PROTECTION'),
('NET-PATCH', 'DEVICE_MANAGEMENT'),
('NET-PATCH', 'VULNERABILITY_ASSESSMENT'),
('NET-LOG', 'LOG_MONITORING'),
('NET-SERVER', 'ENDPOINT_PROTECTION'),
('WEB-WAF', 'NETWORK_PROTECTION'),
('WEB-SCAN', 'VULNERABILITY_ASSESSMENT'),
('CLD-ADMIN', 'CLOUD_REVIEW'),
('CLD-BACKUP', 'BACKUP_RECOVERY'),
('CLD-BACKUP', 'CLOUD_REVIEW'),
('OUT-SELECT', 'RISK_ASSESSMENT'),
('OUT-VENDOR', 'ACCOUNT_SECURITY'),
('INC-CONTACTS', 'INCIDENT_RESPONSE'),
('INC-LEAK', 'INCIDENT_RESPONSE'),
('INC-LEAK', 'POLICY_WRITING'),
('INC-BCP', 'INCIDENT_RESPONSE'),
('INC-BCP', 'BACKUP_RECOVERY'),
('INC-INSURANCE', 'CYBER_INSURANCE'),
('TEL-RULES', 'POLICY_WRITING'),
('TEL-HOME', 'NETWORK_PROTECTION'),
('TEL-HOME', 'STAFF_TRAINING'),
('SCM-PARTNERS', 'CONSULTATION'),
('SCM-PARTNERS', 'RISK_ASSESSMENT'),
('OT-SEGMENT', 'NETWORK_PROTECTION'),
('OT-SEGMENT', 'ON_SITE_SUPPORT'),
('POS-SEC', 'NETWORK_PROTECTION'),
('POS-SEC', 'DEVICE_MANAGEMENT')
) AS mc (m, c);

-- 9. SECURITY ACTION (IPA self-declaration): ★ = the five principles (情報セキュリティ5か条) in
-- place; ★★ = the 自社診断 taken and a basic policy decided and published
-- (../shared/research/costs-threats.md §4).
CREATE TABLE security_action_level (
    catalogue_version   TEXT NOT NULL REFERENCES catalogue_version (version),
    level               TEXT NOT NULL CHECK (level IN ('ONE_STAR', 'TWO_STARS')),
    self_check_required BOOLEAN NOT NULL,
    PRIMARY KEY (catalogue_version, level)
);

CREATE TABLE security_action_requirement (
    catalogue_version   TEXT NOT NULL,
    level               TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    PRIMARY KEY (catalogue_version, level, measure_code),
    FOREIGN KEY (catalogue_version, level) REFERENCES security_action_level (catalogue_version, level),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code)
);

INSERT INTO security_action_level (catalogue_version, level, self_check_required) VALUES
('2026.1', 'ONE_STAR', FALSE),
('2026.1', 'TWO_STARS', TRUE);

INSERT INTO security_action_requirement (catalogue_version, level, measure_code) VALUES
('2026.1', 'ONE_STAR', 'FIVE-01'),
('2026.1', 'ONE_STAR', 'FIVE-02'),
('2026.1', 'ONE_STAR', 'FIVE-03'),
('2026.1', 'ONE_STAR', 'FIVE-04'),
('2026.1', 'ONE_STAR', 'FIVE-05'),
('2026.1', 'TWO_STARS', 'POLICY-01');

-- 10. The subsidy the planner can apply to measures marked subsidy_eligible: IT導入補助金
-- セキュリティ対策推進枠 (2025; unchanged for デジタル化・AI導入補助金2026), costs-threats.md §5:
-- お助け隊 service fees for up to 2 years, ¥50,000 – ¥1,500,000, 1/2 (2/3 for 小規模事業者),
-- SMEs only, SECURITY ACTION declared.
CREATE TABLE subsidy_rule (
    catalogue_version       TEXT PRIMARY KEY REFERENCES catalogue_version (version),
    name_ja                 TEXT NOT NULL,
    name_en                 TEXT NOT NULL,
    rate_numerator          INTEGER NOT NULL,
    rate_denominator        INTEGER NOT NULL,
    small_rate_numerator    INTEGER NOT NULL,
    small_rate_denominator  INTEGER NOT NULL,
    cap_yen                 BIGINT NOT NULL CHECK (cap_yen > 0),
    months                  INTEGER NOT NULL CHECK (months > 0),
    minimum_claim_yen       BIGINT NOT NULL CHECK (minimum_claim_yen >= 0),
    sme_only                BOOLEAN NOT NULL,
    required_measure        TEXT NOT NULL,
    source                  TEXT NOT NULL,
    CHECK (rate_numerator > 0 AND rate_numerator <= rate_denominator),
    CHECK (small_rate_numerator > 0 AND small_rate_numerator <= small_rate_denominator),
    CHECK (minimum_claim_yen <= cap_yen),
    FOREIGN KEY (catalogue_version, required_measure) REFERENCES measure (catalogue_version, code)
);

INSERT INTO subsidy_rule (catalogue_version, name_ja, name_en, rate_numerator, rate_denominator,
    small_rate_numerator, small_rate_denominator, cap_yen, months, minimum_claim_yen, sme_only,
    required_measure, source) VALUES
('2026.1', 'IT導入補助金 セキュリティ対策推進枠', 'IT Introduction Subsidy, security frame',
 1, 2, 2, 3, 1500000, 24, 50000, TRUE, 'SA-01',
 'costs-threats.md §5: IT導入補助金2025 / デジタル化・AI導入補助金2026 (¥50,000–¥1,500,000; 1/2, 2/3 for 小規模事業者; fees for up to 2 years; SECURITY ACTION)');
