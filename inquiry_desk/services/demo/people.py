"""Made-up applicants for the demo database (no real people)."""

from __future__ import annotations

JP_SURNAMES = [
    ("山田", "ヤマダ"),
    ("鈴木", "スズキ"),
    ("佐藤", "サトウ"),
    ("高橋", "タカハシ"),
    ("髙橋", "タカハシ"),
    ("田中", "タナカ"),
    ("伊藤", "イトウ"),
    ("渡辺", "ワタナベ"),
    ("中村", "ナカムラ"),
    ("小林", "コバヤシ"),
    ("山﨑", "ヤマザキ"),
    ("加藤", "カトウ"),
]
JP_GIVEN = [
    ("花子", "ハナコ"),
    ("一郎", "イチロウ"),
    ("美咲", "ミサキ"),
    ("健太", "ケンタ"),
    ("陽子", "ヨウコ"),
    ("大輔", "ダイスケ"),
    ("さくら", "サクラ"),
    ("翔", "ショウ"),
]
JP_ADDRESSES = [
    ("530-0001", "大阪府大阪市北区梅田1-2-3\n梅田ハイツ501"),
    ("150-0002", "東京都渋谷区渋谷2-21-1\n渋谷マンション1203"),
    ("460-0008", "愛知県名古屋市中区栄3-4-5"),
    ("810-0001", "福岡県福岡市中央区天神1-11-1\n天神ビル8F"),
    ("060-0001", "北海道札幌市中央区北一条西2-1"),
    ("980-0811", "宮城県仙台市青葉区一番町4-6-1"),
]
EU_PEOPLE = [
    ("Anna Schmidt", "DE", "10969", "Lindenstrasse 12\n10969 Berlin\nGermany", "+49 30 1234567"),
    ("José García", "ES", "28014", "Calle de Alcalá 45, 3º izq.\n28014 Madrid\nSpain", "+34 91 123 4567"),
    ("Chloé Martin", "FR", "75011", "12 rue Oberkampf\n75011 Paris\nFrance", "+33 1 23 45 67 89"),
    ("Eva Novák", "CZ", "110 00", "Národní 10\n110 00 Praha 1\nCzech Republic", "+420 221 234 567"),
    ("Luca Rossi", "IT", "20121", "Via Brera 8\n20121 Milano\nItaly", "+39 02 1234 5678"),
    (
        "Sam Taylor",
        "GB",
        "SW1A 1AA",
        "10 Example Street\nLondon SW1A 1AA\nUnited Kingdom",
        "+44 20 7946 0000",
    ),
    ("Maria Nowak", "PL", "00-001", "ul. Marszałkowska 1\n00-001 Warszawa\nPoland", "+48 22 123 45 67"),
]
