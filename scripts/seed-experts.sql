-- Benchmark data for expert matching (issue #9): 50,000 verified security experts and 5,000 open
-- requests to them, made set-based with generate_series in one transaction (about half a minute).
--
--   psql -v ON_ERROR_STOP=1 -h 127.0.0.1 -p <port> -U postgres -f scripts/seed-experts.sql
--   (optional: -v experts=50000 -v requests=5000)
--
-- Run it against a throw-away database (scripts/bench-expert-matches.sh uses the embedded one in
-- target/bench-expert-data); it refuses to run twice. Deterministic for a given database: the
-- random numbers come from setseed(), and no query runs in parallel.
--
-- What the data looks like, roughly as the register of 登録セキスペ does (~20,000, mostly Kanto):
--  * home prefecture: 65% in Kanto (Tokyo 35%, Kanagawa 12%, Saitama 7%, Chiba 6%, the other three
--    5%), then Osaka, Aichi, Fukuoka, Hyogo, ... and every other prefecture a little;
--  * 45% remote only, 15% on site only, 40% both; on-site experts come to their home prefecture
--    and 0-3 others of the same region;
--  * skills: 1-3 catalogue areas that hold expert-deliverable measures, plus 0-4 such measure codes;
--  * hourly rate ¥3,000-¥20,000 in ¥500 steps (most below ¥10,000), 4-40 hours a month;
--  * 35% rated by 1-25 SMEs (averages 3.0-5.0); 0-5 future slots of 1-4 hours on different days
--    of the next three weeks, 9:00-18:00 JST; RISS renewal due from tomorrow to three years out;
--  * 5,000 companies (owned by 5,000 SME accounts, spread more evenly: 30% Kanto), each with one
--    open request (REQUESTED, respond by in 48 h or at the slot's start) to a random expert, with a
--    consent grant to the expert (PROFILE, PLAN), 1-3 plan items, and its hours held on the
--    expert's and the company's monthly counters as the application holds them. 60% book one of
--    the expert's slots (the slot is then held, the hours are the slot's), the rest ask for 1-8
--    hours this month. No expert's monthly hours and no company's 8-hour cap are exceeded.
\set ON_ERROR_STOP on
\if :{?experts}
\else
  \set experts 50000
\endif
\if :{?requests}
\else
  \set requests 5000
\endif

BEGIN;
SET LOCAL max_parallel_workers_per_gather = 0;
SET LOCAL synchronous_commit = off;

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM account WHERE email LIKE 'bench-expert-%@bench.example') THEN
    RAISE EXCEPTION 'The benchmark experts are already seeded in this database';
  END IF;
END $$;

SELECT setseed(0.20261126) \gset

-- The catalogue the application uses (the newest), and what in it an expert can deliver.
CREATE TEMP TABLE bench_measure ON COMMIT DROP AS
SELECT m.code, m.area, row_number() OVER (ORDER BY m.code) AS n
FROM measure m
JOIN measure_deliverer d ON d.catalogue_version = m.catalogue_version AND d.measure_code = m.code
  AND d.deliverer = 'EXPERT'
WHERE m.catalogue_version = (SELECT max(version) FROM catalogue_version);
CREATE TEMP TABLE bench_area ON COMMIT DROP AS
SELECT area, row_number() OVER (ORDER BY area) AS n FROM (SELECT DISTINCT area FROM bench_measure) a;

-- Where experts (w) and SMEs (w_sme) are, in per mille; cum is the upper end of each share.
CREATE TEMP TABLE bench_pref ON COMMIT DROP AS
WITH w AS (
  SELECT p.code, p.region,
         CASE p.code WHEN '13' THEN 350 WHEN '14' THEN 120 WHEN '11' THEN 70 WHEN '12' THEN 60
                     WHEN '08' THEN 20 WHEN '09' THEN 15 WHEN '10' THEN 15
                     WHEN '27' THEN 70 WHEN '23' THEN 50 WHEN '40' THEN 30 WHEN '28' THEN 20
                     WHEN '26' THEN 15 WHEN '01' THEN 15 WHEN '04' THEN 12 WHEN '34' THEN 12
                     WHEN '22' THEN 12 ELSE 0 END AS w0,
         CASE WHEN p.region = 'KANTO' THEN 300.0 / 7 ELSE 700.0 / 40 END AS w_sme
  FROM prefecture p
), filled AS (
  -- the remaining per mille of the experts spread evenly over the other prefectures
  SELECT code, region, w_sme,
         CASE WHEN w0 > 0 THEN w0::numeric
              ELSE (1000 - (SELECT sum(w0) FROM w))::numeric / (SELECT count(*) FROM w WHERE w0 = 0) END AS w
  FROM w
)
SELECT code, region,
       sum(w) OVER (ORDER BY code) / sum(w) OVER () AS cum,
       sum(w_sme) OVER (ORDER BY code) / sum(w_sme) OVER () AS cum_sme
FROM filled;

CREATE TEMP TABLE bench_expert ON COMMIT DROP AS
SELECT i,
       random() AS r_pref, random() AS r_mode, random() AS r_rate, random() AS r_hours,
       random() AS r_rated, 1 + floor(random() * 25)::int AS rating_count, 3 + 2 * random() AS rating_avg,
       1 + floor(random() * 1094)::int AS due_in_days,
       1 + floor(random() * 3)::int AS n_areas, floor(random() * 5)::int AS n_measures,
       floor(random() * 4)::int AS n_extra_prefs, floor(random() * 6)::int AS n_slots,
       random() AS r_misc
FROM generate_series(1, :experts) AS i;

-- One account per expert. The password hash is no hash: these accounts cannot sign in.
INSERT INTO account (email, password_hash, display_name, role, created_at)
SELECT 'bench-expert-' || i || '@bench.example', '!bench-no-login', 'ベンチ専門家 ' || i, 'EXPERT', now()
FROM bench_expert ORDER BY i;

CREATE TEMP TABLE bench_expert_row ON COMMIT DROP AS
SELECT b.*, a.id AS account_id,
       (SELECT p.code FROM bench_pref p WHERE p.cum >= b.r_pref ORDER BY p.cum LIMIT 1) AS home
FROM bench_expert b
JOIN account a ON lower(a.email) = 'bench-expert-' || b.i || '@bench.example';

INSERT INTO expert (account_id, display_name, riss_number, riss_registered_on, riss_renewal_due, certifications,
                    remote, on_site, hourly_rate_yen, monthly_hours, status, review_evidence, reviewed_by,
                    reviewed_at, rating_count, rating_sum, created_at, updated_at)
SELECT account_id,
       (ARRAY['佐藤','鈴木','高橋','田中','伊藤','渡辺','山本','中村','小林','加藤','吉田','山田','佐々木','山口',
              '松本','井上','木村','林','斎藤','清水'])[1 + i % 20] || ' '
         || (ARRAY['翔','陽菜','蓮','結衣','大翔','葵','悠真','凛','湊','美咲','健太','由美','拓海','真央','直樹',
                   '彩','隆','恵','誠','千尋','Alex','Maria'])[1 + (i / 20) % 22],
       to_char(300000 + i, 'FM000000'),
       current_date + due_in_days - 1095,
       current_date + due_in_days,
       CASE WHEN r_misc < 0.2 THEN 'CISSP' WHEN r_misc < 0.3 THEN 'CISA' WHEN r_misc < 0.35 THEN 'GIAC GCIH' ELSE '' END,
       r_mode < 0.45 OR r_mode >= 0.60,          -- remote: remote only (45%) or both (40%)
       r_mode >= 0.45,                           -- on site: on site only (15%) or both
       3000 + 500 * floor(power(r_rate, 1.6) * 35)::int,
       4 + floor(power(r_hours, 1.3) * 37)::int,
       'VERIFIED', 'RISS 登録簿で登録番号と氏名を確認 (benchmark data)',
       (SELECT min(id) FROM account WHERE role = 'ADMIN'), now(),
       CASE WHEN r_rated < 0.35 THEN rating_count ELSE 0 END,
       CASE WHEN r_rated < 0.35 THEN round(rating_count * rating_avg)::int ELSE 0 END,
       now(), now()
FROM bench_expert_row ORDER BY i;

CREATE TEMP TABLE bench_x ON COMMIT DROP AS
SELECT b.*, e.id AS expert_id, e.on_site, e.monthly_hours
FROM bench_expert_row b JOIN expert e ON e.account_id = b.account_id;
CREATE INDEX ON bench_x (i);
ANALYZE bench_x;

-- Skills: areas, then single measures (the primary key drops repeats).
INSERT INTO expert_skill (expert_id, code)
SELECT x.expert_id, a.area
FROM bench_x x
CROSS JOIN LATERAL (SELECT area FROM bench_area WHERE x.i > 0 ORDER BY random() LIMIT x.n_areas) a
ON CONFLICT DO NOTHING;
INSERT INTO expert_skill (expert_id, code)
SELECT x.expert_id, m.code
FROM bench_x x
CROSS JOIN LATERAL (SELECT code FROM bench_measure WHERE x.i > 0 ORDER BY random() LIMIT x.n_measures) m
ON CONFLICT DO NOTHING;

-- On-site reach: the home prefecture and up to three others of its region.
INSERT INTO expert_prefecture (expert_id, prefecture_code)
SELECT x.expert_id, x.home FROM bench_x x WHERE x.on_site;
INSERT INTO expert_prefecture (expert_id, prefecture_code)
SELECT x.expert_id, p.code
FROM bench_x x
CROSS JOIN LATERAL (SELECT q.code FROM prefecture q, prefecture h
                    WHERE h.code = x.home AND q.region = h.region AND q.code <> x.home
                    ORDER BY random() LIMIT x.n_extra_prefs) p
WHERE x.on_site
ON CONFLICT DO NOTHING;

INSERT INTO expert_industry (expert_id, industry_code)
SELECT x.expert_id, (SELECT code FROM industry ORDER BY code OFFSET x.i % (SELECT count(*) FROM industry) LIMIT 1)
FROM bench_x x WHERE x.r_misc < 0.6;

INSERT INTO expert_language (expert_id, language)
SELECT x.expert_id, 'ja' FROM bench_x x;
INSERT INTO expert_language (expert_id, language)
SELECT x.expert_id, CASE WHEN x.r_misc > 0.97 THEN 'zh' WHEN x.r_misc > 0.95 THEN 'vi' ELSE 'en' END
FROM bench_x x WHERE x.r_misc > 0.82;

-- Slots on different days (day 3k .. 3k+2 for the k-th), starting 9:00-14:00 JST, 1-4 hours long.
CREATE TEMP TABLE bench_slot ON COMMIT DROP AS
SELECT x.expert_id, k,
       ((date_trunc('day', now() AT TIME ZONE 'Asia/Tokyo') + make_interval(days => 3 * k + floor(random() * 3)::int,
          hours => 9 + floor(random() * 6)::int)) AT TIME ZONE 'Asia/Tokyo') AS starts_at,
       1 + floor(random() * 4)::int AS hours
FROM bench_x x CROSS JOIN LATERAL generate_series(1, x.n_slots) AS k;
INSERT INTO expert_slot (expert_id, starts_at, ends_at, created_at)
SELECT expert_id, starts_at, starts_at + make_interval(hours => hours), now() FROM bench_slot ORDER BY expert_id, k;

-- The companies asking, one SME account each.
CREATE TEMP TABLE bench_company ON COMMIT DROP AS
SELECT c, random() AS r_pref, random() AS r_size, random() AS r_budget,
       (SELECT code FROM industry ORDER BY code OFFSET c % (SELECT count(*) FROM industry) LIMIT 1) AS industry
FROM generate_series(1, :requests) AS c;
INSERT INTO account (email, password_hash, display_name, role, created_at)
SELECT 'bench-sme-' || c || '@bench.example', '!bench-no-login', 'ベンチ事業者 ' || c, 'SME', now()
FROM bench_company ORDER BY c;
INSERT INTO company (owner_account_id, name, legal_form, industry_code, capital_yen, employees, prefecture_code,
                     sites, monthly_budget_yen, one_off_budget_yen, created_at, updated_at)
SELECT a.id, 'ベンチ企業' || b.c || '株式会社', 'CORPORATION', b.industry,
       1000000 * (1 + floor(b.r_size * 99)::bigint), 1 + floor(power(b.r_size, 2) * 299)::int,
       (SELECT p.code FROM bench_pref p WHERE p.cum_sme >= b.r_pref ORDER BY p.cum_sme LIMIT 1),
       1 + floor(b.r_size * 3)::int, 10000 * (1 + floor(b.r_budget * 20)::bigint),
       100000 * (1 + floor(b.r_budget * 20)::bigint), now(), now()
FROM bench_company b JOIN account a ON lower(a.email) = 'bench-sme-' || b.c || '@bench.example'
ORDER BY b.c;

-- The requests: a random expert each (10% more drawn than needed; those that would pass an
-- expert's monthly hours are dropped). The k-th request to an expert books its k-th slot if it has
-- one (60% of requests try), otherwise asks for hours in this month.
CREATE TEMP TABLE bench_req0 ON COMMIT DROP AS
SELECT r, 1 + floor(random() * :experts)::int AS ei, random() < 0.6 AS wants_slot, 1 + floor(random() * 8)::int AS h,
       1 + floor(random() * 3)::int AS n_items, random() < 0.8 AS pass_on
FROM generate_series(1, (:requests * 11) / 10) AS r;
CREATE TEMP TABLE bench_req1 ON COMMIT DROP AS
SELECT q.r, x.expert_id, x.account_id AS expert_account_id, x.monthly_hours, q.n_items, q.pass_on,
       s.starts_at, s.hours AS slot_hours,
       (SELECT id FROM expert_slot es WHERE es.expert_id = x.expert_id AND es.starts_at = s.starts_at) AS slot_id,
       CASE WHEN s.starts_at IS NULL THEN q.h ELSE s.hours END AS hours,
       CASE WHEN s.starts_at IS NULL THEN date_trunc('month', now() AT TIME ZONE 'Asia/Tokyo')::date
            ELSE date_trunc('month', s.starts_at AT TIME ZONE 'Asia/Tokyo')::date END AS month
FROM (SELECT q.*, row_number() OVER (PARTITION BY q.ei ORDER BY q.r) AS k FROM bench_req0 q) q
JOIN bench_x x ON x.i = q.ei
LEFT JOIN bench_slot s ON q.wants_slot AND s.expert_id = x.expert_id AND s.k = q.k;
CREATE TEMP TABLE bench_req ON COMMIT DROP AS
SELECT q.*, row_number() OVER (ORDER BY q.r) AS c,
       nextval(pg_get_serial_sequence('consent_grant', 'id')) AS grant_id,
       nextval(pg_get_serial_sequence('engagement', 'id')) AS engagement_id
FROM (SELECT q.*, sum(q.hours) OVER (PARTITION BY q.expert_id, q.month ORDER BY q.r) AS upto FROM bench_req1 q) q
WHERE q.upto <= q.monthly_hours
ORDER BY q.r LIMIT :requests;

CREATE TEMP TABLE bench_req_company ON COMMIT DROP AS
SELECT q.*, co.id AS company_id, co.owner_account_id AS sme_account_id
FROM bench_req q
JOIN account a ON lower(a.email) = 'bench-sme-' || q.c || '@bench.example'
JOIN company co ON co.owner_account_id = a.id;

INSERT INTO consent_grant (id, company_id, recipient_account_id, granted_at, expires_at)
SELECT grant_id, company_id, expert_account_id, now(), now() + INTERVAL '90 days' FROM bench_req_company;
INSERT INTO consent_grant_part (grant_id, part)
SELECT grant_id, part FROM bench_req_company, unnest(ARRAY['PROFILE', 'PLAN']) AS part;

INSERT INTO engagement (id, company_id, sme_account_id, expert_id, expert_account_id, slot_id, month, hours,
                        description, consent_grant_id, pass_on, status, respond_by, created_at, updated_at)
SELECT engagement_id, company_id, sme_account_id, expert_id, expert_account_id, slot_id, month, hours,
       'ベンチマーク用の依頼: 計画の項目について ' || hours || ' 時間の支援をお願いします。', grant_id, pass_on, 'REQUESTED',
       least(now() + INTERVAL '48 hours', coalesce(starts_at, 'infinity')), now(), now()
FROM bench_req_company;
INSERT INTO engagement_item (engagement_id, measure_code)
SELECT q.engagement_id, m.code
FROM bench_req_company q
CROSS JOIN LATERAL (SELECT code FROM bench_measure WHERE q.r > 0 ORDER BY random() LIMIT q.n_items) m;

-- The hours the requests hold, as HoursLedger keeps them.
INSERT INTO expert_month_hours (expert_id, month, hours)
SELECT expert_id, month, sum(hours) FROM bench_req_company GROUP BY expert_id, month
ON CONFLICT (expert_id, month) DO UPDATE SET hours = expert_month_hours.hours + excluded.hours;
INSERT INTO company_expert_hours (company_id, month, hours)
SELECT company_id, month, sum(hours) FROM bench_req_company GROUP BY company_id, month
ON CONFLICT (company_id, month) DO UPDATE SET hours = company_expert_hours.hours + excluded.hours;

-- What was made.
SELECT (SELECT count(*) FROM expert WHERE status = 'VERIFIED' AND riss_renewal_due >= current_date) AS matchable_experts,
       (SELECT round(100.0 * count(*) FILTER (WHERE p.region = 'KANTO') / count(*), 1)
          FROM bench_x x JOIN prefecture p ON p.code = x.home) AS kanto_home_pct,
       (SELECT count(*) FROM expert_slot) AS slots,
       (SELECT count(*) FROM engagement WHERE status = 'REQUESTED') AS open_requests,
       (SELECT count(*) FROM engagement WHERE status = 'REQUESTED' AND slot_id IS NOT NULL) AS holding_a_slot,
       (SELECT sum(hours) FROM expert_month_hours) AS hours_held;

COMMIT;
ANALYZE;
