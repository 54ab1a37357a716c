-- Reference data: prefectures (JIS X 0401), industries with the 中小企業基本法 thresholds,
-- IT asset types and the 25 items of IPA's 5分でできる！情報セキュリティ自社診断.

INSERT INTO prefecture (code, name_ja, name_en, region) VALUES
('01','北海道','Hokkaido','HOKKAIDO'),
('02','青森県','Aomori','TOHOKU'),('03','岩手県','Iwate','TOHOKU'),('04','宮城県','Miyagi','TOHOKU'),
('05','秋田県','Akita','TOHOKU'),('06','山形県','Yamagata','TOHOKU'),('07','福島県','Fukushima','TOHOKU'),
('08','茨城県','Ibaraki','KANTO'),('09','栃木県','Tochigi','KANTO'),('10','群馬県','Gunma','KANTO'),
('11','埼玉県','Saitama','KANTO'),('12','千葉県','Chiba','KANTO'),('13','東京都','Tokyo','KANTO'),
('14','神奈川県','Kanagawa','KANTO'),
('15','新潟県','Niigata','CHUBU'),('16','富山県','Toyama','CHUBU'),('17','石川県','Ishikawa','CHUBU'),
('18','福井県','Fukui','CHUBU'),('19','山梨県','Yamanashi','CHUBU'),('20','長野県','Nagano','CHUBU'),
('21','岐阜県','Gifu','CHUBU'),('22','静岡県','Shizuoka','CHUBU'),('23','愛知県','Aichi','CHUBU'),
('24','三重県','Mie','KINKI'),('25','滋賀県','Shiga','KINKI'),('26','京都府','Kyoto','KINKI'),
('27','大阪府','Osaka','KINKI'),('28','兵庫県','Hyogo','KINKI'),('29','奈良県','Nara','KINKI'),
('30','和歌山県','Wakayama','KINKI'),
('31','鳥取県','Tottori','CHUGOKU'),('32','島根県','Shimane','CHUGOKU'),('33','岡山県','Okayama','CHUGOKU'),
('34','広島県','Hiroshima','CHUGOKU'),('35','山口県','Yamaguchi','CHUGOKU'),
('36','徳島県','Tokushima','SHIKOKU'),('37','香川県','Kagawa','SHIKOKU'),('38','愛媛県','Ehime','SHIKOKU'),
('39','高知県','Kochi','SHIKOKU'),
('40','福岡県','Fukuoka','KYUSHU'),('41','佐賀県','Saga','KYUSHU'),('42','長崎県','Nagasaki','KYUSHU'),
('43','熊本県','Kumamoto','KYUSHU'),('44','大分県','Oita','KYUSHU'),('45','宮崎県','Miyazaki','KYUSHU'),
('46','鹿児島県','Kagoshima','KYUSHU'),('47','沖縄県','Okinawa','OKINAWA');

-- Small-enterprise (小規模企業者) limits: 20 staff, 5 in commerce and services; INN 20 by ordinance.
-- SOFTWARE_IT is a service industry, so its small-enterprise limit is 5.
INSERT INTO industry (code, name_ja, name_en, sme_capital_limit_yen, sme_employee_limit, small_employee_limit) VALUES
('MANUFACTURING',   '製造業',                         'Manufacturing',                      300000000, 300, 20),
('CONSTRUCTION',    '建設業',                         'Construction',                       300000000, 300, 20),
('TRANSPORT',       '運輸業',                         'Transport',                          300000000, 300, 20),
('OTHER',           'その他の業種',                   'Other industries',                   300000000, 300, 20),
('WHOLESALE',       '卸売業',                         'Wholesale',                          100000000, 100, 5),
('RETAIL',          '小売業',                         'Retail',                              50000000,  50, 5),
('SERVICES',        'サービス業',                     'Services',                            50000000, 100, 5),
('SOFTWARE_IT',     'ソフトウェア業・情報処理サービス業', 'Software and information processing services', 300000000, 300, 5),
('RUBBER_PRODUCTS', 'ゴム製品製造業',                 'Rubber products manufacturing',      300000000, 900, 20),
('INN',             '旅館業',                         'Inns and hotels',                     50000000, 200, 20);

INSERT INTO it_asset_type (code, name_ja, name_en, sort_order) VALUES
('PC',            'パソコン',                 'PCs',                          1),
('SERVER',        'サーバー',                 'Servers',                      2),
('MOBILE',        'スマートフォン・タブレット', 'Smartphones and tablets',      3),
('NAS',           'NAS（ネットワークストレージ）', 'NAS (network storage)',     4),
('NETWORK',       'ネットワーク機器（ルーター・UTM等）', 'Network devices (routers, UTM...)', 5),
('PRINTER',       'プリンター・複合機',        'Printers and MFPs',            6),
('CAMERA_IOT',    'カメラ・IoT機器',           'Cameras and IoT devices',      7),
('POS',           'POSレジ',                  'POS terminals',                8),
('OT',            '工場・制御機器（OT）',       'Factory and OT equipment',     9),
('WEBSITE',       'ウェブサイト',              'Website',                     10),
('EC_SITE',       'ECサイト（ネットショップ）', 'E-commerce site',             11),
('CLOUD_EMAIL',   'クラウドサービス・メール',   'Cloud services and e-mail',   12),
('REMOTE_ACCESS', 'リモートアクセス・VPN',      'Remote access and VPN',       13);

-- Item wording paraphrases IPA's sheet (guideline appendix 3); topics follow ../shared/research/domain.md 2.5.
INSERT INTO self_check_item (item_no, part, text_ja, text_en) VALUES
(1, 1, 'パソコンやスマホなど情報機器のOSやソフトウェアは常に最新の状態にしていますか？', 'Do you keep the OS and software of PCs, smartphones and other devices always up to date?'),
(2, 1, 'パソコンやスマホなどにはウイルス対策ソフトを導入し、ウイルス定義ファイルは最新の状態にしていますか？', 'Is anti-virus software installed on PCs and smartphones, with its definition files kept up to date?'),
(3, 1, 'パスワードは破られにくい「長く」「複雑な」パスワードを設定していますか？', 'Do you use long, complex passwords that are hard to crack?'),
(4, 1, '重要情報に対する適切なアクセス制限を行っていますか？', 'Do you restrict access to important information appropriately?'),
(5, 1, '新たな脅威や攻撃の手口を知り対策を社内共有する仕組みはできていますか？', 'Do you have a way to learn about new threats and attack methods and share countermeasures within the company?'),
(6, 2, '電子メールの添付ファイルや本文中のURLリンクを介したウイルス感染に気をつけていますか？', 'Do you take care against malware spread through e-mail attachments and links in e-mails?'),
(7, 2, '電子メールやFAXの宛先の送信ミスを防ぐ取り組みを実施していますか？', 'Do you take steps to prevent e-mails and faxes being sent to the wrong recipient?'),
(8, 2, '重要情報は電子メール本文に書くのではなく、添付するファイルに書いてパスワードなどで保護していますか？', 'Do you protect important information sent by e-mail instead of writing it in the message body?'),
(9, 2, '無線LANを安全に使うために適切な暗号化方式を設定するなどの対策をしていますか？', 'Do you use wireless LAN safely, for example with appropriate encryption?'),
(10, 2, 'インターネットを介したウイルス感染やSNSへの書き込みなどのトラブルへの対策をしていますか？', 'Do you guard against trouble through the internet, such as malware infection and posts on social media?'),
(11, 2, 'パソコンやサーバーのウイルス感染、故障や誤操作による重要情報の消失に備えてバックアップを取得していますか？', 'Do you back up important data against malware, hardware failure and mistakes?'),
(12, 2, '重要情報が記載された書類や電子媒体は、机上に放置せず、書庫などに安全に保管していますか？', 'Do you store documents and media holding important information safely instead of leaving them on desks?'),
(13, 2, '重要情報が記載された書類や電子媒体を持ち出す時は、盗難や紛失の対策をしていますか？', 'Do you protect documents and media with important information against theft and loss when taking them out?'),
(14, 2, '離席時にパソコン画面の覗き見や勝手な操作ができないようにしていますか？', 'Do you prevent others from viewing or using your PC screen when you leave your desk?'),
(15, 2, '関係者以外の事務所への立ち入りを制限していますか？', 'Do you restrict access to the office by outsiders?'),
(16, 2, '退社時にノートパソコンや備品を施錠保管するなど盗難防止対策をしていますか？', 'Do you lock away laptops and equipment when leaving the office to prevent theft?'),
(17, 2, '事務所が無人になる時の施錠忘れ対策を実施していますか？', 'Do you make sure the office is never left unlocked when nobody is there?'),
(18, 2, '重要情報が記載された書類や重要なデータが保存された媒体を破棄する時は、復元できないようにしていますか？', 'Do you dispose of documents and media holding important data so they cannot be restored?'),
(19, 3, '従業員に守秘義務を理解してもらい、業務上知り得た情報を外部に漏らさないなどのルールを守らせていますか？', 'Do employees understand their duty of confidentiality and follow the rules, such as not disclosing information learned at work?'),
(20, 3, '従業員にセキュリティに関する教育や注意喚起を行っていますか？', 'Do you give employees security education and reminders?'),
(21, 3, '個人所有の情報機器を業務で利用する場合のセキュリティ対策を明確にしていますか？', 'Have you set clear security measures for using personal devices for work (BYOD)?'),
(22, 3, '重要情報の授受を伴う取引先との契約書には、秘密保持条項を規定していますか？', 'Do contracts with business partners who exchange important information contain confidentiality clauses?'),
(23, 3, 'クラウドサービスやウェブサイトの運用等で利用する外部サービスは、安全・信頼性を把握して選定していますか？', 'Do you choose external services such as cloud services and website hosting after checking their safety and reliability?'),
(24, 3, 'セキュリティ事故が発生した場合に備え、緊急時の体制整備や対応手順を作成するなど準備をしていますか？', 'Are you prepared for security incidents, with an emergency structure and response procedures?'),
(25, 3, '情報セキュリティ対策（上記1〜24など）をルール化し、従業員に明示していますか？', 'Have you turned your security measures (items 1 to 24 and others) into rules and shown them to employees?');
