"""Person mentions: capitalised name sequences outside other mentions, honorifics and degrees
stripped (and kept as an alias), ranks dropped, inherited name parts kept."""

from __future__ import annotations

import re
from functools import lru_cache

from ingest import resources
from ingest.extract import gazetteer
from ingest.extract.mention import Mention
from ingest.extract.trie import trie_pattern

_NON_SPACE = re.compile(r"\S+")
_LOWER = re.compile(r"[a-z]")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,9})\)")
_TITLE_AFTER = re.compile(r"\s*,\s*(?:yang\s+merupakan\s+)?([A-Z][a-z]+)")
_COMMA_END = re.compile(r",\s*$")
_COMMA_START = re.compile(r"\s*,")

MASK = "\u00a4"
_CORPS = ("Pol", "Pol.", "Inf", "Inf.", "Kav", "Art", "Arh", "Czi", "Cpl", "Mar", "Adm", "Chk", "Kes", "(Purn)",
          "(Purn.)", "TNI", "Polisi", "Laut", "Udara", "(P)", "(K)")
NON_NAME = frozenset("""
Menurut Dalam Sementara Selain Hadir Turut Tampak Usai Setelah Sebelum Saat Ketika Pada Sejak Hingga Oleh
Untuk Dengan Bagi Kepada Dari Di Ke Yang Dan Atau Serta Namun Tetapi Tapi Karena Sehingga Maka Jadi Jika Kalau
Bila Agar Supaya Meski Meskipun Walau Walaupun Adapun Sedangkan Bahkan Juga Pun Lalu Kemudian Selanjutnya
Terakhir Pertama Kedua Ketiga Salah Satu Para Sang Seluruh Semua Setiap Beberapa Sejumlah Sebanyak Sekitar
Rombongan Kegiatan Acara Rapat Pleno Sidang Debat Deklarasi Apel Patroli Sosialisasi Bimtek Rakor Audiensi
Pelantikan Penandatanganan Kampanye Pemilu Pemilihan Pilkada Pilpres Pileg Paslon Pasangan Calon Saksi
Nomor Urut Tahun Bulan Hari Pukul Tanggal Senin Selasa Rabu Kamis Jumat Jum'at Sabtu Minggu Ahad Januari
Februari Maret April Mei Juni Juli Agustus September Oktober November Desember Ia Beliau Mereka Kami Kita
Saya Dia Anda Ini Itu Tersebut Begitu Demikian Ya Tidak Bukan Belum Sudah Akan Harus Bisa Dapat Perlu
Ketua Kepala Wakil Anggota Koordinator Divisi Bidang Sekretaris Asisten Direktur Komisioner Staf Tim Kasubag
Kabag Kabid Kadis Camat Lurah Bupati Gubernur Wali Walikota Presiden Menteri Rektor Dekan Dosen Guru Ketum
Sekjen Plt Pj Plh Mantan Warga Masyarakat Mahasiswa Siswa Peserta Pemateri Narasumber Moderator Pembicara
Humas Datin Teknis Hukum Pencegahan Pengawasan Penindakan Perencanaan Program Anggaran Sumber Daya Manusia
Pemerintah Pemerintahan Kota Kabupaten Provinsi Kecamatan Kelurahan Desa Daerah Nasional Republik
Indonesia Umum Pusat Utara Selatan Barat Timur Tengah Kesejahteraan Rakyat Politik Sosial Keuangan Aset
TPS DPT KTP APK ASN TNI Polri Pemkot Pemkab Pemprov Sekda Setda Setko OPD Alhamdulillah Insya Allah
Baca Juga Foto Reporter Editor Penulis Pewarta Sumber Berita Terkait Simak Lihat Info Catatan Redaksi
Artinya Makanya Sehingga Nah Oke Jangan Mari Ayo Terima Kasih Selamat Pesta Demokrasi Hal Perdebatan
Materi Segmen Jalannya Utama Besar Ilmu Perumda Kata Ujar Tutur Jelas Tegas Sebut Sebelumnya Berbicara Ditemui Dikonfirmasi Dihubungi Rencananya Diketahui Dijelaskan
Wapres Pak Bu Ny Nyonya Jendral Jenderal Terpilih Penting Pejabat Tentara Virus Operasi Jabatan Pelaksana
Bersaudara Bersatu Ratusan Puluhan Ribuan The Of Piala Liga Aktor Aktris Umat Tinggi Universitas Swasta Album
Film Lagu Band Klub Ustadz Ustaz
Baik Maupun Gaya Luar Negeri Keuangan Agama Pertahanan Perhubungan Kesehatan Pendidikan Kebudayaan Pertanian
Perdagangan Perindustrian Keamanan Polhukam Perekonomian Ketenagakerjaan Pariwisata Kelautan Perikanan Riset
Komitmen Sinergi Kolaborasi Koordinasi Dukungan Bantuan Upaya Langkah Kerja Sama Hasil Proses Tahapan
Sistem Informasi Aplikasi Data Surat Suara Formulir Kotak Logistik Tempat Pemungutan Penghitungan Rekapitulasi
""".split())
_COUNTRY_WORDS = frozenset("""Israel Palestina Perancis Prancis Sudan Suriah Irak Iran Mesir Jepang Tiongkok Rusia Inggris
Amerika Jerman Belanda Australia Malaysia Singapura Afrika Eropa Asia Arab""".split())
"""A country before a name is its nationality ("Palestina Mahmud …"), not part of the name."""
_TOKEN = r"(?:(?:Moh|Muh|Mhd|Abd|Moch|Mochd|Mokh|Sy|St|Hi)\.|[A-Z][a-z'\u2019]+(?:-[A-Z]?[a-z]+)*|[A-Z]\.|I(?=\s[A-Z])|Mc[A-Z][a-z]+)"
_PARTICLE = r"(?:br\.?|boru|bin|binti|van|von|de|da|dos|al-|el-)"
_NAME = _TOKEN + r"(?:\s+(?:" + _PARTICLE + r"\s+)?" + _TOKEN + r"){0,5}"
_SPEECH_BEFORE = frozenset("""kata ujar jelas tegas papar tutur ucap ungkap terang imbuh tandas pesan sebut lanjut
tambah tutup pungkas seru ajak menurut oleh bersama didampingi dipimpin kepada dinilai menegur ditanya
dihubungi""".split())
"""A name right after one of these words ("kata Rina", "menurut Rina") is a person."""
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:(?:juga|pun|lalu|kemudian|sendiri|langsung|pernah|telah|sudah|tidak|tak|belum)\s+)?"
    r"(?:menjamin|mengusulkan|menolak|membantah|mengklaim|mendesak|menuding|mengkritik|menduga|mengira|"
    r"memprediksi|memperkirakan|mengusulkan|mengaku|mengungkap|menyoroti|mengkhawatirkan|bertanya|menjawab|"
    r"mengatakan|menjelaskan|menyebut|menyebutkan|menegaskan|mengungkapkan|menyampaikan|"
    r"memaparkan|menambahkan|menilai|berharap|meminta|mengaku|menuturkan|menerangkan|mengimbau|mengingatkan|"
    r"menekankan|menyatakan|mengapresiasi|menyambut|menanggapi|mempertanyakan|menawarkan|membuka|memimpin|"
    r"mengajak|berpesan|menargetkan|memastikan|mencontohkan|mengakui|bersama|selaku|sebagai(?=\s+[A-Z])|"
    r"yang\s+(?:juga|merupakan)|"
    r"hadir|menghadiri|mewakili|membacakan|memberikan|berbicara)\b"
)
_ENGLISH_WORDS = frozenset("""
The A An Of And Or In On At To For From With By As Is Am Are Was Be This That These Those It Its My Your Our Their His
Her We You They Me Us All Just Very Yes No Not Here There When Where What Who How Why Once Upon Again Together Inside
Outside Out Up Down Over Under Into Best Better Good Great New Old Big Small Little Top High Low Long Last Next First
Real True Dark Black White Red Blue Green Pink Deep Super Hot Cold Wild Free Sweet Lovely Happy Sad Bad Lost Born
Book Books Forum Football Club City Hill House Home Road Street Way Line Lines River Bridge Park Tower Castle Palace
School College Academy Museum Station Studio Studios Records Music Song Songs Album Band Show Tour Game Games Series
Story Stories Tales Night Day Days Time Times World Star Stars Love Heart Dream Dreams Life Death War Wars People
Man Men Woman Women Girl Girls Boy Boys King Queen Prince Princess Lord Model Award Awards Prize Festival Party
Championship League Cup United Team Director Manager Officer Principal Doctor Chief Office Group Films Film Movie
Pictures Entertainment Industrial Industries International National Global Monster Ball Break Prison Night Only
Kids Family Friends Beauty Fame Host Horror Snack Effective Habits Acts Beginning Skin
""".split())
"""English words that make a capitalised run a title of a work or a body ("Guinness Book", "Prison Break"), not a
person, unless a person cue says otherwise."""
_OUTLET_END = re.compile(r"\s(?:Times|Post|News|Today|Daily|Tribune|Herald|Journal|Channel|Online|Media|Group|Service|"
                         r"Services|Exchange|Centre|Institute|Foundation|Corporation|Company|Airlines|Air|Association|"
                         r"Council|Committee|Agency|Fund|Club|Olympiad|Party|Army|Team|Films|Studios|Records|Pictures|"
                         r"International|Industries|Entertainment|United|League|College|Academy|School|Museum|Office)$")
"""An English word that ends a body's name: the run is kept, and the outlet rule later makes it an organisation."""
_PLACE_BEFORE = re.compile(r"\b(?:di|ke|dari|menuju)\s+$")
_INFIX_HAJI = re.compile(r"(?<=\S)\s+Hi\.\s+(?=[A-Z])")
_NOMINAL = re.compile(r"^(?:pe[nmr]?|peng|peny|ke|per)[a-z]+an$")
_TITLE_BEFORE = re.compile(r"\b(?:Camat|Lurah|Kepala\s+Desa|Kades|Kepala\s+Kampung|Keuchik|"
                           r"Wali\s+Nagari|Perbekel)\s+(?:[A-Z][\w'-]*\s*){1,3},\s*$")
_LOCAL_HEADS = ("Camat", "Lurah", "Kepala", "Kades", "Keuchik", "Wali", "Perbekel")


def _cued_before(before: str) -> bool:
    """A speech verb, a masked title/organisation, or a village-head title right before the name."""
    stripped = before.rstrip()
    if stripped.rstrip(",").rstrip().endswith(MASK):
        return True
    last = stripped.rsplit(None, 1)[-1].casefold() if stripped else ""
    if last in _SPEECH_BEFORE:
        return True
    return any(h in before for h in _LOCAL_HEADS) and bool(_TITLE_BEFORE.search(before))


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern[str]:
    prefixes, _suffixes = gazetteer.honorifics()
    forms = {h.form for h in resources.honorifics() if h.position != "suffix"}
    forms |= {p for p in prefixes if p[:1].isupper()} | {"H.", "Hj.", "Dr.", "Prof.", "Ir.", "Drs.", "Dra."}
    forms |= set(_CORPS)
    return re.compile("(?:" + trie_pattern(f for f in forms if f) + ")")


@lru_cache(maxsize=1)
def _suffix_forms() -> tuple[str, ...]:
    forms = {h.form for h in resources.honorifics() if h.position == "suffix"}
    forms |= {"S.H.", "M.Si.", "S.Sos.", "M.H.", "M.Pd.", "S.T.", "S.E.", "M.M.", "Ph.D.", "S.IP.", "M.Sc."}
    return tuple(sorted((f for f in forms if f), key=len, reverse=True))


@lru_cache(maxsize=1)
def _candidate_re() -> re.Pattern[str]:
    pre = _prefix_re().pattern
    suf = trie_pattern(_suffix_forms(), word_end=False)
    return re.compile(
        r"(?=[A-Z(d])(?<![\w.'\u00a4-])(?P<pre>(?:" + pre + r"\s+)*)(?P<name>" + _NAME + r")"
        r"(?P<suf>(?:\s*,\s*(?:" + suf + r")(?![\w]))+)?"
    )


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    return frozenset(head.split()[0] for head in gazetteer.title_heads())


def _is_non_name(token: str, lowercase_vocab: frozenset[str]) -> bool:
    bare = token.rstrip(".,")
    if bare in NON_NAME:
        return True
    low = bare.casefold()
    if low in title_words() and len(bare) > 3:
        return True
    if len(low) >= 8 and _NOMINAL.match(low):
        return True  # "Penanganan", "Kesejahteraan": nominalisations, not names
    return low in lowercase_vocab and len(bare) > 2


def mask(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """``text`` with the ``spans`` inside ``[start, end)`` replaced by MASK characters (same length)."""
    stop = len(text) if end is None else end
    pieces: list[str] = []
    cursor = start
    for s, e in sorted((max(s, start), min(e, stop)) for s, e in spans if s < stop and e > start):
        if s > cursor:
            pieces.append(text[cursor:s])
        if e > cursor:
            pieces.append(MASK * (e - max(s, cursor)))
            cursor = e
    pieces.append(text[cursor:stop])
    return text[:start] + "".join(pieces) + text[stop:]


def defined_acronyms(text: str) -> frozenset[str]:
    """Short forms the article defines in parentheses ("Asisten Pemerintahan (Aspem)"): never person names."""
    return frozenset(re.findall(r"\(([A-Z][A-Za-z]{1,9})\)", text))


def find_people(text: str, masked: str, start: int, end: int, lowercase_vocab: frozenset[str],
                acronyms: frozenset[str] = frozenset()) -> list[Mention]:
    """Person mentions in ``masked[start:end]`` (other mentions already masked out)."""
    out: list[Mention] = []
    for m in _candidate_re().finditer(masked, start, end):
        name_start, name_end = m.start("name"), m.end("name")
        tokens = list(_NON_SPACE.finditer(masked[name_start:name_end]))
        # trim leading and trailing words that are not name parts
        lo, hi = 0, len(tokens)
        particles = gazetteer.name_particles()
        while lo < hi and (_is_non_name(tokens[lo].group(0), lowercase_vocab)
                           or hi - lo > 1 and tokens[lo].group(0) in _COUNTRY_WORDS):
            if lo + 1 < hi and tokens[lo].group(0).casefold() in particles \
                    and not _is_non_name(tokens[lo + 1].group(0), lowercase_vocab):
                break  # "Lalu Hamdani", "Andi …": an inherited name part, not the word "lalu"
            lo += 1
        while hi > lo and _is_non_name(tokens[hi - 1].group(0), lowercase_vocab):
            hi -= 1
        while 0 < lo < hi - 1 and _prefix_re().fullmatch(tokens[lo].group(0)):
            lo += 1  # "Wakapolda Brigjen Pol Stephen …": ranks after a dropped title are no name parts
        if lo >= hi:
            continue
        inner = [t.group(0) for t in tokens[lo:hi]]
        if any(_is_non_name(t, lowercase_vocab) and not (i == 0 and t.casefold() in particles)
               for i, t in enumerate(inner)):
            # a non-name word inside: keep the last run of name words only
            cut = max(i for i, t in enumerate(inner) if _is_non_name(t, lowercase_vocab)) + 1
            lo += cut
            inner = inner[cut:]
            if not inner:
                continue
        s = name_start + tokens[lo].start()
        e = name_start + tokens[hi - 1].end()
        name = " ".join(text[s:e].split())
        infix = _INFIX_HAJI.search(name)
        if infix:  # "Rusli Hi. Umar": the eastern "Haji" abbreviation inside a name is an honorific
            name = name[:infix.start()] + " " + name[infix.end():]
        if not _LOWER.search(name) or len(name) < 3:
            continue
        pre = m.group("pre") if lo == 0 else ""
        suf = m.group("suf") if hi == len(tokens) else None
        raw_s = m.start("pre") if pre else s
        raw_e = m.end("suf") if suf else e
        paren = _ACRONYM_AFTER.match(masked[m.end():m.end() + 14])
        if paren and len(tokens) > 1 and paren.group(1)[0] == tokens[0].group(0)[0]:
            continue  # "Sistem Informasi Rekapitulasi (Sirekap)": a defined term, not a person
        before = masked[max(0, raw_s - 40):raw_s]
        title_next = _TITLE_AFTER.match(masked[raw_e:raw_e + 40])
        strong = bool(pre.strip() or suf or title_next and title_next.group(1).casefold() in title_words()
                      or _cued_before(before) or _SPEECH_AFTER.match(masked[raw_e:raw_e + 40])
                      or len(inner) > 1 and _COMMA_END.search(before) and _COMMA_START.match(masked[raw_e:raw_e + 2]))
        if not strong and not _OUTLET_END.search(name) and not _PLACE_BEFORE.search(before) and (any(t in _ENGLISH_WORDS for t in name.split())
                                                             or len(inner) > 1 and _inside_quotes(masked, start, s)):
            continue  # "Guinness Book", "Her Morning Elegance", a quoted title: a work or body, not a person
        if len(inner) == 1 and (len(name) <= 3 and name.casefold() not in gazetteer.person_names() or name in acronyms):
            continue
        aliases: tuple[str, ...] = ()
        raw = " ".join(text[raw_s:raw_e].split())
        if raw != name and (suf or _has_honorific(pre) or infix):
            aliases = (raw,)
        out.append(Mention("Person", s, e, text[s:e], name, "person:" + name.casefold(), aliases,
                           {"cue": "strong" if strong else "weak", "tokens": str(len(inner))}))
    return out


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    return (text.count('"', start, pos) + text.count("\u201c", start, pos) - text.count("\u201d", start, pos)) % 2 == 1


@lru_cache(maxsize=1)
def _honorific_kinds() -> dict[str, str]:
    return {h.form: h.kind for h in resources.honorifics()}


def _has_honorific(prefix: str) -> bool:
    """True when the prefix holds a degree or religious honorific (kept as an alias), not only ranks."""
    kinds = _honorific_kinds()
    for token in prefix.split():
        kind = kinds.get(token)
        if kind in ("degree", "religious", "honorific") or token in ("H.", "Hj.", "Dr.", "Prof.", "Ir.", "Drs."):
            return True
    return False
