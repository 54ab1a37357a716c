-- Catalogue 2026.2: attack routes. A threat reaches a company through entry routes (VPN and remote
-- desktop, systems it runs on the internet, unpatched or unsupported devices, stolen passwords,
-- e-mail, partners, insiders, mistakes, loss, AI use, Wi-Fi, card payments) in the shares the cited
-- figures give; a route exists for a company only when its facts say so (route_exposure). Measures
-- close routes (measure_route) or cut the damage when a threat gets through (measure_damage:
-- offline backups, BCP, insurance). Risk is an expected yearly loss in yen: each threat has a
-- yearly rate for a reference SME and a loss per incident with its source (docs/risk-model.md).
-- Measures that are one of several ways to do the same thing share an alternative group; legal
-- duties are flagged. Catalogue 2026.1 stays as it was.

-- 1. Conditions the risk model evaluates (guidance.domain.Situation.has) and the new asset type.
INSERT INTO applicability_factor (code, kind, name_ja, name_en) VALUES
('HOSTED_SERVICE',  'CONDITION', 'サービス会社が動かす仕組みを使っている（ネットショップ・メール・クラウド・SNS）', 'Uses services a provider runs (online shop platform, mail, cloud, social media)'),
('SENSITIVE_DATA',  'CONDITION', '要配慮個人情報を扱う', 'Handles sensitive personal data'),
('MY_NUMBER',       'CONDITION', 'マイナンバーを扱う', 'Handles My Number data'),
('AI_USE',          'CONDITION', '業務で生成AIを使っている', 'Uses generative AI at work'),
('CARD_PAYMENT',    'CONDITION', 'カード決済を受け付けている', 'Accepts card payments'),
('GUEST_WIFI',      'CONDITION', '来客にWi-Fiを使わせている', 'Offers Wi-Fi to guests'),
('TELEWORK',        'CONDITION', 'テレワーク・外出先で会社のデータを扱う', 'Works with company data from home or on the road'),
('SHARED_ACCOUNTS', 'CONDITION', '複数の人で同じIDを使っている', 'Staff share logins'),
('REPORTABLE_DATA', 'CONDITION', '漏えい時に報告義務が特に生じやすい個人情報（要配慮個人情報・マイナンバー）を扱う', 'Holds personal data whose leak the law most often requires to report (sensitive data, My Number)');

-- 2. The new version.
INSERT INTO catalogue_version (version, published, notes) VALUES
('2026.2', DATE '2026-11-25', 'Attack routes, recovery measures, signals, alternatives, legal duties, expected yearly loss in yen');

-- 3. New columns: a threat's yearly rate and loss; a measure's alternative group and legal duty; a
-- cost basis per unsupported device.
ALTER TABLE threat ADD COLUMN yearly_rate NUMERIC(5,4) CHECK (yearly_rate > 0 AND yearly_rate < 1);
ALTER TABLE threat ADD COLUMN loss_yen BIGINT CHECK (loss_yen > 0);
ALTER TABLE threat ADD COLUMN loss_source TEXT;
ALTER TABLE threat ADD COLUMN loss_source_ja TEXT;
ALTER TABLE measure ADD COLUMN alternative_group TEXT;
ALTER TABLE measure ADD COLUMN legal_duty_when TEXT REFERENCES applicability_factor (code);
ALTER TABLE measure DROP CONSTRAINT measure_cost_basis_check;
ALTER TABLE measure ADD CONSTRAINT measure_cost_basis_check
    CHECK (cost_basis IN ('COMPANY','DEVICE','EMPLOYEE','SITE','UNSUPPORTED_DEVICE'));
-- Expected yearly losses in yen do not fit the old risk scale's columns; plans gain a phase for
-- this week.
ALTER TABLE risk_snapshot ALTER COLUMN residual_risk TYPE NUMERIC(14,2);
ALTER TABLE plan ALTER COLUMN inherent_risk TYPE NUMERIC(16,4);
ALTER TABLE plan ALTER COLUMN risk_before TYPE NUMERIC(16,4);
ALTER TABLE plan ALTER COLUMN risk_after TYPE NUMERIC(16,4);
ALTER TABLE plan_item ALTER COLUMN risk_removed TYPE NUMERIC(16,4);
ALTER TABLE plan_item DROP CONSTRAINT plan_item_phase_check;
ALTER TABLE plan_item ADD CONSTRAINT plan_item_phase_check
    CHECK (phase IN ('THIS_WEEK', 'NOW', 'WITHIN_3_MONTHS', 'WITHIN_A_YEAR'));

CREATE TABLE attack_route (
    catalogue_version   TEXT NOT NULL REFERENCES catalogue_version (version),
    code                TEXT NOT NULL,
    name_ja             TEXT NOT NULL,
    name_en             TEXT NOT NULL,
    description_ja      TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    base_exposure       NUMERIC(3,2) NOT NULL CHECK (base_exposure BETWEEN 0 AND 1),
    sort_order          INTEGER NOT NULL,
    PRIMARY KEY (catalogue_version, code)
);

-- What opens a route for a company, relative to the average SME (1): exposure = base + the weights of
-- the factors it has, at most 5. A route few SMEs have but most incidents use (VPN, unsupported
-- devices) weighs about the inverse of how common it is.
CREATE TABLE route_exposure (
    catalogue_version   TEXT NOT NULL,
    route_code          TEXT NOT NULL,
    factor              TEXT NOT NULL REFERENCES applicability_factor (code),
    weight              NUMERIC(3,2) NOT NULL CHECK (weight > 0 AND weight <= 5),
    PRIMARY KEY (catalogue_version, route_code, factor),
    FOREIGN KEY (catalogue_version, route_code) REFERENCES attack_route (catalogue_version, code)
);

-- The share of a threat's incidents that come through each route (a threat's shares sum to 1).
CREATE TABLE threat_route (
    catalogue_version   TEXT NOT NULL,
    threat_code         TEXT NOT NULL,
    route_code          TEXT NOT NULL,
    share               NUMERIC(3,2) NOT NULL CHECK (share > 0 AND share <= 1),
    PRIMARY KEY (catalogue_version, threat_code, route_code),
    FOREIGN KEY (catalogue_version, threat_code) REFERENCES threat (catalogue_version, code),
    FOREIGN KEY (catalogue_version, route_code) REFERENCES attack_route (catalogue_version, code)
);

-- How much of a route a measure closes (0–1).
CREATE TABLE measure_route (
    catalogue_version   TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    route_code          TEXT NOT NULL,
    strength            NUMERIC(3,2) NOT NULL CHECK (strength > 0 AND strength < 1),
    PRIMARY KEY (catalogue_version, measure_code, route_code),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code),
    FOREIGN KEY (catalogue_version, route_code) REFERENCES attack_route (catalogue_version, code)
);

-- How much of a threat's damage a measure avoids when the threat gets through (0–1); with a route,
-- only for incidents through that route (an export of the shop's data helps when the shop account
-- is taken over, not when a PC is encrypted).
CREATE TABLE measure_damage (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    catalogue_version   TEXT NOT NULL,
    measure_code        TEXT NOT NULL,
    threat_code         TEXT NOT NULL,
    route_code          TEXT,
    reduction           NUMERIC(3,2) NOT NULL CHECK (reduction > 0 AND reduction < 1),
    FOREIGN KEY (catalogue_version, measure_code) REFERENCES measure (catalogue_version, code),
    FOREIGN KEY (catalogue_version, threat_code) REFERENCES threat (catalogue_version, code),
    FOREIGN KEY (catalogue_version, route_code) REFERENCES attack_route (catalogue_version, code)
);
CREATE UNIQUE INDEX measure_damage_once_ix
    ON measure_damage (catalogue_version, measure_code, threat_code, coalesce(route_code, ''));

-- 4. Threats of 2026.2: those of 2026.1 with a yearly rate and a loss.
INSERT INTO threat (catalogue_version, code, name_ja, name_en, ipa_rank_2026, baseline_likelihood, impact_axis,
                    base_exposure, entry_route_ja, entry_route_en)
SELECT '2026.2', code, name_ja, name_en, ipa_rank_2026, baseline_likelihood, impact_axis, base_exposure,
       entry_route_ja, entry_route_en
FROM threat WHERE catalogue_version = '2026.1';

UPDATE threat t SET yearly_rate = v.rate, loss_yen = v.loss, loss_source = v.source, loss_source_ja = v.source_ja FROM (VALUES
('RANSOM', 0.02, 10000000, 'NPA: about half of ransomware victims paid ≥ ¥10M for investigation and recovery (2023–2025; costs-threats.md §2.3)', '警察庁：ランサムウェア被害の約半数が調査・復旧に1,000万円以上を要した（2023〜2025年、costs-threats.md §2.3）'),
('SUPPLY', 0.03, 1000000, 'IPA FY2024 SME survey: average damage ¥730,000; 19.8% of unauthorised access came through partners (costs-threats.md §2.4)', 'IPA 2024年度中小企業実態調査：平均被害額73万円、不正アクセスの19.8%が取引先経由（costs-threats.md §2.4）'),
('AI', 0.03, 700000, 'ESTIMATE: a typical SME incident (IPA FY2024 average ¥730,000, costs-threats.md §2.4)', '推計：中小企業の一般的な事故1件（IPA 2024年度調査の平均73万円、costs-threats.md §2.4）'),
('VULN', 0.05, 1000000, 'IPA FY2024 SME survey: 48% of unauthorised access exploited a vulnerability; average damage ¥730,000 (costs-threats.md §2.4)', 'IPA 2024年度中小企業実態調査：不正アクセスの48%が脆弱性の悪用、平均被害額73万円（costs-threats.md §2.4）'),
('TARGETED', 0.03, 1500000, 'JNSA: personal-data leaks cost tens of millions for listed firms; ESTIMATE ¥1.5M at SME scale (costs-threats.md §2.5)', 'JNSA：個人情報漏えいは上場企業で数千万円規模。中小企業の規模で150万円と推計（costs-threats.md §2.5）'),
('INSIDER', 0.02, 2000000, 'ESTIMATE from JNSA leak costs scaled to SMEs (costs-threats.md §2.5)', 'JNSAの漏えい費用を中小企業の規模に換算した推計（costs-threats.md §2.5）'),
('REMOTE', 0.02, 1500000, 'ESTIMATE: entry through remote-work set-ups (NPA route figures, costs-threats.md §2.2)', '推計：テレワーク環境からの侵入（警察庁の侵入経路、costs-threats.md §2.2）'),
('DDOS', 0.02, 500000, 'ESTIMATE: days of a shop or site being down', '推計：サイトやネットショップが数日止まった場合'),
('BEC', 0.02, 3000000, 'ESTIMATE: one fraudulent transfer; IPA FY2024 maximum damages reach ¥100M (costs-threats.md §2.4)', '推計：不正送金1件。IPA 2024年度調査では最大被害額1億円（costs-threats.md §2.4）'),
('CARELESS', 0.08, 500000, 'IPA FY2024 SME survey: about 23% of SMEs had an incident a year, average damage ¥730,000 (costs-threats.md §2.4)', 'IPA 2024年度中小企業実態調査：年に約23%の中小企業で事故、平均被害額73万円（costs-threats.md §2.4）'),
('THEFT', 0.05, 300000, 'ESTIMATE: a lost device and the work to notify and recover', '推計：機器1台の紛失と、連絡・復旧の手間')
) AS v (code, rate, loss, source, source_ja) WHERE t.catalogue_version = '2026.2' AND t.code = v.code;

INSERT INTO attack_route (catalogue_version, code, name_ja, name_en, description_ja, description_en, base_exposure, sort_order) VALUES
('2026.2', 'REMOTE_ACCESS', 'VPN・リモートデスクトップ', 'VPN and remote desktop', 'インターネットから社内に入るためのVPN機器やリモートデスクトップ。ランサムウェアの侵入口の約8割（警察庁）。', 'VPN devices and remote desktop reachable from the internet: about 8 in 10 ransomware entries (NPA).', 0.0, 1),
('2026.2', 'EXPOSED_SYSTEM', '自社で公開しているサーバー・サイト', 'Servers and sites you run on the internet', '自社（または頼んだ業者）が管理し、インターネットから見えるサーバー・ウェブサイト・機器の管理画面。', 'Servers, websites and device admin pages you (or your contractor) run that the internet can reach.', 0.0, 2),
('2026.2', 'UNPATCHED', '更新していない機器・ソフト', 'Devices and software left unpatched', '更新できるのに更新していないOS・ソフト・機器の弱点。', 'Known flaws in OS, software and devices that could be updated but are not.', 0.5, 3),
('2026.2', 'UNSUPPORTED', 'サポートが終了した機器・ソフト', 'Devices the vendor no longer supports', 'メーカーが更新を出さなくなった機器・OS。弱点が見つかっても直せない。', 'Devices and operating systems the vendor no longer updates: flaws found in them are never fixed.', 0.0, 4),
('2026.2', 'STOLEN_CREDENTIALS', '盗まれた・推測されたパスワード', 'Stolen or guessed passwords', 'メール・クラウド・ネットショップの管理画面などのIDとパスワードが盗まれたり推測されたりして入られる。', 'Someone logs in to your mail, cloud services or shop admin with a stolen or guessed password.', 0.4, 5),
('2026.2', 'EMAIL', 'メール（添付ファイル・リンク）', 'E-mail (attachments and links)', 'ウイルス付きの添付ファイルや、偽のログイン画面へのリンク。', 'Malicious attachments and links to fake login pages.', 0.8, 6),
('2026.2', 'FRAUD', 'なりすまし・偽の依頼', 'Impostors and fake requests', '取引先や社長になりすまして振込先の変更や送金を求めるメール・電話・メッセージ。', 'E-mail, calls or messages posing as a partner or the boss that ask for a payment or a changed bank account.', 0.6, 7),
('2026.2', 'PARTNER', '委託先・取引先・IT業者', 'Contractors, partners and IT vendors', '委託先や保守業者の接続、取引先経由の侵入や漏えい。', 'Contractors'' and maintenance vendors'' access, and entry or leaks through business partners.', 0.5, 8),
('2026.2', 'INSIDER', '社内の人（在職者・退職者）', 'People inside (staff and former staff)', '在職者・退職者による持ち出しや不正な操作。', 'Data taken or misused by current or former staff.', 0.1, 9),
('2026.2', 'MISTAKE', 'うっかりミス・設定ミス', 'Mistakes and wrong settings', 'メール・FAXの誤送信、共有設定のミスによる公開。', 'Mis-sent e-mail or fax; data made public by a wrong sharing setting.', 0.7, 10),
('2026.2', 'LOSS', '紛失・盗難', 'Loss and theft', '持ち出したパソコン・スマホ・書類の紛失や盗難、事務所への侵入。', 'Laptops, phones or papers lost or stolen outside; break-ins.', 0.3, 11),
('2026.2', 'AI_USE', '生成AIの利用', 'Use of generative AI', '生成AIへの機密情報の入力、確かめていない出力の利用。', 'Confidential data typed into generative AI; output used unchecked.', 0.0, 12),
('2026.2', 'WIFI', 'Wi-Fi・社内ネットワーク', 'Wi-Fi and office network', '来客や近くの第三者がWi-Fiから社内のパソコンやNASに届く。', 'Visitors or people nearby reach your PCs and NAS through the Wi-Fi.', 0.2, 13),
('2026.2', 'PAYMENT', 'カード決済', 'Card payments', 'カード端末・決済の仕組みからカード情報が盗まれる。', 'Card data stolen through payment terminals or the payment set-up.', 0.0, 14);

INSERT INTO route_exposure (catalogue_version, route_code, factor, weight) VALUES
('2026.2', 'REMOTE_ACCESS', 'REMOTE_ACCESS', 3.0),
('2026.2', 'REMOTE_ACCESS', 'TELEWORK', 0.2),
('2026.2', 'EXPOSED_SYSTEM', 'INTERNET_FACING', 2.0),
('2026.2', 'EXPOSED_SYSTEM', 'WEBSITE', 0.5),
('2026.2', 'EXPOSED_SYSTEM', 'EC_SITE', 0.7),
('2026.2', 'EXPOSED_SYSTEM', 'SERVER', 0.1),
('2026.2', 'UNPATCHED', 'PC', 0.3),
('2026.2', 'UNPATCHED', 'SERVER', 0.3),
('2026.2', 'UNPATCHED', 'NETWORK', 0.2),
('2026.2', 'UNPATCHED', 'NAS', 0.2),
('2026.2', 'UNPATCHED', 'CAMERA_IOT', 0.2),
('2026.2', 'UNPATCHED', 'MOBILE', 0.1),
('2026.2', 'UNPATCHED', 'OT', 0.2),
('2026.2', 'UNSUPPORTED', 'UNSUPPORTED', 4.0),
('2026.2', 'STOLEN_CREDENTIALS', 'HOSTED_SERVICE', 1.0),
('2026.2', 'STOLEN_CREDENTIALS', 'REMOTE_ACCESS', 0.2),
('2026.2', 'STOLEN_CREDENTIALS', 'STAFF', 0.2),
('2026.2', 'EMAIL', 'STAFF', 0.3),
('2026.2', 'FRAUD', 'STAFF', 0.3),
('2026.2', 'FRAUD', 'HOSTED_SERVICE', 0.1),
('2026.2', 'PARTNER', 'HOSTED_SERVICE', 0.2),
('2026.2', 'PARTNER', 'REMOTE_ACCESS', 0.3),
('2026.2', 'PARTNER', 'OT', 0.2),
('2026.2', 'PARTNER', 'SERVER', 0.1),
('2026.2', 'INSIDER', 'STAFF', 0.6),
('2026.2', 'INSIDER', 'SHARED_ACCOUNTS', 0.4),
('2026.2', 'INSIDER', 'PERSONAL_DATA', 0.2),
('2026.2', 'MISTAKE', 'PERSONAL_DATA', 0.2),
('2026.2', 'MISTAKE', 'HOSTED_SERVICE', 0.2),
('2026.2', 'MISTAKE', 'STAFF', 0.2),
('2026.2', 'LOSS', 'MOBILE', 0.4),
('2026.2', 'LOSS', 'TELEWORK', 0.4),
('2026.2', 'LOSS', 'PC', 0.1),
('2026.2', 'LOSS', 'SITES', 0.1),
('2026.2', 'AI_USE', 'AI_USE', 1.0),
('2026.2', 'WIFI', 'GUEST_WIFI', 0.8),
('2026.2', 'WIFI', 'SITES', 0.1),
('2026.2', 'PAYMENT', 'CARD_PAYMENT', 1.0),
('2026.2', 'PAYMENT', 'POS', 0.5);

INSERT INTO threat_route (catalogue_version, threat_code, route_code, share) VALUES
('2026.2', 'RANSOM', 'REMOTE_ACCESS', 0.6),
('2026.2', 'RANSOM', 'EXPOSED_SYSTEM', 0.08),
('2026.2', 'RANSOM', 'UNSUPPORTED', 0.08),
('2026.2', 'RANSOM', 'UNPATCHED', 0.04),
('2026.2', 'RANSOM', 'STOLEN_CREDENTIALS', 0.1),
('2026.2', 'RANSOM', 'EMAIL', 0.04),
('2026.2', 'RANSOM', 'PARTNER', 0.04),
('2026.2', 'RANSOM', 'WIFI', 0.02),
('2026.2', 'SUPPLY', 'PARTNER', 0.6),
('2026.2', 'SUPPLY', 'STOLEN_CREDENTIALS', 0.2),
('2026.2', 'SUPPLY', 'REMOTE_ACCESS', 0.2),
('2026.2', 'AI', 'AI_USE', 1.0),
('2026.2', 'VULN', 'EXPOSED_SYSTEM', 0.35),
('2026.2', 'VULN', 'UNSUPPORTED', 0.2),
('2026.2', 'VULN', 'UNPATCHED', 0.2),
('2026.2', 'VULN', 'REMOTE_ACCESS', 0.1),
('2026.2', 'VULN', 'WIFI', 0.1),
('2026.2', 'VULN', 'PAYMENT', 0.05),
('2026.2', 'TARGETED', 'EMAIL', 0.45),
('2026.2', 'TARGETED', 'STOLEN_CREDENTIALS', 0.35),
('2026.2', 'TARGETED', 'UNPATCHED', 0.1),
('2026.2', 'TARGETED', 'PAYMENT', 0.1),
('2026.2', 'INSIDER', 'INSIDER', 1.0),
('2026.2', 'REMOTE', 'REMOTE_ACCESS', 0.6),
('2026.2', 'REMOTE', 'STOLEN_CREDENTIALS', 0.2),
('2026.2', 'REMOTE', 'LOSS', 0.2),
('2026.2', 'DDOS', 'EXPOSED_SYSTEM', 1.0),
('2026.2', 'BEC', 'FRAUD', 0.6),
('2026.2', 'BEC', 'STOLEN_CREDENTIALS', 0.4),
('2026.2', 'CARELESS', 'MISTAKE', 1.0),
('2026.2', 'THEFT', 'LOSS', 1.0);

-- 5. Measures of 2026.2: those of 2026.1, then the new ones.
INSERT INTO measure (code, catalogue_version, title_ja, title_en, explanation_ja, explanation_en, guideline_ref, area,
                     stage, one_off_yen, monthly_yen, cost_basis, cost_source, internal_hours, cis_ig1, cyber_essentials,
                     self_check_item, subsidy_eligible)
SELECT code, '2026.2', title_ja, title_en, explanation_ja, explanation_en, guideline_ref, area, stage, one_off_yen,
       monthly_yen, cost_basis, cost_source, internal_hours, cis_ig1, cyber_essentials, self_check_item, subsidy_eligible
FROM measure WHERE catalogue_version = '2026.1';

-- Replacing an unsupported device is priced per device and belongs to the first steps (the five
-- principles' first item cannot be met on a device that gets no updates).
UPDATE measure SET cost_basis = 'UNSUPPORTED_DEVICE', one_off_yen = 120000, stage = 1, internal_hours = 3.0,
    cost_source = 'Business PC with OS, set-up and data move ≈ ¥120,000 per device (ESTIMATE)'
WHERE catalogue_version = '2026.2' AND code = 'AST-REPLACE';

INSERT INTO measure (code, catalogue_version, title_ja, title_en, explanation_ja, explanation_en, guideline_ref, area,
                     stage, one_off_yen, monthly_yen, cost_basis, cost_source, internal_hours, self_check_item,
                     subsidy_eligible, cis_ig1, cyber_essentials) VALUES
('AST-ESU', '2026.2', 'サポート切れ機器に延長サポートを付ける', 'Buy extended security updates for unsupported devices', 'メーカーが有償の延長サポート（例：Windows 10 ESU）を出している場合、それを申し込んで更新が届くようにする。買い替えまでのつなぎ。', 'Where the vendor sells extended security updates (e.g. Windows 10 ESU), buy them so fixes keep coming until the device is replaced.', '付録5 7.3', 'ASSET', 1, 0, 900, 'UNSUPPORTED_DEVICE', 'Windows 10 ESU for organisations ≈ US$61 per device for the first year ≈ ¥800–¥900 a month (ESTIMATE)', 1.0, NULL, FALSE, '2.2', 'SUM'),
('AST-ISOLATE', '2026.2', 'サポート切れ機器をネットから切り離す', 'Take unsupported devices off the internet', '買い替えられない機器は、インターネット・メール・ウェブ閲覧に使わず、ほかの機器と分けたネットワーク（または単独）で使う。USBメモリの持ち込みも制限する。', 'A device that cannot be replaced yet is kept off the internet, mail and web browsing, on a network of its own (or standalone), with USB media restricted.', '付録5 7.3, 12.2', 'NETWORK', 1, 0, 0, 'UNSUPPORTED_DEVICE', 'Own staff time; an expert visit if the network must be split (ESTIMATE)', 2.0, NULL, FALSE, '2.2,12.2', 'FW'),
('BACKUP-EXPORT', '2026.2', 'ネットショップ・クラウドの顧客・注文データを定期的に書き出す', 'Export customer and order data from online services regularly', 'ネットショップやクラウドの管理画面から顧客・注文・商品データを月1回CSVなどで書き出し、ネットにつながない保存先（USBメモリ等）にも保管する。アカウントを乗っ取られたり消されたりしても商売を再開できる。', 'Once a month, export customer, order and product data from your shop platform and cloud services (CSV) and keep a copy off the network (e.g. a USB drive), so you can carry on if the account is taken over or wiped.', '付録5 11.2', 'CLOUD', 2, 0, 0, 'COMPANY', 'Built-in export functions: ¥0 (costs-threats.md §4)', 1.0, NULL, FALSE, '11.2', ''),
('ACC-INDIVIDUAL', '2026.2', 'ひとり1つのIDにする（共用IDをやめる）', 'One login per person (no shared IDs)', '複数の人で同じID・パスワードを使うのをやめ、ひとりずつIDを作る。誰が何をしたか分かり、辞めた人の利用を止められる。', 'Stop several people sharing one ID and password: give each person their own login, so you know who did what and can stop a leaver''s access.', '5か条 4, 付録5 6.1', 'ACCESS', 2, 0, 0, 'COMPANY', 'IPA free template/material (costs-threats.md §4): ¥0; some services charge per user', 2.0, NULL, FALSE, '5.1,6.1', 'UAC'),
('NET-GUEST', '2026.2', '来客用Wi-Fiを業務用と分ける', 'Keep guest Wi-Fi apart from the business network', 'お客様・患者・来客に使わせるWi-Fiは、業務用パソコンやNASのあるネットワークと分ける（ルーターのゲスト機能）。パスワードは定期的に変える。', 'Wi-Fi offered to customers, patients or visitors runs on a guest network separate from business PCs and the NAS (the router''s guest function); change its password regularly.', '付録5 12.2', 'NETWORK', 2, 0, 0, 'SITE', 'Most office routers have a guest network (¥0); a new router ≈ ¥15,000 (ESTIMATE)', 0.5, NULL, FALSE, '12.2', 'FW'),
('WEB-CMS', '2026.2', '自社運用のWordPress等を更新し管理画面を守る', 'Keep a self-run CMS (WordPress) updated and its admin protected', '自社（または頼んだ業者）が運用するWordPressなどの本体・テーマ・プラグインを更新し、使わないプラグインを消し、管理画面に多要素認証とアクセス制限をかける。', 'For WordPress or another CMS you (or your contractor) run: update the core, themes and plugins, delete unused plugins, and protect the admin login with MFA and access limits.', '付録5 7.3, 13.1', 'DEVELOPMENT', 2, 0, 0, 'COMPANY', 'Own staff time; IPA 安全なウェブサイトの作り方 is free (costs-threats.md §4)', 2.0, NULL, FALSE, '7.3,16.1', 'SUM'),
('PAY-CARD', '2026.2', 'カード決済を安全に（カード情報を持たない）', 'Take card payments safely (keep no card data)', 'カード端末は決済代行会社の認定品を使い更新する。カード番号を紙やパソコンに記録しない（割賦販売法のカード情報非保持化）。端末の置き場所と操作する人を決める。', 'Use a certified terminal from your payment provider and keep it updated; never write down or store card numbers (the Installment Sales Act requires merchants not to retain card data); decide where the terminal is kept and who uses it.', '付録5 4.2', 'DEVICE', 2, 0, 0, 'COMPANY', 'Payment providers supply certified terminals; ¥0 beyond own time (ESTIMATE)', 1.0, NULL, FALSE, '3.1', 'SC');

UPDATE measure SET alternative_group = 'OTASUKETAI' WHERE catalogue_version = '2026.2' AND code IN ('NET-UTM', 'DEV-EDR');
UPDATE measure SET alternative_group = 'UNSUPPORTED_DEVICES' WHERE catalogue_version = '2026.2' AND code IN ('AST-REPLACE', 'AST-ESU', 'AST-ISOLATE');
-- Legal duties, and the fact that makes each one a duty: 個人情報保護法 requires a report to the PPC
-- and notice to the people for any leak of sensitive data or My Number data (番号法 too); the My Number Act requires safeguards
-- for My Number data; the Installment Sales Act requires merchants to keep no card data.
UPDATE measure SET legal_duty_when = 'REPORTABLE_DATA' WHERE catalogue_version = '2026.2' AND code = 'INC-LEAK';
UPDATE measure SET legal_duty_when = 'MY_NUMBER' WHERE catalogue_version = '2026.2' AND code = 'ORG-MYNUMBER';
UPDATE measure SET legal_duty_when = 'CARD_PAYMENT' WHERE catalogue_version = '2026.2' AND code = 'PAY-CARD';

-- 6. Who delivers, what they need, what they require.
INSERT INTO measure_deliverer (catalogue_version, measure_code, deliverer)
SELECT '2026.2', measure_code, deliverer FROM measure_deliverer WHERE catalogue_version = '2026.1';
INSERT INTO measure_deliverer (catalogue_version, measure_code, deliverer) VALUES
('2026.2', 'AST-ESU', 'SELF'), ('2026.2', 'AST-ESU', 'EXPERT'),
('2026.2', 'AST-ISOLATE', 'SELF'), ('2026.2', 'AST-ISOLATE', 'EXPERT'),
('2026.2', 'BACKUP-EXPORT', 'SELF'),
('2026.2', 'ACC-INDIVIDUAL', 'SELF'),
('2026.2', 'NET-GUEST', 'SELF'), ('2026.2', 'NET-GUEST', 'EXPERT'),
('2026.2', 'WEB-CMS', 'SELF'), ('2026.2', 'WEB-CMS', 'EXPERT'),
('2026.2', 'PAY-CARD', 'SELF');

INSERT INTO measure_capability (catalogue_version, measure_code, capability_code)
SELECT '2026.2', measure_code, capability_code FROM measure_capability WHERE catalogue_version = '2026.1';
INSERT INTO measure_capability (catalogue_version, measure_code, capability_code) VALUES
('2026.2', 'AST-ESU', 'DEVICE_MANAGEMENT'),
('2026.2', 'AST-ISOLATE', 'NETWORK_PROTECTION'), ('2026.2', 'AST-ISOLATE', 'DEVICE_MANAGEMENT'),
('2026.2', 'BACKUP-EXPORT', 'BACKUP_RECOVERY'),
('2026.2', 'ACC-INDIVIDUAL', 'ACCOUNT_SECURITY'),
('2026.2', 'NET-GUEST', 'NETWORK_PROTECTION'),
('2026.2', 'WEB-CMS', 'VULNERABILITY_ASSESSMENT'),
('2026.2', 'PAY-CARD', 'CONSULTATION');

-- Replacing, extending or isolating an unsupported device no longer waits for a full inventory, and
-- the leak-report procedure the law requires no longer waits for a whole incident-response set-up,
-- nor fixing the flaws of what the company exposes (it knows that list) for a full inventory.
-- MFA needs one login per person: where staff share logins, that comes first (a prerequisite that
-- does not apply to a company is not needed by it).
INSERT INTO measure_prerequisite (catalogue_version, measure_code, requires_code)
SELECT '2026.2', measure_code, requires_code FROM measure_prerequisite
WHERE catalogue_version = '2026.1' AND NOT (measure_code = 'AST-REPLACE' AND requires_code = 'AST-INVENTORY')
  AND NOT (measure_code = 'INC-LEAK' AND requires_code = 'INC-01')
  AND NOT (measure_code = 'NET-PATCH' AND requires_code = 'AST-INVENTORY');
INSERT INTO measure_prerequisite (catalogue_version, measure_code, requires_code) VALUES
('2026.2', 'ACC-MFA', 'ACC-INDIVIDUAL');

-- 7. What each measure applies to. Asset-type factors mean what the company runs itself;
-- HOSTED_SERVICE means services a provider runs for it (accounts to protect, not servers to shield).
-- Measures that depend on a declared signal apply only with it.
INSERT INTO measure_applicability (catalogue_version, measure_code, factor)
SELECT '2026.2', measure_code, factor FROM measure_applicability
WHERE catalogue_version = '2026.1'
  AND measure_code NOT IN ('ORG-AI', 'TEL-RULES', 'TEL-HOME', 'ORG-MYNUMBER', 'ACC-MFA', 'CLD-ADMIN',
                           'CLD-BACKUP', 'CLOUD-01', 'NET-LOG');
INSERT INTO measure_applicability (catalogue_version, measure_code, factor) VALUES
('2026.2', 'ORG-AI', 'AI_USE'),
('2026.2', 'TEL-RULES', 'TELEWORK'),
('2026.2', 'TEL-HOME', 'TELEWORK'),
('2026.2', 'ORG-MYNUMBER', 'MY_NUMBER'),
('2026.2', 'ACC-MFA', 'HOSTED_SERVICE'),
('2026.2', 'CLD-ADMIN', 'HOSTED_SERVICE'),
('2026.2', 'CLD-BACKUP', 'HOSTED_SERVICE'),
('2026.2', 'CLOUD-01', 'HOSTED_SERVICE'), ('2026.2', 'CLOUD-01', 'WEBSITE'), ('2026.2', 'CLOUD-01', 'EC_SITE'),
('2026.2', 'NET-LOG', 'SERVER'), ('2026.2', 'NET-LOG', 'NETWORK'), ('2026.2', 'NET-LOG', 'HOSTED_SERVICE'),
('2026.2', 'AST-ESU', 'UNSUPPORTED'),
('2026.2', 'AST-ISOLATE', 'UNSUPPORTED'),
('2026.2', 'BACKUP-EXPORT', 'HOSTED_SERVICE'),
('2026.2', 'ACC-INDIVIDUAL', 'SHARED_ACCOUNTS'),
('2026.2', 'NET-GUEST', 'GUEST_WIFI'),
('2026.2', 'WEB-CMS', 'WEBSITE'), ('2026.2', 'WEB-CMS', 'EC_SITE'),
('2026.2', 'PAY-CARD', 'CARD_PAYMENT');

-- 8. What each measure closes and what damage it avoids (the catalogue's judgement, documented in
-- docs/risk-model.md; the route shares they act on come from the cited figures).

INSERT INTO measure_route (catalogue_version, measure_code, route_code, strength) VALUES
('2026.2', 'FIVE-01', 'UNPATCHED', 0.7),
('2026.2', 'FIVE-01', 'EXPOSED_SYSTEM', 0.3),
('2026.2', 'FIVE-01', 'REMOTE_ACCESS', 0.3),
('2026.2', 'FIVE-02', 'EMAIL', 0.3),
('2026.2', 'FIVE-02', 'UNPATCHED', 0.15),
('2026.2', 'FIVE-02', 'UNSUPPORTED', 0.1),
('2026.2', 'FIVE-03', 'STOLEN_CREDENTIALS', 0.4),
('2026.2', 'FIVE-03', 'REMOTE_ACCESS', 0.15),
('2026.2', 'FIVE-04', 'MISTAKE', 0.2),
('2026.2', 'FIVE-04', 'INSIDER', 0.25),
('2026.2', 'FIVE-04', 'STOLEN_CREDENTIALS', 0.1),
('2026.2', 'FIVE-05', 'EMAIL', 0.15),
('2026.2', 'FIVE-05', 'FRAUD', 0.15),
('2026.2', 'FIVE-05', 'MISTAKE', 0.1),
('2026.2', 'MAIL-01', 'EMAIL', 0.35),
('2026.2', 'MAIL-01', 'FRAUD', 0.2),
('2026.2', 'MAIL-02', 'MISTAKE', 0.35),
('2026.2', 'MAIL-03', 'MISTAKE', 0.2),
('2026.2', 'NET-WIFI', 'WIFI', 0.5),
('2026.2', 'WEB-USE', 'MISTAKE', 0.15),
('2026.2', 'WEB-USE', 'EMAIL', 0.1),
('2026.2', 'DESK-01', 'LOSS', 0.2),
('2026.2', 'DESK-01', 'INSIDER', 0.1),
('2026.2', 'TAKEOUT-01', 'LOSS', 0.3),
('2026.2', 'SCREEN-01', 'INSIDER', 0.1),
('2026.2', 'SCREEN-01', 'LOSS', 0.1),
('2026.2', 'OFFICE-01', 'LOSS', 0.15),
('2026.2', 'OFFICE-01', 'INSIDER', 0.05),
('2026.2', 'OFFICE-02', 'LOSS', 0.2),
('2026.2', 'OFFICE-03', 'LOSS', 0.15),
('2026.2', 'DISPOSE-01', 'LOSS', 0.1),
('2026.2', 'DISPOSE-01', 'MISTAKE', 0.1),
('2026.2', 'HR-PLEDGE', 'INSIDER', 0.25),
('2026.2', 'HR-TRAIN', 'EMAIL', 0.15),
('2026.2', 'HR-TRAIN', 'FRAUD', 0.2),
('2026.2', 'HR-TRAIN', 'MISTAKE', 0.1),
('2026.2', 'HR-TRAIN', 'STOLEN_CREDENTIALS', 0.05),
('2026.2', 'BYOD-01', 'LOSS', 0.15),
('2026.2', 'BYOD-01', 'INSIDER', 0.1),
('2026.2', 'NDA-01', 'PARTNER', 0.2),
('2026.2', 'CLOUD-01', 'PARTNER', 0.2),
('2026.2', 'CLOUD-01', 'MISTAKE', 0.1),
('2026.2', 'RULES-01', 'MISTAKE', 0.1),
('2026.2', 'RULES-01', 'INSIDER', 0.1),
('2026.2', 'RULES-01', 'EMAIL', 0.05),
('2026.2', 'RULES-01', 'FRAUD', 0.2),
('2026.2', 'POLICY-01', 'MISTAKE', 0.05),
('2026.2', 'POLICY-01', 'INSIDER', 0.05),
('2026.2', 'SA-01', 'MISTAKE', 0.02),
('2026.2', 'SA-01', 'INSIDER', 0.02),
('2026.2', 'ORG-OFFICER', 'MISTAKE', 0.05),
('2026.2', 'ORG-OFFICER', 'EMAIL', 0.05),
('2026.2', 'ORG-BUDGET', 'MISTAKE', 0.02),
('2026.2', 'ORG-RISK', 'MISTAKE', 0.05),
('2026.2', 'ORG-RISK', 'PARTNER', 0.05),
('2026.2', 'ORG-RISK', 'EXPOSED_SYSTEM', 0.05),
('2026.2', 'ORG-REGS', 'INSIDER', 0.1),
('2026.2', 'ORG-REGS', 'MISTAKE', 0.1),
('2026.2', 'ORG-AUDIT', 'INSIDER', 0.1),
('2026.2', 'ORG-AUDIT', 'MISTAKE', 0.05),
('2026.2', 'ORG-AI', 'AI_USE', 0.6),
('2026.2', 'ORG-MYNUMBER', 'INSIDER', 0.15),
('2026.2', 'ORG-MYNUMBER', 'MISTAKE', 0.15),
('2026.2', 'HR-PHISH', 'EMAIL', 0.35),
('2026.2', 'HR-PHISH', 'FRAUD', 0.3),
('2026.2', 'HR-PHISH', 'STOLEN_CREDENTIALS', 0.15),
('2026.2', 'HR-LEAVER', 'INSIDER', 0.3),
('2026.2', 'HR-LEAVER', 'STOLEN_CREDENTIALS', 0.15),
('2026.2', 'HR-LEAVER', 'REMOTE_ACCESS', 0.1),
('2026.2', 'AST-REGISTER', 'MISTAKE', 0.1),
('2026.2', 'AST-INVENTORY', 'UNSUPPORTED', 0.1),
('2026.2', 'AST-INVENTORY', 'UNPATCHED', 0.1),
('2026.2', 'AST-INVENTORY', 'EXPOSED_SYSTEM', 0.1),
('2026.2', 'AST-REPLACE', 'UNSUPPORTED', 0.95),
('2026.2', 'AST-ESU', 'UNSUPPORTED', 0.85),
('2026.2', 'AST-ISOLATE', 'UNSUPPORTED', 0.7),
('2026.2', 'AST-ENCRYPT', 'LOSS', 0.5),
('2026.2', 'ACC-MFA', 'STOLEN_CREDENTIALS', 0.7),
('2026.2', 'ACC-VPNMFA', 'REMOTE_ACCESS', 0.7),
('2026.2', 'ACC-VPNMFA', 'STOLEN_CREDENTIALS', 0.1),
('2026.2', 'ACC-PWMGR', 'STOLEN_CREDENTIALS', 0.3),
('2026.2', 'ACC-ADMIN', 'UNPATCHED', 0.1),
('2026.2', 'ACC-ADMIN', 'EMAIL', 0.1),
('2026.2', 'ACC-ADMIN', 'INSIDER', 0.05),
('2026.2', 'ACC-DEFAULTPW', 'EXPOSED_SYSTEM', 0.3),
('2026.2', 'ACC-DEFAULTPW', 'WIFI', 0.2),
('2026.2', 'ACC-INDIVIDUAL', 'INSIDER', 0.4),
('2026.2', 'ACC-INDIVIDUAL', 'STOLEN_CREDENTIALS', 0.3),
('2026.2', 'DEV-USB', 'INSIDER', 0.1),
('2026.2', 'DEV-USB', 'LOSS', 0.1),
('2026.2', 'DEV-SOFT', 'UNPATCHED', 0.15),
('2026.2', 'DEV-SOFT', 'EMAIL', 0.05),
('2026.2', 'DEV-MDM', 'LOSS', 0.4),
('2026.2', 'DEV-MDM', 'UNPATCHED', 0.1),
('2026.2', 'DEV-EDR', 'EMAIL', 0.4),
('2026.2', 'DEV-EDR', 'UNPATCHED', 0.3),
('2026.2', 'DEV-EDR', 'UNSUPPORTED', 0.2),
('2026.2', 'DEV-EDR', 'REMOTE_ACCESS', 0.2),
('2026.2', 'NET-UTM', 'REMOTE_ACCESS', 0.3),
('2026.2', 'NET-UTM', 'EXPOSED_SYSTEM', 0.3),
('2026.2', 'NET-UTM', 'EMAIL', 0.3),
('2026.2', 'NET-UTM', 'UNPATCHED', 0.1),
('2026.2', 'NET-UTM', 'WIFI', 0.3),
('2026.2', 'NET-FW', 'EXPOSED_SYSTEM', 0.3),
('2026.2', 'NET-FW', 'REMOTE_ACCESS', 0.3),
('2026.2', 'NET-FW', 'WIFI', 0.2),
('2026.2', 'NET-EXPOSE', 'REMOTE_ACCESS', 0.5),
('2026.2', 'NET-EXPOSE', 'EXPOSED_SYSTEM', 0.5),
('2026.2', 'NET-PATCH', 'EXPOSED_SYSTEM', 0.5),
('2026.2', 'NET-PATCH', 'REMOTE_ACCESS', 0.4),
('2026.2', 'NET-PATCH', 'UNPATCHED', 0.1),
('2026.2', 'NET-LOG', 'INSIDER', 0.1),
('2026.2', 'NET-SERVER', 'EXPOSED_SYSTEM', 0.2),
('2026.2', 'NET-SERVER', 'UNPATCHED', 0.2),
('2026.2', 'NET-GUEST', 'WIFI', 0.7),
('2026.2', 'WEB-WAF', 'EXPOSED_SYSTEM', 0.4),
('2026.2', 'WEB-SCAN', 'EXPOSED_SYSTEM', 0.35),
('2026.2', 'WEB-CMS', 'EXPOSED_SYSTEM', 0.6),
('2026.2', 'CLD-ADMIN', 'STOLEN_CREDENTIALS', 0.2),
('2026.2', 'CLD-ADMIN', 'MISTAKE', 0.3),
('2026.2', 'OUT-SELECT', 'PARTNER', 0.3),
('2026.2', 'OUT-VENDOR', 'PARTNER', 0.3),
('2026.2', 'OUT-VENDOR', 'REMOTE_ACCESS', 0.2),
('2026.2', 'TEL-RULES', 'LOSS', 0.2),
('2026.2', 'TEL-RULES', 'STOLEN_CREDENTIALS', 0.1),
('2026.2', 'TEL-HOME', 'REMOTE_ACCESS', 0.1),
('2026.2', 'TEL-HOME', 'STOLEN_CREDENTIALS', 0.1),
('2026.2', 'TEL-HOME', 'UNPATCHED', 0.1),
('2026.2', 'SCM-PARTNERS', 'PARTNER', 0.15),
('2026.2', 'OT-SEGMENT', 'PARTNER', 0.3),
('2026.2', 'OT-SEGMENT', 'REMOTE_ACCESS', 0.2),
('2026.2', 'OT-SEGMENT', 'WIFI', 0.3),
('2026.2', 'POS-SEC', 'PAYMENT', 0.5),
('2026.2', 'POS-SEC', 'UNPATCHED', 0.05),
('2026.2', 'PAY-CARD', 'PAYMENT', 0.7);

INSERT INTO measure_damage (catalogue_version, measure_code, threat_code, route_code, reduction) VALUES
('2026.2', 'BACKUP-01', 'RANSOM', NULL, 0.3),
('2026.2', 'BACKUP-01', 'VULN', NULL, 0.2),
('2026.2', 'BACKUP-01', 'THEFT', NULL, 0.3),
('2026.2', 'BACKUP-01', 'CARELESS', NULL, 0.05),
('2026.2', 'INC-01', 'RANSOM', NULL, 0.15),
('2026.2', 'INC-01', 'TARGETED', NULL, 0.1),
('2026.2', 'INC-01', 'BEC', NULL, 0.1),
('2026.2', 'INC-01', 'VULN', NULL, 0.05),
('2026.2', 'INC-01', 'SUPPLY', NULL, 0.05),
('2026.2', 'INC-01', 'REMOTE', NULL, 0.05),
('2026.2', 'INC-01', 'CARELESS', NULL, 0.05),
('2026.2', 'BACKUP-02', 'RANSOM', NULL, 0.6),
('2026.2', 'BACKUP-02', 'VULN', NULL, 0.3),
('2026.2', 'BACKUP-02', 'SUPPLY', NULL, 0.1),
('2026.2', 'BACKUP-EXPORT', 'RANSOM', 'STOLEN_CREDENTIALS', 0.6),
('2026.2', 'BACKUP-EXPORT', 'TARGETED', 'STOLEN_CREDENTIALS', 0.3),
('2026.2', 'BACKUP-EXPORT', 'SUPPLY', 'PARTNER', 0.3),
('2026.2', 'BACKUP-EXPORT', 'CARELESS', 'MISTAKE', 0.2),
('2026.2', 'ACC-ADMIN', 'RANSOM', NULL, 0.1),
('2026.2', 'DEV-EDR', 'RANSOM', NULL, 0.3),
('2026.2', 'DEV-EDR', 'TARGETED', NULL, 0.2),
('2026.2', 'NET-UTM', 'RANSOM', NULL, 0.2),
('2026.2', 'NET-LOG', 'RANSOM', NULL, 0.1),
('2026.2', 'NET-LOG', 'INSIDER', NULL, 0.1),
('2026.2', 'NET-LOG', 'TARGETED', NULL, 0.1),
('2026.2', 'NET-SERVER', 'RANSOM', NULL, 0.1),
('2026.2', 'CLD-BACKUP', 'RANSOM', NULL, 0.2),
('2026.2', 'CLD-BACKUP', 'TARGETED', NULL, 0.1),
('2026.2', 'CLD-BACKUP', 'CARELESS', NULL, 0.1),
('2026.2', 'INC-CONTACTS', 'RANSOM', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'SUPPLY', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'AI', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'VULN', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'TARGETED', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'INSIDER', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'REMOTE', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'DDOS', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'BEC', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'CARELESS', NULL, 0.05),
('2026.2', 'INC-CONTACTS', 'THEFT', NULL, 0.05),
('2026.2', 'INC-LEAK', 'CARELESS', NULL, 0.15),
('2026.2', 'INC-LEAK', 'INSIDER', NULL, 0.1),
('2026.2', 'INC-LEAK', 'TARGETED', NULL, 0.1),
('2026.2', 'INC-BCP', 'RANSOM', NULL, 0.3),
('2026.2', 'INC-BCP', 'VULN', NULL, 0.2),
('2026.2', 'INC-BCP', 'DDOS', NULL, 0.2),
('2026.2', 'INC-INSURANCE', 'RANSOM', NULL, 0.2),
('2026.2', 'INC-INSURANCE', 'BEC', NULL, 0.15),
('2026.2', 'INC-INSURANCE', 'TARGETED', NULL, 0.1),
('2026.2', 'INC-INSURANCE', 'CARELESS', NULL, 0.1),
('2026.2', 'INC-INSURANCE', 'SUPPLY', NULL, 0.1),
('2026.2', 'OT-SEGMENT', 'RANSOM', NULL, 0.3),
('2026.2', 'OT-SEGMENT', 'VULN', NULL, 0.2),
('2026.2', 'PAY-CARD', 'TARGETED', NULL, 0.1);

-- 9. The named rules carry over.
INSERT INTO security_action_level (catalogue_version, level, self_check_required)
SELECT '2026.2', level, self_check_required FROM security_action_level WHERE catalogue_version = '2026.1';
INSERT INTO security_action_requirement (catalogue_version, level, measure_code)
SELECT '2026.2', level, measure_code FROM security_action_requirement WHERE catalogue_version = '2026.1';
INSERT INTO subsidy_rule (catalogue_version, name_ja, name_en, rate_numerator, rate_denominator, small_rate_numerator,
    small_rate_denominator, cap_yen, months, minimum_claim_yen, sme_only, required_measure, source)
SELECT '2026.2', name_ja, name_en, rate_numerator, rate_denominator, small_rate_numerator, small_rate_denominator,
       cap_yen, months, minimum_claim_yen, sme_only, required_measure, source
FROM subsidy_rule WHERE catalogue_version = '2026.1';
