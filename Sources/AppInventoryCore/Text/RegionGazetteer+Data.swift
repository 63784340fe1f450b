// Provinces of Indonesia with their regencies (kabupaten) and cities (kota).
// One line a province: `Province|regency, regency, …|city, city, …`.
extension RegionGazetteer {
    static let table = """
    Aceh|Simeulue, Aceh Singkil, Aceh Selatan, Aceh Tenggara, Aceh Timur, Aceh Tengah, Aceh Barat, Aceh Besar, Pidie, Bireuen, Aceh Utara, Aceh Barat Daya, Gayo Lues, Aceh Tamiang, Nagan Raya, Aceh Jaya, Bener Meriah, Pidie Jaya|Banda Aceh, Sabang, Langsa, Lhokseumawe, Subulussalam
    Sumatera Utara|Nias, Mandailing Natal, Tapanuli Selatan, Tapanuli Tengah, Tapanuli Utara, Toba, Labuhanbatu, Asahan, Simalungun, Dairi, Karo, Deli Serdang, Langkat, Nias Selatan, Humbang Hasundutan, Pakpak Bharat, Samosir, Serdang Bedagai, Batu Bara, Padang Lawas Utara, Padang Lawas, Labuhanbatu Selatan, Labuhanbatu Utara, Nias Utara, Nias Barat|Sibolga, Tanjungbalai, Pematangsiantar, Tebing Tinggi, Medan, Binjai, Padangsidimpuan, Gunungsitoli
    Sumatera Barat|Kepulauan Mentawai, Pesisir Selatan, Solok, Sijunjung, Tanah Datar, Padang Pariaman, Agam, Lima Puluh Kota, Pasaman, Solok Selatan, Dharmasraya, Pasaman Barat|Padang, Solok, Sawahlunto, Padang Panjang, Bukittinggi, Payakumbuh, Pariaman
    Riau|Kuantan Singingi, Indragiri Hulu, Indragiri Hilir, Pelalawan, Siak, Kampar, Rokan Hulu, Bengkalis, Rokan Hilir, Kepulauan Meranti|Pekanbaru, Dumai
    Jambi|Kerinci, Merangin, Sarolangun, Batang Hari, Muaro Jambi, Tanjung Jabung Timur, Tanjung Jabung Barat, Tebo, Bungo|Jambi, Sungai Penuh
    Sumatera Selatan|Ogan Komering Ulu, Ogan Komering Ilir, Muara Enim, Lahat, Musi Rawas, Musi Banyuasin, Banyuasin, Ogan Komering Ulu Selatan, Ogan Komering Ulu Timur, Ogan Ilir, Empat Lawang, Penukal Abab Lematang Ilir, Musi Rawas Utara|Palembang, Prabumulih, Pagar Alam, Lubuklinggau
    Bengkulu|Bengkulu Selatan, Rejang Lebong, Bengkulu Utara, Kaur, Seluma, Mukomuko, Lebong, Kepahiang, Bengkulu Tengah|Bengkulu
    Lampung|Lampung Barat, Tanggamus, Lampung Selatan, Lampung Timur, Lampung Tengah, Lampung Utara, Way Kanan, Tulang Bawang, Pesawaran, Pringsewu, Mesuji, Tulang Bawang Barat, Pesisir Barat|Bandar Lampung, Metro
    Kepulauan Bangka Belitung|Bangka, Belitung, Bangka Barat, Bangka Tengah, Bangka Selatan, Belitung Timur|Pangkal Pinang
    Kepulauan Riau|Karimun, Bintan, Natuna, Lingga, Kepulauan Anambas|Batam, Tanjung Pinang
    DKI Jakarta|Kepulauan Seribu|Jakarta Selatan, Jakarta Timur, Jakarta Pusat, Jakarta Barat, Jakarta Utara
    Jawa Barat|Bogor, Sukabumi, Cianjur, Bandung, Garut, Tasikmalaya, Ciamis, Kuningan, Cirebon, Majalengka, Sumedang, Indramayu, Subang, Purwakarta, Karawang, Bekasi, Bandung Barat, Pangandaran|Bogor, Sukabumi, Bandung, Cirebon, Bekasi, Depok, Cimahi, Tasikmalaya, Banjar
    Jawa Tengah|Cilacap, Banyumas, Purbalingga, Banjarnegara, Kebumen, Purworejo, Wonosobo, Magelang, Boyolali, Klaten, Sukoharjo, Wonogiri, Karanganyar, Sragen, Grobogan, Blora, Rembang, Pati, Kudus, Jepara, Demak, Semarang, Temanggung, Kendal, Batang, Pekalongan, Pemalang, Tegal, Brebes|Magelang, Surakarta, Salatiga, Semarang, Pekalongan, Tegal
    DI Yogyakarta|Kulon Progo, Bantul, Gunungkidul, Sleman|Yogyakarta
    Jawa Timur|Pacitan, Ponorogo, Trenggalek, Tulungagung, Blitar, Kediri, Malang, Lumajang, Jember, Banyuwangi, Bondowoso, Situbondo, Probolinggo, Pasuruan, Sidoarjo, Mojokerto, Jombang, Nganjuk, Madiun, Magetan, Ngawi, Bojonegoro, Tuban, Lamongan, Gresik, Bangkalan, Sampang, Pamekasan, Sumenep|Kediri, Blitar, Malang, Probolinggo, Pasuruan, Mojokerto, Madiun, Surabaya, Batu
    Banten|Pandeglang, Lebak, Tangerang, Serang|Tangerang, Cilegon, Serang, Tangerang Selatan
    Bali|Jembrana, Tabanan, Badung, Gianyar, Klungkung, Bangli, Karangasem, Buleleng|Denpasar
    Nusa Tenggara Barat|Lombok Barat, Lombok Tengah, Lombok Timur, Sumbawa, Dompu, Bima, Sumbawa Barat, Lombok Utara|Mataram, Bima
    Nusa Tenggara Timur|Kupang, Timor Tengah Selatan, Timor Tengah Utara, Belu, Alor, Flores Timur, Sikka, Ende, Ngada, Manggarai, Sumba Timur, Sumba Barat, Lembata, Rote Ndao, Manggarai Barat, Nagekeo, Sumba Tengah, Sumba Barat Daya, Manggarai Timur, Sabu Raijua, Malaka|Kupang
    Kalimantan Barat|Sambas, Bengkayang, Landak, Mempawah, Sanggau, Ketapang, Sintang, Kapuas Hulu, Sekadau, Melawi, Kayong Utara, Kubu Raya|Pontianak, Singkawang
    Kalimantan Tengah|Kotawaringin Barat, Kotawaringin Timur, Kapuas, Barito Selatan, Barito Utara, Sukamara, Lamandau, Seruyan, Katingan, Pulang Pisau, Gunung Mas, Barito Timur, Murung Raya|Palangka Raya
    Kalimantan Selatan|Tanah Laut, Kotabaru, Banjar, Barito Kuala, Tapin, Hulu Sungai Selatan, Hulu Sungai Tengah, Hulu Sungai Utara, Tabalong, Tanah Bumbu, Balangan|Banjarmasin, Banjarbaru
    Kalimantan Timur|Paser, Kutai Kartanegara, Berau, Kutai Barat, Kutai Timur, Penajam Paser Utara, Mahakam Ulu|Balikpapan, Samarinda, Bontang
    Kalimantan Utara|Bulungan, Malinau, Nunukan, Tana Tidung|Tarakan
    Sulawesi Utara|Bolaang Mongondow, Minahasa, Kepulauan Sangihe, Kepulauan Talaud, Minahasa Selatan, Minahasa Utara, Bolaang Mongondow Utara, Siau Tagulandang Biaro, Minahasa Tenggara, Bolaang Mongondow Selatan, Bolaang Mongondow Timur|Manado, Bitung, Tomohon, Kotamobagu
    Sulawesi Tengah|Banggai, Poso, Donggala, Toli-Toli, Buol, Morowali, Banggai Kepulauan, Parigi Moutong, Tojo Una-Una, Sigi, Banggai Laut, Morowali Utara|Palu
    Sulawesi Selatan|Kepulauan Selayar, Bulukumba, Bantaeng, Jeneponto, Takalar, Gowa, Sinjai, Maros, Pangkajene dan Kepulauan, Barru, Bone, Soppeng, Wajo, Sidenreng Rappang, Pinrang, Enrekang, Luwu, Tana Toraja, Luwu Utara, Luwu Timur, Toraja Utara|Makassar, Parepare, Palopo
    Sulawesi Tenggara|Buton, Muna, Konawe, Kolaka, Konawe Selatan, Bombana, Wakatobi, Kolaka Utara, Buton Utara, Konawe Utara, Kolaka Timur, Konawe Kepulauan, Muna Barat, Buton Tengah, Buton Selatan|Kendari, Baubau
    Gorontalo|Boalemo, Gorontalo, Pohuwato, Bone Bolango, Gorontalo Utara|Gorontalo
    Sulawesi Barat|Majene, Polewali Mandar, Mamasa, Mamuju, Pasangkayu, Mamuju Tengah|
    Maluku|Kepulauan Tanimbar, Maluku Tenggara, Maluku Tengah, Buru, Kepulauan Aru, Seram Bagian Barat, Seram Bagian Timur, Maluku Barat Daya, Buru Selatan|Ambon, Tual
    Maluku Utara|Halmahera Barat, Halmahera Tengah, Kepulauan Sula, Halmahera Selatan, Halmahera Utara, Halmahera Timur, Pulau Morotai, Pulau Taliabu|Ternate, Tidore Kepulauan
    Papua|Jayapura, Kepulauan Yapen, Biak Numfor, Sarmi, Keerom, Waropen, Supiori, Mamberamo Raya|Jayapura
    Papua Barat|Manokwari, Teluk Wondama, Teluk Bintuni, Pegunungan Arfak, Manokwari Selatan, Fakfak, Kaimana|
    Papua Selatan|Merauke, Boven Digoel, Mappi, Asmat|
    Papua Tengah|Nabire, Puncak Jaya, Paniai, Mimika, Puncak, Dogiyai, Intan Jaya, Deiyai|
    Papua Pegunungan|Jayawijaya, Pegunungan Bintang, Yahukimo, Tolikara, Mamberamo Tengah, Yalimo, Lanny Jaya, Nduga|
    Papua Barat Daya|Sorong, Sorong Selatan, Raja Ampat, Tambrauw, Maybrat|Sorong
    """
}
