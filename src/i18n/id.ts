import type { Catalogue } from './en.ts';
import { PAGE_LOAD_FAILURE } from './pageLoadFailure.ts';

/** Bahasa Indonesia. Sector names follow the source's official names. */
export const id: Catalogue = {
  'app.title': 'Ekspor industri pengolahan Indonesia',
  'app.languageName.en': 'English',
  'app.languageName.id': 'Bahasa Indonesia',
  'app.lede':
    'Apa yang dijual industri pengolahan Indonesia ke luar negeri, sektor demi sektor, dan bagaimana industri ini melewati pandemi menurut PMI manufaktur.',
  'app.skipToContent': 'Langsung ke isi',
  'app.language': 'Bahasa',
  'app.theme': 'Tema',
  'app.theme.light': 'Terang',
  'app.theme.dark': 'Gelap',
  'app.theme.system': 'Sistem',
  'footer.nav': 'Tentang dasbor ini',
  'footer.dataPackage': 'Paket data (semua angka, dengan sumbernya)',
  'footer.oneFile': 'Edisi satu berkas (unduh; berfungsi luring)',
  'footer.oneFileBuild':
    'Edisi satu berkas: seluruh dasbor dalam satu berkas HTML yang berfungsi luring, juga dari USB. Buat dari kode sumbernya dengan npm run build:single.',
  'footer.howToEmbed': 'Cara menyematkan',
  'footer.howToEmbedText':
    'Tombol Sematkan pada setiap grafik memberi kode untuk ditempel di halaman: iframe yang cukup tinggi untuk grafiknya pada lebar berapa pun, dan skrip kecil (embed-host.js) yang menyesuaikan tingginya dengan tepat. Di situs yang membuang skrip, iframe saja tetap menampilkan seluruh grafik beserta sumbernya.',
  'footer.howToCite': 'Cara mengutip',
  'footer.howToCiteText':
    'Tombol Kutip pada setiap grafik memberi kutipannya dalam APA, BibTeX dan RIS, dengan sumber dan tanggal rilisnya; “Kutip data dasbor” mengutip semua angka. Sebutkan juga sumber aslinya, seperti pada setiap grafik.',
  'footer.codeLicence': 'Lisensi kode (MIT)',
  'footer.codeLicenceText': 'Kode dasbor ini berlisensi MIT.',
  'footer.dataTerms': 'Ketentuan data',
  'footer.dataTermsText':
    'Angka-angka ini milik sumber yang disebut pada setiap grafik dan dalam paket data, dengan ketentuan sumber tersebut; dasbor ini tidak memberi lisensi atasnya. PMI manufaktur adalah data milik S&P Global: tampilkan dengan atribusi “S&P Global”.',
  'app.footer':
    'Angka sesuai rilis sumbernya; setiap grafik menyebut sumber dan tanggal rilisnya. Nilai bertanda ≈ adalah angka turunan: dihitung oleh dasbor ini dari angka sumber, bukan dinyatakan oleh sumber.',
  'app.updateReady': 'Versi baru dasbor sudah siap.',
  'app.reload': 'Muat ulang',
  'app.loading': 'Memuat data…',

  'since.heading': 'Data telah berubah sejak tautan ini dibuat',
  'since.made':
    'Tautan ini dibuat dengan versi data {version} ({date}); angka saat ini dari versi {current} ({currentDate}).',
  'since.revised': '{figure}: {then} saat tautan dibuat, kini {now}',
  'since.added': 'Angka yang ditambahkan sejak itu: {count}.',
  'since.link': 'Apa yang berubah',
  'since.dismiss': 'Sembunyikan catatan ini',
  'changes.title': 'Apa yang berubah',
  'changes.intro':
    'Setiap versi data dasbor ini, terbaru lebih dulu: angka yang ditambahkan dan yang direvisi, lama → baru, dengan sumber angka baru. Angka sebelumnya tetap disimpan, tidak pernah ditimpa.',
  'changes.version': 'Versi data {version}, {date}',
  'changes.revised': 'Direvisi: {count}',
  'changes.added': 'Ditambahkan: {count}',
  'changes.back': '← Kembali ke dasbor',
  'changes.link': 'Apa yang berubah di versi data {version}',
  'changes.table.annual-totals': 'Ekspor industri pengolahan, tahun',
  'changes.table.part-year-totals': 'Ekspor industri pengolahan, sebagian tahun',
  'changes.table.monthly-exports': 'Ekspor industri pengolahan, bulan',
  'changes.table.periods': 'Total rincian sektor',
  'changes.table.sector-exports': 'Sektor',
  'changes.table.pmi': 'PMI',
  'changes.column.manufacturing_busd': 'ekspor industri pengolahan (miliar dolar AS)',
  'changes.column.national_busd': 'ekspor nasional (miliar dolar AS)',
  'changes.column.share_of_national_pct': 'kontribusi terhadap total ekspor nasional (%)',
  'changes.column.total_busd': 'total (miliar dolar AS)',
  'changes.column.share_pct': 'kontribusi (%)',
  'changes.column.value_busd': 'nilai (miliar dolar AS)',
  'changes.column.pmi': 'indeks',
  'kpi.heading': 'Angka utama',
  'kpi.exports.label': 'Ekspor industri pengolahan, {year}',
  'kpi.exports.detail': '{share} dari ekspor nasional ({national})',
  'kpi.partYear.label': 'Ekspor industri pengolahan, {months} {year} (sebagian tahun)',
  'kpi.partYear.detail':
    '{share} dari ekspor nasional; sebagian tahun, tidak sebanding dengan data Januari–Desember',
  'kpi.partYear.detailNoShare': 'Sebagian tahun, tidak sebanding dengan data Januari–Desember',
  'kpi.pmiLatest.label': 'PMI manufaktur, {month} (terbaru)',
  'kpi.pmiLatest.expansion':
    'Di atas 50: industri pengolahan berekspansi dibanding bulan sebelumnya',
  'kpi.pmiLatest.contraction':
    'Di bawah 50: industri pengolahan berkontraksi dibanding bulan sebelumnya',
  'kpi.pmiLatest.unchanged': '50: tidak berubah dibanding bulan sebelumnya',
  'kpi.asOf': 'Data per {date}',
  'kpi.next':
    'Berikutnya: PMI {pmiMonth} pada hari kerja pertama {pmiDue}; data perdagangan BPS {exportsMonth} sekitar pertengahan {exportsDue}.',
  'kpi.share.label': 'Kontribusi terhadap total ekspor nasional, {year}',
  'kpi.share.detail': 'dari total ekspor {national}',
  'kpi.gdp.label': 'Kontribusi industri pengolahan terhadap PDB, {year}',
  'kpi.pmiLow.label': 'PMI manufaktur, terendah sejak survei dimulai ({since})',
  'kpi.pmiLow.labelNoStart': 'PMI manufaktur, bulan terendah yang ditampilkan',
  'kpi.firstReleased': '{publisher}, rilis pertama {month}',
  'kpi.pmiLow.detail': 'pada {month}; di bawah 50 berarti kontraksi',

  'unit.billionUsd': 'US${value} miliar',
  'unit.billionUsdShort': 'US${value} miliar',
  'unit.percent': 'persen',
  'unit.index': 'indeks',
  'unit.billionPeople': '{value} miliar',
  'unit.millionPeople': '{value} juta',

  'frame.source': 'Sumber: {source}',
  'frame.vintage': 'Data sesuai rilis {vintage}',
  'frame.sources': 'Sumber: {sources}',
  'frame.sourcesOnePublisher': 'Sumber: {publisher}: {sources}',
  'frame.sourceFor': '{source} (untuk {covers})',
  'frame.vintages': 'Data sesuai rilis: {vintages}',
  'frame.vintageFor': '{vintage} (untuk {covers})',
  'frame.notes': 'Catatan',
  'frame.showTable': 'Tabel',
  'frame.showChart': 'Grafik',
  'frame.view': 'Tampilan',
  'frame.summary': 'Ringkasan',
  'chart.keys.label': 'Grafik: {title}',
  'chart.keys.sectors':
    'Gunakan tombol panah untuk berpindah antarsektor, Home dan End ke yang pertama dan terakhir; Enter menyorot sektor tersebut.',
  'chart.keys.years':
    'Gunakan tombol panah untuk berpindah antartahun, Home dan End ke yang pertama dan terakhir.',
  'chart.keys.months':
    'Gunakan tombol panah untuk berpindah antarbulan, Page Up dan Page Down per tahun, Home dan End ke yang pertama dan terakhir.',
  'frame.derivedNote':
    '≈ angka turunan: dihitung oleh dasbor ini dari angka sumber ({how}); tidak dinyatakan oleh sumber.',

  'sector.food': 'Industri makanan',
  'sector.food-beverages': 'Industri makanan dan minuman',
  'sector.base-metals': 'Industri logam dasar',
  'sector.chemicals': 'Industri bahan kimia dan barang dari bahan kimia',
  'sector.apparel': 'Industri pakaian',
  'sector.textiles-apparel': 'Industri tekstil dan pakaian jadi',
  'sector.paper': 'Industri kertas dan barang dari kertas',
  'sector.motor-vehicles': 'Industri kendaraan bermotor',
  'sector.electronics': 'Industri elektronik',
  'sector.rubber-plastics': 'Industri karet dan plastik',
  'sector.pulp-paper': 'Industri pulp dan kertas',
  'sector.chemicals-pharmaceuticals': 'Industri bahan kimia, farmasi dan obat tradisional',
  'sector.all-other': 'Sektor lainnya',

  'period.label': 'Periode',
  'period.2019': 'Januari–Desember 2019',
  'period.2018': 'Januari–Desember 2018',
  'period.2019-h1': 'Januari–Juni 2019',
  'period.2020-q1-q3': 'Januari–September 2020',
  'period.2021-jan-nov': 'Januari–November 2021',
  'period.2022': 'Januari–Desember 2022',
  'period.2023': 'Januari–Desember 2023',

  'sectors.heading': 'Ekspor menurut sektor',
  'sectors.title': '{sector} menyumbang {share} ekspor industri pengolahan',
  'sectors.subtitle':
    'Kontribusi sektor terhadap ekspor industri pengolahan, persen, dan nilai dalam miliar dolar AS; {period}',
  'sectors.kind': 'Jenis grafik',
  'sectors.kind.bar': 'Batang',
  'sectors.kind.donut': 'Donat',
  'sectors.barLabel': '{share} · {value}',
  'sectors.description': '{sector}: {share} ekspor industri pengolahan, {value}',
  'sectors.derivedShare': 'kontribusi dihitung dari nilai ÷ total',
  'sectors.derivedValue': 'nilai dihitung dari kontribusi × total',
  'sectors.note.partial':
    '{period} hanya mencakup sebagian tahun: bandingkan dengan periode parsial lain, bukan dengan angka tahunan (Januari–Desember).',
  'sectors.note.grouping':
    'Rilis ini mengelompokkan sektor secara berbeda dari 2019 ({sectors}), sehingga sektor tersebut tidak dapat dibandingkan satu per satu dengan sektor 2019.',
  'sectors.note.moreSectors':
    'Rilis ini menyebut lebih banyak sektor daripada 2019 ({sectors}); karena itu “sektor lainnya” lebih kecil.',
  'sectors.note.interval':
    'Dihitung dari nilai yang dinyatakan dalam miliar bulat, kontribusi ini ditampilkan sebagai rentang: {sectors}.',
  'sectors.note.remainder':
    '“Sektor lainnya” adalah semua yang tidak disebut dalam rilis: 100% dikurangi sektor yang disebut.',
  'sectors.summary':
    '{period}: ekspor industri pengolahan sebesar {total}. Sektor terbesar adalah {sector}, dengan {share} ({value}). Sektor yang disebut bersama-sama mencakup {named}; sektor lainnya mencakup sisanya, {remainder}.',
  'sectors.col.sector': 'Sektor',
  'sectors.col.share': 'Kontribusi (%)',
  'sectors.col.value': 'Nilai (miliar dolar AS)',
  'sectors.col.status': 'Status',
  'status.stated': 'dinyatakan',
  'status.derived': 'angka turunan',
  'status.statedShareDerivedValue': 'kontribusi dinyatakan, nilai angka turunan',
  'status.derivedShareStatedValue': 'nilai dinyatakan, kontribusi angka turunan',

  'trend.heading': 'Ekspor menurut tahun',
  'trend.title': 'Ekspor industri pengolahan mencapai {value} pada {year}',
  'trend.subtitle':
    'Total ekspor industri pengolahan, miliar dolar AS, per tahun; di bawah tahun, kontribusinya terhadap total ekspor nasional bila dinyatakan',
  'trend.barLabel': '{value}',
  'trend.shareLabel': '{share} total ekspor nasional',
  'trend.description': '{year}: {value}',
  'trend.descriptionWithShare':
    '{year}: {value}, kontribusi {share} terhadap total ekspor nasional',
  'trend.partYear': '{months} {year}',
  'trend.partYearBreak': 'sebagian tahun',
  'trend.descriptionPartYear':
    '{months} {year} (sebagian tahun, tidak sebanding dengan data Januari–Desember): {value}',
  'trend.note.partYear':
    '{months} {year} hanya sebagian tahun dan digambar terpisah: tidak sebanding dengan tahun penuh.',
  'trend.note.restated':
    'Angka {year} direvisi menjadi {value} ({source}); rilis pertamanya {first} ({firstDate}).',
  'trend.note.measure':
    'Sumber sejak {year} menyebut “industri pengolahan nonmigas”; sumber sebelumnya “industri pengolahan”: tahun-tahun itu mungkin tidak mengukur hal yang persis sama.',
  'trend.note.gaps':
    'Hanya tahun yang dinyatakan sumber yang ditampilkan: {missing} tidak ada dalam data.',
  'trend.note.revision':
    'Rilis berikutnya merevisi {baseYear}: pertumbuhan {year} yang dinyatakan sebesar {growth} menjadi {total} menyiratkan basis {baseYear} sebesar {base}, dibandingkan {firstStated} yang pertama dinyatakan.',
  'trend.note.shareRounding':
    'Sumber menyatakan {share} untuk {year}, padahal {manufacturing} ÷ {national} = {computed}, yang dibulatkan menjadi {rounded}: sumber membulatkan ke bawah atau memakai total lain.',
  'trend.summary':
    'Ekspor industri pengolahan sebesar {first} pada {firstYear} dan {last} pada {lastYear}. Tahun tertinggi yang ditampilkan adalah {maxYear} dengan {max}.',
  'trend.col.year': 'Tahun',
  'trend.col.value': 'Ekspor industri pengolahan (miliar dolar AS)',
  'trend.col.national': 'Ekspor nasional (miliar dolar AS)',
  'trend.col.share': 'Kontribusi terhadap total ekspor nasional (%)',
  'trend.col.growth': 'Pertumbuhan dari tahun sebelumnya (%)',
  'trend.col.status': 'Status',

  'sectorTrend.heading': 'Sektor dari waktu ke waktu',
  'sectorTrend.title.overtook': '{leader} melampaui {follower} pada {to}',
  'sectorTrend.title.overtookBetween': '{leader} melampaui {follower} antara {from} dan {to}',
  'sectorTrend.title.largest': '{sector} terbesar di antara sektor yang disebut pada {period}',
  'sectorTrend.subtitle':
    'Ekspor menurut sektor, miliar dolar AS: tahun penuh {first}–{last} pada satu skala, sebagian tahun terpisah; tiap sektor dengan nama dari sumbernya',
  'sectorTrend.partYears': 'Sebagian tahun',
  'sectorTrend.partYear': '{months} {year}',
  'sectorTrend.alsoNamed': 'sebagai {sector}: {periods}',
  'sectorTrend.description': '{sector}, {period}: {value}',
  'sectorTrend.descriptionPartYear':
    '{sector}, {period} (sebagian tahun, tidak sebanding dengan tahun penuh): {value}',
  'sectorTrend.note.partYears':
    '{periods} hanya sebagian tahun: tiap panel menggambarnya terpisah, di sebelah kanan, dan tidak sebanding dengan tahun penuh.',
  'sectorTrend.note.grouping':
    'Sumber mengelompokkan sektor ini secara berbeda: {wide} ({widePeriods}) mencakup {narrow} ({narrowPeriods}); keduanya digambar di satu panel, masing-masing dengan namanya sendiri, tanpa garis penghubung.',
  'sectorTrend.note.overtakingHolds':
    'Pengelompokan ulang tidak membalik hal ini: {leader} {leaderBefore} berbanding {before} {beforeValue} pada {from}, dan {leaderAfter} berbanding {after} {afterValue} pada {to}.',
  'sectorTrend.note.gaps':
    'Tiap rilis hanya menyebut sebagian sektor, dan data tidak memiliki rincian tahun penuh untuk {missing}: garis titik-titik melintasi tahun tanpa angka, dan sektor yang tidak disebut suatu rilis tidak memiliki titik.',
  'sectorTrend.note.named':
    'Tiap rilis hanya menyebut sebagian sektor: sektor yang tidak disebut suatu rilis tidak memiliki titik.',
  'sectorTrend.note.remainder':
    '“Sektor lainnya” tidak digambar: isinya apa pun yang tidak disebut suatu rilis, sehingga berubah menurut banyaknya sektor yang disebut.',
  'sectorTrend.summary':
    '{count} sektor, masing-masing dengan nama dari sumbernya, dalam {full} tahun penuh ({years}) dan {part} periode sebagian tahun.',
  'sectorTrend.summarySeries': '{sector}: {values}.',
  'sectorTrend.valueIn': '{value} pada {period}',
  'sectorTrend.col.period': 'Periode',
  'sectorTrend.col.coverage': 'Cakupan',
  'sectorTrend.col.sector': 'Sektor (seperti disebut sumber)',
  'sectorTrend.col.panel': 'Panel',
  'sectorTrend.col.value': 'Nilai (miliar dolar AS)',
  'sectorTrend.col.share': 'Kontribusi terhadap ekspor industri pengolahan (%)',
  'sectorTrend.col.status': 'Status',
  'sectorTrend.coverage.fullYear': 'tahun penuh',
  'sectorTrend.coverage.partYear': 'sebagian tahun',
  'chart.keys.sectorTrend':
    'Gunakan tombol panah untuk berpindah antarangka, panel demi panel, Home dan End ke yang pertama dan terakhir.',

  'pmi.heading': 'PMI manufaktur',
  'pmi.title': 'PMI turun ke {value} pada {month}, terendah sejak survei dimulai ({since})',
  'pmi.titleLowNoStart': 'PMI turun ke {value} pada {month}, terendah dalam data ini',
  'pmi.titleNoLow': 'PMI manufaktur, {from} sampai {to}',
  'pmi.subtitle':
    'S&P Global Indonesia Manufacturing PMI, indeks, disesuaikan musiman, bulanan; {from}–{to}',
  'pmi.reference': '50 = tidak berubah',
  'pmi.expansion': 'Ekspansi',
  'pmi.contraction': 'Kontraksi',
  'pmi.lowAnnotation': 'Terendah sejak {sinceYear}: {value}',
  'pmi.lowAnnotationNoStart': 'Terendah: {value} ({month})',
  'pmi.vintage': 'Rilis pertama, {from} – {to}',
  'pmi.range': 'Bulan yang ditampilkan',
  'pmi.range.all': 'Semua',
  'pmi.range.years5': '5 tahun',
  'pmi.range.year1': '12 bulan',
  'pmi.note.firstReported':
    'Nilai sesuai rilis pertama, setiap bulan sekitar hari kerja pertama bulan berikutnya; S&P Global sesekali merevisi nilai yang disesuaikan musiman.',
  'pmi.note.gloss':
    'PMI: Purchasing Managers’ Index, survei bulanan S&P Global terhadap para manajer pembelian di industri pengolahan; bukan Prompt Manufacturing Index dari Bank Indonesia.',
  'pmi.note.attribution': 'PMI adalah data milik S&P Global (dahulu IHS Markit).',
  'pmi.description': '{month}: {value}',
  'pmi.summary':
    'Dari {from} sampai {to}, PMI berkisar antara {low} ({lowMonth}) dan {high} ({highMonth}). {belowText}',
  'pmi.summary.below':
    'PMI turun di bawah 50 pada {firstBelow} dan kembali di atas 50 pada {recovered}.',
  'pmi.summary.belowNoRecovery':
    'PMI turun di bawah 50 pada {firstBelow} dan masih di bawah 50 pada {to}.',
  'pmi.summary.neverBelow': 'PMI bertahan di 50 atau lebih sepanjang rentang ini.',
  'pmi.col.month': 'Bulan',
  'pmi.col.value': 'PMI (indeks)',
  'pmi.col.firstRelease': 'Rilis pertama',

  'context.heading': 'Konteks',
  'context.intro':
    'Angka yang dikutip dalam pemberitaan Juni 2020 tentang dampak pandemi terhadap industri.',
  'context.domestic-consumption-share':
    'Hingga {value} produksi industri pengolahan Indonesia diserap konsumsi domestik',
  'context.ilo-workers-affected-share':
    '{value} pekerja dunia terdampak penutupan tempat kerja akibat COVID-19 (ILO)',
  'context.ilo-workers-affected':
    '{value} pekerja terdampak di seluruh dunia, dari {total} pekerja (ILO)',
  'context.ilo-workers-total': '{value} pekerja di dunia (ILO)',
  'context.ilo-layoffs-threatened':
    '{value} pekerja di dunia terancam pemutusan hubungan kerja (PHK) (ILO)',
  'context.indonesia-workers-affected':
    '{value} tenaga kerja Indonesia terdampak COVID-19 (per {asOf})',
  'context.indonesia-unemployment-projected':
    'Tambahan pengangguran diperkirakan hingga {value} orang',

  'embed.openDashboard': 'Buka dasbor lengkap ↗',
  'embed.unknownChart':
    'Tidak ada grafik “{chart}” untuk disematkan. Dasbor memuat semua grafiknya.',
  // Embeds, addresses and updates (issue 11)
  'embed.unknownChartUnnamed':
    'Grafik itu tidak ada untuk disematkan. Dasbor memuat semua grafiknya.',
  'actions.download': 'Unduh',
  'actions.embed': 'Sematkan',
  'actions.close': 'Tutup',
  'actions.cite': 'Kutip',
  'cite.heading': 'Kutip grafik ini',
  'cite.headingDataset': 'Kutip data ini',
  'cite.openDataset': 'Kutip data dasbor',
  'cite.intro':
    'Salin rujukan dalam format yang Anda perlukan. Rujukan ini menautkan tampilan di layar Anda dan mencantumkan hari ini, {date}, sebagai tanggal akses.',
  'cite.introDataset':
    'Salin rujukan dalam format yang Anda perlukan. Rujukan ini mencantumkan hari ini, {date}, sebagai tanggal akses. Sumber datanya menyusul sebagai rujukan tersendiri.',
  'cite.format.apa': 'APA (edisi ke-7)',
  'cite.format.bibtex': 'BibTeX',
  'cite.format.ris': 'RIS (EndNote, Zotero, Mendeley)',
  'cite.copy': 'Salin {format}',
  'cite.copied': '{format} tersalin.',
  'cite.loading': 'Menyiapkan kutipan…',
  'cite.failed': 'Kutipan tidak dapat dibuat: {detail}',
  'cite.sourcesHeading': 'Sumber angka',
  'cite.sourceEntry': '{publisher}, {title} (dirilis {released})',
  'cite.sourcesNote': 'Data: {sources}.',
  'cite.dataPackageNote': 'Paket data: {url}.',
  'cite.accessedNote': 'Diakses {date}.',
  'cite.chartTitle': '{title}: {subtitle}',
  'cite.approximately': 'sekitar',
  'app.dashboardName': 'Dasbor ekspor industri pengolahan Indonesia',
  'download.heading': 'Unduh grafik ini',
  'download.image': 'Gambar',
  'download.width': 'Lebar',
  'download.theme': 'Warna',
  'download.png': 'PNG (2× untuk cetak dan media sosial)',
  'download.svg': 'SVG',
  'download.data': 'Data',
  'download.csvMachine': 'CSV untuk mesin (koma, desimal titik)',
  'download.csvSpreadsheet': 'CSV untuk spreadsheet ({format})',
  'download.spreadsheetFormat.en': 'koma, desimal titik',
  'download.spreadsheetFormat.id': 'titik koma, desimal koma',
  'download.copyTable': 'Salin tabel',
  'history.summary':
    'Direvisi: {revised}. Setiap pemuatan {count} angka ini, dengan sumber dan kutipannya',
  'history.summaryUnrevised': 'Setiap pemuatan {count} angka ini, dengan sumber dan kutipannya',
  'history.revised': '{label} (direvisi)',
  'history.status.current': 'ditampilkan',
  'history.status.first-release': 'rilis pertama',
  'history.status.as-printed': 'juga dimuat',
  'history.status.other-report': 'angka media lain',
  'history.status.estimate': 'perkiraan sebelum periode berakhir',
  'history.undated': 'tanpa tanggal',
  'history.col.figure': 'Angka',
  'history.col.value': 'Nilai',
  'history.col.status': 'Status',
  'history.col.published': 'Terbit',
  'history.col.publisher': 'Penerbit',
  'history.col.url': 'Alamat',
  'history.col.quote': 'Kutipan',
  'download.historyCsv': 'Setiap pemuatan (CSV)',
  'download.copied': 'Tersalin. Tempelkan ke spreadsheet.',
  'download.copyFailed': 'Tidak dapat menyalin: peramban memblokir papan klip.',
  'download.failed': 'Gambar tidak dapat dibuat: {detail}',
  'issue.png.invalidSize':
    'Gambar tidak dapat dibuat: grafik tidak memiliki ukuran untuk digambar.',
  'issue.png.noCanvas':
    'Gambar tidak dapat dibuat: peramban ini tidak dapat menggambar gambar di sini. Unduhan SVG berisi grafik yang sama.',
  'issue.png.imageLoadFailed':
    'Gambar tidak dapat dibuat: peramban tidak dapat menggambar grafik. Unduhan SVG berisi grafik yang sama.',
  'issue.png.timeout':
    'Gambar tidak dapat dibuat: peramban terlalu lama menggambar grafik. Coba lagi, atau unduh SVG.',
  'issue.png.encodeFailed':
    'Gambar tidak dapat dibuat: peramban tidak dapat menyimpan gambar sebagai PNG (mungkin terlalu besar untuk perangkat ini). Coba lebar yang lebih kecil, atau unduh SVG.',
  'download.attribution':
    'Judul, sumber, dan tanggal rilis menjadi bagian dari gambar dan CSV; mohon pertahankan saat menerbitkan.',
  'download.periodColumn': 'Periode',
  'download.sourceColumn': 'Sumber',
  'embed.heading': 'Sematkan grafik ini',
  'embed.theme': 'Tema',
  'embed.language': 'Bahasa',
  'embed.hideTitle': 'Sembunyikan judul dan subjudul (halaman Anda mencetaknya sendiri)',
  'embed.hideSource': 'Sembunyikan sumber dan tanggal rilis (halaman Anda mencetaknya sendiri)',
  'embed.static': 'Grafik statis (tanpa interaksi)',
  'embed.code': 'Kode sematan',
  'embed.copy': 'Salin kode',
  'embed.copied': 'Tersalin.',
  'embed.preview': 'Pratinjau',
  'embed.shareHeading': 'Tautan ke grafik ini',
  'embed.shareHelp':
    'Untuk aplikasi pesan dan media sosial: tautan ini menampilkan pratinjau grafik dan membuka dasbor pada grafik ini, dengan tampilan dan bahasa ini.',
  'embed.shareLink': 'Tautan',
  'embed.copyLink': 'Salin tautan',
  'embed.linkCopied': 'Tautan disalin.',
  'embed.help':
    'Tempelkan ini ke HTML artikel Anda. Baris skrip membuat bingkai pas dengan grafiknya; tanpa itu bingkai tetap berfungsi dengan tinggi tetap.',
  'error.panelTitle': 'Bagian dasbor ini tidak dapat ditampilkan',
  'error.panelBody': 'Bagian lain dasbor tetap berfungsi. Yang salah:',
  'error.where': '{file}, baris {row}, kolom “{column}”',
  'error.whereFile': '{file}',
  'error.whereLine': '{file}, baris {row}',
  'error.crash': 'Grafik gagal digambar: {message}',
  'error.reloadTitle': 'Bagian halaman ini tidak dapat dimuat',
  'error.reloadBody':
    'Koneksi mungkin terputus, atau versi baru dasbor diterbitkan saat halaman ini terbuka. Muat ulang halaman untuk memperbaikinya.',
  'error.reload': PAGE_LOAD_FAILURE.id.reload,
  'error.retry': 'Coba lagi',

  'issue.load.failed': 'Berkas data tidak dapat dimuat ({detail}).',
  'issue.csv.empty': 'Berkas kosong.',
  'issue.csv.headerOnly': 'Berkas hanya berisi baris judul kolom, tanpa baris data.',
  'issue.csv.unclosedQuote': 'Ada nilai bertanda kutip yang tidak ditutup.',
  'issue.csv.malformed': 'Berkas bukan CSV yang sah: {detail}.',
  'issue.csv.raggedRow': 'Baris ini berisi {found} nilai, sedangkan judul kolom berisi {expected}.',
  'issue.csv.missingColumn': 'Kolom wajib tidak ada.',
  'issue.csv.duplicateHeader': 'Nama kolom ini muncul lebih dari sekali.',
  'issue.csv.emptyHeader': 'Kolom {index} tidak bernama.',
  'issue.value.required': 'Nilai wajib diisi di sini.',
  'issue.value.notNumber': '“{value}” bukan angka.',
  'issue.value.outOfRange': '{value} di luar rentang yang diizinkan ({min} sampai {max}).',
  'issue.value.invalidMonth': '“{value}” bukan bulan dengan format YYYY-MM.',
  'issue.value.invalidDate': '“{value}” bukan tanggal dengan format YYYY, YYYY-MM atau YYYY-MM-DD.',
  'issue.value.unknownId': '“{value}” bukan pengenal yang dikenal.',
  'issue.key.duplicate': '“{key}” muncul lagi (pertama di baris {firstRow}).',
  'issue.key.unknownSource': 'Sumber “{id}” tidak tercantum di sources.csv.',
  'issue.key.unknownPeriod': 'Periode “{id}” tidak tercantum di periods.csv.',
  'issue.shares.overHundred': 'Kontribusi sektor {period} berjumlah {sum}%, lebih dari 100%.',
  'issue.figures.disagree':
    'Kontribusi yang dinyatakan {stated}% tidak sesuai dengan nilai ÷ total = {computed}% pada ketelitian yang dicetak.',
  'issue.figures.growthWithoutTotal':
    'Pertumbuhan untuk {period} memerlukan total tahun yang sama dari sumber yang sama ({source}) di annual-totals.csv.',
  'issue.period.totalMismatch':
    'Total {period} ({periodTotal}) berbeda dari total tahunan ({annualTotal}).',
  'issue.pmi.gap':
    'Seharusnya {expected} setelah {after}, ditemukan {found}: bulan harus berurutan.',
  'issue.update.unknownTable':
    '“{table}” bukan tabel yang dapat diperbarui oleh rilis; tabelnya: {tables}.',
  'issue.update.unknownColumn': '“{column}” bukan kolom {table}; kolomnya: {columns}.',
  'issue.update.missingColumn': 'Rilis tidak memiliki kolom “{column}” yang diperlukan {table}.',
  'issue.update.missingOption': '{option} wajib diisi: {hint}.',
  'issue.update.unknownSource':
    'Sumber “{id}” tidak tercantum di sources.csv: tambahkan dulu di sana.',
  'issue.update.noFile': 'Berkas rilis tidak dapat dibaca ({detail}).',
  'issue.update.wouldNotBuild': 'Dengan rilis ini data tidak dapat dibangun: {detail}',

  // Data Anda (impor CSV): src/features/csv-import/
  'import.heading': 'Data Anda',
  'import.needsScript':
    'Membuat grafik dari berkas Anda sendiri memerlukan JavaScript, yang nonaktif di peramban ini.',
  'import.intro':
    'Buat grafik dari berkas CSV Anda sendiri dengan grafik, tabel, dan unduhan yang sama seperti di atas. Berkas dibaca di peramban ini dan tidak pernah meninggalkan perangkat Anda, jadi ini juga berfungsi tanpa internet.',
  'import.choose': 'Pilih berkas CSV',
  'import.drop':
    'atau letakkan di sini. Berkas CSV atau teks hingga {limit} MB, dipisahkan koma, titik koma, tab, atau garis tegak, dengan titik desimal atau koma desimal.',
  'import.reading': 'Membaca “{file}”…',
  'import.cancel': 'Batal',
  'import.cancelled': 'Impor dibatalkan. Tidak ada yang diubah.',
  'import.failed':
    '“{file}” tidak dapat diimpor. Yang ditampilkan sebelumnya tetap seperti semula.',
  'import.report.heading': 'Laporan impor: {file}',
  'import.report.rowsRead': 'Baris dibaca',
  'import.report.rowsImported': 'Baris diimpor',
  'import.report.columnsRead': 'Kolom',
  'import.report.delimiter': 'Pemisah',
  'import.report.encoding': 'Pengodean',
  'import.report.encodingBom': '{encoding} dengan penanda urutan bita (BOM)',
  'import.report.header': 'Nama kolom',
  'import.report.headerLine': 'baris {row}',
  'import.report.noHeader': 'tidak ada (dinamai Kolom 1, Kolom 2 …)',
  'import.report.skipped': 'Baris dilewati',
  'import.report.columnsHeading': 'Kolom dan format angka',
  'import.report.col.name': 'Kolom',
  'import.report.col.kind': 'Dibaca sebagai',
  'import.report.col.format': 'Format angka',
  'import.report.col.read': 'Sel terbaca',
  'import.report.col.failed': 'Sel tak terbaca',
  'import.report.percent': '{format}, dengan %',
  'import.report.skippedHeading': 'Baris yang dilewati, dan alasannya',
  'import.report.skippedCol.row': 'Baris',
  'import.report.skippedCol.column': 'Kolom',
  'import.report.skippedCol.reason': 'Alasan',
  'import.report.skippedMore':
    '{count} baris lain yang dilewati dihitung tetapi tidak dicantumkan.',
  'import.report.issuesHeading': 'Catatan tentang berkas',
  'import.kind.text': 'teks',
  'import.kind.number': 'angka',
  'import.kind.period': 'periode',
  'import.format.plain': '1234.5 (titik desimal)',
  'import.format.comma-grouped': '1,234.5 (koma ribuan, titik desimal)',
  'import.format.dot-grouped': '1.234,5 (titik ribuan, koma desimal)',
  'import.format.comma-decimal': '1234,5 (koma desimal)',
  'import.format.space-grouped': '1 234,5 (spasi ribuan, koma desimal)',
  'import.delimiter.comma': 'koma ( , )',
  'import.delimiter.semicolon': 'titik koma ( ; )',
  'import.delimiter.tab': 'tab',
  'import.delimiter.pipe': 'garis tegak ( | )',
  'import.fileKind.png': 'gambar PNG',
  'import.fileKind.jpeg': 'gambar JPEG',
  'import.fileKind.gif': 'gambar GIF',
  'import.fileKind.pdf': 'dokumen PDF',
  'import.fileKind.zip': 'arsip ZIP',
  'import.fileKind.xlsx': 'buku kerja Excel (.xlsx)',
  'import.fileKind.xls': 'buku kerja Excel lama (.xls)',
  'import.fileKind.binary': 'data biner',
  'import.shares.complete': 'Porsi berjumlah {sum}: 100% dengan memperhitungkan pembulatan.',
  'import.shares.remainder':
    'Porsi berjumlah {sum}, menyisakan {remainder} hingga 100%; grafik menampilkannya sebagai “Sisanya (hingga 100%)”.',
  'import.shares.invalid': 'Nilai-nilai ini tidak mungkin porsi dari suatu keseluruhan:',
  'import.mapping.heading': 'Apa yang digrafikkan',
  'import.mapping.label': 'Label (kategori)',
  'import.mapping.value': 'Nilai',
  'import.mapping.period': 'Periode',
  'import.mapping.none': '(tidak ada)',
  'import.mapping.shares': 'Nilai adalah porsi dari keseluruhan, dalam persen',
  'import.mapping.needValue': 'Pilih kolom berisi angka untuk nilai.',
  'import.mapping.needLabelOrPeriod':
    'Tanpa label atau periode, semua baris akan dijumlahkan menjadi satu batang: pilih kolom yang menamai setiap baris, atau periodenya.',
  'import.mapping.sharesInvalid':
    'Perbaiki berkasnya, atau hapus centang “porsi dari keseluruhan” untuk menggrafikkan nilai sebagai angka biasa.',
  'import.mapping.chart': 'Buat grafik data ini',
  'import.mapping.discard': 'Buang',
  'import.saved.heading': 'Tersimpan di peramban ini',
  'import.saved.empty':
    'Belum ada yang tersimpan: data yang digrafikkan disimpan di sini, hanya di perangkat ini.',
  'import.saved.meta': '{file}, diimpor {date}',
  'import.saved.show': 'Tampilkan',
  'import.saved.shown': 'Ditampilkan',
  'import.saved.showAria': 'Tampilkan “{name}”',
  'import.saved.rename': 'Ganti nama',
  'import.saved.renameAria': 'Ganti nama “{name}”',
  'import.saved.renameLabel': 'Nama baru untuk “{name}”',
  'import.saved.save': 'Simpan',
  'import.saved.delete': 'Hapus',
  'import.saved.deleteAria': 'Hapus “{name}”',
  'import.saved.kept': '“{name}” sudah digrafikkan dan disimpan di peramban ini.',
  'issue.storage.full':
    'Penyimpanan peramban untuk halaman ini penuh, jadi data baru ditampilkan tetapi tidak disimpan. Hapus data yang tidak diperlukan lagi lalu impor ulang; tidak ada data tersimpan yang hilang.',
  'issue.storage.unavailable':
    'Peramban ini tidak mengizinkan halaman menyimpan data (misalnya di jendela pribadi): data impor ditampilkan tetapi akan hilang setelah halaman dimuat ulang.',
  'issue.storage.failed':
    'Peramban tidak dapat menyimpan atau mengubah data. Tidak ada data tersimpan yang hilang.',
  'import.chart.empty': 'Tidak ada yang dapat digrafikkan dari data ini.',
  'import.chart.noLabel': '(tanpa label)',
  'import.chart.description': '{label}: {value}',
  'import.chart.otherLabels': '{count} label lainnya',
  'import.chart.remainder': 'Sisanya (hingga 100%)',
  'import.chart.titleShare': '{label} mencakup {share} dari total',
  'import.chart.titleValue': '{label} terbesar, dengan {value}',
  'import.chart.subtitle': '{value} menurut {label}',
  'import.chart.subtitlePeriod': '{value} menurut {label}, {period}',
  'import.chart.source': 'Sumber: berkas Anda “{file}”',
  'import.chart.vintage': 'Diimpor {date}',
  'import.chart.summary':
    '{count} batang, dari {first} ({firstValue}) hingga {last} ({lastValue}).',
  'import.chart.note.other':
    '{shown} terbesar ditampilkan; {count} lainnya dijumlahkan dalam satu batang.',
  'import.chart.note.remainder':
    'Porsi menyisakan {remainder} hingga 100%, ditampilkan sebagai “Sisanya (hingga 100%)”.',
  'import.chart.note.total': 'Baris “{label}” adalah total: tidak digrafikkan.',
  'import.chart.note.summed': 'Baris dengan label yang sama dijumlahkan ({rows} baris seluruhnya).',
  'import.chart.note.skipped': 'Baris berkas yang dilewati: {count} (lihat laporan impor).',
  'issue.import.tooLarge':
    'Berkas terlalu besar: batasnya {limitMegabytes} MB dan berkas ini berukuran {sizeBytes} bita.',
  'issue.import.notText':
    'Ini bukan berkas teks CSV: tampaknya {kind}. Simpan dari lembar kerja Anda sebagai “CSV” lalu impor berkas itu.',
  'issue.import.encodingFallback':
    'Berkas bukan UTF-8, jadi dibaca sebagai {encoding} (program Windows lama). Periksa apakah huruf seperti é dan € tampil dengan benar.',
  'issue.import.invalidCharacters':
    'Beberapa karakter tidak dapat dibaca sebagai {encoding} dan tampil sebagai �.',
  'issue.import.readFailed': 'Berkas tidak dapat dibaca ({detail}).',
  'issue.import.titleLine': 'Baris judul di atas tabel dilewati: “{text}”.',
  'issue.import.noteLine': 'Baris catatan dilewati: “{text}”.',
  'issue.import.noHeader':
    'Baris pertama tampak seperti data, bukan nama kolom, jadi kolom dinamai Kolom 1, Kolom 2 …',
  'issue.import.singleColumn':
    'Hanya satu kolom ditemukan dengan {delimiter} sebagai pemisah: berkas mungkin memakai pemisah lain.',
  'issue.import.noRows': 'Tidak ada baris data yang terbaca: semua {skipped} baris dilewati.',
  'issue.import.noNumbers':
    'Tidak ada angka di sini, padahal grafik memerlukan kolom berisi angka.',
  'issue.import.mixedNumberFormat':
    'Kolom ini ditulis sebagai {format}, tetapi {count} sel ditulis sebagai {otherFormat} (baris {rows}); sel-sel itu tidak dibaca.',
  'issue.import.invalidPeriod': '“{value}” bukan tahun, triwulan, bulan, atau tanggal.',
  'issue.import.moreIssues': '{count} masalah lain yang sejenis tidak dicantumkan.',
  'issue.import.tooManyGroups':
    'Ada lebih dari {limit} label berbeda; baris dengan label selebihnya tidak digrafikkan.',
  'issue.import.negativeShare': 'Porsi tidak mungkin di bawah 0% ({value}%).',
  'issue.import.shareOverHundred': 'Satu porsi tidak mungkin lebih dari 100% ({value}%).',
  'issue.import.sharesOverHundred':
    'Porsi berjumlah {sum}%, lebih dari 100% meskipun pembulatan {tolerance} diperhitungkan.',
  'issue.import.sharesRemainder': 'Porsi berjumlah {sum}%, menyisakan {remainder}% hingga 100%.',
  'issue.import.totalRowExcluded':
    'Baris “{label}” ({value}) adalah total, jadi tidak ikut dijumlahkan.',
  // Import hardening and saved datasets across tabs (issues 11 and 13).
  'issue.import.longText':
    'Teks ini memiliki {length} karakter; hanya {limit} karakter pertama yang disimpan.',
  'issue.import.strayQuote':
    'Ada tanda kutip di tempat yang tidak sesuai format CSV, jadi sel dibaca apa adanya. Periksa nilai ini.',
  'issue.import.tooManyColumns':
    'Berkas ini memiliki {count} kolom; hanya {limit} kolom pertama yang dibaca, sisanya diabaikan.',
  'import.storage.renameFailed':
    'Peramban tidak dapat mengganti nama dataset. Nama lama dan datanya tetap tersimpan.',
  'import.storage.deleteFailed':
    'Peramban tidak dapat menghapus dataset. Dataset itu masih tersimpan.',
  'import.saved.gone': '“{name}” sudah dihapus di tab atau jendela lain.',
  'issue.stored.notADataset':
    'Sesuatu yang tersimpan dengan nama “{name}” bukan dataset yang dapat dibaca halaman ini. Data itu disimpan tanpa diubah.',
  'issue.stored.newerVersion':
    'Dataset tersimpan (“{name}”) disimpan oleh versi halaman yang lebih baru, jadi versi ini tidak dapat menampilkannya. Dataset itu disimpan tanpa diubah.',
  'issue.stored.missingFields':
    'Dataset tersimpan (“{name}”) tidak memiliki yang dibutuhkan grafik (kolom nilai atau nilai-nilainya), jadi tidak dapat ditampilkan. Dataset itu disimpan tanpa diubah.',
};
