-- Issue #7: what an SME declares about how it works (its business signals), and which of its IT
-- a service provider runs for it (hosted: an EC platform shop, webmail, SaaS, a social-media or
-- messaging account) rather than the company itself.

-- 1. Business signals: measures that depend on one are planned only when the company declared it.
--    Mirrors assessment.facts.BusinessSignal.
CREATE TABLE company_signal (
    company_id  BIGINT NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    signal      TEXT   NOT NULL CHECK (signal IN ('AI_USE', 'CARD_PAYMENT', 'GUEST_WIFI', 'TELEWORK', 'SHARED_ACCOUNTS')),
    PRIMARY KEY (company_id, signal)
);

-- 2. Who runs each kind of IT asset: SELF (a device the company holds and runs: PCs, NAS...),
--    EITHER (the owner says: a website on Wix or on its own server), PROVIDER (always a service:
--    cloud mail, SNS accounts). Mirrors assessment.domain.ItAssetType.Hosting.
ALTER TABLE it_asset_type ADD COLUMN hosting TEXT NOT NULL DEFAULT 'SELF'
    CHECK (hosting IN ('SELF', 'EITHER', 'PROVIDER'));
UPDATE it_asset_type SET hosting = 'EITHER' WHERE code IN ('SERVER', 'WEBSITE', 'EC_SITE', 'REMOTE_ACCESS');
UPDATE it_asset_type SET hosting = 'PROVIDER' WHERE code = 'CLOUD_EMAIL';

INSERT INTO it_asset_type (code, name_ja, name_en, sort_order, hosting)
SELECT 'SNS_ACCOUNT', 'SNS・メッセージアプリのアカウント', 'Social media and messaging accounts',
       max(sort_order) + 1, 'PROVIDER'
FROM it_asset_type;

-- Every asset type is also a factor a threat or measure may name (see V5).
INSERT INTO applicability_factor (code, kind, name_ja, name_en)
SELECT code, 'ASSET_TYPE', name_ja, name_en FROM it_asset_type WHERE code = 'SNS_ACCOUNT';

-- 3. Hosted asset groups. A provider's service is an account to protect, never "internet-facing"
--    in the sense of a system the company exposes and patches itself.
ALTER TABLE it_asset ADD COLUMN hosted BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE it_asset SET hosted = TRUE, internet_facing = FALSE WHERE type_code = 'CLOUD_EMAIL';
ALTER TABLE it_asset ADD CONSTRAINT it_asset_hosted_not_internet_facing
    CHECK (NOT (hosted AND internet_facing));
