"""Every string the explorer shows, in Bahasa Indonesia (default) and English.

Type and predicate names are not here: they come from ``graph/ontology.yaml`` labels, so the
graph vocabulary is translated in one place only.
"""

from __future__ import annotations

from graph import ontology

LANGS: tuple[str, ...] = ("id", "en")
DEFAULT_LANG = "id"
LANG_NAMES = {"id": "Bahasa Indonesia", "en": "English"}

TEXT: dict[str, tuple[str, str]] = {
    # key: (Bahasa Indonesia, English)
    "app_title": ("Sinergi — peta pemangku kepentingan pemilu", "Sinergi — election stakeholder map"),
    "language": ("Bahasa", "Language"),
    "menu": ("Menu", "Menu"),
    "store_stats": ("{entities} entitas · {relations} relasi · {articles} artikel",
                    "{entities} entities · {relations} relations · {articles} articles"),
    "store_error": ("Penyimpanan tidak dapat dibuka: {error}", "The store could not be opened: {error}"),
    "view_search": ("Cari", "Search"),
    "view_entity": ("Entitas", "Entity"),
    "view_network": ("Jaringan", "Network"),
    "view_paths": ("Jalur", "Paths"),
    "view_coordination": ("Koordinasi", "Coordination"),
    "view_timeline": ("Linimasa", "Timeline"),
    "view_console": ("Konsol kueri", "Query console"),
    "view_add": ("Tambah artikel", "Add articles"),
    "view_export": ("Ekspor", "Export"),
    "share_link": ("Tautan tampilan ini", "Link to this view"),
    # search
    "search_prompt": ("Nama orang, lembaga, kegiatan, tempat …", "Name of a person, body, event, place …"),
    "search_type": ("Jenis", "Type"),
    "search_none": ("Tidak ada entitas yang cocok dengan “{q}”.", "No entity matches “{q}”."),
    "search_hint": ("Ketik nama atau singkatan; huruf besar/kecil, jabatan dan salah ketik ditoleransi.",
                    "Type a name or abbreviation; case, job titles and typos are tolerated."),
    "search_results": ("{n} hasil", "{n} results"),
    "matched_alias": ("cocok dengan “{alias}”", "matched “{alias}”"),
    "open": ("Buka", "Open"),
    "open_network": ("Jaringan", "Network"),
    # entity
    "entity_missing": ("Entitas “{id}” tidak ada di penyimpanan.", "Entity “{id}” is not in the store."),
    "entity_pick": ("Pilih entitas dari pencarian terlebih dahulu.", "Pick an entity from search first."),
    "aliases": ("Nama lain", "Aliases"),
    "positions": ("Jabatan", "Positions held"),
    "relations": ("Relasi", "Relations"),
    "no_relations": ("Belum ada relasi.", "No relations yet."),
    "evidence": ("Bukti", "Evidence"),
    "article": ("Artikel", "Article"),
    "outlet": ("Media", "Outlet"),
    "date": ("Tanggal", "Date"),
    "link": ("Tautan", "Link"),
    "title": ("Jabatan", "Title"),
    "incoming": ("(masuk)", "(incoming)"),
    "n_sources": ("{n} sumber", "{n} sources"),
    "reported": ("diberitakan", "reported"),
    "more_sources": ("… dan {n} sumber lain", "… and {n} more sources"),
    "more_facts": ("… dan {n} relasi lain (lihat Konsol kueri)", "… and {n} more relations (see the Query console)"),
    "attrs": ("Keterangan", "Details"),
    "unknown": ("tidak diketahui", "unknown"),
    # network
    "center": ("Pusat", "Centre"),
    "hops": ("Langkah (hop)", "Hops"),
    "filters": ("Saring", "Filters"),
    "predicates": ("Predikat", "Predicates"),
    "types": ("Jenis entitas", "Entity types"),
    "outlets": ("Media", "Outlets"),
    "date_range": ("Rentang tanggal artikel", "Article date range"),
    "node_cap": ("Simpul maksimum", "Maximum nodes"),
    "show_more": ("Tampilkan lebih banyak", "Show more"),
    "net_summary": ("{nodes} simpul, {edges} sisi", "{nodes} nodes, {edges} edges"),
    "net_capped": ("Dibatasi {cap} dari {total} simpul terjangkau.",
                   "Capped at {cap} of {total} reachable nodes."),
    "net_clicked": ("Dipilih: {name}", "Selected: {name}"),
    "net_hint": ("Klik simpul untuk membuka halaman entitasnya; klik ganda untuk memperluas tetangganya.",
                 "Click a node to open its entity page; double-click to expand its neighbours."),
    "net_expanded": ("Diperluas: {names}", "Expanded: {names}"),
    "net_collapse": ("Ciutkan perluasan", "Collapse expansions"),
    "net_empty": ("Tidak ada tetangga dengan saringan ini.", "No neighbours with these filters."),
    "legend": ("Keterangan warna", "Legend"),
    # paths
    "path_from": ("Dari", "From"),
    "path_to": ("Ke", "To"),
    "path_k": ("Jumlah jalur", "Number of paths"),
    "avoid_predicates": ("Hindari predikat", "Avoid predicates"),
    "avoid_types": ("Hindari jenis", "Avoid types"),
    "path_none": ("Tidak ada jalur antara keduanya.", "No path between them."),
    "path_n": ("Jalur {i} ({hops} langkah)", "Path {i} ({hops} hops)"),
    "path_pick": ("Pilih dua entitas.", "Pick two entities."),
    "path_same": ("Pilih dua entitas yang berbeda.", "Pick two different entities."),
    "no_match": ("Tidak ada yang cocok.", "Nothing matches."),
    # coordination
    "coord_intro": ("Hubungan antar-organisasi: koordinasi, dukungan, penyelenggaraan bersama, kehadiran bersama.",
                    "Ties among organisations: coordination, support, co-organising, co-attendance."),
    "coord_kind": ("Jenis hubungan", "Kind of tie"),
    "co_organized": ("menyelenggarakan bersama", "co-organized"),
    "co_attended": ("hadir bersama", "co-attended"),
    "province": ("Provinsi", "Province"),
    "area": ("Kabupaten/kota", "Regency/city"),
    "coord_capped": ("Jaringan menampilkan {drawn} hubungan dengan sumber terbanyak, tabel {listed}, dari {total}; "
                     "persempit dengan wilayah atau tanggal.",
                     "The network shows the {drawn} best-sourced ties and the table {listed}, of {total}; narrow by "
                     "region or date."),
    "export_view": ("Ekspor tampilan ini", "Export this view"),
    "all": ("Semua", "All"),
    "org_a": ("Organisasi A", "Organization A"),
    "org_b": ("Organisasi B", "Organization B"),
    "kind": ("Jenis", "Kind"),
    "weight": ("Bobot", "Weight"),
    "coord_none": ("Tidak ada hubungan antar-organisasi dengan saringan ini.",
                   "No ties among organisations with these filters."),
    "via": ("Melalui", "Via"),
    # timeline
    "timeline_intro": ("Kegiatan dan artikel menurut tanggal.", "Events and articles by date."),
    "events": ("Kegiatan", "Events"),
    "articles": ("Artikel", "Articles"),
    "per_month": ("Artikel per bulan", "Articles per month"),
    "month": ("Bulan", "Month"),
    "count": ("Jumlah", "Count"),
    "participants": ("Terlibat", "Involved"),
    "organisers": ("Penyelenggara", "Organisers"),
    "no_dates": ("Belum ada tanggal di penyimpanan.", "No dates in the store yet."),
    # console
    "canned": ("Kueri tersedia", "Canned queries"),
    "raw_query": ("Kueri bebas ({dialect}, hanya baca)", "Raw query ({dialect}, read-only)"),
    "run": ("Jalankan", "Run"),
    "row_limit": ("Batas baris", "Row limit"),
    "rows": ("{n} baris", "{n} rows"),
    "rows_truncated": ("{n} baris pertama (masih ada lagi; naikkan batas baris)",
                       "first {n} rows (there are more; raise the row limit)"),
    "time_limit": ("Batas waktu (detik)", "Time limit (seconds)"),
    "download_csv": ("Unduh CSV", "Download CSV"),
    "no_queries": ("Tidak ada kueri {dialect} di folder queries/.", "No {dialect} queries in queries/."),
    "read_only": ("Konsol ini hanya untuk membaca; kata kunci “{word}” tidak diizinkan.",
                  "This console is read-only; the keyword “{word}” is not allowed."),
    "query_error": ("Kueri gagal: {error}", "The query failed: {error}"),
    "mode": ("Mode", "Mode"),
    # add articles
    "add_intro": ("Tempel teks artikel atau unggah berkas .txt/.jsonl, periksa hasil ekstraksi, lalu simpan.",
                  "Paste an article or upload .txt/.jsonl files, review what was extracted, then save."),
    "art_title": ("Judul", "Title"),
    "art_text": ("Teks artikel", "Article text"),
    "art_date": ("Tanggal terbit (YYYY-MM-DD)", "Published (YYYY-MM-DD)"),
    "art_outlet": ("Media", "Outlet"),
    "art_url": ("URL", "URL"),
    "upload": ("Unggah berkas", "Upload files"),
    "extract": ("Ekstrak", "Extract"),
    "commit": ("Simpan ke penyimpanan", "Save to the store"),
    "committed": ("{n} artikel disimpan.", "{n} articles saved."),
    "extract_missing": ("Modul ekstraksi belum tersedia: {error}", "The extraction module is not available: {error}"),
    "bad_date": ("Tanggal “{value}” bukan YYYY-MM-DD.", "Date “{value}” is not YYYY-MM-DD."),
    "need_text": ("Isi judul dan teks artikel.", "Fill in the title and the article text."),
    "bad_line": ("{file} baris {line}: {error}", "{file} line {line}: {error}"),
    "preview": ("Pratinjau: {entities} entitas, {relations} relasi", "Preview: {entities} entities, {relations} relations"),
    "name": ("Nama", "Name"),
    "subject": ("Subjek", "Subject"),
    "predicate": ("Predikat", "Predicate"),
    "object": ("Objek", "Object"),
    # export
    "export_intro": ("Unduh seluruh graf.", "Download the whole graph."),
    "export_format": ("Format", "Format"),
    "prepare": ("Siapkan berkas", "Prepare file"),
    "download": ("Unduh", "Download"),
    "export_missing": ("Ekspor {fmt} gagal: {error}", "{fmt} export failed: {error}"),
}


def t(key: str, lang: str, **kwargs: object) -> str:
    """The string ``key`` in ``lang`` (falls back to Bahasa Indonesia), formatted with ``kwargs``."""
    pair = TEXT[key]
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**kwargs) if kwargs else text


def type_label(type_name: str, lang: str) -> str:
    onto = ontology.load()
    return onto.types[type_name].label.get(lang) if type_name in onto.types else type_name


def predicate_label(predicate: str, lang: str) -> str:
    onto = ontology.load()
    return onto.predicates[predicate].label.get(lang) if predicate in onto.predicates else predicate
