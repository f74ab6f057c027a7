<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name></name>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor permohonan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Jenis</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Status</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Diajukan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Petugas</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Loket</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor antrean</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Riwayat status</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor pekerjaan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Alasan cetak</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nama</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>NIK</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Diminta</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor seri blanko</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Dicetak</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Diserahkan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Penerima</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Riwayat</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor register</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Asal kartu</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Keadaan penyimpanan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nomor seri</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Nama pemegang</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Alasan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Kondisi</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Tempat simpan</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Dicatat</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Dicatat oleh</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Pekerjaan cetak</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Serah terima</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Berita acara</comment>
        <translation>SidakRecord</translation>
    </message>
    <message>
        <source>SidakRecord</source>
        <comment>Riwayat penyimpanan</comment>
        <translation>SidakRecord</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tentang Kelurahan Desk</source>
        <translation>About Kelurahan Desk</translation>
    </message>
    <message>
        <source>Kelurahan Desk {version}</source>
        <translation>Kelurahan Desk {version}</translation>
    </message>
    <message>
        <source>Layanan loket kelurahan: antrean, akta kelahiran dan kematian, KTP-el, dan kartu rusak; tersimpan di komputer ini dan dikirim ke Dispendukcapil.</source>
        <translation>Kelurahan counter services: queue, birth and death certificates, KTP-el, and spoiled cards; stored on this computer and sent to Dispendukcapil.</translation>
    </message>
    <message>
        <source>Versi:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Python, Qt:</source>
        <translation>Python, Qt:</translation>
    </message>
    <message>
        <source>Folder data:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Catatan program:</source>
        <translation>Program log:</translation>
    </message>
    <message>
        <source>&amp;Simpan berkas diagnosis…</source>
        <translation>&amp;Save diagnostic file…</translation>
    </message>
    <message>
        <source>Untuk layanan bantuan Dispendukcapil: catatan program, versi, pengaturan tanpa rahasia, dan hasil pemeriksaan penyimpanan. Tanpa data penduduk.</source>
        <translation>For the Dispendukcapil help desk: program log, versions, settings without secrets, and storage check results. No resident data.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Menyimpan berkas diagnosis…</source>
        <translation>Saving diagnostic file…</translation>
    </message>
    <message>
        <source>Berkas diagnosis disimpan: {path}</source>
        <translation>Diagnostic file saved: {path}</translation>
    </message>
    <message>
        <source>Berkas diagnosis tidak dapat disimpan: {reason}</source>
        <translation>Diagnostic file could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terkunci sampai {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>AccountsTab</name>
    <message>
        <source>&amp;Buat akun…</source>
        <translation>&amp;Create account…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Atur ulang &amp;kata sandi…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Akun {user} dibuat.</source>
        <translation>Account {user} created.</translation>
    </message>
    <message>
        <source>Akun {user} diaktifkan lagi.</source>
        <translation>Account {user} reactivated.</translation>
    </message>
    <message>
        <source>Akun {user} dinonaktifkan; akun ini tidak dapat masuk lagi.</source>
        <translation>Account {user} deactivated; it can no longer sign in.</translation>
    </message>
    <message>
        <source>Kata sandi {user} sudah diganti.</source>
        <translation>Password for {user} changed.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Akun admin pertama. Admin mengatur kantor, loket dan akun petugas; ia tidak melayani di loket.</source>
        <translation>The first admin account. The admin manages the office, counters and officer accounts, and does not serve at a counter.</translation>
    </message>
    <message>
        <source>mis. Sekretaris Kelurahan</source>
        <translation>e.g. Sekretaris Kelurahan</translation>
    </message>
    <message>
        <source>Kantor ini sudah punya akun dari penyiapan sebelumnya. Masuk dengan akun admin itu untuk menyelesaikan.</source>
        <translation>This office already has accounts from an earlier setup. Sign in with that admin account to finish.</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>Kata &amp;sandi</source>
        <translation>Pa&amp;ssword</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>Re&amp;type password</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Full name is required.</translation>
    </message>
    <message>
        <source>Kata sandi yang diulang tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AktaForm</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>AktaFormView</name>
    <message>
        <source>Pelapor</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Pelapor dikuasakan oleh keluarga (membawa surat kuasa bermeterai)</source>
        <translation>The informant is authorised by the family (carries a stamped power of attorney)</translation>
    </message>
    <message>
        <source>Saksi I</source>
        <translation>Witness I</translation>
    </message>
    <message>
        <source>Saksi II</source>
        <translation>Witness II</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Orang tua tidak diketahui (anak temuan; perlu berita acara kepolisian)</source>
        <translation>Parents unknown (foundling; a police report is required)</translation>
    </message>
    <message>
        <source>Boleh dikosongkan bila anak dicatat hanya dengan ibunya; bila diisi, isi lengkap.</source>
        <translation>May be left empty if the child is registered with the mother only; if filled in, fill it in completely.</translation>
    </message>
    <message>
        <source>Kelahiran</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Kematian</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Layanan 3 in 1: sekaligus KK baru dan KTP-el pasangan yang ditinggalkan (status cerai mati)</source>
        <translation>3-in-1 service: also a new KK and KTP-el for the surviving spouse (widowed status)</translation>
    </message>
    <message>
        <source>Catatan untuk petugas Dispendukcapil (opsional)</source>
        <translation>Note for the Dispendukcapil officer (optional)</translation>
    </message>
    <message>
        <source>Dokumen yang diserahkan</source>
        <translation>Documents submitted</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>belum diisi: {fields}</source>
        <translation>not filled in: {fields}</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>belum ada: {documents}</source>
        <translation>missing: {documents}</translation>
    </message>
</context>
<context>
    <name>AktaPage</name>
    <message>
        <source>Klik salah satu untuk menuju isiannya.</source>
        <translation>Click an item to go to its field.</translation>
    </message>
    <message>
        <source>Formulir baru (Ctrl+N)</source>
        <translation>New form (Ctrl+N)</translation>
    </message>
    <message>
        <source>Formulir yang sedang diisi belum disimpan.</source>
        <translation>The form being filled in has not been saved.</translation>
    </message>
    <message>
        <source>Draf disimpan pukul {time}.</source>
        <translation>Draft saved at {time}.</translation>
    </message>
    <message>
        <source>Perubahan disimpan pukul {time}.</source>
        <translation>Changes saved at {time}.</translation>
    </message>
    <message>
        <source>Belum dapat diajukan: {count} isian perlu dilengkapi atau diperbaiki. Draf tetap dapat disimpan (Ctrl+S).</source>
        <translation>Cannot be submitted yet: {count} fields need completing or correcting. The draft can still be saved (Ctrl+S).</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Tidak diajukan: permohonan yang sama sudah ada ({numbers}).</source>
        <translation>Not submitted: the same application already exists ({numbers}).</translation>
    </message>
    <message>
        <source>Permohonan diterima dengan nomor {number}.</source>
        <translation>Application received with number {number}.</translation>
    </message>
    <message>
        <source>Tanda terima {number} dikirim ke printer {printer}.</source>
        <translation>Receipt {number} sent to printer {printer}.</translation>
    </message>
    <message>
        <source>Permohonan baru</source>
        <translation>New application</translation>
    </message>
    <message>
        <source>Dikembalikan: {reason}</source>
        <translation>Returned: {reason}</translation>
    </message>
    <message>
        <source>Dari antrean {code}</source>
        <translation>From queue {code}</translation>
    </message>
    <message>
        <source>Ajukan ulang (Ctrl+Enter)</source>
        <translation>Resubmit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ajukan (Ctrl+Enter)</source>
        <translation>Submit (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Simpan draf (Ctrl+S)</source>
        <translation>Save draft (Ctrl+S)</translation>
    </message>
    <message>
        <source>Simpan perubahan (Ctrl+S)</source>
        <translation>Save changes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Perlu dilengkapi ({errors})</source>
        <translation>Needs completing ({errors})</translation>
    </message>
    <message>
        <source>Pemeriksaan isian</source>
        <translation>Field check</translation>
    </message>
    <message>
        <source>Siap diajukan · {warnings} peringatan</source>
        <translation>Ready to submit · {warnings} warnings</translation>
    </message>
    <message>
        <source>Siap diajukan</source>
        <translation>Ready to submit</translation>
    </message>
    <message>
        <source>Semua isian wajib sudah lengkap dan sesuai. Tekan Ctrl+Enter untuk mengajukan.</source>
        <translation>All required fields are complete and valid. Press Ctrl+Enter to submit.</translation>
    </message>
    <message>
        <source>Semua isian sudah lengkap dan sesuai.</source>
        <translation>All fields are complete and valid.</translation>
    </message>
</context>
<context>
    <name>AktaRequestDialog</name>
    <message>
        <source>Terlambat dilaporkan</source>
        <translation>Reported late</translation>
    </message>
    <message>
        <source>Riwayat status</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Diterima dan diserahkan dicatat loket; langkah di antaranya oleh Dispendukcapil lewat sinkronisasi, atau dicatat manual oleh supervisor.</source>
        <translation>Received and handed over are recorded by the counter; the steps in between come from Dispendukcapil through sync, or are recorded manually by a supervisor.</translation>
    </message>
    <message>
        <source>Data permohonan (F-2.01)</source>
        <translation>Application details (F-2.01)</translation>
    </message>
    <message>
        <source>&amp;Ubah data</source>
        <translation>&amp;Edit details</translation>
    </message>
    <message>
        <source>&amp;Batalkan permohonan…</source>
        <translation>Cancel &amp;application…</translation>
    </message>
    <message>
        <source>&amp;Serahkan akta…</source>
        <translation>&amp;Hand over certificate…</translation>
    </message>
    <message>
        <source>Ce&amp;tak ulang tanda terima</source>
        <translation>Re&amp;print receipt</translation>
    </message>
    <message>
        <source>Catat status dari &amp;Dispendukcapil…</source>
        <translation>Record status from &amp;Dispendukcapil…</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Diterima di loket</source>
        <translation>Received at counter</translation>
    </message>
    <message>
        <source>Perkiraan selesai</source>
        <translation>Expected completion</translation>
    </message>
    <message>
        <source>Nomor akta</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Draf (belum bernomor)</source>
        <translation>Draft (no number yet)</translation>
    </message>
    <message>
        <source>Permohonan {number}</source>
        <translation>Application {number}</translation>
    </message>
    <message>
        <source>{operator} ({loket})</source>
        <translation>{operator} ({loket})</translation>
    </message>
    <message>
        <source>Permohonan dibatalkan.</source>
        <translation>Application cancelled.</translation>
    </message>
    <message>
        <source>Akta sudah diserahkan dan tercatat.</source>
        <translation>The certificate has been handed over and recorded.</translation>
    </message>
    <message>
        <source>Status “{status}” dicatat.</source>
        <translation>Status “{status}” recorded.</translation>
    </message>
    <message>
        <source>Tanda terima {number} dicetak ulang di printer {printer}.</source>
        <translation>Receipt {number} reprinted on printer {printer}.</translation>
    </message>
</context>
<context>
    <name>AktaRequestRecord</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>Tempat, tanggal lahir</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <source>Kewarganegaraan</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat dilahirkan</source>
        <translation>Born at</translation>
    </message>
    <message>
        <source>Tempat kelahiran</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis kelahiran</source>
        <translation>Type of birth</translation>
    </message>
    <message>
        <source>Kelahiran ke-</source>
        <translation>Birth order</translation>
    </message>
    <message>
        <source>Penolong kelahiran</source>
        <translation>Birth attendant</translation>
    </message>
    <message>
        <source>Berat</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>{value} kg</source>
        <translation>{value} kg</translation>
    </message>
    <message>
        <source>Panjang</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>{value} cm</source>
        <translation>{value} cm</translation>
    </message>
    <message>
        <source>Tanggal kematian</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Sebab kematian</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>Tempat kematian</source>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Yang menerangkan</source>
        <translation>Certified by</translation>
    </message>
    <message>
        <source>Layanan 3 in 1 (KK dan KTP-el pasangan)</source>
        <translation>3-in-1 service (KK and spouse&apos;s KTP-el)</translation>
    </message>
    <message>
        <source>Belum ada: {document}</source>
        <translation>Missing: {document}</translation>
    </message>
    <message>
        <source>Berkas yang diterima</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Orang tua</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Orang tua tidak diketahui (berita acara kepolisian)</source>
        <translation>Parents unknown (police report)</translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Almarhum/almarhumah</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Melapor dengan surat kuasa</source>
        <translation>Reporting with a power of attorney</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Saksi I</source>
        <translation>Witness I</translation>
    </message>
    <message>
        <source>Saksi II</source>
        <translation>Witness II</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Catatan petugas</source>
        <translation>Officer&apos;s notes</translation>
    </message>
</context>
<context>
    <name>AktaRequestsModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Tanggal
peristiwa</source>
        <translation>Event
date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Perkiraan
selesai</source>
        <translation>Expected
completion</translation>
    </message>
    <message>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Nomor permohonan, tanpa kode kantor di depannya</source>
        <translation>Application number, without the office code in front</translation>
    </message>
    <message>
        <source>NIK almarhum/almarhumah, atau NIK ibu untuk akta kelahiran; disamarkan. Buka permohonan untuk melihat NIK lengkap.</source>
        <translation>NIK of the deceased, or the mother&apos;s NIK for a birth certificate; masked. Open the application to see the full NIK.</translation>
    </message>
    <message>
        <source>Tanggal lahir anak atau tanggal kematian</source>
        <translation>Child&apos;s date of birth or date of death</translation>
    </message>
    <message>
        <source>Perubahan terakhir; jam saja untuk perubahan hari ini</source>
        <translation>Last change; time only for changes made today</translation>
    </message>
    <message>
        <source>Draf: nomor diberikan saat diajukan</source>
        <translation>Draft: a number is given on submission</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Kelahiran</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Kematian</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>AktaRequestsPage</name>
    <message>
        <source>Permohonan Akta</source>
        <translation>Certificate applications</translation>
    </message>
    <message>
        <source>Akta kelahiran dan akta kematian yang diterima kantor ini. NIK disamarkan di daftar; membuka permohonan (Enter atau klik dua kali) menampilkan data lengkap dan tercatat di jejak audit.</source>
        <translation>Birth and death certificates received by this office. NIKs are masked in the list; opening an application (Enter or double-click) shows the full details and is logged in the audit trail.</translation>
    </message>
    <message>
        <source>Cari nomor permohonan, NIK, atau nama (Ctrl+F); pindai tanda terima untuk membuka</source>
        <translation>Search by application number, NIK or name (Ctrl+F); scan a receipt to open it</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>S&amp;earch</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Hanya yang &amp;terlambat</source>
        <translation>&amp;Late only</translation>
    </message>
    <message>
        <source>&amp;Diajukan dari</source>
        <translation>Submitted &amp;from</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Enter atau klik dua kali: buka permohonan</source>
        <translation>Enter or double-click: open application</translation>
    </message>
    <message>
        <source>&amp;Buka permohonan</source>
        <translation>&amp;Open application</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>{count} permohonan</source>
        <translation>{count} applications</translation>
    </message>
    <message>
        <source>{count} permohonan terbaru ditampilkan; persempit pencarian untuk melihat yang lain</source>
        <translation>Showing the {count} most recent applications; narrow the search to see others</translation>
    </message>
    <message>
        <source>Pilih permohonan di daftar dulu.</source>
        <translation>Select an application in the list first.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Alasan dari pusat</source>
        <translation>Reason from central office</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Objek</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Setiap perubahan tercatat: siapa, kapan, apa.</source>
        <translation>Every change is recorded: who, when and what.</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Periksa keutuhan data</source>
        <translation>&amp;Check data integrity</translation>
    </message>
    <message>
        <source>{count} peristiwa tercatat</source>
        <translation>{count} events recorded</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Data utuh: {count} peristiwa audit tersambung tanpa celah.</source>
        <translation>Data intact: {count} audit events linked without gaps.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>harian</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>sebelum migrasi</source>
        <translation>before migration</translation>
    </message>
    <message>
        <source>sebelum pemulihan</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>BatchCardsModel</name>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>No. seri</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Asal kartu</source>
        <translation>Card origin</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>&amp;Konfirmasi (F2)</source>
        <translation>&amp;Confirm (F2)</translation>
    </message>
    <message>
        <source>Batalkan &amp;berkas…</source>
        <translation>Discard &amp;batch…</translation>
    </message>
    <message>
        <source>Periksa &amp;rantai (F7)</source>
        <translation>Check &amp;chain (F7)</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF… (Ctrl+S)</source>
        <translation>&amp;Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Cetak berita acara… (Ctrl+P)</source>
        <translation>&amp;Print official report… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Menunggu konfirmasi supervisor selain {name}, yang menyiapkan berkas ini.</source>
        <translation>Awaiting confirmation by a supervisor other than {name}, who prepared this batch.</translation>
    </message>
    <message>
        <source>Berkas {number} disiapkan dengan {count} kartu; menunggu konfirmasi supervisor.</source>
        <translation>Batch {number} prepared with {count} cards; awaiting supervisor confirmation.</translation>
    </message>
    <message>
        <source>Konfirmasi berkas</source>
        <translation>Confirm batch</translation>
    </message>
    <message>
        <source>Konfirmasi dicatat atas nama Anda dan disegel dengan hash rantai audit; tidak dapat diurungkan.</source>
        <translation>The confirmation is recorded in your name and sealed with the audit chain hash; it cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Ya, konfirmasi</source>
        <translation>&amp;Yes, confirm</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Berkas {number} dikonfirmasi.</source>
        <translation>Batch {number} confirmed.</translation>
    </message>
    <message>
        <source>Berkas {number} dibatalkan.</source>
        <translation>Batch {number} discarded.</translation>
    </message>
    <message>
        <source>Menyiapkan {document}…</source>
        <translation>Preparing {document}…</translation>
    </message>
    <message>
        <source>Mencetak {document}…</source>
        <translation>Printing {document}…</translation>
    </message>
    <message>
        <source>Berkas yang dibatalkan tidak dicetak.</source>
        <translation>Discarded batches are not printed.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Disiapkan oleh</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Dikonfirmasi oleh</source>
        <translation>Confirmed by</translation>
    </message>
</context>
<context>
    <name>BlankStockTab</name>
    <message>
        <source>Terima &amp;kiriman ini…</source>
        <translation>Receive this &amp;delivery…</translation>
    </message>
    <message>
        <source>&amp;Terima blanko… (Ctrl+R)</source>
        <translation>Recei&amp;ve blank cards… (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cetak laporan… (Ctrl+P)</source>
        <translation>&amp;Print report… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Simpan PDF… (Ctrl+S)</source>
        <translation>&amp;Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>Penerimaan blanko</source>
        <translation>Blank card receipts</translation>
    </message>
    <message>
        <source>Rekonsiliasi: diterima = dicetak + rusak + stok</source>
        <translation>Reconciliation: received = printed + spoiled + in stock</translation>
    </message>
    <message>
        <source>belum ada pemakaian</source>
        <translation>no usage yet</translation>
    </message>
    <message>
        <source>{used} keluar dalam {days} hari terakhir</source>
        <translation>{used} used in the last {days} days</translation>
    </message>
    <message>
        <source> · cukup sekitar {days} hari</source>
        <translation> · enough for about {days} days</translation>
    </message>
    <message>
        <source>Stok: {count} blanko · {rate}{left}</source>
        <translation>Stock: {count} blank cards · {rate}{left}</translation>
    </message>
    <message>
        <source>Kiriman dari Dispendukcapil menunggu diterima: {batch}, {count} keping, dialokasikan {date}.</source>
        <translation>Delivery from the Dispendukcapil waiting to be received: {batch}, {count} cards, allocated {date}.</translation>
    </message>
    <message>
        <source>tanpa nomor kiriman</source>
        <translation>no delivery number</translation>
    </message>
    <message>
        <source>Ada {count} kiriman lain sesudahnya.</source>
        <translation>{count} more deliveries after it.</translation>
    </message>
    <message>
        <source>Sesuai: diterima {received} = dicetak {printed} + rusak {spoiled} + stok {in_stock}.</source>
        <translation>Balanced: received {received} = printed {printed} + spoiled {spoiled} + in stock {in_stock}.</translation>
    </message>
    <message>
        <source>TIDAK SESUAI: diterima {received}, dicetak {printed} + rusak {spoiled} + stok {in_stock}. Periksa nomor seri di bawah.</source>
        <translation>NOT BALANCED: received {received}, printed {printed} + spoiled {spoiled} + in stock {in_stock}. Check the serial numbers below.</translation>
    </message>
    <message>
        <source>Nomor seri yang tidak sesuai: {count}</source>
        <translation>Mismatched serial numbers: {count}</translation>
    </message>
    <message>
        <source>Rekonsiliasi blanko {date}</source>
        <translation>Blank card reconciliation {date}</translation>
    </message>
    <message>
        <source>{count} blanko dari dokumen {document} masuk stok.</source>
        <translation>{count} blank cards from document {document} added to stock.</translation>
    </message>
    <message>
        <source>Mencetak laporan rekonsiliasi…</source>
        <translation>Printing the reconciliation report…</translation>
    </message>
</context>
<context>
    <name>BlanksModel</name>
    <message>
        <source>Nomor seri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Dokumen penerimaan</source>
        <translation>Receipt document</translation>
    </message>
    <message>
        <source>Pekerjaan cetak / kartu rusak</source>
        <translation>Print job / spoiled card</translation>
    </message>
    <message>
        <source>Keluar stok</source>
        <translation>Left stock</translation>
    </message>
</context>
<context>
    <name>BrokenSerialsModel</name>
    <message>
        <source>Nomor seri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Dokumen penerimaan</source>
        <translation>Receipt document</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>CancelJobDialog</name>
    <message>
        <source>Batalkan pekerjaan cetak</source>
        <translation>Cancel print job</translation>
    </message>
    <message>
        <source>{job} akan dibatalkan. Pembatalan tidak dapat diurungkan.</source>
        <translation>{job} will be cancelled. This cannot be undone.</translation>
    </message>
    <message>
        <source>mis. pemohon pindah domisili</source>
        <translation>e.g. the applicant moved away</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Batalkan &amp;pekerjaan</source>
        <translation>Cancel &amp;job</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Batalkan permohonan</source>
        <translation>Cancel application</translation>
    </message>
    <message>
        <source>{request} akan dibatalkan. Pembatalan tidak dapat diurungkan; berkas dikembalikan kepada pelapor.</source>
        <translation>{request} will be cancelled. This cannot be undone; the documents are returned to the informant.</translation>
    </message>
    <message>
        <source>mis. pelapor menarik permohonan</source>
        <translation>e.g. the informant withdrew the application</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Batalkan &amp;permohonan</source>
        <translation>Cancel &amp;application</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>CandidateCardsModel</name>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Asal kartu</source>
        <translation>Card origin</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No. seri</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
</context>
<context>
    <name>CardDocuments</name>
    <message>
        <source>Kelurahan {name}</source>
        <translation>Kelurahan {name}</translation>
    </message>
    <message>
        <source>Petugas Kelurahan {name}</source>
        <translation>Kelurahan {name} officer</translation>
    </message>
    <message>
        <source>Supervisor Kelurahan {name}</source>
        <translation>Kelurahan {name} supervisor</translation>
    </message>
    <message>
        <source>kantor {institution}</source>
        <translation>{institution} office</translation>
    </message>
    <message>
        <source>PEMERINTAH {kota}</source>
        <translation>GOVERNMENT OF {kota}</translation>
    </message>
    <message>
        <source>KECAMATAN {name}</source>
        <translation>KECAMATAN {name}</translation>
    </message>
    <message>
        <source>KELURAHAN {name}</source>
        <translation>KELURAHAN {name}</translation>
    </message>
    <message>
        <source>Kode wilayah {code}</source>
        <translation>Region code {code}</translation>
    </message>
    <message>
        <source>Nomor: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>NIP. {nip}</source>
        <translation>NIP. {nip}</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nomor Seri Kartu</source>
        <translation>Card Serial Number</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Asal Kartu</source>
        <translation>Card Origin</translation>
    </message>
    <message>
        <source>Alasan Rusak/Invalid</source>
        <translation>Reason Damaged/Invalid</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>keping</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>BERITA ACARA PEMUSNAHAN KTP-EL RUSAK/INVALID</source>
        <translation>OFFICIAL REPORT (BERITA ACARA) ON THE DESTRUCTION OF DAMAGED/INVALID KTP-EL CARDS</translation>
    </message>
    <message>
        <source>Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), bertempat di {place}, kami yang bertanda tangan di bawah ini telah melaksanakan pemusnahan Kartu Tanda Penduduk Elektronik (KTP-el) rusak/invalid dengan cara {method}, berdasarkan:</source>
        <translation>Today, {weekday}, {day} {month} {year} ({date}), at {place}, we the undersigned have destroyed damaged/invalid Electronic Identity Cards (KTP-el) by {method}, on the basis of:</translation>
    </message>
    <message>
        <source>Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), pukul {time} {zone}, bertempat di {place}, kami yang bertanda tangan di bawah ini telah melaksanakan pemusnahan Kartu Tanda Penduduk Elektronik (KTP-el) rusak/invalid dengan cara {method}, berdasarkan:</source>
        <translation>Today, {weekday}, {day} {month} {year} ({date}), at {time} {zone}, at {place}, we the undersigned have destroyed damaged/invalid Electronic Identity Cards (KTP-el) by {method}, on the basis of:</translation>
    </message>
    <message>
        <source>Jumlah KTP-el rusak/invalid yang dimusnahkan sebanyak &lt;b&gt;{figures} ({words})&lt;/b&gt; keping, dengan rincian menurut asal kartu sebagai berikut:</source>
        <translation>The number of damaged/invalid KTP-el cards destroyed is &lt;b&gt;{figures} ({words})&lt;/b&gt;, broken down by card origin as follows:</translation>
    </message>
    <message>
        <source>Pemusnahan tersebut disaksikan oleh:</source>
        <translation>The destruction was witnessed by:</translation>
    </message>
    <message>
        <source>{name}, {position}, {institution}</source>
        <translation>{name}, {position}, {institution}</translation>
    </message>
    <message>
        <source>{name}, NIP. {nip}, {position}, {institution}</source>
        <translation>{name}, NIP. {nip}, {position}, {institution}</translation>
    </message>
    <message>
        <source>DAFTAR KTP-EL RUSAK/INVALID YANG DIMUSNAHKAN</source>
        <translation>LIST OF DAMAGED/INVALID KTP-EL CARDS DESTROYED</translation>
    </message>
    <message>
        <source>Demikian Berita Acara Pemusnahan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</source>
        <translation>This Official Report of Destruction has been drawn up truthfully, to be used as appropriate.</translation>
    </message>
    <message>
        <source>Yang melaksanakan pemusnahan,</source>
        <translation>Destruction carried out by,</translation>
    </message>
    <message>
        <source>SAKSI-SAKSI</source>
        <translation>WITNESSES</translation>
    </message>
    <message>
        <source>Saksi {n},</source>
        <translation>Witness {n},</translation>
    </message>
    <message>
        <source>Pindai kode QR untuk mencocokkan berita acara ini dengan sistem.</source>
        <translation>Scan the QR code to check this official report against the system.</translation>
    </message>
    <message>
        <source>Batch pemusnahan:</source>
        <translation>Destruction batch:</translation>
    </message>
    <message>
        <source>Dikonfirmasi {date} pukul {time} {zone}, peristiwa audit nomor {seq}. Hash rantai audit:</source>
        <translation>Confirmed on {date} at {time} {zone}, audit event number {seq}. Audit chain hash:</translation>
    </message>
    <message>
        <source>Berita Acara Pemusnahan KTP-el Rusak/Invalid Nomor {number}</source>
        <translation>Official Report on the Destruction of Damaged/Invalid KTP-el Cards Number {number}</translation>
    </message>
    <message>
        <source>Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013;</source>
        <translation>Law Number 23 of 2006 on Population Administration, as amended by Law Number 24 of 2013;</translation>
    </message>
    <message>
        <source>BERITA ACARA SERAH TERIMA KTP-EL RUSAK/INVALID</source>
        <translation>OFFICIAL REPORT (BERITA ACARA) ON THE HANDOVER OF DAMAGED/INVALID KTP-EL CARDS</translation>
    </message>
    <message>
        <source>Pada hari ini {weekday} tanggal {day} bulan {month} tahun {year} ({date}), bertempat di {place}, kami yang bertanda tangan di bawah ini:</source>
        <translation>Today, {weekday}, {day} {month} {year} ({date}), at {place}, we the undersigned:</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>selanjutnya disebut PIHAK PERTAMA.</source>
        <translation>hereinafter referred to as the FIRST PARTY.</translation>
    </message>
    <message>
        <source>selanjutnya disebut PIHAK KEDUA.</source>
        <translation>hereinafter referred to as the SECOND PARTY.</translation>
    </message>
    <message>
        <source>PIHAK PERTAMA menyerahkan kepada PIHAK KEDUA, dan PIHAK KEDUA menerima dari PIHAK PERTAMA, KTP-el rusak/invalid sebanyak &lt;b&gt;{figures} ({words})&lt;/b&gt; keping untuk disimpan dan dimusnahkan sesuai Surat Edaran Menteri Dalam Negeri Nomor 470.13/11176/SJ tanggal 13 Desember 2018, dengan rincian menurut asal kartu sebagai berikut:</source>
        <translation>The FIRST PARTY hands over to the SECOND PARTY, and the SECOND PARTY receives from the FIRST PARTY, &lt;b&gt;{figures} ({words})&lt;/b&gt; damaged/invalid KTP-el cards, to be stored and destroyed in accordance with Circular Letter of the Minister of Home Affairs Number 470.13/11176/SJ dated 13 December 2018, broken down by card origin as follows:</translation>
    </message>
    <message>
        <source>DAFTAR KTP-EL RUSAK/INVALID YANG DISERAHTERIMAKAN</source>
        <translation>LIST OF DAMAGED/INVALID KTP-EL CARDS HANDED OVER</translation>
    </message>
    <message>
        <source>Sejak Berita Acara ini ditandatangani, penyimpanan KTP-el tersebut menjadi tanggung jawab PIHAK KEDUA. Demikian Berita Acara Serah Terima ini dibuat dalam rangkap dua untuk dipergunakan sebagaimana mestinya.</source>
        <translation>From the signing of this Official Report, the SECOND PARTY is responsible for the safekeeping of these KTP-el cards. This Official Report of Handover has been drawn up in duplicate, to be used as appropriate.</translation>
    </message>
    <message>
        <source>Yang menerima,</source>
        <translation>Received by,</translation>
    </message>
    <message>
        <source>PIHAK KEDUA</source>
        <translation>SECOND PARTY</translation>
    </message>
    <message>
        <source>Yang menyerahkan,</source>
        <translation>Handed over by,</translation>
    </message>
    <message>
        <source>PIHAK PERTAMA</source>
        <translation>FIRST PARTY</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <source>Serah terima:</source>
        <translation>Handover:</translation>
    </message>
    <message>
        <source>Peristiwa audit nomor {seq} saat konfirmasi, hash rantai audit:</source>
        <translation>Audit event number {seq} at confirmation, audit chain hash:</translation>
    </message>
    <message>
        <source>Berita Acara Serah Terima KTP-el Rusak/Invalid Nomor {number}</source>
        <translation>Official Report on the Handover of Damaged/Invalid KTP-el Cards Number {number}</translation>
    </message>
    <message>
        <source>LAPORAN REKONSILIASI BLANKO KTP-EL</source>
        <translation>KTP-EL BLANK CARD RECONCILIATION REPORT</translation>
    </message>
    <message>
        <source>Keadaan per {date} pukul {time} {zone}</source>
        <translation>As of {date} at {time} {zone}</translation>
    </message>
    <message>
        <source>Setiap blanko KTP-el yang diterima dari Dinas Kependudukan dan Pencatatan Sipil tercatat di tepat satu tempat: sudah dicetak, rusak, atau masih dalam persediaan. Karena itu untuk setiap penerimaan dan untuk jumlah seluruhnya berlaku: &lt;b&gt;Diterima = Dicetak + Rusak + Persediaan&lt;/b&gt;.</source>
        <translation>Every KTP-el blank card received from the Population and Civil Registration Office (Dinas Kependudukan dan Pencatatan Sipil) is recorded in exactly one place: printed, spoiled or still in stock. Therefore, for every receipt and for the grand total: &lt;b&gt;Received = Printed + Spoiled + In stock&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>REKONSILIASI PER PENERIMAAN</source>
        <translation>RECONCILIATION BY RECEIPT</translation>
    </message>
    <message>
        <source>Tgl. Terima</source>
        <translation>Date Received</translation>
    </message>
    <message>
        <source>Nomor Dokumen</source>
        <translation>Document Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Persediaan</source>
        <translation>In Stock</translation>
    </message>
    <message>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>TIDAK SESUAI</source>
        <translation>NOT BALANCED</translation>
    </message>
    <message>
        <source>Belum ada penerimaan blanko.</source>
        <translation>No blank cards received yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil: SESUAI.&lt;/b&gt; Diterima {received} = dicetak {printed} + rusak {spoiled} + persediaan {in_stock} keping.</source>
        <translation>&lt;b&gt;Result: BALANCED.&lt;/b&gt; Received {received} = printed {printed} + spoiled {spoiled} + in stock {in_stock} cards.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hasil: TIDAK SESUAI.&lt;/b&gt; Diterima {received}, sedangkan dicetak {printed} + rusak {spoiled} + persediaan {in_stock} = {accounted} keping (selisih {difference}); {broken} nomor seri bermasalah tercantum di bawah ini.</source>
        <translation>&lt;b&gt;Result: NOT BALANCED.&lt;/b&gt; Received {received}, while printed {printed} + spoiled {spoiled} + in stock {in_stock} = {accounted} cards (difference {difference}); the {broken} problem serial numbers are listed below.</translation>
    </message>
    <message>
        <source>NOMOR SERI YANG TIDAK SESUAI</source>
        <translation>MISMATCHED SERIAL NUMBERS</translation>
    </message>
    <message>
        <source>Nomor Seri</source>
        <translation>Serial Number</translation>
    </message>
    <message>
        <source>Dokumen Penerimaan</source>
        <translation>Receipt Document</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Tidak ada nomor seri yang tidak sesuai.</source>
        <translation>No mismatched serial numbers.</translation>
    </message>
    <message>
        <source>Yang membuat laporan,</source>
        <translation>Report prepared by,</translation>
    </message>
    <message>
        <source>Laporan Rekonsiliasi Blanko KTP-el Kelurahan {office}, {date}</source>
        <translation>KTP-el Blank Card Reconciliation Report, Kelurahan {office}, {date}</translation>
    </message>
</context>
<context>
    <name>CardPicker</name>
    <message>
        <source>Pilih &amp;semua (Ctrl+A)</source>
        <translation>Select &amp;all (Ctrl+A)</translation>
    </message>
    <message>
        <source>&amp;Kosongkan</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Tidak ada kartu yang dapat dipilih.</source>
        <translation>There are no cards to select.</translation>
    </message>
    <message>
        <source>{count} dari {total} kartu dipilih</source>
        <translation>{count} of {total} cards selected</translation>
    </message>
</context>
<context>
    <name>CentralStatusDialog</name>
    <message>
        <source>Catat status dari Dispendukcapil</source>
        <translation>Record status from Dispendukcapil</translation>
    </message>
    <message>
        <source>{request}. Catat di sini langkah yang sudah diambil Dispendukcapil selama belum ada sambungan sinkronisasi. Tercatat atas nama Anda (supervisor, manual).</source>
        <translation>{request}. Record here the steps Dispendukcapil has already taken, as long as there is no sync connection yet. Recorded in your name (supervisor, manual).</translation>
    </message>
    <message>
        <source>mis. nama ibu berbeda dengan KK</source>
        <translation>e.g. mother&apos;s name differs from the KK</translation>
    </message>
    <message>
        <source>nomor pada akta yang terbit</source>
        <translation>number on the issued certificate</translation>
    </message>
    <message>
        <source>&amp;Status baru</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <source>&amp;Alasan dikembalikan</source>
        <translation>Reason for re&amp;turn</translation>
    </message>
    <message>
        <source>&amp;Nomor akta</source>
        <translation>Certificate n&amp;umber</translation>
    </message>
    <message>
        <source>&amp;Catat status</source>
        <translation>&amp;Record status</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Pilih status baru.</source>
        <translation>Choose the new status.</translation>
    </message>
</context>
<context>
    <name>ChildFields</name>
    <message>
        <source>Anak</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>mis. RSUD dr. Mohamad Saleh, Kota Probolinggo</source>
        <translation>e.g. RSUD dr. Mohamad Saleh, Kota Probolinggo</translation>
    </message>
    <message>
        <source>mis. 3,2</source>
        <translation>e.g. 3,2</translation>
    </message>
    <message>
        <source>mis. 49</source>
        <translation>e.g. 49</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tempat dilahirkan</source>
        <translation>Born at</translation>
    </message>
    <message>
        <source>Tempat kelahiran</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal dan pukul</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Jenis kelahiran</source>
        <translation>Type of birth</translation>
    </message>
    <message>
        <source>Kelahiran ke-</source>
        <translation>Birth order</translation>
    </message>
    <message>
        <source>Penolong kelahiran</source>
        <translation>Birth attendant</translation>
    </message>
    <message>
        <source>Berat dan panjang</source>
        <translation>Weight and length</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>Berat bayi</source>
        <translation>Baby&apos;s weight</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Panjang bayi</source>
        <translation>Baby&apos;s length</translation>
    </message>
</context>
<context>
    <name>CloseWhileRunning</name>
    <message>
        <source>Sidak masih berlangsung</source>
        <translation>Spot inspection still in progress</translation>
    </message>
    <message>
        <source>Sidak masih berlangsung. Jendela loket tetap menampilkan pemberitahuan sidak sampai sidak diakhiri dengan “Selesai &amp; buat laporan”. Tutup konsol sekarang?</source>
        <translation>The spot inspection is still in progress. Counter windows keep showing the spot inspection notice until it is ended with “Finish &amp; create report”. Close the console now?</translation>
    </message>
    <message>
        <source>Tutup konsol</source>
        <translation>Close console</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Permohonan ini</source>
        <translation>This application</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>(draf)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>(belum diajukan)</source>
        <translation>(not submitted yet)</translation>
    </message>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nomor permohonan</source>
        <translation>Application number</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Tempat kelahiran</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Jenis kelahiran</source>
        <translation>Type of birth</translation>
    </message>
    <message>
        <source>Kelahiran ke-</source>
        <translation>Birth order</translation>
    </message>
    <message>
        <source>Ibu</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>NIK ibu</source>
        <translation>Mother&apos;s NIK</translation>
    </message>
    <message>
        <source>Ayah</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>NIK ayah</source>
        <translation>Father&apos;s NIK</translation>
    </message>
    <message>
        <source>Pelapor</source>
        <translation>Informant</translation>
    </message>
    <message>
        <source>Nama almarhum/almarhumah</source>
        <translation>Name of the deceased</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Meninggal</source>
        <translation>Died</translation>
    </message>
    <message>
        <source>Tempat kematian</source>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Sebab kematian</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>Berbeda dengan permohonan ini</source>
        <translation>Differs from this application</translation>
    </message>
</context>
<context>
    <name>CounterDetail</name>
    <message>
        <source>← Semua loket</source>
        <translation>← All counters</translation>
    </message>
    <message>
        <source>Cetak uji</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Temuan untuk loket ini</source>
        <translation>Findings for this counter</translation>
    </message>
    <message>
        <source>Tulis temuan (mis. antrean tertib, persyaratan dijelaskan, printer rusak).</source>
        <translation>Write findings (e.g. orderly queue, requirements explained, printer broken).</translation>
    </message>
    <message>
        <source>Semua kegiatan</source>
        <translation>All activity</translation>
    </message>
    <message>
        <source>Cari petugas, tindakan atau nomor</source>
        <translation>Search officer, action or number</translation>
    </message>
    <message>
        <source>Buka catatan</source>
        <translation>Open record</translation>
    </message>
    <message>
        <source>Buka catatan baris ini, hanya baca (tercatat)</source>
        <translation>Open this row&apos;s record, read-only (logged)</translation>
    </message>
    <message>
        <source>Kegiatan hari ini</source>
        <translation>Today&apos;s activity</translation>
    </message>
    <message>
        <source>Tidak ada gambar layar loket ini.</source>
        <translation>No screen image from this counter.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Langsung · gambar {age}</source>
        <translation>Live · image {age}</translation>
    </message>
    <message>
        <source>Offline · gambar terakhir {age}</source>
        <translation>Offline · last image {age}</translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Petugas: tidak ada yang masuk</source>
        <translation>Officer: nobody signed in</translation>
    </message>
    <message>
        <source>Melayani {code} ({service}) sejak {length}</source>
        <translation>Serving {code} ({service}) for {length}</translation>
    </message>
    <message>
        <source>Tidak sedang melayani</source>
        <translation>Not serving</translation>
    </message>
    <message>
        <source>Mencetak halaman uji di {printer}…</source>
        <translation>Printing a test page on {printer}…</translation>
    </message>
    <message>
        <source>Halaman uji terkirim ke {printer}. Hasil tercatat.</source>
        <translation>Test page sent to {printer}. Result logged.</translation>
    </message>
    <message>
        <source>Cetak uji gagal: {why} Hasil tercatat.</source>
        <translation>Test print failed: {why} Result logged.</translation>
    </message>
</context>
<context>
    <name>CounterNameDialog</name>
    <message>
        <source>mis. Loket 3</source>
        <translation>e.g. Loket 3</translation>
    </message>
    <message>
        <source>&amp;Nama loket</source>
        <translation>Counter &amp;name</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CounterTile</name>
    <message>
        <source>Perbesar</source>
        <translation>Enlarge</translation>
    </message>
    <message>
        <source>Offline — program loket tidak berjalan atau belum mengirim gambar.</source>
        <translation>Offline — the counter program is not running or has not sent an image yet.</translation>
    </message>
    <message>
        <source>Mulai sidak untuk melihat layar loket ini.</source>
        <translation>Start a spot inspection to see this counter&apos;s screen.</translation>
    </message>
    <message>
        <source>gambar {age}</source>
        <translation>image {age}</translation>
    </message>
    <message>
        <source>Petugas: {name}</source>
        <translation>Officer: {name}</translation>
    </message>
    <message>
        <source>Petugas: tidak ada yang masuk</source>
        <translation>Officer: nobody signed in</translation>
    </message>
    <message>
        <source>Melayani {code} ({service}) · {length}</source>
        <translation>Serving {code} ({service}) · {length}</translation>
    </message>
    <message>
        <source>Tidak sedang melayani</source>
        <translation>Not serving</translation>
    </message>
    <message>
        <source>● Langsung</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Offline</translation>
    </message>
</context>
<context>
    <name>CountersModel</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Loket pelayanan di kantor ini, berurutan. Nama bisa diubah dengan klik dua kali; loket bisa ditambah nanti di Pengaturan.</source>
        <translation>The service counters in this office, in order. Double-click a name to change it; more counters can be added later in Settings.</translation>
    </message>
    <message>
        <source>Nama loket baru, mis. Loket 3</source>
        <translation>New counter name, e.g. Loket 3</translation>
    </message>
    <message>
        <source>&amp;Tambah</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu loket.</source>
        <translation>Add at least one counter.</translation>
    </message>
    <message>
        <source>Ada loket tanpa nama: isi namanya atau hapus barisnya.</source>
        <translation>A counter has no name: enter its name or remove the row.</translation>
    </message>
    <message>
        <source>Nama loket paling panjang {count} karakter: {name}</source>
        <translation>Counter names can be at most {count} characters: {name}</translation>
    </message>
    <message>
        <source>Loket {name} tercantum dua kali.</source>
        <translation>Counter {name} is listed twice.</translation>
    </message>
</context>
<context>
    <name>CountersTab</name>
    <message>
        <source>&amp;Tambah loket…</source>
        <translation>Add &amp;counter…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Loket yang dinonaktifkan tidak muncul lagi saat masuk dan di layar antrean; riwayatnya tetap tersimpan.</source>
        <translation>Deactivated counters no longer appear at sign-in or on the queue display; their history is kept.</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>Tambah loket</source>
        <translation>Add counter</translation>
    </message>
    <message>
        <source>Loket {name} ditambahkan.</source>
        <translation>Counter {name} added.</translation>
    </message>
    <message>
        <source>Ubah nama loket</source>
        <translation>Rename counter</translation>
    </message>
    <message>
        <source>Loket {name} disimpan.</source>
        <translation>Counter {name} saved.</translation>
    </message>
    <message>
        <source>Loket {name} dinonaktifkan.</source>
        <translation>Counter {name} deactivated.</translation>
    </message>
    <message>
        <source>Loket {name} diaktifkan lagi.</source>
        <translation>Counter {name} reactivated.</translation>
    </message>
</context>
<context>
    <name>CustodyTimelineModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Peristiwa audit</source>
        <translation>Audit event</translation>
    </message>
    <message>
        <source>No. {seq}</source>
        <translation>No. {seq}</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>DeadlineBox</name>
    <message>
        <source>Batas pelaporan</source>
        <translation>Reporting deadline</translation>
    </message>
    <message>
        <source>kelahiran</source>
        <translation>birth</translation>
    </message>
    <message>
        <source>kematian</source>
        <translation>death</translation>
    </message>
    <message>
        <source>{days} hari kerja</source>
        <translation>{days} working days</translation>
    </message>
    <message>
        <source>{days} hari</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>Isi tanggal {event} untuk melihat batasnya.</source>
        <translation>Enter the date of {event} to see the deadline.</translation>
    </message>
    <message>
        <source>Dilaporkan paling lambat {period} sesudah {event}.</source>
        <translation>Must be reported within {period} after the {event}.</translation>
    </message>
    <message>
        <source>TERLAMBAT {days} hari</source>
        <translation>LATE by {days} days</translation>
    </message>
    <message>
        <source>Tepat waktu sampai {date}</source>
        <translation>On time until {date}</translation>
    </message>
    <message>
        <source>Hari ini batas terakhir.</source>
        <translation>Today is the last day.</translation>
    </message>
    <message>
        <source>Masih {left} hari lagi (batas {period} sesudah {event}).</source>
        <translation>{left} days left (deadline {period} after the {event}).</translation>
    </message>
    <message>
        <source>Dilaporkan {date}: terlambat {days} hari</source>
        <translation>Reported {date}: {days} days late</translation>
    </message>
    <message>
        <source>Dilaporkan {date}: tepat waktu</source>
        <translation>Reported {date}: on time</translation>
    </message>
    <message>
        <source>Batas pelaporan {date}.</source>
        <translation>Reporting deadline {date}.</translation>
    </message>
</context>
<context>
    <name>DeceasedFields</name>
    <message>
        <source>Almarhum/almarhumah</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>mis. rumah duka, Jl. Mawar 12, Kademangan</source>
        <translation>e.g. funeral home, Jl. Mawar 12, Kademangan</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Meninggal pada</source>
        <translation>Died on</translation>
    </message>
    <message>
        <source>Tanggal kematian</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Pukul</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Sebab kematian</source>
        <translation>Cause of death</translation>
    </message>
    <message>
        <source>Tempat kematian</source>
        <translation>Place of death</translation>
    </message>
    <message>
        <source>Yang menerangkan</source>
        <translation>Certified by</translation>
    </message>
</context>
<context>
    <name>DestructionTab</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tempat dan cara</source>
        <translation>Place and method</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Saksi</source>
        <translation>Witnesses</translation>
    </message>
    <message>
        <source>Disiapkan</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Segel audit</source>
        <translation>Audit seal</translation>
    </message>
    <message>
        <source>Belum ada pemusnahan. Kartu yang disimpan atau sudah diserahkan dapat dimusnahkan: Siapkan pemusnahan (Ctrl+N).</source>
        <translation>No destructions yet. Cards in storage or already handed over can be destroyed: Prepare destruction (Ctrl+N).</translation>
    </message>
    <message>
        <source>Kartu yang disimpan atau sudah diserahkan dibakar disaksikan kecamatan, Satpol PP dan Inspektorat (SE Mendagri 470.13/11176/SJ); Berita Acara dicetak setelah supervisor mengonfirmasi.</source>
        <translation>Cards in storage or already handed over are burned, witnessed by the kecamatan, Satpol PP and the Inspectorate (SE Mendagri 470.13/11176/SJ); the Berita Acara is printed after a supervisor confirms.</translation>
    </message>
    <message>
        <source>Siapkan &amp;pemusnahan… (Ctrl+N)</source>
        <translation>Prepare &amp;destruction… (Ctrl+N)</translation>
    </message>
    <message>
        <source>{place}, {method}</source>
        <translation>{place}, {method}</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Pemusnahan · {number}</source>
        <translation>Destruction · {number}</translation>
    </message>
    <message>
        <source>Berita Acara Pemusnahan {number}</source>
        <translation>Official Report of Destruction {number}</translation>
    </message>
    <message>
        <source>{count} kartu sudah {method} pada {day} seperti tertulis di berita acara {number}?</source>
        <translation>Were {count} cards {method} on {day} as stated in official report {number}?</translation>
    </message>
    <message>
        <source>Berita Acara dapat dicetak setelah pemusnahan dikonfirmasi supervisor.</source>
        <translation>The Berita Acara can be printed once a supervisor has confirmed the destruction.</translation>
    </message>
</context>
<context>
    <name>DiscardBatchDialog</name>
    <message>
        <source>Batalkan berkas</source>
        <translation>Discard batch</translation>
    </message>
    <message>
        <source>Berkas {number} dibatalkan; kartunya dapat dipilih lagi untuk berkas lain. Daftarnya tetap tercatat di jejak audit.</source>
        <translation>Batch {number} will be discarded; its cards can be selected again for another batch. The list remains recorded in the audit trail.</translation>
    </message>
    <message>
        <source>mis. jadwal pemusnahan diundur</source>
        <translation>e.g. destruction rescheduled</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Batalkan &amp;berkas</source>
        <translation>Discard &amp;batch</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
</context>
<context>
    <name>DiscardDialog</name>
    <message>
        <source>Formulir baru</source>
        <translation>New form</translation>
    </message>
    <message>
        <source>Isian yang belum disimpan akan hilang. Mulai formulir baru?</source>
        <translation>Unsaved entries will be lost. Start a new form?</translation>
    </message>
    <message>
        <source>Pilih Batal lalu tekan Ctrl+S untuk menyimpan draf dulu.</source>
        <translation>Choose Cancel, then press Ctrl+S to save a draft first.</translation>
    </message>
    <message>
        <source>&amp;Buang dan mulai baru</source>
        <translation>&amp;Discard and start new</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DismissNoteDialog</name>
    <message>
        <source>Tutup catatan {seq}</source>
        <translation>Close note {seq}</translation>
    </message>
    <message>
        <source>Catatan ini tidak akan dikirim lagi. Tuliskan bagaimana masalahnya diselesaikan dengan pusat.</source>
        <translation>This note will not be sent again. Describe how the problem was resolved with the central office.</translation>
    </message>
    <message>
        <source>&amp;Tutup catatan</source>
        <translation>&amp;Close note</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Papan Antrean</source>
        <translation>Queue Board</translation>
    </message>
    <message>
        <source>Kelurahan {name}</source>
        <translation>Kelurahan {name}</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan} · {kota}</source>
        <translation>Kecamatan {kecamatan} · {kota}</translation>
    </message>
    <message>
        <source>Panggilan terakhir</source>
        <translation>Last calls</translation>
    </message>
    <message>
        <source>Antrean menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Selamat datang di Kantor Kelurahan {name}. Layanan akta kelahiran, akta kematian, dan KTP-el gratis. Ambil nomor antrean di anjungan dan perhatikan panggilan di layar ini.</source>
        <translation>Welcome to the Kelurahan {name} Office. Birth certificates, death certificates and KTP-el are free of charge. Take a queue number at the kiosk and watch this screen for your call.</translation>
    </message>
    <message>
        <source>⚠ Data belum diperbarui</source>
        <translation>⚠ Data not updated</translation>
    </message>
</context>
<context>
    <name>DocumentsChecklist</name>
    <message>
        <source>Belum ada</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>✓ Ada</source>
        <translation>✓ Present</translation>
    </message>
    <message>
        <source>{count} dokumen wajib belum ada: permohonan dapat disimpan sebagai draf, tetapi belum dapat diajukan.</source>
        <translation>{count} required documents missing: the application can be saved as a draft but cannot be submitted yet.</translation>
    </message>
    <message>
        <source>Semua dokumen wajib sudah ada.</source>
        <translation>All required documents are present.</translation>
    </message>
    <message>
        <source>{requirement} — salah satu:</source>
        <translation>{requirement} — one of:</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Kemungkinan permohonan ganda</source>
        <translation>Possible duplicate application</translation>
    </message>
    <message>
        <source>Sudah ada permohonan akta kelahiran dengan NIK ibu dan tanggal lahir anak yang sama. Anak kembar memang begitu; anak yang sama tidak boleh didaftarkan dua kali.</source>
        <translation>There is already a birth certificate application with the same mother&apos;s NIK and child&apos;s date of birth. That is expected for twins; the same child must not be registered twice.</translation>
    </message>
    <message>
        <source>Sudah ada permohonan akta kematian dengan NIK almarhum/almarhumah yang sama.</source>
        <translation>There is already a death certificate application with the same NIK of the deceased.</translation>
    </message>
    <message>
        <source>Bandingkan, lalu putuskan. Kotak kuning: berbeda dengan permohonan ini.</source>
        <translation>Compare, then decide. Yellow boxes: different from this application.</translation>
    </message>
    <message>
        <source>Permohonan ini mungkin sudah pernah didaftarkan</source>
        <translation>This application may already have been registered</translation>
    </message>
    <message>
        <source>Ini permohonan yang sama — batalkan</source>
        <translation>This is the same application — cancel</translation>
    </message>
    <message>
        <source>Bukan duplikat — lanjutkan</source>
        <translation>Not a duplicate — continue</translation>
    </message>
</context>
<context>
    <name>FailedPrintDialog</name>
    <message>
        <source>Gagal cetak</source>
        <translation>Failed print</translation>
    </message>
    <message>
        <source>{job}. Blanko {serial} dicatat sebagai kartu rusak (salah cetak) dan tidak kembali ke stok. Pekerjaan ini dapat diantrekan lagi dengan blanko baru.</source>
        <translation>{job}. Blank card {serial} is recorded as a spoiled card (misprint) and does not go back into stock. This job can be queued again with a new blank card.</translation>
    </message>
    <message>
        <source>mis. foto bergaris, chip tidak terbaca</source>
        <translation>e.g. streaked photo, chip unreadable</translation>
    </message>
    <message>
        <source>mis. utuh, cetakan pudar</source>
        <translation>e.g. intact, faded print</translation>
    </message>
    <message>
        <source>mis. lemari besi ruang Sekretaris</source>
        <translation>e.g. safe in the Secretary&apos;s room</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Kondisi kartu</source>
        <translation>Card con&amp;dition</translation>
    </message>
    <message>
        <source>Disimpan &amp;di</source>
        <translation>Stored &amp;in</translation>
    </message>
    <message>
        <source>Catat &amp;gagal cetak</source>
        <translation>Record &amp;failed print</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>FailureDialog</name>
    <message>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <source>Terjadi kesalahan yang tidak terduga.</source>
        <translation>An unexpected error occurred.</translation>
    </message>
    <message>
        <source>Pekerjaan yang sudah disimpan tetap aman, dan Anda dapat melanjutkan. Bila kesalahan ini muncul lagi, simpan berkas diagnosis dan serahkan ke layanan bantuan Dispendukcapil. Berkas itu tidak berisi data penduduk, kata sandi, atau kunci kantor.</source>
        <translation>Work already saved is safe, and you can continue. If this error appears again, save a diagnostic file and give it to the Dispendukcapil help desk. The file contains no resident data, passwords or office keys.</translation>
    </message>
    <message>
        <source>&amp;Simpan berkas diagnosis…</source>
        <translation>&amp;Save diagnostic file…</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Menyimpan berkas diagnosis…</source>
        <translation>Saving diagnostic file…</translation>
    </message>
    <message>
        <source>Berkas diagnosis disimpan: {path}</source>
        <translation>Diagnostic file saved: {path}</translation>
    </message>
    <message>
        <source>Berkas diagnosis tidak dapat disimpan: {reason}</source>
        <translation>Diagnostic file could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Selesai &amp; buat laporan</source>
        <translation>Finish &amp; create report</translation>
    </message>
    <message>
        <source>Setelah sidak diakhiri, gambar layar loket dihapus; gambar terakhir disimpan di Laporan Sidak bersama angka saat ini dan temuan di bawah.</source>
        <translation>Once the spot inspection ends, the counter screen images are deleted; the last images are kept in the Spot Inspection Report together with the current figures and the findings below.</translation>
    </message>
    <message>
        <source>Temuan {counter}</source>
        <translation>Findings: {counter}</translation>
    </message>
    <message>
        <source>Temuan umum</source>
        <translation>General findings</translation>
    </message>
    <message>
        <source>Akhiri sidak &amp;&amp; buat laporan</source>
        <translation>End inspection &amp;&amp; create report</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Penyiapan Kelurahan Desk</source>
        <translation>Kelurahan Desk setup</translation>
    </message>
    <message>
        <source>&amp;Kembali</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Data kantor perlu diperbaiki: kembali ke halaman Kantor.</source>
        <translation>The office details need correcting: go back to the Office page.</translation>
    </message>
    <message>
        <source>Akun {user} bukan admin.</source>
        <translation>Account {user} is not an admin.</translation>
    </message>
</context>
<context>
    <name>FlaggedVisitsDialog</name>
    <message>
        <source>Kunjungan dengan data janggal</source>
        <translation>Visits with implausible data</translation>
    </message>
    <message>
        <source>Kunjungan ini tidak dihitung dalam angka laporan karena waktunya tidak masuk akal (mis. jam komputer salah). Periksa jam komputer kios dan loket.</source>
        <translation>These visits are left out of the report figures because their times make no sense (e.g. a computer clock was wrong). Check the clocks of the kiosk and counter computers.</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>FlaggedVisitsModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Aturan kantor</source>
        <translation>Office rules</translation>
    </message>
    <message>
        <source>&amp;Simpan pengaturan</source>
        <translation>&amp;Save settings</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Program membuat cadangan harian sendiri dan sebelum setiap pembaruan. Buat cadangan manual sebelum memindahkan komputer atau memperbaikinya. Folder: {folder}</source>
        <translation>The program makes a backup every day and before every update on its own. Make a manual backup before moving or repairing the computer. Folder: {folder}</translation>
    </message>
    <message>
        <source>Buat &amp;cadangan sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Membuat cadangan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {time}.</source>
        <translation>Backup made: {time}.</translation>
    </message>
    <message>
        <source>Cadangan gagal dibuat. Periksa ruang disk lalu coba lagi. ({detail})</source>
        <translation>The backup failed. Check the free disk space and try again. ({detail})</translation>
    </message>
</context>
<context>
    <name>HandOverCardDialog</name>
    <message>
        <source>Serahkan KTP-el</source>
        <translation>Hand over KTP-el</translation>
    </message>
    <message>
        <source>{job}. KTP-el dengan blanko {serial} diserahkan sekarang.</source>
        <translation>{job}. The KTP-el on blank card {serial} is being handed over now.</translation>
    </message>
    <message>
        <source>&amp;Pemohon sendiri</source>
        <translation>&amp;Applicant in person</translation>
    </message>
    <message>
        <source>Di&amp;wakilkan (kuasa)</source>
        <translation>By &amp;proxy (authorised)</translation>
    </message>
    <message>
        <source>nama penerima kuasa</source>
        <translation>name of the authorised person</translation>
    </message>
    <message>
        <source>&amp;KTP-el atau identitas penerima sudah dicocokkan</source>
        <translation>&amp;Recipient&apos;s KTP-el or ID has been checked</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>&amp;Nama kuasa</source>
        <translation>Proxy &amp;name</translation>
    </message>
    <message>
        <source>N&amp;IK kuasa</source>
        <translation>Proxy N&amp;IK</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Serahkan akta</source>
        <translation>Hand over certificate</translation>
    </message>
    <message>
        <source>{request}. Akta nomor {number} diserahkan kepada penerima yang menunjukkan KTP-el dan tanda terima.</source>
        <translation>{request}. Certificate number {number} is handed over to the recipient who shows a KTP-el and the receipt.</translation>
    </message>
    <message>
        <source>16 angka, dari KTP-el penerima</source>
        <translation>16 digits, from the recipient&apos;s KTP-el</translation>
    </message>
    <message>
        <source>&amp;KTP-el penerima sudah dicocokkan</source>
        <translation>&amp;Recipient&apos;s KTP-el has been checked</translation>
    </message>
    <message>
        <source>Penerima adalah &amp;pelapor</source>
        <translation>Recipient is the in&amp;formant</translation>
    </message>
    <message>
        <source>&amp;Nama penerima</source>
        <translation>Recipient&apos;s &amp;name</translation>
    </message>
    <message>
        <source>N&amp;IK penerima</source>
        <translation>Recipient&apos;s N&amp;IK</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>&amp;Serahkan</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>HandOverTab</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Disiapkan</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Segel audit</source>
        <translation>Audit seal</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Belum ada serah terima. Kartu yang sudah disimpan dapat diserahkan ke Dispendukcapil: Siapkan serah terima (Ctrl+N).</source>
        <translation>No handovers yet. Stored cards can be handed over to Dispendukcapil: Prepare handover (Ctrl+N).</translation>
    </message>
    <message>
        <source>Kartu yang disimpan diserahkan ke Dispendukcapil dengan berita acara serah terima; supervisor lain (bukan yang menyiapkan) mengonfirmasinya setelah penyerahan.</source>
        <translation>Stored cards are handed over to Dispendukcapil with an official report of handover; another supervisor (not the one who prepared it) confirms it after the handover.</translation>
    </message>
    <message>
        <source>Siapkan &amp;serah terima… (Ctrl+N)</source>
        <translation>Prepare &amp;handover… (Ctrl+N)</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Serah terima · {number}</source>
        <translation>Handover · {number}</translation>
    </message>
    <message>
        <source>Berita Acara Serah Terima {number}</source>
        <translation>Official Report of Handover {number}</translation>
    </message>
    <message>
        <source>{count} kartu sudah diterima {name} dari Dispendukcapil?</source>
        <translation>Were {count} cards received by {name} from Dispendukcapil?</translation>
    </message>
</context>
<context>
    <name>InspectionWindow</name>
    <message>
        <source>Konsol Sidak — Kelurahan {name}</source>
        <translation>Spot Inspection Console — Kelurahan {name}</translation>
    </message>
    <message>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Konsol sidak</source>
        <translation>Spot inspection console</translation>
    </message>
    <message>
        <source>Konsol sidak hanya untuk peran Inspektur (sidak). Anda masuk sebagai {role}.</source>
        <translation>The spot inspection console is only for the Inspector (spot inspection) role. You are signed in as {role}.</translation>
    </message>
</context>
<context>
    <name>KartuRusakPage</name>
    <message>
        <source>Kartu Rusak</source>
        <translation>Spoiled cards</translation>
    </message>
    <message>
        <source>KTP-el rusak atau tidak berlaku: dicatat, disimpan, diserahkan ke Dispendukcapil, lalu dimusnahkan dengan berita acara. Setiap langkah tercatat di rantai audit.</source>
        <translation>Damaged or invalid KTP-el cards: recorded, stored, handed over to Dispendukcapil, then destroyed with an official report. Every step is recorded in the audit chain.</translation>
    </message>
    <message>
        <source>&amp;Kartu rusak</source>
        <translation>&amp;Spoiled cards</translation>
    </message>
    <message>
        <source>&amp;Serah terima</source>
        <translation>&amp;Handover</translation>
    </message>
    <message>
        <source>&amp;Pemusnahan</source>
        <translation>&amp;Destruction</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Ambil nomor antrean</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <source>Selamat datang di Kantor Kelurahan {name}</source>
        <translation>Welcome to the Kelurahan {name} Office</translation>
    </message>
    <message>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Silakan sentuh layanan yang Anda perlukan.</source>
        <translation>Please touch the service you need.</translation>
    </message>
    <message>
        <source>Prioritas:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Bila berhak didahulukan, sentuh pilihan Anda dulu, lalu sentuh layanan.</source>
        <translation>If you are entitled to go first, touch your option first, then touch the service.</translation>
    </message>
    <message>
        <source>Perlu bantuan? Silakan tanyakan kepada petugas.</source>
        <translation>Need help? Please ask our staff.</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Nomor antrean Anda</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <source>Maaf, nomor antrean tidak dapat diambil</source>
        <translation>Sorry, we cannot give you a queue number</translation>
    </message>
    <message>
        <source>Silakan pilih layanan lain atau tanyakan kepada petugas.</source>
        <translation>Please choose another service or ask our staff.</translation>
    </message>
    <message>
        <source>Menunggu: {count} orang</source>
        <translation>People waiting: {count}</translation>
    </message>
    <message>
        <source>Maaf, terjadi gangguan. Silakan coba sekali lagi.</source>
        <translation>Sorry, something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>Prioritas: {reason}</source>
        <translation>Priority: {reason}</translation>
    </message>
    <message>
        <source>Di depan Anda: {count} orang</source>
        <translation>People ahead of you: {count}</translation>
    </message>
    <message>
        <source>Karcis sedang dicetak…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Karcis tidak dapat dicetak: {reason} Nomor Anda: {code}. Silakan catat nomor ini.</source>
        <translation>Your ticket could not be printed: {reason} Your number: {code}. Please write this number down.</translation>
    </message>
    <message>
        <source>Silakan ambil karcis Anda.</source>
        <translation>Please take your ticket.</translation>
    </message>
</context>
<context>
    <name>KkField</name>
    <message>
        <source>Wilayah KK: {region}</source>
        <translation>KK region: {region}</translation>
    </message>
</context>
<context>
    <name>KtpElPage</name>
    <message>
        <source>KTP-el</source>
        <translation>KTP-el</translation>
    </message>
    <message>
        <source>Antrean cetak KTP-el dan stok blanko. Setiap blanko tercatat di tepat satu tempat: di stok, tercetak pada pekerjaan, atau rusak.</source>
        <translation>KTP-el print queue and blank card stock. Every blank card is recorded in exactly one place: in stock, printed for a job, or spoiled.</translation>
    </message>
    <message>
        <source>Antrean &amp;cetak</source>
        <translation>&amp;Print queue</translation>
    </message>
    <message>
        <source>Stok &amp;blanko</source>
        <translation>&amp;Blank card stock</translation>
    </message>
    <message>
        <source>Nomor &amp;seri</source>
        <translation>&amp;Serial numbers</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Akta Kelahiran</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Akta Kematian</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>KTP-el</source>
        <translation>KTP-el</translation>
    </message>
    <message>
        <source>Kartu Rusak</source>
        <translation>Spoiled cards</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Sidak</source>
        <translation>Spot inspection</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kelurahan Desk — Kelurahan {name}</source>
        <translation>Kelurahan Desk — Kelurahan {name}</translation>
    </message>
    <message>
        <source>Tentang Kelurahan Desk (F1)</source>
        <translation>About Kelurahan Desk (F1)</translation>
    </message>
    <message>
        <source>Kelurahan Desk</source>
        <translation>Kelurahan Desk</translation>
    </message>
    <message>
        <source>Kel. {name}
Kec. {kecamatan}, {kota}</source>
        <translation>Kel. {name}
Kec. {kecamatan}, {kota}</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>Permohonan Akta</source>
        <translation>Certificate applications</translation>
    </message>
    <message>
        <source>Kunci layar (Ctrl+L)</source>
        <translation>Lock screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keluar (Ctrl+Shift+Q)</source>
        <translation>Sign out (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Tanda terima {number} dipindai, tetapi peran Anda tidak dapat membuka permohonan akta.</source>
        <translation>Receipt {number} was scanned, but your role cannot open certificate applications.</translation>
    </message>
    <message>
        <source>Formulir permohonan belum tersedia di versi ini.</source>
        <translation>The application form is not available in this version yet.</translation>
    </message>
    <message>
        <source>Layar terkunci.
Masukkan kata sandi untuk melanjutkan.</source>
        <translation>Screen locked.
Enter your password to continue.</translation>
    </message>
    <message>
        <source>Pengguna: {name}</source>
        <translation>User: {name}</translation>
    </message>
    <message>
        <source>Peran: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Loket: {name}</source>
        <translation>Counter: {name}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Catatan berikut sudah diterima pusat tetapi tidak dapat diterapkan di sana. Catatan lain tetap terkirim. Selesaikan penyebabnya bersama Dispendukcapil, lalu kirim ulang, atau tutup catatan bila sudah beres dengan cara lain.</source>
        <translation>The central office received the following notes but could not apply them there. Other notes were still sent. Resolve the cause together with Dispendukcapil, then resend, or close the note if it has been settled another way.</translation>
    </message>
    <message>
        <source>&amp;Kirim ulang</source>
        <translation>&amp;Resend</translation>
    </message>
    <message>
        <source>T&amp;utup catatan…</source>
        <translation>C&amp;lose note…</translation>
    </message>
    <message>
        <source>Tutu&amp;p</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Hanya supervisor atau admin yang dapat melihat dan menindaklanjuti catatan ini. Hubungi supervisor.</source>
        <translation>Only a supervisor or admin can view and follow up these notes. Contact your supervisor.</translation>
    </message>
    <message>
        <source>Catatan {seq} dikirim ulang sebagai catatan {new}.</source>
        <translation>Note {seq} resent as note {new}.</translation>
    </message>
    <message>
        <source>Catatan {seq} ditutup.</source>
        <translation>Note {seq} closed.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>huruf kecil, mis. siti.r</source>
        <translation>lowercase, e.g. siti.r</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Nama &amp;lengkap</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Peran</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>Re&amp;type password</translation>
    </message>
    <message>
        <source>Buat &amp;akun</source>
        <translation>Create &amp;account</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kata sandi yang diulang tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk {user}. Serahkan langsung kepada pemilik akun; kunci akun karena salah kata sandi ikut dibuka.</source>
        <translation>New password for {user}. Hand it to the account owner in person; any lockout from wrong passwords is lifted too.</translation>
    </message>
    <message>
        <source>Kata sandi ba&amp;ru</source>
        <translation>New pass&amp;word</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi</source>
        <translation>Re&amp;type password</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>NikField</name>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>lahir {date}</source>
        <translation>born {date}</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>{count} dari {total} angka</source>
        <translation>{count} of {total} digits</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>— pilih kecamatan —</source>
        <translation>— choose kecamatan —</translation>
    </message>
    <message>
        <source>{kecamatan} — {kota}</source>
        <translation>{kecamatan} — {kota}</translation>
    </message>
    <message>
        <source>— pilih kelurahan —</source>
        <translation>— choose kelurahan —</translation>
    </message>
    <message>
        <source>mis. 35.74.01.1007</source>
        <translation>e.g. 35.74.01.1007</translation>
    </message>
    <message>
        <source>Pilih dari daftar {kota}, atau ketik kode wilayah Kemendagri.</source>
        <translation>Choose from the {kota} list, or type the Kemendagri region code.</translation>
    </message>
    <message>
        <source>&amp;Kecamatan</source>
        <translation>&amp;Kecamatan</translation>
    </message>
    <message>
        <source>Kel&amp;urahan</source>
        <translation>Kel&amp;urahan</translation>
    </message>
    <message>
        <source>Ko&amp;de wilayah Kemendagri</source>
        <translation>Kemendagri &amp;region code</translation>
    </message>
    <message>
        <source>Kelurahan di luar daftar kami</source>
        <translation>Kelurahan not in our list</translation>
    </message>
    <message>
        <source>Kode ini tidak ada di daftar wilayah program. Isi namanya sesuai daftar Kemendagri.</source>
        <translation>This code is not in the program&apos;s region list. Enter the names as they appear in the Kemendagri list.</translation>
    </message>
    <message>
        <source>&amp;Nama kelurahan atau desa</source>
        <translation>Kelurahan or &amp;village name</translation>
    </message>
    <message>
        <source>Nama keca&amp;matan</source>
        <translation>Kecamatan na&amp;me</translation>
    </message>
    <message>
        <source>Kabupaten atau k&amp;ota</source>
        <translation>Regency or &amp;city</translation>
    </message>
    <message>
        <source>&amp;Zona waktu</source>
        <translation>&amp;Time zone</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Kelurahan mana yang dilayani komputer ini? Kode wilayah tercetak di nomor antrean dan semua data yang dikirim ke Dispendukcapil.</source>
        <translation>Which kelurahan does this computer serve? The region code is printed on queue tickets and on all data sent to Dispendukcapil.</translation>
    </message>
    <message>
        <source>Data kantor ini sudah tersimpan. Ubah nanti lewat Pengaturan bila perlu.</source>
        <translation>This office&apos;s details are already saved. Change them later in Settings if needed.</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>Data kantor</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>OldCardDialog</name>
    <message>
        <source>Terima KTP-el lama</source>
        <translation>Receive old KTP-el</translation>
    </message>
    <message>
        <source>{job}. KTP-el lama dicatat sebagai kartu rusak dengan NIK {nik}.</source>
        <translation>{job}. The old KTP-el is recorded as a spoiled card with NIK {nik}.</translation>
    </message>
    <message>
        <source>mis. patah di sudut, chip retak</source>
        <translation>e.g. broken at the corner, cracked chip</translation>
    </message>
    <message>
        <source>mis. kartu rusak, perubahan status</source>
        <translation>e.g. damaged card, change of status</translation>
    </message>
    <message>
        <source>bila terbaca di kartu</source>
        <translation>if readable on the card</translation>
    </message>
    <message>
        <source>mis. lemari besi ruang Sekretaris</source>
        <translation>e.g. safe in the Secretary&apos;s room</translation>
    </message>
    <message>
        <source>&amp;Kondisi kartu</source>
        <translation>Card con&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Nomor &amp;seri</source>
        <translation>&amp;Serial number</translation>
    </message>
    <message>
        <source>Disimpan &amp;di</source>
        <translation>Stored &amp;in</translation>
    </message>
    <message>
        <source>&amp;Terima kartu lama</source>
        <translation>Receive &amp;old card</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>OpenRecordDialog</name>
    <message>
        <source>Buka catatan (hanya baca)</source>
        <translation>Open record (read-only)</translation>
    </message>
    <message>
        <source>mis. 3574011007-AKL-2025-00012</source>
        <translation>e.g. 3574011007-AKL-2025-00012</translation>
    </message>
    <message>
        <source>Setiap catatan yang dibuka tercatat di jejak audit.</source>
        <translation>Every record opened is logged in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Nomor</source>
        <translation>&amp;Number</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Belum ada printer yang dipilih.</source>
        <translation>No printer has been selected yet.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak terpasang di komputer ini. Dokumen belum dicetak.</source>
        <translation>Printer &quot;{printer}&quot; is not installed on this computer. The document has not been printed.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak dapat mencetak sekarang. Periksa printer, lalu cetak ulang.</source>
        <translation>Printer &quot;{printer}&quot; cannot print right now. Check the printer, then print again.</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat disiapkan untuk dicetak.</source>
        <translation>The document could not be prepared for printing.</translation>
    </message>
    <message>
        <source>Cetak dokumen</source>
        <translation>Print document</translation>
    </message>
    <message>
        <source>{document} dikirim ke printer {printer}.</source>
        <translation>{document} sent to printer {printer}.</translation>
    </message>
    <message>
        <source>Dokumen gagal dicetak: {detail}</source>
        <translation>The document failed to print: {detail}</translation>
    </message>
    <message>
        <source>PDF tidak dapat disimpan di {path}: {detail}</source>
        <translation>The PDF could not be saved to {path}: {detail}</translation>
    </message>
    <message>
        <source>PDF disimpan di {path}.</source>
        <translation>PDF saved to {path}.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Kewarganegaraan</source>
        <translation>Citizenship</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;b&gt;Halaman ini belum tersedia di versi ini.&lt;/b&gt;&lt;br&gt;{promise}</source>
        <translation>&lt;b&gt;This page is not available in this version yet.&lt;/b&gt;&lt;br&gt;{promise}</translation>
    </message>
</context>
<context>
    <name>PrepareDestructionDialog</name>
    <message>
        <source>Siapkan pemusnahan</source>
        <translation>Prepare destruction</translation>
    </message>
    <message>
        <source>Hanya kartu yang disimpan atau sudah diserahkan yang boleh dimusnahkan. Setelah pemusnahan, supervisor lain (bukan yang menyiapkan) mengonfirmasinya, lalu Berita Acara dapat dicetak.</source>
        <translation>Only cards that are in storage or have been handed over may be destroyed. After the destruction, another supervisor (not the one who prepared it) confirms it, and then the Berita Acara can be printed.</translation>
    </message>
    <message>
        <source>mis. 470/012/425.402.07/2026</source>
        <translation>e.g. 470/012/425.402.07/2026</translation>
    </message>
    <message>
        <source>pukul</source>
        <translation>at</translation>
    </message>
    <message>
        <source>mis. halaman Kantor Kelurahan Pohsangit Kidul</source>
        <translation>e.g. yard of the Kelurahan Pohsangit Kidul Office</translation>
    </message>
    <message>
        <source>mis. Kelurahan Pohsangit Kidul</source>
        <translation>e.g. Kelurahan Pohsangit Kidul</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Nomor berita acara</source>
        <translation>Official report &amp;number</translation>
    </message>
    <message>
        <source>Tan&amp;ggal</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Te&amp;mpat</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>Ca&amp;ra</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>&amp;Pelaksana</source>
        <translation>Carried out &amp;by</translation>
    </message>
    <message>
        <source>&amp;Saksi</source>
        <translation>&amp;Witnesses</translation>
    </message>
    <message>
        <source>Siapkan &amp;pemusnahan</source>
        <translation>Prepare &amp;destruction</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PrepareHandOverDialog</name>
    <message>
        <source>Siapkan serah terima</source>
        <translation>Prepare handover</translation>
    </message>
    <message>
        <source>Kartu yang disimpan diserahkan kepada petugas Dispendukcapil. Setelah serah terima dilaksanakan, supervisor lain (bukan yang menyiapkan) mengonfirmasinya.</source>
        <translation>Stored cards are handed over to a Dispendukcapil officer. After the handover has taken place, another supervisor (not the one who prepared it) confirms it.</translation>
    </message>
    <message>
        <source>mis. Dispendukcapil Kota Probolinggo</source>
        <translation>e.g. Dispendukcapil Kota Probolinggo</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Tanggal serah terima</source>
        <translation>Handover &amp;date</translation>
    </message>
    <message>
        <source>&amp;Penerima</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Siapkan serah terima</source>
        <translation>&amp;Prepare handover</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>A5 (setengah A4)</source>
        <translation>A5 (half A4)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Printer</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Belum ada printer yang terpasang di komputer ini.</source>
        <translation>No printer is installed on this computer yet.</translation>
    </message>
</context>
<context>
    <name>PrintJobDialog</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Tanggal permohonan</source>
        <translation>Application date</translation>
    </message>
    <message>
        <source>Blanko</source>
        <translation>Blank card</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>KTP-el lama</source>
        <translation>Old KTP-el</translation>
    </message>
    <message>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Riwayat pekerjaan</source>
        <translation>Job history</translation>
    </message>
    <message>
        <source>Mulai cetak… (F2)</source>
        <translation>Start printing… (F2)</translation>
    </message>
    <message>
        <source>Sudah tercetak (F3)</source>
        <translation>Printed (F3)</translation>
    </message>
    <message>
        <source>Serahkan… (F4)</source>
        <translation>Hand over… (F4)</translation>
    </message>
    <message>
        <source>Terima KTP-el lama… (F6)</source>
        <translation>Receive old KTP-el… (F6)</translation>
    </message>
    <message>
        <source>Gagal cetak… (F8)</source>
        <translation>Failed print… (F8)</translation>
    </message>
    <message>
        <source>Batalkan… (F9)</source>
        <translation>Cancel… (F9)</translation>
    </message>
    <message>
        <source>Antrekan lagi (F10)</source>
        <translation>Queue again (F10)</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Pekerjaan cetak {number}</source>
        <translation>Print job {number}</translation>
    </message>
    <message>
        <source>KTP-el · {number}</source>
        <translation>KTP-el · {number}</translation>
    </message>
    <message>
        <source>{operator} ({loket})</source>
        <translation>{operator} ({loket})</translation>
    </message>
    <message>
        <source>tidak perlu</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>diterima ({number})</source>
        <translation>received ({number})</translation>
    </message>
    <message>
        <source>belum diterima</source>
        <translation>not received yet</translation>
    </message>
    <message>
        <source>KTP-el lama harus diterima dari pemohon sebelum KTP-el baru diserahkan (F6).</source>
        <translation>The old KTP-el must be received from the applicant before the new KTP-el is handed over (F6).</translation>
    </message>
    <message>
        <source>{name} (kuasa, NIK {nik}), {when}</source>
        <translation>{name} (proxy, NIK {nik}), {when}</translation>
    </message>
    <message>
        <source>Blanko diambil dari stok; cetak KTP-el lalu tekan F3 bila sudah tercetak.</source>
        <translation>Blank card taken from stock; print the KTP-el, then press F3 once it is printed.</translation>
    </message>
    <message>
        <source>KTP-el tercetak; siap diserahkan.</source>
        <translation>KTP-el printed; ready to hand over.</translation>
    </message>
    <message>
        <source>Terima dulu KTP-el lama dari pemohon (F6) sebelum menyerahkan yang baru.</source>
        <translation>First receive the old KTP-el from the applicant (F6) before handing over the new one.</translation>
    </message>
    <message>
        <source>KTP-el sudah diserahkan dan tercatat.</source>
        <translation>The KTP-el has been handed over and recorded.</translation>
    </message>
    <message>
        <source>KTP-el lama diterima dan dicatat sebagai kartu rusak.</source>
        <translation>Old KTP-el received and recorded as a spoiled card.</translation>
    </message>
    <message>
        <source>Gagal cetak dicatat; blankonya tercatat sebagai kartu rusak.</source>
        <translation>Failed print recorded; its blank card is recorded as a spoiled card.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak dibatalkan.</source>
        <translation>Print job cancelled.</translation>
    </message>
    <message>
        <source>Pekerjaan masuk antrean cetak lagi.</source>
        <translation>The job is back in the print queue.</translation>
    </message>
</context>
<context>
    <name>PrintJobFormDialog</name>
    <message>
        <source>Pekerjaan cetak KTP-el baru</source>
        <translation>New KTP-el print job</translation>
    </message>
    <message>
        <source>Untuk penduduk yang perekaman biometriknya sudah selesai. Cari penduduk dengan nama atau NIK; yang belum ada di daftar penduduk diisi NIK dan namanya.</source>
        <translation>For residents whose biometric recording is complete. Search for the resident by name or NIK; for residents not yet in the resident list, enter their NIK and name.</translation>
    </message>
    <message>
        <source>Ketik nama atau NIK, pilih dengan ↓ lalu Enter</source>
        <translation>Type a name or NIK, choose with ↓, then press Enter</translation>
    </message>
    <message>
        <source>nama sesuai KTP-el</source>
        <translation>name as on the KTP-el</translation>
    </message>
    <message>
        <source>Perekaman biometrik sudah saya periksa di SIAK</source>
        <translation>I have checked in SIAK that biometrics are recorded</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>— (tidak dari antrean)</source>
        <translation>— (not from the queue)</translation>
    </message>
    <message>
        <source>&amp;Cari penduduk</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>N&amp;ama</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Status KTP-el</source>
        <translation>KTP-el status</translation>
    </message>
    <message>
        <source>A&amp;lasan cetak</source>
        <translation>Print &amp;reason</translation>
    </message>
    <message>
        <source>&amp;Tanggal permohonan</source>
        <translation>Application &amp;date</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Masukkan ke antrean cetak</source>
        <translation>&amp;Add to print queue</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{status} (menurut daftar penduduk)</source>
        <translation>{status} (according to the resident list)</translation>
    </message>
    <message>
        <source>Tidak tercatat di daftar penduduk: periksa di SIAK.</source>
        <translation>Not on record in the resident list: check in SIAK.</translation>
    </message>
    <message>
        <source>Dari daftar penduduk bila NIK-nya ada di sana; bila tidak, periksa di SIAK.</source>
        <translation>From the resident list when the NIK is there; if not, check in SIAK.</translation>
    </message>
</context>
<context>
    <name>PrintJobTimelineModel</name>
    <message>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Blanko</source>
        <translation>Blank card</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>KTP-el lama diterima</source>
        <translation>Old KTP-el received</translation>
    </message>
    <message>
        <source>Dicatat sebagai kartu rusak {number}</source>
        <translation>Recorded as spoiled card {number}</translation>
    </message>
</context>
<context>
    <name>PrintJobsModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tgl. mohon</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Blanko</source>
        <translation>Blank card</translation>
    </message>
    <message>
        <source>diubah {when}</source>
        <translation>changed {when}</translation>
    </message>
    <message>
        <source>{status}; KTP-el lama belum diterima dari pemohon ({changed})</source>
        <translation>{status}; old KTP-el not yet received from the applicant ({changed})</translation>
    </message>
    <message>
        <source>{status} · tunggu kartu lama</source>
        <translation>{status} · awaiting old card</translation>
    </message>
    <message>
        <source>Nomor pekerjaan cetak, tanpa kode kantor di depannya</source>
        <translation>Print job number, without the office code in front</translation>
    </message>
    <message>
        <source>NIK disamarkan; buka pekerjaan untuk rinciannya</source>
        <translation>NIK masked; open the job for details</translation>
    </message>
    <message>
        <source>Nomor seri blanko yang dipakai pekerjaan ini</source>
        <translation>Serial number of the blank card used by this job</translation>
    </message>
</context>
<context>
    <name>PrintQueueTab</name>
    <message>
        <source>Cari nomor pekerjaan, NIK, nomor seri blanko, atau nama (Ctrl+F)</source>
        <translation>Search job number, NIK, blank card serial number or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Semua alasan</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>&amp;Dimohon dari</source>
        <translation>&amp;Requested from</translation>
    </message>
    <message>
        <source>&amp;Urutan</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <source>Enter atau klik dua kali: buka pekerjaan</source>
        <translation>Enter or double-click: open job</translation>
    </message>
    <message>
        <source>Pekerjaan &amp;baru… (Ctrl+N)</source>
        <translation>&amp;New job… (Ctrl+N)</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>{count} pekerjaan cetak</source>
        <translation>{count} print jobs</translation>
    </message>
    <message>
        <source>Pekerjaan {number} masuk antrean cetak.</source>
        <translation>Job {number} added to the print queue.</translation>
    </message>
    <message>
        <source>Pilih pekerjaan di daftar dulu.</source>
        <translation>Select a job in the list first.</translation>
    </message>
</context>
<context>
    <name>PrintReceiptDialog</name>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Tanda terima permohonan {number}</source>
        <translation>Receipt for application {number}</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>{counter} · {name}</source>
        <translation>{counter} · {name}</translation>
    </message>
    <message>
        <source>tanpa loket</source>
        <translation>no counter</translation>
    </message>
    <message>
        <source>Belum ada yang dipanggil.</source>
        <translation>No one has been called yet.</translation>
    </message>
    <message>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Panggil ulang</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tahan</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Alihkan…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Cancel visit</translation>
    </message>
    <message>
        <source>No. permohonan akta (opsional)</source>
        <translation>Certificate application no. (optional)</translation>
    </message>
    <message>
        <source>Cetak KTP-el (opsional)</source>
        <translation>KTP-el print (optional)</translation>
    </message>
    <message>
        <source>Kartu rusak (opsional)</source>
        <translation>Spoiled card (optional)</translation>
    </message>
    <message>
        <source>Pindai karcis atau ketik nomor (mis. A-014), lalu Enter</source>
        <translation>Scan a ticket or type its number (e.g. A-014), then press Enter</translation>
    </message>
    <message>
        <source>Tautan pekerjaan (diisi sebelum Selesai):</source>
        <translation>Work links (fill in before Done):</translation>
    </message>
    <message>
        <source>Lanjutkan yang ditahan (F5)</source>
        <translation>Resume held visitor (F5)</translation>
    </message>
    <message>
        <source>Layani kembali, datang terlambat (F10)</source>
        <translation>Serve late arrival again (F10)</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Ditahan di loket ini</source>
        <translation>On hold at this counter</translation>
    </message>
    <message>
        <source>Tidak hadir hari ini</source>
        <translation>No-shows today</translation>
    </message>
    <message>
        <source>Tekan F2 untuk memanggil berikutnya.</source>
        <translation>Press F2 to call the next visitor.</translation>
    </message>
    <message>
        <source>Dipanggil {calls}× · menunggu {waited} · dilayani {serving}</source>
        <translation>Called {calls}× · waited {waited} · serving {serving}</translation>
    </message>
    <message>
        <source>Loket ini belum melayani layanan apa pun.</source>
        <translation>This counter does not serve any service yet.</translation>
    </message>
    <message>
        <source>Selesai dilayani hari ini: {count}</source>
        <translation>Served today: {count}</translation>
    </message>
    <message>
        <source>Anda masuk tanpa loket. Keluar lalu masuk lagi dengan memilih loket.</source>
        <translation>You signed in without a counter. Sign out, then sign in again and choose a counter.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu.</source>
        <translation>No one is waiting.</translation>
    </message>
    <message>
        <source>{code} dipanggil.</source>
        <translation>{code} called.</translation>
    </message>
    <message>
        <source>{code} dipanggil ulang.</source>
        <translation>{code} recalled.</translation>
    </message>
    <message>
        <source>{code} selesai dilayani.</source>
        <translation>{code} served.</translation>
    </message>
    <message>
        <source>Batalkan layanan {code}?</source>
        <translation>Cancel the visit of {code}?</translation>
    </message>
    <message>
        <source>{code} dibatalkan.</source>
        <translation>{code} cancelled.</translation>
    </message>
    <message>
        <source>{code} ditahan.</source>
        <translation>{code} put on hold.</translation>
    </message>
    <message>
        <source>{code} dialihkan.</source>
        <translation>{code} transferred.</translation>
    </message>
    <message>
        <source>{code} ditandai tidak hadir.</source>
        <translation>{code} marked as no-show.</translation>
    </message>
    <message>
        <source>{code} dilanjutkan.</source>
        <translation>{code} resumed.</translation>
    </message>
    <message>
        <source>{code} dilayani kembali.</source>
        <translation>{code} is being served again.</translation>
    </message>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>QueueReportModel</name>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Jam ambil nomor</source>
        <translation>Hour issued</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Dipanggil</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Tunggu
rata²</source>
        <translation>Wait
avg.</translation>
    </message>
    <message>
        <source>Tunggu
median</source>
        <translation>Wait
median</translation>
    </message>
    <message>
        <source>Tunggu
P90</source>
        <translation>Wait
P90</translation>
    </message>
    <message>
        <source>Dalam
target</source>
        <translation>Within
target</translation>
    </message>
    <message>
        <source>Layanan
rata²</source>
        <translation>Service
avg.</translation>
    </message>
    <message>
        <source>Layanan
median</source>
        <translation>Service
median</translation>
    </message>
    <message>
        <source>Layanan
P90</source>
        <translation>Service
P90</translation>
    </message>
    <message>
        <source>Tidak
hadir</source>
        <translation>No-
show</translation>
    </message>
    <message>
        <source>Janggal</source>
        <translation>Implausible</translation>
    </message>
    <message>
        <source>Dilayani</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Di loket
rata²</source>
        <translation>At counter
avg.</translation>
    </message>
    <message>
        <source>Di loket
median</source>
        <translation>At counter
median</translation>
    </message>
    <message>
        <source>Di loket
P90</source>
        <translation>At counter
P90</translation>
    </message>
    <message>
        <source>Dialihkan</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Waktu tunggu (menit): panggilan pertama − ambil nomor</source>
        <translation>Waiting time (minutes): first call − ticket issued</translation>
    </message>
    <message>
        <source>Waktu layanan (menit): selesai − panggilan pertama</source>
        <translation>Service time (minutes): finished − first call</translation>
    </message>
    <message>
        <source>Waktu di loket (menit): akhir − awal setiap pelayanan di loket</source>
        <translation>Time at counter (minutes): end − start of each service at a counter</translation>
    </message>
    <message>
        <source>Kunjungan yang menunggu paling lama sebesar target layanannya</source>
        <translation>Visits that waited no longer than their service&apos;s target</translation>
    </message>
    <message>
        <source>Kunjungan dengan waktu janggal: tidak dihitung</source>
        <translation>Visits with implausible times: not counted</translation>
    </message>
</context>
<context>
    <name>QueueReportPage</name>
    <message>
        <source>Laporan Antrean</source>
        <translation>Queue Report</translation>
    </message>
    <message>
        <source>Ekspor &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Dari</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;sampai</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Layanan</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>L&amp;oket</source>
        <translation>Co&amp;unter</translation>
    </message>
    <message>
        <source>Pe&amp;tugas</source>
        <translation>&amp;Officer</translation>
    </message>
    <message>
        <source>Tiket diambil</source>
        <translation>Tickets issued</translation>
    </message>
    <message>
        <source>Waktu tunggu rata-rata</source>
        <translation>Average waiting time</translation>
    </message>
    <message>
        <source>Waktu layanan rata-rata</source>
        <translation>Average service time</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Dalam target tunggu</source>
        <translation>Within waiting target</translation>
    </message>
    <message>
        <source>Data janggal</source>
        <translation>Implausible data</translation>
    </message>
    <message>
        <source>&amp;Lihat…</source>
        <translation>&amp;View…</translation>
    </message>
    <message>
        <source>Waktu tunggu per jam ambil nomor (mnt)</source>
        <translation>Waiting time by hour issued (min)</translation>
    </message>
    <message>
        <source>Waktu tunggu per layanan (mnt)</source>
        <translation>Waiting time by service (min)</translation>
    </message>
    <message>
        <source>Tren harian waktu tunggu (mnt)</source>
        <translation>Daily waiting time trend (min)</translation>
    </message>
    <message>
        <source>Per layanan</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Per loket</source>
        <translation>By counter</translation>
    </message>
    <message>
        <source>Per petugas</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>Per jam</source>
        <translation>By hour</translation>
    </message>
    <message>
        <source>Per hari</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tanggal awal harus sebelum atau sama dengan tanggal akhir.</source>
        <translation>The start date must be on or before the end date.</translation>
    </message>
    <message>
        <source>Menghitung laporan…</source>
        <translation>Calculating the report…</translation>
    </message>
    <message>
        <source>Laporan gagal dihitung: {detail}</source>
        <translation>The report could not be calculated: {detail}</translation>
    </message>
    <message>
        <source>mnt</source>
        <translation>min</translation>
    </message>
    <message>
        <source>{served} selesai · {reset} ditutup</source>
        <translation>{served} done · {reset} closed</translation>
    </message>
    <message>
        <source>median {median} · P90 {p90}</source>
        <translation>median {median} · P90 {p90}</translation>
    </message>
    <message>
        <source>{count} dari {issued} tiket</source>
        <translation>{count} of {issued} tickets</translation>
    </message>
    <message>
        <source>{count} dari {called} dipanggil</source>
        <translation>{count} of {called} called</translation>
    </message>
    <message>
        <source>tidak dihitung</source>
        <translation>not counted</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>&lt;b&gt;{prefix}&lt;/b&gt; {count} menunggu</source>
        <translation>&lt;b&gt;{prefix}&lt;/b&gt; {count} waiting</translation>
    </message>
    <message>
        <source> (terlama {minutes} mnt)</source>
        <translation> (longest {minutes} min)</translation>
    </message>
    <message>
        <source>, {count} di loket</source>
        <translation>, {count} at a counter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sekarang&lt;/b&gt; ({time}): </source>
        <translation>&lt;b&gt;Now&lt;/b&gt; ({time}): </translation>
    </message>
    <message>
        <source>Simpan laporan PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan data CSV</source>
        <translation>Save CSV data</translation>
    </message>
    <message>
        <source>Data CSV (*.csv)</source>
        <translation>CSV data (*.csv)</translation>
    </message>
    <message>
        <source>Menyimpan {name}…</source>
        <translation>Saving {name}…</translation>
    </message>
    <message>
        <source>Tersimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Gagal menyimpan: {detail}</source>
        <translation>Could not save: {detail}</translation>
    </message>
    <message>
        <source>Laporan Waktu Antrean</source>
        <translation>Queue Time Report</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Dibuat {time}</source>
        <translation>Generated {time}</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Waktu tunggu</source>
        <translation>Waiting time</translation>
    </message>
    <message>
        <source>Waktu layanan</source>
        <translation>Service time</translation>
    </message>
    <message>
        <source>Waktu di loket</source>
        <translation>Time at counter</translation>
    </message>
    <message>
        <source>Dalam target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Ditutup akhir hari</source>
        <translation>Closed at end of day</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Data janggal (tidak dihitung)</source>
        <translation>Implausible data (not counted)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dilayani</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>Dialihkan</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Waktu tunggu menurut jam ambil nomor (menit)</source>
        <translation>Waiting time by hour issued (minutes)</translation>
    </message>
    <message>
        <source>Waktu tunggu per layanan (menit)</source>
        <translation>Waiting time by service (minutes)</translation>
    </message>
    <message>
        <source>Tren harian waktu tunggu (menit)</source>
        <translation>Daily waiting time trend (minutes)</translation>
    </message>
    <message>
        <source>Tidak ada kunjungan pada periode dan filter ini.</source>
        <translation>No visits in this period with these filters.</translation>
    </message>
    <message>
        <source>Waktu tunggu = panggilan pertama − ambil nomor. Waktu layanan = selesai − panggilan pertama (kunjungan yang dialihkan: sejak panggilan pertama sampai selesai). Tidak hadir = tidak hadir ÷ tiket diambil. Dalam target = tunggu ≤ target layanan ÷ kunjungan yang dipanggil. Median dan P90 diinterpolasi linear (seperti PERCENTILE.INC di Excel). Kunjungan dengan waktu yang janggal tidak dihitung.</source>
        <translation>Waiting time = first call − ticket issued. Service time = finished − first call (transferred visits: from the first call until finished). No-show = no-shows ÷ tickets issued. Within target = visits with wait ≤ service target ÷ visits called. Median and P90 are linearly interpolated (like PERCENTILE.INC in Excel). Visits with implausible times are not counted.</translation>
    </message>
    <message>
        <source>Halaman {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>QueueServicesModel</name>
    <message>
        <source>Mulai {time}</source>
        <translation>From {time}</translation>
    </message>
    <message>
        <source>Sampai {time}</source>
        <translation>Until {time}</translation>
    </message>
    <message>
        <source>Sepanjang hari</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Tidak ada loket</source>
        <translation>No counter</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Tidak ada loket yang memanggil layanan ini: nomornya akan menunggu terus. Pilih loketnya lewat Ubah….</source>
        <translation>No counter calls this service: its numbers would wait forever. Choose its counters with Edit….</translation>
    </message>
    <message>
        <source>Huruf</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target tunggu
(menit)</source>
        <translation>Target wait
(min)</translation>
    </message>
    <message>
        <source>Kuota
harian</source>
        <translation>Daily
quota</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <source>PEMERINTAH {kota}</source>
        <translation>GOVERNMENT OF {kota}</translation>
    </message>
    <message>
        <source>KECAMATAN {name}</source>
        <translation>KECAMATAN {name}</translation>
    </message>
    <message>
        <source>KELURAHAN {name}</source>
        <translation>KELURAHAN {name}</translation>
    </message>
    <message>
        <source>Kode wilayah {code}</source>
        <translation>Region code {code}</translation>
    </message>
    <message>
        <source>TANDA TERIMA PERMOHONAN AKTA KELAHIRAN</source>
        <translation>RECEIPT FOR BIRTH CERTIFICATE APPLICATION</translation>
    </message>
    <message>
        <source>TANDA TERIMA PERMOHONAN AKTA KEMATIAN</source>
        <translation>RECEIPT FOR DEATH CERTIFICATE APPLICATION</translation>
    </message>
    <message>
        <source>Nomor Permohonan</source>
        <translation>Application Number</translation>
    </message>
    <message>
        <source>Nama anak</source>
        <translation>Child&apos;s name</translation>
    </message>
    <message>
        <source>Nama almarhum/almarhumah</source>
        <translation>Name of the deceased</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Tanggal kematian</source>
        <translation>Date of death</translation>
    </message>
    <message>
        <source>Nama pelapor</source>
        <translation>Informant&apos;s name</translation>
    </message>
    <message>
        <source>NIK pelapor</source>
        <translation>Informant&apos;s NIK</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>{date}, pukul {time} {zone}</source>
        <translation>{date}, at {time} {zone}</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>{operator} ({loket})</source>
        <translation>{operator} ({loket})</translation>
    </message>
    <message>
        <source>Berkas yang diterima</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>(belum diserahkan)</source>
        <translation>(not yet handed in)</translation>
    </message>
    <message>
        <source>Perkiraan selesai: {date}</source>
        <translation>Estimated completion: {date}</translation>
    </message>
    <message>
        <source>TERLAMBAT DILAPORKAN</source>
        <translation>LATE REGISTRATION</translation>
    </message>
    <message>
        <source>Simpan tanda terima ini untuk mengambil akta. Tunjukkan KTP-el saat pengambilan.</source>
        <translation>Keep this receipt to collect the certificate. Show your KTP-el when collecting.</translation>
    </message>
    <message>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>Pelapor,</source>
        <translation>Informant,</translation>
    </message>
    <message>
        <source>Petugas {loket},</source>
        <translation>Officer at {loket},</translation>
    </message>
    <message>
        <source>Petugas,</source>
        <translation>Officer,</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Belum ada printer yang dipilih. Pilih printer untuk mencetak tanda terima.</source>
        <translation>No printer selected yet. Choose a printer to print receipts.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak terpasang di komputer ini. Tanda terima belum dicetak.</source>
        <translation>Printer &quot;{printer}&quot; is not installed on this computer. The receipt has not been printed.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak dapat mencetak tanda terima sekarang. Periksa printer, lalu cetak ulang.</source>
        <translation>Printer &quot;{printer}&quot; cannot print the receipt right now. Check the printer, then print again.</translation>
    </message>
    <message>
        <source>Tanda terima tidak dapat disiapkan untuk dicetak.</source>
        <translation>The receipt could not be prepared for printing.</translation>
    </message>
</context>
<context>
    <name>ReceiptsModel</name>
    <message>
        <source>Tgl. terima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Nomor seri</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <source>Di stok</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>ReceiveBlanksDialog</name>
    <message>
        <source>Terima blanko KTP-el</source>
        <translation>Receive KTP-el blank cards</translation>
    </message>
    <message>
        <source>Catat blanko yang diterima dari Dispendukcapil sesuai dokumen pengirimannya. Setiap nomor seri hanya boleh tercatat sekali; satu nomor yang salah menolak seluruh penerimaan.</source>
        <translation>Record the blank cards received from Dispendukcapil as listed in their delivery document. Each serial number may be recorded only once; one wrong number rejects the whole delivery.</translation>
    </message>
    <message>
        <source>mis. 470/0388/DISPENDUKCAPIL/2026</source>
        <translation>e.g. 470/0388/DISPENDUKCAPIL/2026</translation>
    </message>
    <message>
        <source> keping</source>
        <translation> cards</translation>
    </message>
    <message>
        <source>Daftar dan/atau rentang, dipisah koma, titik koma atau baris baru:
A0001-A0100, B0005
B0006</source>
        <translation>Lists and/or ranges, separated by commas, semicolons or new lines:
A0001-A0100, B0005
B0006</translation>
    </message>
    <message>
        <source>opsional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Tanggal terima</source>
        <translation>&amp;Date received</translation>
    </message>
    <message>
        <source>Nomor &amp;dokumen</source>
        <translation>&amp;Document number</translation>
    </message>
    <message>
        <source>&amp;Jumlah</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>Nomor &amp;seri</source>
        <translation>&amp;Serial numbers</translation>
    </message>
    <message>
        <source>Ca&amp;tatan</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Terima ke stok</source>
        <translation>&amp;Receive into stock</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Belum ada nomor seri.</source>
        <translation>No serial numbers yet.</translation>
    </message>
    <message>
        <source>… dan {count} masalah lain.</source>
        <translation>… and {count} more problems.</translation>
    </message>
    <message>
        <source>{count} nomor seri: {serials}</source>
        <translation>{count} serial numbers: {serials}</translation>
    </message>
    <message>
        <source>Jumlah di dokumen {count} keping: periksa lagi nomor serinya.</source>
        <translation>The document says {count} cards: check the serial numbers again.</translation>
    </message>
</context>
<context>
    <name>ReconciliationModel</name>
    <message>
        <source>Tgl. terima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Sesuai bila diterima = dicetak + rusak + stok</source>
        <translation>Balanced when received = printed + spoiled + stock</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Balanced</translation>
    </message>
    <message>
        <source>TIDAK SESUAI</source>
        <translation>NOT BALANCED</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <source>{title} {number} — hanya baca</source>
        <translation>{title} {number} — read-only</translation>
    </message>
    <message>
        <source>Hanya baca: dibuka oleh inspektur saat sidak; pembukaan ini tercatat di jejak audit.</source>
        <translation>Read-only: opened by the inspector during a spot inspection; this access is logged in the audit trail.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Penyimpanan rusak</source>
        <translation>Damaged store</translation>
    </message>
    <message>
        <source>Data kantor di {path} tidak lolos pemeriksaan dan tidak akan diubah:

{problems}</source>
        <translation>The office data in {path} failed its checks and will not be changed:

{problems}</translation>
    </message>
    <message>
        <source>Cadangan baik terakhir: {time}. Pulihkan dari cadangan itu? Perubahan sesudah waktu itu hilang dari komputer ini (yang sudah terkirim ke pusat tetap ada di pusat). Berkas yang rusak disimpan sebagai cadangan.</source>
        <translation>Last good backup: {time}. Restore from that backup? Changes made after that time will be lost on this computer (whatever was already sent to the central system stays there). The damaged file is kept as a backup.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan</source>
        <translation>&amp;Restore from backup</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang baik. Jangan pakai komputer ini untuk melayani; hubungi admin atau Dispendukcapil.</source>
        <translation>There is no good backup. Do not use this computer to serve the public; contact the admin or Dispendukcapil.</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menyiapkan dokumen</source>
        <translation>Preparing document</translation>
    </message>
    <message>
        <source>Daftar kartu: {done} dari {total}</source>
        <translation>Card list: {done} of {total}</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Dokumen gagal dibuat: {detail}</source>
        <translation>The document could not be created: {detail}</translation>
    </message>
</context>
<context>
    <name>ReportsModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Inspektur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Laporan</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>{start} – (berlangsung)</source>
        <translation>{start} – (in progress)</translation>
    </message>
    <message>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>tidak dibuat</source>
        <translation>not created</translation>
    </message>
    <message>
        <source>PDF, {size} kB</source>
        <translation>PDF, {size} kB</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Waktu antrean</source>
        <translation>Queue times</translation>
    </message>
    <message>
        <source>Jejak audit</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>ResidentHitsModel</name>
    <message>
        <source>{address} RT {rt}/RW {rw}, {kelurahan}</source>
        <translation>{address} RT {rt}/RW {rw}, {kelurahan}</translation>
    </message>
    <message>
        <source>sintetis</source>
        <translation>synthetic</translation>
    </message>
    <message>
        <source>Data sintetis untuk demo: bukan penduduk sebenarnya.</source>
        <translation>Synthetic demo data: not real residents.</translation>
    </message>
    <message>
        <source>NIK disamarkan; pilih orangnya untuk membuka data lengkap (tercatat di jejak audit).</source>
        <translation>NIK masked; select the person to open the full record (logged in the audit trail).</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>ResidentLookup</name>
    <message>
        <source>Ketik nama atau NIK untuk mencari penduduk</source>
        <translation>Type a name or NIK to search for a resident</translation>
    </message>
    <message>
        <source>Tidak ada penduduk yang cocok dengan “{query}”.</source>
        <translation>No resident matches “{query}”.</translation>
    </message>
    <message>
        <source>{count} teratas; ketik lebih lengkap untuk mempersempit.</source>
        <translation>Top {count}; type more to narrow the search.</translation>
    </message>
    <message>
        <source>{count} penduduk ditemukan.</source>
        <translation>{count} residents found.</translation>
    </message>
    <message>
        <source>↓/↑ pilih · Enter buka data · Esc tutup</source>
        <translation>↓/↑ select · Enter open record · Esc close</translation>
    </message>
    <message>
        <source>Pencarian penduduk gagal: {detail}</source>
        <translation>Resident search failed: {detail}</translation>
    </message>
</context>
<context>
    <name>SavePdfDialog</name>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SerialsTab</name>
    <message>
        <source>Awal nomor seri (Ctrl+F)</source>
        <translation>Serial number prefix (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Semua tempat</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>{count} nomor seri</source>
        <translation>{count} serial numbers</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Tambah layanan</source>
        <translation>Add service</translation>
    </message>
    <message>
        <source>Ubah layanan {prefix}</source>
        <translation>Edit service {prefix}</translation>
    </message>
    <message>
        <source>Satu huruf A–Z di depan nomornya. Tidak bisa diubah setelah disimpan: nomor yang sudah diambil tetap memakai hurufnya.</source>
        <translation>One letter A–Z in front of its numbers. It cannot be changed once saved: numbers already taken keep their letter.</translation>
    </message>
    <message>
        <source>Tidak bisa diubah: nomor yang sudah diambil (mis. {code}) tetap memakai hurufnya. Perlu huruf lain? Buat layanan baru, nonaktifkan yang ini.</source>
        <translation>Cannot be changed: numbers already taken (e.g. {code}) keep their letter. Need another letter? Create a new service and deactivate this one.</translation>
    </message>
    <message>
        <source>mis. Legalisir</source>
        <translation>e.g. Legalisation</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Waktu tunggu yang dianggap wajar; laporan antrean mengukur berapa nomor dilayani dalam target ini.</source>
        <translation>The waiting time considered reasonable; the queue report measures how many numbers are served within it.</translation>
    </message>
    <message>
        <source>tanpa kuota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <source> nomor</source>
        <translation> numbers</translation>
    </message>
    <message>
        <source>Setelah kuota habis, kiosk tidak memberi nomor layanan ini lagi hari itu.</source>
        <translation>Once the quota is used up, the kiosk gives no more numbers for this service that day.</translation>
    </message>
    <message>
        <source>Batasi &amp;jam layanan</source>
        <translation>Limit service &amp;hours</translation>
    </message>
    <message>
        <source>&amp;Aktif: nomornya bisa diambil di kiosk</source>
        <translation>&amp;Active: numbers can be taken at the kiosk</translation>
    </message>
    <message>
        <source>Belum ada loket. Tambahkan dulu di tab Loket.</source>
        <translation>There are no counters yet. Add them first on the Counters tab.</translation>
    </message>
    <message>
        <source>Tidak ada loket yang memanggil layanan ini: nomor yang diambil akan menunggu terus.</source>
        <translation>No counter calls this service: numbers taken would wait forever.</translation>
    </message>
    <message>
        <source>&amp;Huruf</source>
        <translation>&amp;Letter</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Tar&amp;get tunggu</source>
        <translation>Tar&amp;get wait</translation>
    </message>
    <message>
        <source>&amp;Kuota harian</source>
        <translation>Daily &amp;quota</translation>
    </message>
    <message>
        <source>Di luar jam ini kiosk tidak memberi nomor; yang sudah mengambil tetap dilayani.</source>
        <translation>Outside these hours the kiosk gives no numbers; those who already have one are still served.</translation>
    </message>
    <message>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <source>Ja&amp;m buka</source>
        <translation>&amp;Opens at</translation>
    </message>
    <message>
        <source>Jam &amp;tutup</source>
        <translation>&amp;Closes at</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dipanggil di</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <source>{name} (nonaktif)</source>
        <translation>{name} (inactive)</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <source>&amp;Tambah layanan…</source>
        <translation>&amp;Add service…</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Perubahan berlaku untuk nomor berikutnya; nomor yang sudah diambil tidak berubah. Layanan nonaktif tidak tampil di kiosk; riwayatnya tetap tersimpan.</source>
        <translation>Changes apply to the next numbers; numbers already taken do not change. Inactive services are not shown on the kiosk; their history is kept.</translation>
    </message>
    <message>
        <source>Layanan {prefix} — {name} ditambahkan.</source>
        <translation>Service {prefix} — {name} added.</translation>
    </message>
    <message>
        <source>Layanan {prefix} — {name} disimpan.</source>
        <translation>Service {prefix} — {name} saved.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counters</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
</context>
<context>
    <name>SidakConsole</name>
    <message>
        <source>Sidak — Kelurahan {name}</source>
        <translation>Spot inspection — Kelurahan {name}</translation>
    </message>
    <message>
        <source>Mulai sidak</source>
        <translation>Start spot inspection</translation>
    </message>
    <message>
        <source>Buka catatan…</source>
        <translation>Open record…</translation>
    </message>
    <message>
        <source>Simpan temuan</source>
        <translation>Save findings</translation>
    </message>
    <message>
        <source>Selesai &amp;&amp; buat laporan</source>
        <translation>Finish &amp;&amp; create report</translation>
    </message>
    <message>
        <source>Buat laporan lagi</source>
        <translation>Create report again</translation>
    </message>
    <message>
        <source>Belum ada sidak yang berlangsung. Layar loket baru terlihat setelah sidak dimulai.</source>
        <translation>No spot inspection in progress. Counter screens become visible once a spot inspection starts.</translation>
    </message>
    <message>
        <source>Sidak {number} berlangsung sejak {time} {zone} · {names}</source>
        <translation>Spot inspection {number} in progress since {time} {zone} · {names}</translation>
    </message>
    <message>
        <source>Sidak {number} dimulai. Jendela loket kini menampilkan pemberitahuan sidak.</source>
        <translation>Spot inspection {number} started. Counter windows now show the spot inspection notice.</translation>
    </message>
    <message>
        <source>Temuan disimpan.</source>
        <translation>Findings saved.</translation>
    </message>
    <message>
        <source>Sidak diakhiri; gambar layar loket dihapus. Laporan sedang dibuat…</source>
        <translation>Spot inspection ended; counter screen images deleted. Creating the report…</translation>
    </message>
    <message>
        <source>Laporan Sidak {number} disimpan dan akan dikirim ke pusat. Supervisor dapat membukanya di halaman Sidak.</source>
        <translation>Spot inspection report {number} saved and will be sent to the central office. Supervisors can open it on the Spot inspections page.</translation>
    </message>
    <message>
        <source>Laporan belum tersimpan: {why}. Tekan “Buat laporan lagi”.</source>
        <translation>Report not saved: {why}. Press “Create report again”.</translation>
    </message>
</context>
<context>
    <name>SidakPage</name>
    <message>
        <source>Konsol sidak</source>
        <translation>Spot inspection console</translation>
    </message>
    <message>
        <source>Laporan sidak</source>
        <translation>Spot inspection reports</translation>
    </message>
</context>
<context>
    <name>SidakParts</name>
    <message>
        <source>{n} dtk lalu</source>
        <translation>{n} s ago</translation>
    </message>
    <message>
        <source>{n} mnt lalu</source>
        <translation>{n} min ago</translation>
    </message>
    <message>
        <source>{h} jam {m} mnt lalu</source>
        <translation>{h} h {m} min ago</translation>
    </message>
    <message>
        <source>{m} mnt {s} dtk</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <source>{h} jam {m} mnt</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>{median} / {p90} mnt</source>
        <translation>{median} / {p90} min</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Tunggu (median / p90)</source>
        <translation>Wait (median / p90)</translation>
    </message>
    <message>
        <source>Layanan (median / p90)</source>
        <translation>Service (median / p90)</translation>
    </message>
    <message>
        <source>Permohonan akta</source>
        <translation>Certificate requests</translation>
    </message>
    <message>
        <source>KTP-el dicetak</source>
        <translation>KTP-el printed</translation>
    </message>
    <message>
        <source>Kartu rusak</source>
        <translation>Spoiled cards</translation>
    </message>
</context>
<context>
    <name>SidakRecord</name>
    <message>
        <source>Permohonan akta</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>Pekerjaan cetak KTP-el</source>
        <translation>KTP-el print job</translation>
    </message>
    <message>
        <source>Kartu rusak (register)</source>
        <translation>Spoiled card (register)</translation>
    </message>
</context>
<context>
    <name>SidakReport</name>
    <message>
        <source>PEMERINTAH {kota}</source>
        <translation>GOVERNMENT OF {kota}</translation>
    </message>
    <message>
        <source>KECAMATAN {name}</source>
        <translation>KECAMATAN {name}</translation>
    </message>
    <message>
        <source>KELURAHAN {name}</source>
        <translation>KELURAHAN {name}</translation>
    </message>
    <message>
        <source>Kode wilayah {code}</source>
        <translation>Region code {code}</translation>
    </message>
    <message>
        <source>Nomor: {number}</source>
        <translation>Number: {number}</translation>
    </message>
    <message>
        <source>Halaman {page} dari {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>NIP. {nip}</source>
        <translation>NIP. {nip}</translation>
    </message>
    <message>
        <source>{place}, {date}</source>
        <translation>{place}, {date}</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>LAPORAN INSPEKSI MENDADAK (SIDAK)</source>
        <translation>SPOT INSPECTION REPORT (SIDAK)</translation>
    </message>
    <message>
        <source>Pada hari {weekday}, {date}, pukul {start} sampai {end} {zone}, telah dilaksanakan inspeksi mendadak (sidak) pelayanan administrasi kependudukan di Kantor Kelurahan {office}, Kecamatan {kecamatan}, {kota}, oleh:</source>
        <translation>On {weekday}, {date}, from {start} to {end} {zone}, a spot inspection (sidak) of population administration services was carried out at the Kelurahan {office} Office, Kecamatan {kecamatan}, {kota}, by:</translation>
    </message>
    <message>
        <source>Didampingi oleh: {team}.</source>
        <translation>Accompanied by: {team}.</translation>
    </message>
    <message>
        <source>A. Keadaan loket pada saat sidak</source>
        <translation>A. Counter status at the time of the spot inspection</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Petugas yang masuk</source>
        <translation>Officers signed in</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Sedang dilayani</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <source>{code} sejak {time}</source>
        <translation>{code} since {time}</translation>
    </message>
    <message>
        <source>Selesai dilayani hari ini</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Waktu tunggu (median / P90)</source>
        <translation>Waiting time (median / P90)</translation>
    </message>
    <message>
        <source>Waktu layanan (median / P90)</source>
        <translation>Service time (median / P90)</translation>
    </message>
    <message>
        <source>{median} / {p90} mnt</source>
        <translation>{median} / {p90} min</translation>
    </message>
    <message>
        <source>Permohonan akta didaftarkan</source>
        <translation>Certificate requests registered</translation>
    </message>
    <message>
        <source>KTP-el dicetak</source>
        <translation>KTP-el printed</translation>
    </message>
    <message>
        <source>Kartu rusak dicatat</source>
        <translation>Spoiled cards recorded</translation>
    </message>
    <message>
        <source>Dilihat inspektur</source>
        <translation>Viewed by inspector</translation>
    </message>
    <message>
        <source>{count} kali</source>
        <translation>{count} times</translation>
    </message>
    <message>
        <source>Cetak uji</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>berhasil ({printer})</source>
        <translation>successful ({printer})</translation>
    </message>
    <message>
        <source>gagal ({printer}): {detail}</source>
        <translation>failed ({printer}): {detail}</translation>
    </message>
    <message>
        <source>tidak dilakukan</source>
        <translation>not performed</translation>
    </message>
    <message>
        <source>B. Waktu tunggu antrean kantor hari ini sampai pukul {time} {zone}</source>
        <translation>B. Office queue waiting times today up to {time} {zone}</translation>
    </message>
    <message>
        <source>Nomor antrean diambil</source>
        <translation>Queue numbers taken</translation>
    </message>
    <message>
        <source>Selesai dilayani</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Belum selesai</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <source>Menunggu saat ini (terlama {minutes} mnt)</source>
        <translation>Currently waiting (longest {minutes} min)</translation>
    </message>
    <message>
        <source>Menunggu saat ini</source>
        <translation>Currently waiting</translation>
    </message>
    <message>
        <source>Jam ambil nomor</source>
        <translation>Hour taken</translation>
    </message>
    <message>
        <source>Tiket</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median tunggu (mnt)</source>
        <translation>Median wait (min)</translation>
    </message>
    <message>
        <source>P90 tunggu (mnt)</source>
        <translation>P90 wait (min)</translation>
    </message>
    <message>
        <source>Belum ada kunjungan hari ini.</source>
        <translation>No visits today yet.</translation>
    </message>
    <message>
        <source>Waktu tunggu = panggilan pertama − ambil nomor; waktu layanan = selesai − panggilan pertama; median dan P90 seperti pada Laporan Waktu Antrean. Angka per loket: kunjungan yang (sebagian) dilayani di loket itu.</source>
        <translation>Waiting time = first call − number taken; service time = finished − first call; median and P90 as in the Queue Time Report. Per-counter figures: visits served (partly) at that counter.</translation>
    </message>
    <message>
        <source>C. Tampilan layar loket pada akhir sidak</source>
        <translation>C. Counter screens at the end of the spot inspection</translation>
    </message>
    <message>
        <source>{counter} — {name}, gambar pukul {time} {zone}</source>
        <translation>{counter} — {name}, image at {time} {zone}</translation>
    </message>
    <message>
        <source>{counter}: tidak ada gambar (program loket tidak berjalan saat sidak berakhir).</source>
        <translation>{counter}: no image (the counter program was not running when the spot inspection ended).</translation>
    </message>
    <message>
        <source>D. Catatan yang diperiksa</source>
        <translation>D. Records inspected</translation>
    </message>
    <message>
        <source>{time} — {who} membuka {kind} {number}</source>
        <translation>{time} — {who} opened {kind} {number}</translation>
    </message>
    <message>
        <source>permohonan akta</source>
        <translation>certificate request</translation>
    </message>
    <message>
        <source>pekerjaan cetak KTP-el</source>
        <translation>KTP-el print job</translation>
    </message>
    <message>
        <source>kartu rusak</source>
        <translation>spoiled card</translation>
    </message>
    <message>
        <source>Tidak ada catatan yang dibuka.</source>
        <translation>No records were opened.</translation>
    </message>
    <message>
        <source>E. Temuan</source>
        <translation>E. Findings</translation>
    </message>
    <message>
        <source>Temuan umum</source>
        <translation>General findings</translation>
    </message>
    <message>
        <source>(tidak ada temuan)</source>
        <translation>(no findings)</translation>
    </message>
    <message>
        <source>Demikian laporan sidak ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.</source>
        <translation>This spot inspection report has been truthfully prepared to be used as appropriate.</translation>
    </message>
    <message>
        <source>Inspektur,</source>
        <translation>Inspector,</translation>
    </message>
    <message>
        <source>Petugas {counter},</source>
        <translation>Officer at {counter},</translation>
    </message>
    <message>
        <source>Mengetahui,</source>
        <translation>Acknowledged by,</translation>
    </message>
    <message>
        <source>Lurah {office}</source>
        <translation>Lurah of {office}</translation>
    </message>
    <message>
        <source>(................................)</source>
        <translation>(................................)</translation>
    </message>
    <message>
        <source>Laporan Sidak Nomor {number}</source>
        <translation>Spot Inspection Report No. {number}</translation>
    </message>
</context>
<context>
    <name>SidakReportsPage</name>
    <message>
        <source>Laporan Sidak</source>
        <translation>Spot Inspection Reports</translation>
    </message>
    <message>
        <source>Laporan inspeksi mendadak kantor ini. Membuka atau menyimpan laporan tercatat di jejak audit.</source>
        <translation>Spot inspection reports of this office. Opening or saving a report is logged in the audit trail.</translation>
    </message>
    <message>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Buka laporan</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Pilih sidak dulu.</source>
        <translation>Select a spot inspection first.</translation>
    </message>
    <message>
        <source>Laporan disimpan di {path}.</source>
        <translation>Report saved to {path}.</translation>
    </message>
</context>
<context>
    <name>SidakTestPrint</name>
    <message>
        <source>CETAK UJI — SIDAK</source>
        <translation>TEST PRINT — SPOT INSPECTION</translation>
    </message>
    <message>
        <source>KELURAHAN {name}</source>
        <translation>KELURAHAN {name}</translation>
    </message>
    <message>
        <source>Kecamatan {kecamatan}, {kota}</source>
        <translation>Kecamatan {kecamatan}, {kota}</translation>
    </message>
    <message>
        <source>Loket</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Inspektur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Sidak</source>
        <translation>Spot inspection</translation>
    </message>
    <message>
        <source>Halaman ini dicetak untuk menguji printer loket saat sidak. Tidak berlaku sebagai dokumen.</source>
        <translation>This page was printed to test the counter printer during a spot inspection. It is not a valid document.</translation>
    </message>
    <message>
        <source>Pilih printer untuk cetak uji.</source>
        <translation>Choose a printer for the test print.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak terpasang di komputer ini.</source>
        <translation>Printer &quot;{printer}&quot; is not installed on this computer.</translation>
    </message>
    <message>
        <source>Printer &quot;{printer}&quot; tidak dapat mencetak sekarang.</source>
        <translation>Printer &quot;{printer}&quot; cannot print right now.</translation>
    </message>
    <message>
        <source>Halaman uji tidak dapat disiapkan.</source>
        <translation>The test page could not be prepared.</translation>
    </message>
</context>
<context>
    <name>SidakWatch</name>
    <message>
        <source>Sidak sedang berlangsung sejak {time} {zone} oleh {names}.</source>
        <translation>Spot inspection in progress since {time} {zone} by {names}.</translation>
    </message>
    <message>
        <source>Tampilan layar ini terlihat di konsol inspektur.</source>
        <translation>This screen is visible on the inspector&apos;s console.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Masuk — Kelurahan Desk</source>
        <translation>Sign in — Kelurahan Desk</translation>
    </message>
    <message>
        <source>Layar terkunci — Kelurahan Desk</source>
        <translation>Screen locked — Kelurahan Desk</translation>
    </message>
    <message>
        <source>Kelurahan Desk</source>
        <translation>Kelurahan Desk</translation>
    </message>
    <message>
        <source>Layar terkunci</source>
        <translation>Screen locked</translation>
    </message>
    <message>
        <source>Kelurahan {name}, Kec. {kecamatan}</source>
        <translation>Kelurahan {name}, Kec. {kecamatan}</translation>
    </message>
    <message>
        <source>mis. operator</source>
        <translation>e.g. operator</translation>
    </message>
    <message>
        <source>Menyiapkan data kantor…</source>
        <translation>Opening the office&apos;s data…</translation>
    </message>
    <message>
        <source>— tanpa loket —</source>
        <translation>— no counter —</translation>
    </message>
    <message>
        <source>&amp;Nama pengguna</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>&amp;Kata sandi</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Loket</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ganti pengguna</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>Menyiapkan data kantor… Anda akan masuk sebentar lagi.</source>
        <translation>Opening the office&apos;s data… You will be signed in in a moment.</translation>
    </message>
</context>
<context>
    <name>SignatoryFields</name>
    <message>
        <source>nama dan gelar</source>
        <translation>name and title</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <source>mis. Kecamatan Kademangan</source>
        <translation>e.g. Kecamatan Kademangan</translation>
    </message>
    <message>
        <source>{count} angka</source>
        <translation>{count} digits</translation>
    </message>
    <message>
        <source>Hapus baris ini (Ctrl+Delete)</source>
        <translation>Remove this row (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
</context>
<context>
    <name>SignatoryHeader</name>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Instansi</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>NIP (bila ada)</source>
        <translation>NIP (if any)</translation>
    </message>
</context>
<context>
    <name>SpoiledCardDialog</name>
    <message>
        <source>Asal kartu</source>
        <translation>Card origin</translation>
    </message>
    <message>
        <source>Nama pemegang</source>
        <translation>Holder&apos;s name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Nomor seri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Disimpan di</source>
        <translation>Stored in</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Pekerjaan cetak</source>
        <translation>Print job</translation>
    </message>
    <message>
        <source>Serah terima / BA</source>
        <translation>Handover / BA</translation>
    </message>
    <message>
        <source>Riwayat penyimpanan</source>
        <translation>Custody history</translation>
    </message>
    <message>
        <source>&amp;Simpan… (F2)</source>
        <translation>&amp;Store… (F2)</translation>
    </message>
    <message>
        <source>&amp;Periksa rantai (F7)</source>
        <translation>&amp;Verify chain (F7)</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Kartu rusak {number}</source>
        <translation>Spoiled card {number}</translation>
    </message>
    <message>
        <source>Kartu rusak · {number}</source>
        <translation>Spoiled card · {number}</translation>
    </message>
    <message>
        <source>{when}, {who}</source>
        <translation>{when}, {who}</translation>
    </message>
    <message>
        <source>Belum disimpan: simpan kartu (F2) agar dapat diserahkan atau dimusnahkan.</source>
        <translation>Not stored yet: store the card (F2) so it can be handed over or destroyed.</translation>
    </message>
    <message>
        <source>Kartu disimpan di {place}.</source>
        <translation>Card stored in {place}.</translation>
    </message>
</context>
<context>
    <name>SpoiledCardFormDialog</name>
    <message>
        <source>Catat kartu rusak</source>
        <translation>Record spoiled card</translation>
    </message>
    <message>
        <source>Kartu yang rusak atau tidak berlaku dicatat sekali (nomor seri yang sama tidak dapat dicatat dua kali). Isi tempat penyimpanan bila kartu langsung disimpan. Salah cetak dicatat lewat “Gagal cetak” pada pekerjaan cetaknya.</source>
        <translation>A damaged or invalid card is recorded once (the same serial number cannot be recorded twice). Fill in the storage location if the card is stored right away. Misprints are recorded with “Print failed” on their print job.</translation>
    </message>
    <message>
        <source>nama pada kartu</source>
        <translation>name on the card</translation>
    </message>
    <message>
        <source>nomor seri pada kartu, bila terbaca</source>
        <translation>serial number on the card, if legible</translation>
    </message>
    <message>
        <source>mis. chip tidak terbaca, pindah alamat</source>
        <translation>e.g. chip unreadable, change of address</translation>
    </message>
    <message>
        <source>mis. patah, foto buram, utuh</source>
        <translation>e.g. broken, blurred photo, intact</translation>
    </message>
    <message>
        <source>mis. lemari besi ruang Sekretaris</source>
        <translation>e.g. safe in the Secretary&apos;s room</translation>
    </message>
    <message>
        <source>A&amp;sal kartu</source>
        <translation>Card &amp;origin</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>Nama &amp;pemegang</source>
        <translation>&amp;Holder&apos;s name</translation>
    </message>
    <message>
        <source>Nomor s&amp;eri</source>
        <translation>S&amp;erial number</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Kondisi kartu</source>
        <translation>Card &amp;condition</translation>
    </message>
    <message>
        <source>Disimpan &amp;di</source>
        <translation>Stored &amp;in</translation>
    </message>
    <message>
        <source>&amp;Catat kartu</source>
        <translation>&amp;Record card</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <source>16 angka, bila kartu sudah bernama</source>
        <translation>16 digits, if the card is personalised</translation>
    </message>
    <message>
        <source>wajib: nomor seri blanko dari stok</source>
        <translation>required: blank card serial number from stock</translation>
    </message>
</context>
<context>
    <name>SpoiledCardsModel</name>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Asal kartu</source>
        <translation>Card origin</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>No. seri</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{source}: {reason} ({condition})</source>
        <translation>{source}: {reason} ({condition})</translation>
    </message>
    <message>
        <source>{state}, di {place}</source>
        <translation>{state}, at {place}</translation>
    </message>
    <message>
        <source>Nomor register kartu rusak, tanpa kode kantor di depannya</source>
        <translation>Spoiled card register number, without the office code in front</translation>
    </message>
</context>
<context>
    <name>SpoiledCardsTab</name>
    <message>
        <source>Nomor register, nomor seri, NIK, atau nama (Ctrl+F)</source>
        <translation>Register number, serial number, NIK or name (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua asal kartu</source>
        <translation>All card origins</translation>
    </message>
    <message>
        <source>&amp;Dicatat dari</source>
        <translation>&amp;Recorded from</translation>
    </message>
    <message>
        <source>&amp;Urutan</source>
        <translation>S&amp;ort</translation>
    </message>
    <message>
        <source>Enter atau klik dua kali: buka kartu. Ctrl/Shift+klik: pilih beberapa kartu untuk disimpan sekaligus.</source>
        <translation>Enter or double-click: open card. Ctrl/Shift+click: select several cards to store at once.</translation>
    </message>
    <message>
        <source>&amp;Catat kartu rusak… (Ctrl+N)</source>
        <translation>&amp;Record spoiled card… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Simpan yang dipilih… (Ctrl+S)</source>
        <translation>&amp;Store selected… (Ctrl+S)</translation>
    </message>
    <message>
        <source>B&amp;uka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Muat ulang (F5)</source>
        <translation>&amp;Reload (F5)</translation>
    </message>
    <message>
        <source>{count} kartu</source>
        <translation>{count} cards</translation>
    </message>
    <message>
        <source>Kartu {number} dicatat ({state}).</source>
        <translation>Card {number} recorded ({state}).</translation>
    </message>
    <message>
        <source>Pilih kartu berstatus “Dicatat” di daftar (Ctrl/Shift+klik untuk beberapa), lalu simpan.</source>
        <translation>Select cards with status “Recorded” in the list (Ctrl/Shift+click for several), then store them.</translation>
    </message>
    <message>
        <source>{count} kartu disimpan di {place}.</source>
        <translation>{count} cards stored in {place}.</translation>
    </message>
    <message>
        <source>Pilih kartu di daftar dulu.</source>
        <translation>Select a card in the list first.</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>Mulai sidak</source>
        <translation>Start spot inspection</translation>
    </message>
    <message>
        <source>Selama sidak, setiap jendela di kantor menampilkan “Sidak sedang berlangsung” dan jendela loket mengirim gambar layarnya ke konsol ini. Setiap loket yang diperbesar dan setiap catatan yang dibuka tercatat.</source>
        <translation>During the spot inspection, every window in the office shows “Spot inspection in progress” and counter windows send their screen images to this console. Every counter enlarged and every record opened is logged.</translation>
    </message>
    <message>
        <source>mis. Inspektorat: Drs. Ahmad Fauzi</source>
        <translation>e.g. Inspectorate: Drs. Ahmad Fauzi</translation>
    </message>
    <message>
        <source>&amp;Pendamping</source>
        <translation>&amp;Companions</translation>
    </message>
    <message>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPrintJobDialog</name>
    <message>
        <source>Pekerjaan cetak KTP-el</source>
        <translation>KTP-el print job</translation>
    </message>
    <message>
        <source>Buat pekerjaan cetak KTP-el untuk {code}?</source>
        <translation>Create a KTP-el print job for {code}?</translation>
    </message>
    <message>
        <source>Formulir pekerjaan cetak dibuka di halaman KTP-el dan pekerjaannya ditautkan ke nomor antrean {code}.</source>
        <translation>The print job form opens on the KTP-el page and the job is linked to queue number {code}.</translation>
    </message>
    <message>
        <source>&amp;Ya, buat pekerjaan</source>
        <translation>&amp;Yes, create job</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>StartPrintingDialog</name>
    <message>
        <source>Mulai cetak</source>
        <translation>Start printing</translation>
    </message>
    <message>
        <source>{job}. Pindai nomor seri blanko yang dimasukkan ke printer. Kosongkan untuk memakai blanko pertama di stok (penerimaan terlama dulu).</source>
        <translation>{job}. Scan the serial number of the blank card loaded into the printer. Leave empty to use the first blank card in stock (oldest delivery first).</translation>
    </message>
    <message>
        <source>pindai atau ketik nomor seri blanko</source>
        <translation>scan or type the blank card serial number</translation>
    </message>
    <message>
        <source>&amp;Nomor seri blanko</source>
        <translation>Blank card &amp;serial number</translation>
    </message>
    <message>
        <source>&amp;Mulai cetak</source>
        <translation>&amp;Start printing</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stok blanko habis.</source>
        <translation>Out of blank cards.</translation>
    </message>
    <message>
        <source>{count} blanko di stok.</source>
        <translation>{count} blank cards in stock.</translation>
    </message>
</context>
<context>
    <name>StartRequestDialog</name>
    <message>
        <source>Mulai permohonan</source>
        <translation>Start application</translation>
    </message>
    <message>
        <source>Mulai permohonan {kind} untuk {code}?</source>
        <translation>Start a {kind} application for {code}?</translation>
    </message>
    <message>
        <source>Formulir F-2.01 dibuka dan permohonan ditautkan ke nomor antrean {code}.</source>
        <translation>Form F-2.01 opens and the application is linked to queue number {code}.</translation>
    </message>
    <message>
        <source>&amp;Ya, buka formulir</source>
        <translation>&amp;Yes, open form</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>StoreCardsDialog</name>
    <message>
        <source>Simpan kartu</source>
        <translation>Store cards</translation>
    </message>
    <message>
        <source>{count} kartu disimpan: {cards}. Kartu yang disimpan (atau sudah diserahkan) boleh dimusnahkan.</source>
        <translation>{count} cards to store: {cards}. Stored cards (or cards already handed over) may be destroyed.</translation>
    </message>
    <message>
        <source>mis. lemari besi ruang Sekretaris Kelurahan</source>
        <translation>e.g. safe in the Sekretaris Kelurahan&apos;s room</translation>
    </message>
    <message>
        <source>Disimpan &amp;di</source>
        <translation>Stored &amp;in</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Store</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Klik untuk sinkronisasi sekarang</source>
        <translation>Click to sync now</translation>
    </message>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>{n} menit</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <source>{n} jam</source>
        <translation>{n} hours</translation>
    </message>
    <message>
        <source>{n} hari</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>Sinkronisasi berjalan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Pusat belum diatur</source>
        <translation>Central server not set up</translation>
    </message>
    <message>
        <source>Belum pernah tersinkron</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Tersinkron {time}</source>
        <translation>Synced {time}</translation>
    </message>
    <message>
        <source> · gagal</source>
        <translation> · failed</translation>
    </message>
    <message>
        <source>Dicoba lagi pukul {time}.</source>
        <translation>Retrying at {time}.</translation>
    </message>
    <message>
        <source>{count} menunggu dikirim</source>
        <translation>{count} waiting to be sent</translation>
    </message>
    <message>
        <source> (tertua {age})</source>
        <translation> (oldest {age})</translation>
    </message>
    <message>
        <source>{count} perlu perhatian</source>
        <translation>{count} need attention</translation>
    </message>
    <message>
        <source>Sudah {days} hari belum tersinkron dengan pusat (sejak {since}). Data tetap tersimpan di komputer ini; periksa sambungan internet atau hubungi admin.</source>
        <translation>Not synced with the central server for {days} days (since {since}). Data stays saved on this computer; check the internet connection or contact the admin.</translation>
    </message>
    <message>
        <source>dipasang</source>
        <translation>installed</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sinkronisasi dengan pusat (Dispendukcapil)</source>
        <translation>Sync with the central server (Dispendukcapil)</translation>
    </message>
    <message>
        <source>kosongkan bila pusat memakai sertifikat umum</source>
        <translation>leave empty if the central server uses a public certificate</translation>
    </message>
    <message>
        <source>&amp;Pilih…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Alamat pusat</source>
        <translation>Central server &amp;address</translation>
    </message>
    <message>
        <source>&amp;Kunci kantor</source>
        <translation>Office &amp;key</translation>
    </message>
    <message>
        <source>Sertifikat pusat (CA)</source>
        <translation>Central server certificate (CA)</translation>
    </message>
    <message>
        <source>&amp;Simpan dan uji sambungan</source>
        <translation>&amp;Save and test connection</translation>
    </message>
    <message>
        <source>tersimpan; kosongkan untuk tetap memakainya</source>
        <translation>saved; leave empty to keep using it</translation>
    </message>
    <message>
        <source>Alamat dan kunci kantor diberikan petugas pusat. Kunci disimpan di luar berkas data kantor ({where}), tidak ikut dalam cadangan.</source>
        <translation>The address and office key are given by the central office staff. The key is stored outside the office data file ({where}) and is not included in backups.</translation>
    </message>
    <message>
        <source>keyring sistem</source>
        <translation>system keyring</translation>
    </message>
    <message>
        <source>Sertifikat pusat</source>
        <translation>Central server certificate</translation>
    </message>
    <message>
        <source>Sertifikat (*.crt *.pem);;Semua (*)</source>
        <translation>Certificates (*.crt *.pem);;All (*)</translation>
    </message>
    <message>
        <source>Tersimpan. Menghubungi pusat…</source>
        <translation>Saved. Contacting the central server…</translation>
    </message>
    <message>
        <source>Tersimpan. Pusat menjawab dan menerima kunci kantor.</source>
        <translation>Saved. The central server responded and accepted the office key.</translation>
    </message>
    <message>
        <source>Tersimpan, tetapi sambungan gagal: {detail}</source>
        <translation>Saved, but the connection failed: {detail}</translation>
    </message>
</context>
<context>
    <name>TakenInBanner</name>
    <message>
        <source>Cetak tanda terima (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Formulir baru (Ctrl+N)</source>
        <translation>New form (Ctrl+N)</translation>
    </message>
    <message>
        <source>Permohonan diterima</source>
        <translation>Application received</translation>
    </message>
    <message>
        <source>Perkiraan selesai {date}</source>
        <translation>Estimated completion {date}</translation>
    </message>
    <message>
        <source>Terlambat dilaporkan</source>
        <translation>Late registration</translation>
    </message>
    <message>
        <source>Perbaikan masih dapat disimpan sampai dikirim ke Dispendukcapil.</source>
        <translation>Corrections can still be saved until it is sent to Dispendukcapil.</translation>
    </message>
    <message>
        <source>Sudah dikirim ke Dispendukcapil; tidak dapat diubah.</source>
        <translation>Already sent to Dispendukcapil; it can no longer be changed.</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Prioritas</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Diambil</source>
        <translation>Issued</translation>
    </message>
</context>
<context>
    <name>TicketPrinting</name>
    <message>
        <source>Prioritas: {reason}</source>
        <translation>Priority: {reason}</translation>
    </message>
    <message>
        <source>Di depan Anda: {n} orang</source>
        <translation>People ahead of you: {n}</translation>
    </message>
    <message>
        <source>Kelurahan {name}</source>
        <translation>{name} Urban Village</translation>
    </message>
    <message>
        <source>Simpan karcis ini. Nomor dipanggil di layar.</source>
        <translation>Keep this ticket. Numbers are called on the screen.</translation>
    </message>
    <message>
        <source>Nomor antrean</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Belum ada printer karcis yang dipasang.</source>
        <translation>No ticket printer is installed.</translation>
    </message>
    <message>
        <source>Printer karcis &quot;{printer}&quot; tidak terpasang di komputer ini.</source>
        <translation>Ticket printer &quot;{printer}&quot; is not installed on this computer.</translation>
    </message>
    <message>
        <source>Printer karcis &quot;{printer}&quot; tidak dapat mencetak sekarang.</source>
        <translation>Ticket printer &quot;{printer}&quot; cannot print right now.</translation>
    </message>
    <message>
        <source>Karcis tidak dapat disiapkan untuk dicetak.</source>
        <translation>The ticket could not be prepared for printing.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Waktu ({zone})</source>
        <translation>Time ({zone})</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Dispendukcapil</source>
        <translation>Dispendukcapil</translation>
    </message>
    <message>
        <source>{user} (supervisor, manual)</source>
        <translation>{user} (supervisor, manual)</translation>
    </message>
    <message>
        <source>Alasan: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
    <message>
        <source>No. akta: {number}</source>
        <translation>Certificate no.: {number}</translation>
    </message>
    <message>
        <source>Diterima oleh {name} (NIK {nik}), KTP-el dicocokkan</source>
        <translation>Received by {name} (NIK {nik}), KTP-el checked</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>{action} — klik dua kali untuk membuka (hanya baca)</source>
        <translation>{action} — double-click to open (read-only)</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Alihkan {code}</source>
        <translation>Transfer {code}</translation>
    </message>
    <message>
        <source>Loket mana saja</source>
        <translation>Any counter</translation>
    </message>
    <message>
        <source>Waktu ambil nomor tetap: pengunjung tidak mengantre dari awal.</source>
        <translation>The ticket time is kept: the visitor does not queue again from the start.</translation>
    </message>
    <message>
        <source>&amp;Layanan</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>L&amp;oket</source>
        <translation>C&amp;ounter</translation>
    </message>
    <message>
        <source>&amp;Alihkan</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Periksa rantai: {subject}</source>
        <translation>Verify chain: {subject}</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Rantai audit dihitung ulang dari peristiwa pertama; langkah penyimpanan setiap kartu diputar ulang dan dicocokkan dengan status dan riwayat yang tersimpan.</source>
        <translation>The audit chain is recalculated from the first event; each card&apos;s custody steps are replayed and compared with the stored status and history.</translation>
    </message>
    <message>
        <source>Utuh: rantai audit dan riwayat {count} kartu {subject} sesuai.</source>
        <translation>Intact: the audit chain and the history of {count} cards in {subject} match.</translation>
    </message>
    <message>
        <source>TIDAK UTUH: {subject} tidak sesuai dengan rantai audit ({count} kartu bermasalah).</source>
        <translation>NOT INTACT: {subject} does not match the audit chain ({count} cards with problems).</translation>
    </message>
    <message>
        <source>Rantai audit</source>
        <translation>Audit chain</translation>
    </message>
    <message>
        <source>{count} peristiwa diperiksa, semuanya utuh dan bersambung.</source>
        <translation>{count} events checked, all intact and linked.</translation>
    </message>
    <message>
        <source>terputus</source>
        <translation>broken</translation>
    </message>
    <message>
        <source>Segel konfirmasi (hash peristiwa audit)</source>
        <translation>Confirmation seal (audit event hash)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Kartu</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>{intact} dari {count} kartu utuh.</source>
        <translation>{intact} of {count} cards intact.</translation>
    </message>
    <message>
        <source>Nomor register</source>
        <translation>Register number</translation>
    </message>
    <message>
        <source>No. seri</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>Menurut rantai audit</source>
        <translation>According to the audit chain</translation>
    </message>
    <message>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>… dan {count} kartu lain.</source>
        <translation>… and {count} more cards.</translation>
    </message>
</context>
<context>
    <name>WitnessList</name>
    <message>
        <source>&amp;Tambah saksi (Ctrl+T)</source>
        <translation>&amp;Add witness (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>_BatchForm</name>
    <message>
        <source>&amp;Kartu</source>
        <translation>&amp;Cards</translation>
    </message>
</context>
<context>
    <name>_CardText</name>
    <message>
        <source>{state} · dalam berkas {batch}</source>
        <translation>{state} · in batch {batch}</translation>
    </message>
</context>
<context>
    <name>accounts</name>
    <message>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>Passwords must be at least {count} characters.</translation>
    </message>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Akun dikunci karena {count} kali salah kata sandi. Coba lagi dalam {minutes} menit.</source>
        <translation>Account locked after {count} wrong passwords. Try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>Akun ini sudah dinonaktifkan. Hubungi admin kantor.</source>
        <translation>This account has been deactivated. Contact the office admin.</translation>
    </message>
    <message>
        <source>Peran tidak dikenal.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Akun pertama harus berperan Admin.</source>
        <translation>The first account must have the Admin role.</translation>
    </message>
    <message>
        <source>Nama pengguna 3–40 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>Usernames are 3–40 characters: lowercase letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <source>Nama pengguna {name} sudah dipakai.</source>
        <translation>Username {name} is already taken.</translation>
    </message>
    <message>
        <source>Nama lengkap wajib diisi.</source>
        <translation>Full name is required.</translation>
    </message>
    <message>
        <source>Kantor ini sudah punya akun; masuk sebagai admin.</source>
        <translation>This office already has accounts; sign in as an admin.</translation>
    </message>
    <message>
        <source>Anda tidak dapat menonaktifkan akun sendiri.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
</context>
<context>
    <name>akta</name>
    <message>
        <source>Akta Kelahiran</source>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Akta Kematian</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>WNI</source>
        <translation>WNI</translation>
    </message>
    <message>
        <source>WNA</source>
        <translation>WNA</translation>
    </message>
    <message>
        <source>RS/RB</source>
        <translation>Hospital/maternity clinic</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Polindes</source>
        <translation>Polindes</translation>
    </message>
    <message>
        <source>Rumah</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Tunggal</source>
        <translation>Single</translation>
    </message>
    <message>
        <source>Kembar 2</source>
        <translation>Twins</translation>
    </message>
    <message>
        <source>Kembar 3</source>
        <translation>Triplets</translation>
    </message>
    <message>
        <source>Kembar 4</source>
        <translation>Quadruplets</translation>
    </message>
    <message>
        <source>Kembar lebih dari 4</source>
        <translation>More than 4 (multiple birth)</translation>
    </message>
    <message>
        <source>Dokter</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Bidan/Perawat</source>
        <translation>Midwife/nurse</translation>
    </message>
    <message>
        <source>Dukun</source>
        <translation>Traditional birth attendant</translation>
    </message>
    <message>
        <source>Sakit biasa/tua</source>
        <translation>Illness/old age</translation>
    </message>
    <message>
        <source>Wabah penyakit</source>
        <translation>Epidemic</translation>
    </message>
    <message>
        <source>Kecelakaan</source>
        <translation>Accident</translation>
    </message>
    <message>
        <source>Kriminalitas</source>
        <translation>Crime</translation>
    </message>
    <message>
        <source>Bunuh diri</source>
        <translation>Suicide</translation>
    </message>
    <message>
        <source>Tenaga kesehatan</source>
        <translation>Health worker</translation>
    </message>
    <message>
        <source>Kepolisian</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Diterima di loket</source>
        <translation>Received at counter</translation>
    </message>
    <message>
        <source>Dikirim ke Dispendukcapil</source>
        <translation>Sent to Dispendukcapil</translation>
    </message>
    <message>
        <source>Terverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Akta terbit</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <source>Siap diambil</source>
        <translation>Ready for collection</translation>
    </message>
    <message>
        <source>Sudah diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Kemungkinan sudah pernah didaftarkan ({count} permohonan mirip). Bandingkan dulu sebelum melanjutkan.</source>
        <translation>Possibly registered already ({count} similar applications). Compare them before continuing.</translation>
    </message>
    <message>
        <source>Permohonan tidak ditemukan.</source>
        <translation>Application not found.</translation>
    </message>
    <message>
        <source>Nomor antrean tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>Permohonan yang sudah dikirim ke Dispendukcapil tidak dapat diubah lagi.</source>
        <translation>An application already sent to Dispendukcapil can no longer be changed.</translation>
    </message>
    <message>
        <source>Hanya permohonan berstatus draf yang disimpan sebagai draf.</source>
        <translation>Only applications with draft status are saved as drafts.</translation>
    </message>
    <message>
        <source>Jenis permohonan tidak dapat diubah.</source>
        <translation>The application type cannot be changed.</translation>
    </message>
    <message>
        <source>Permohonan ini sudah diterima; simpan perubahannya saja.</source>
        <translation>This application has already been received; just save the changes.</translation>
    </message>
    <message>
        <source>Draf disimpan dengan tombol Simpan draf.</source>
        <translation>Drafts are saved with the Save draft button.</translation>
    </message>
    <message>
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan (paling sedikit 5 huruf).</source>
        <translation>Write the reason for cancelling (at least 5 letters).</translation>
    </message>
    <message>
        <source>Status “{current}” tidak dapat diubah menjadi “{target}”.</source>
        <translation>Status “{current}” cannot be changed to “{target}”.</translation>
    </message>
    <message>
        <source>Status ini diatur oleh loket, bukan oleh Dispendukcapil.</source>
        <translation>This status is set by the counter, not by Dispendukcapil.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pengembalian.</source>
        <translation>Write the reason for returning it.</translation>
    </message>
    <message>
        <source>Nomor akta wajib diisi.</source>
        <translation>The certificate number is required.</translation>
    </message>
    <message>
        <source>Nomor pelacakan {number} tidak ditemukan.</source>
        <translation>Tracking number {number} not found.</translation>
    </message>
    <message>
        <source>Cocokkan KTP-el penerima dengan NIK sebelum menyerahkan akta.</source>
        <translation>Check the recipient&apos;s KTP-el against the NIK before handing over the certificate.</translation>
    </message>
</context>
<context>
    <name>akta_checks</name>
    <message>
        <source>pelapor</source>
        <translation>informant</translation>
    </message>
    <message>
        <source>saksi I</source>
        <translation>witness I</translation>
    </message>
    <message>
        <source>saksi II</source>
        <translation>witness II</translation>
    </message>
    <message>
        <source>ayah</source>
        <translation>father</translation>
    </message>
    <message>
        <source>ibu</source>
        <translation>mother</translation>
    </message>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Tanggal tidak boleh sesudah hari ini.</source>
        <translation>The date cannot be later than today.</translation>
    </message>
    <message>
        <source>Jam tidak boleh sesudah jam sekarang.</source>
        <translation>The time cannot be later than now.</translation>
    </message>
    <message>
        <source>Terlalu panjang: paling banyak {limit} huruf.</source>
        <translation>Too long: at most {limit} letters.</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang: paling banyak 1000 huruf.</source>
        <translation>Note too long: at most 1000 letters.</translation>
    </message>
    <message>
        <source>Menurut NIK pelapor berumur {age} tahun; pelapor semestinya sudah dewasa.</source>
        <translation>According to the NIK, the informant is {age} years old; the informant should be an adult.</translation>
    </message>
    <message>
        <source>Saksi II harus orang yang berbeda dari saksi I.</source>
        <translation>Witness II must be a different person from witness I.</translation>
    </message>
    <message>
        <source>Tanggal lahir anak tidak boleh sebelum tanggal lahir {role}.</source>
        <translation>The child&apos;s date of birth cannot be before the {role}&apos;s date of birth.</translation>
    </message>
    <message>
        <source>Kelahiran ke- harus antara 1 dan {most}.</source>
        <translation>Birth order must be between 1 and {most}.</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>cm</source>
        <translation>cm</translation>
    </message>
    <message>
        <source>Tidak masuk akal: harus antara {low} dan {high} {unit}.</source>
        <translation>Implausible: must be between {low} and {high} {unit}.</translation>
    </message>
    <message>
        <source>Tidak biasa (umumnya {low}–{high} {unit}); periksa kembali.</source>
        <translation>Unusual (typically {low}–{high} {unit}); please check again.</translation>
    </message>
    <message>
        <source>Tanggal kematian tidak boleh sebelum tanggal lahir almarhum/almarhumah.</source>
        <translation>The date of death cannot be before the deceased&apos;s date of birth.</translation>
    </message>
    <message>
        <source>Dokumen belum lengkap: {document}.</source>
        <translation>Documents incomplete: {document}.</translation>
    </message>
    <message>
        <source>Terlambat {days} hari (batas {last_day}). Pencatatan kelahiran yang terlambat memerlukan keputusan Kepala Dinas Dukcapil; proses bisa lebih lama.</source>
        <translation>{days} days late (deadline {last_day}). Late birth registration requires a decision by the Head of the Dukcapil Office; processing may take longer.</translation>
    </message>
    <message>
        <source>Terlambat {days} hari (batas {last_day}). Pelaporan kematian yang terlambat tetap dicatat dan diteruskan ke Dispendukcapil dengan keterangan keterlambatan.</source>
        <translation>{days} days late (deadline {last_day}). Late death reports are still recorded and forwarded to Dispendukcapil with a note of the delay.</translation>
    </message>
</context>
<context>
    <name>akta_documents</name>
    <message>
        <source>Surat keterangan kelahiran (RS, puskesmas, dokter atau bidan; dari lurah untuk kelahiran di rumah)</source>
        <translation>Birth certificate letter (hospital, puskesmas, doctor or midwife; from the lurah for home births)</translation>
    </message>
    <message>
        <source>Kartu Keluarga (KK)</source>
        <translation>Family Card (KK)</translation>
    </message>
    <message>
        <source>Buku nikah / kutipan akta perkawinan atau bukti perkawinan lain</source>
        <translation>Marriage book / marriage certificate extract or other proof of marriage</translation>
    </message>
    <message>
        <source>SPTJM kebenaran data kelahiran (F-2.03) dengan 2 saksi</source>
        <translation>SPTJM on the truth of birth data (F-2.03) with 2 witnesses</translation>
    </message>
    <message>
        <source>SPTJM kebenaran sebagai pasangan suami istri (F-2.04)</source>
        <translation>SPTJM on the truth of being a married couple (F-2.04)</translation>
    </message>
    <message>
        <source>Berita acara kepolisian (anak tidak diketahui asal-usulnya)</source>
        <translation>Police report (Berita Acara) for a child of unknown parentage</translation>
    </message>
    <message>
        <source>Surat kuasa bermeterai (pelapor dikuasakan)</source>
        <translation>Power of attorney with duty stamp (informant acting by proxy)</translation>
    </message>
    <message>
        <source>Surat keterangan kematian dari dokter atau lurah/kepala desa</source>
        <translation>Death certificate letter from a doctor or the lurah/village head</translation>
    </message>
    <message>
        <source>Surat keterangan kepolisian</source>
        <translation>Police certificate letter</translation>
    </message>
    <message>
        <source>Salinan penetapan pengadilan</source>
        <translation>Copy of court ruling</translation>
    </message>
    <message>
        <source>Surat keterangan dari perwakilan RI / konsulat</source>
        <translation>Letter from an Indonesian mission / consulate</translation>
    </message>
    <message>
        <source>Bukti perkawinan orang tua, atau salah satu SPTJM</source>
        <translation>Proof of the parents&apos; marriage, or one of the SPTJMs</translation>
    </message>
    <message>
        <source>Keterangan kematian (atau pengganti untuk kasus khusus)</source>
        <translation>Death certificate letter (or a substitute for special cases)</translation>
    </message>
</context>
<context>
    <name>blanko</name>
    <message>
        <source>Di stok</source>
        <translation>In stock</translation>
    </message>
    <message>
        <source>Tercetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Spoiled</translation>
    </message>
    <message>
        <source>Nomor seri belum diisi.</source>
        <translation>Serial number not filled in.</translation>
    </message>
    <message>
        <source>Nomor seri {serial} terlalu panjang (paling banyak {count} tanda).</source>
        <translation>Serial number {serial} is too long (at most {count} characters).</translation>
    </message>
    <message>
        <source>Nomor seri {serial} memuat tanda yang tidak boleh (koma, titik koma, garis tegak atau tanda tak terlihat).</source>
        <translation>Serial number {serial} contains disallowed characters (comma, semicolon, vertical bar or invisible characters).</translation>
    </message>
    <message>
        <source>Rentang {item}: nomor awal lebih besar dari nomor akhir.</source>
        <translation>Range {item}: the start number is greater than the end number.</translation>
    </message>
    <message>
        <source>Rentang {item} berisi {count} nomor; paling banyak {most} per rentang.</source>
        <translation>Range {item} contains {count} numbers; at most {most} per range.</translation>
    </message>
    <message>
        <source>Rentang {item}: tulis nomor awal dan akhir dengan jumlah angka yang sama (misalnya A0001-A0100).</source>
        <translation>Range {item}: write the start and end numbers with the same number of digits (e.g. A0001-A0100).</translation>
    </message>
    <message>
        <source>Nomor seri ganda dalam daftar: {serials}.</source>
        <translation>Duplicate serial numbers in the list: {serials}.</translation>
    </message>
    <message>
        <source>Belum ada nomor seri.</source>
        <translation>No serial numbers yet.</translation>
    </message>
    <message>
        <source>Status blanko tidak dikenal: {state}.</source>
        <translation>Unknown blank card status: {state}.</translation>
    </message>
    <message>
        <source>Tercatat di stok, tetapi dipakai pekerjaan cetak.</source>
        <translation>Recorded as in stock, but used by a print job.</translation>
    </message>
    <message>
        <source>Tercatat di stok, tetapi juga tercatat sebagai kartu rusak.</source>
        <translation>Recorded as in stock, but also recorded as a spoiled card.</translation>
    </message>
    <message>
        <source>Tercatat tercetak tanpa pekerjaan cetak.</source>
        <translation>Recorded as printed without a print job.</translation>
    </message>
    <message>
        <source>Tercatat tercetak, tetapi pekerjaan cetaknya berstatus “{status}”.</source>
        <translation>Recorded as printed, but its print job has status “{status}”.</translation>
    </message>
    <message>
        <source>Tercatat tercetak, tetapi pekerjaan cetaknya memakai blanko lain.</source>
        <translation>Recorded as printed, but its print job uses a different blank card.</translation>
    </message>
    <message>
        <source>Tercatat tercetak, tetapi juga tercatat sebagai kartu rusak.</source>
        <translation>Recorded as printed, but also recorded as a spoiled card.</translation>
    </message>
    <message>
        <source>Tercatat rusak tanpa catatan kartu rusak yang sesuai.</source>
        <translation>Recorded as spoiled without a matching spoiled card record.</translation>
    </message>
    <message>
        <source>Tercatat rusak, tetapi masih dipegang pekerjaan cetak.</source>
        <translation>Recorded as spoiled, but still held by a print job.</translation>
    </message>
    <message>
        <source>Diterima {received} keping, tetapi tercatat {listed} nomor seri.</source>
        <translation>{received} cards received, but {listed} serial numbers recorded.</translation>
    </message>
    <message>
        <source>Diterima {received} ≠ tercetak {printed} + rusak {spoiled} + stok {in_stock}.</source>
        <translation>Received {received} ≠ printed {printed} + spoiled {spoiled} + stock {in_stock}.</translation>
    </message>
    <message>
        <source>{count} nomor seri tidak sesuai catatannya.</source>
        <translation>{count} serial numbers do not match their records.</translation>
    </message>
    <message>
        <source>Tidak termasuk penerimaan mana pun.</source>
        <translation>Not part of any delivery.</translation>
    </message>
    <message>
        <source>Stok blanko tinggal {count} keping (batas peringatan {threshold}).</source>
        <translation>Only {count} blank cards left in stock (warning level {threshold}).</translation>
    </message>
    <message>
        <source>Stok blanko tinggal {count} keping (batas peringatan {threshold}); cukup untuk sekitar {days} hari pada pemakaian {window} hari terakhir.</source>
        <translation>Only {count} blank cards left in stock (warning level {threshold}); enough for about {days} days at the usage of the last {window} days.</translation>
    </message>
    <message>
        <source>{first} (dan {more} masalah lain)</source>
        <translation>{first} (and {more} more problems)</translation>
    </message>
    <message>
        <source>Tanggal terima tidak boleh setelah hari ini.</source>
        <translation>The date received cannot be later than today.</translation>
    </message>
    <message>
        <source>Nomor dokumen wajib diisi.</source>
        <translation>The document number is required.</translation>
    </message>
    <message>
        <source>Nomor dokumen terlalu panjang.</source>
        <translation>The document number is too long.</translation>
    </message>
    <message>
        <source>Jumlah harus lebih dari 0.</source>
        <translation>The quantity must be more than 0.</translation>
    </message>
    <message>
        <source>Jumlah {count} keping, tetapi nomor seri yang diisi {listed}.</source>
        <translation>The quantity is {count} cards, but {listed} serial numbers were entered.</translation>
    </message>
    <message>
        <source>Dokumen {number} sudah pernah diterima.</source>
        <translation>Document {number} has already been received.</translation>
    </message>
    <message>
        <source>Penerimaan ditolak: {count} nomor seri sudah tercatat sebelumnya ({serials}).</source>
        <translation>Delivery rejected: {count} serial numbers were already recorded before ({serials}).</translation>
    </message>
    <message>
        <source>Stok blanko habis: terima blanko dari Dispendukcapil dulu.</source>
        <translation>Out of blank cards: receive blank cards from Dispendukcapil first.</translation>
    </message>
    <message>
        <source>Blanko {serial} tidak ada dalam penerimaan mana pun.</source>
        <translation>Blank card {serial} is not part of any delivery.</translation>
    </message>
    <message>
        <source>Blanko {serial} sudah dipakai untuk pekerjaan cetak {job}.</source>
        <translation>Blank card {serial} has already been used for print job {job}.</translation>
    </message>
    <message>
        <source>Blanko {serial} sudah tercatat rusak ({register}).</source>
        <translation>Blank card {serial} is already recorded as spoiled ({register}).</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>kelurahan-desk: perintah tidak dipahami: {detail}</source>
        <translation>kelurahan-desk: command not understood: {detail}</translation>
    </message>
    <message>
        <source>{count} gambar disimpan di {folder}</source>
        <translation>{count} screenshots saved in {folder}</translation>
    </message>
    <message>
        <source>Tidak ada penyimpanan di {folder}.</source>
        <translation>No store in {folder}.</translation>
    </message>
    <message>
        <source>Penyimpanan utuh: {count} peristiwa audit, rantai tidak terputus.</source>
        <translation>Store intact: {count} audit events, chain unbroken.</translation>
    </message>
    <message>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup made: {path}</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ada.</source>
        <translation>File {path} does not exist.</translation>
    </message>
    <message>
        <source>Penyimpanan lama disimpan sebagai {path}</source>
        <translation>Old store kept as {path}</translation>
    </message>
    <message>
        <source>Penyimpanan dipulihkan dari {path}</source>
        <translation>Store restored from {path}</translation>
    </message>
    <message>
        <source>Berkas diagnosis tidak dapat disimpan: {reason}</source>
        <translation>Diagnostics file could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Berkas diagnosis disimpan: {path}</source>
        <translation>Diagnostics file saved: {path}</translation>
    </message>
    <message>
        <source>Kunci kantor (kosongkan untuk tetap memakai kunci yang tersimpan): </source>
        <translation>Office key (leave empty to keep using the saved key): </translation>
    </message>
    <message>
        <source>Terkirim {sent} catatan ({duplicates} sudah diterima sebelumnya), ditolak {rejected}; diterima dari pusat: {requests} status permohonan, {accounts} akun, {stock} blanko dialokasikan, {residents} data penduduk.</source>
        <translation>Sent {sent} records ({duplicates} received before), rejected {rejected}; received from the centre: {requests} request statuses, {accounts} accounts, {stock} blank cards allocated, {residents} residents.</translation>
    </message>
    <message>
        <source>{count} catatan ditolak pusat dan perlu perhatian (lihat “Perlu perhatian” di status bar).</source>
        <translation>{count} records were rejected by the central server and need attention (see “need attention” in the status bar).</translation>
    </message>
    <message>
        <source>{count} catatan masih menunggu dikirim.</source>
        <translation>{count} records still waiting to be sent.</translation>
    </message>
    <message>
        <source>Sinkronisasi selesai: semua catatan sudah diterima pusat.</source>
        <translation>Sync finished: all records have been received by the central server.</translation>
    </message>
    <message>
        <source>Pusat diatur: {url}; kunci kantor disimpan di {where}.</source>
        <translation>Central server set: {url}; office key stored in {where}.</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>{code} bukan kode kelurahan di Kota Probolinggo (mis. 35.74.02.1002).</source>
        <translation>{code} is not the code of a kelurahan of Kota Probolinggo (e.g. 35.74.02.1002).</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong username or password.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Akun {user} tidak aktif lagi.</source>
        <translation>Account {user} is no longer active.</translation>
    </message>
    <message>
        <source>Peran {role} tidak berwenang untuk tindakan ini.</source>
        <translation>The {role} role is not allowed to do this.</translation>
    </message>
    <message>
        <source>{count} isian perlu diperbaiki.</source>
        <translation>{count} fields need correcting.</translation>
    </message>
</context>
<context>
    <name>inspection</name>
    <message>
        <source>Paling banyak {count} karakter.</source>
        <translation>At most {count} characters.</translation>
    </message>
    <message>
        <source>Loket tidak ditemukan.</source>
        <translation>Counter not found.</translation>
    </message>
    <message>
        <source>Catatan {number} tidak ditemukan.</source>
        <translation>Record {number} not found.</translation>
    </message>
    <message>
        <source>Kartu tidak ditemukan.</source>
        <translation>Card not found.</translation>
    </message>
    <message>
        <source>Sidak tidak ditemukan.</source>
        <translation>Spot inspection not found.</translation>
    </message>
    <message>
        <source>Laporan sidak ini belum ada.</source>
        <translation>This spot inspection report does not exist yet.</translation>
    </message>
</context>
<context>
    <name>inspection_timeline</name>
    <message>
        <source>Antrean</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Permohonan akta</source>
        <translation>Certificate applications</translation>
    </message>
    <message>
        <source>KTP-el dan blanko</source>
        <translation>KTP-el and blank cards</translation>
    </message>
    <message>
        <source>Kartu rusak</source>
        <translation>Spoiled cards</translation>
    </message>
    <message>
        <source>Masuk dan keluar</source>
        <translation>Sign-in and sign-out</translation>
    </message>
    <message>
        <source>Sidak</source>
        <translation>Spot inspection</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>{action}</source>
        <translation>{action}</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>Berkas penyimpanan rusak: {detail}</source>
        <translation>Damaged store file: {detail}</translation>
    </message>
    <message>
        <source>Berkas ini bukan penyimpanan Kelurahan Desk.</source>
        <translation>This file is not a Kelurahan Desk store.</translation>
    </message>
    <message>
        <source>Pelindung jejak audit telah dihapus ({names}): catatan audit bisa diubah.</source>
        <translation>The audit trail protection has been removed ({names}): audit records can be altered.</translation>
    </message>
    <message>
        <source>Ada catatan kirim yang merujuk ke peristiwa audit yang sudah hilang.</source>
        <translation>Some outbox records refer to audit events that are missing.</translation>
    </message>
    <message>
        <source>Jejak audit terputus: peristiwa {first} sampai {last} hilang.</source>
        <translation>Audit trail broken: events {first} to {last} are missing.</translation>
    </message>
    <message>
        <source>Jejak audit terputus pada peristiwa {seq}: tidak tersambung ke sebelumnya.</source>
        <translation>Audit trail broken at event {seq}: it does not link to the one before.</translation>
    </message>
    <message>
        <source>Peristiwa audit {seq} telah diubah setelah dicatat.</source>
        <translation>Audit event {seq} was changed after it was recorded.</translation>
    </message>
    <message>
        <source>{count} peristiwa audit telah dihapus (mulai nomor {seq}); catatan kirimnya masih ada.</source>
        <translation>{count} audit events have been deleted (from number {seq}); their outbox records still exist.</translation>
    </message>
    <message>
        <source>{count} peristiwa audit tidak punya catatan kirim ke pusat.</source>
        <translation>{count} audit events have no outbox record for the central system.</translation>
    </message>
    <message>
        <source>Jejak audit tidak lagi memuat peristiwa {seq} yang sudah diterima pusat.</source>
        <translation>The audit trail no longer contains event {seq}, which the central system has already received.</translation>
    </message>
</context>
<context>
    <name>kk</name>
    <message>
        <source>Nomor KK belum diisi.</source>
        <translation>The No. KK is not filled in.</translation>
    </message>
    <message>
        <source>Nomor KK hanya boleh berisi angka; periksa huruf atau tanda berikut: {characters}.</source>
        <translation>The No. KK may contain digits only; check these letters or symbols: {characters}.</translation>
    </message>
    <message>
        <source>Nomor KK harus 16 angka; yang diisi {count} angka.</source>
        <translation>The No. KK must be 16 digits; {count} digits were entered.</translation>
    </message>
    <message>
        <source>Kode provinsi {code} dalam nomor KK tidak dikenal.</source>
        <translation>The province code {code} in the No. KK is unknown.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota dalam nomor KK tidak boleh 00.</source>
        <translation>The regency/city code in the No. KK cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan dalam nomor KK tidak boleh 00.</source>
        <translation>The kecamatan code in the No. KK cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} dalam nomor KK tidak dikenal; kode wilayah bisa berubah setelah pemekaran. Periksa kembali nomor KK.</source>
        <translation>The regency/city code {code} in the No. KK is unknown; region codes can change after a region is split. Check the No. KK again.</translation>
    </message>
    <message>
        <source>Kode kecamatan {code} dalam nomor KK tidak ada di daftar kecamatan {kab_kota}; kode wilayah bisa berubah setelah pemekaran. Periksa kembali nomor KK.</source>
        <translation>The kecamatan code {code} in the No. KK is not in the kecamatan list of {kab_kota}; region codes can change after a region is split. Check the No. KK again.</translation>
    </message>
</context>
<context>
    <name>ktp_print</name>
    <message>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Hilang</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Perubahan data</source>
        <translation>Data change</translation>
    </message>
    <message>
        <source>Dalam antrean cetak</source>
        <translation>In print queue</translation>
    </message>
    <message>
        <source>Sedang dicetak</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Sudah dicetak</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Sudah diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Gagal cetak</source>
        <translation>Print failed</translation>
    </message>
    <message>
        <source>Blanko sudah dipakai untuk pekerjaan ini: tandai “Gagal cetak” bila kartunya rusak, pembatalan tidak mengembalikan blanko ke stok.</source>
        <translation>A blank card has already been used for this job: mark it “Print failed” if the card is spoiled; cancelling does not return the blank card to stock.</translation>
    </message>
    <message>
        <source>Status “{current}” tidak dapat diubah menjadi “{target}”.</source>
        <translation>Status “{current}” cannot be changed to “{target}”.</translation>
    </message>
    <message>
        <source>Pemohon sendiri</source>
        <translation>Applicant in person</translation>
    </message>
    <message>
        <source>Diwakilkan (kuasa)</source>
        <translation>Represented (proxy)</translation>
    </message>
    <message>
        <source>Terbaru dulu</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Terlama dulu</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Menurut tanggal permohonan</source>
        <translation>By application date</translation>
    </message>
    <message>
        <source>Belum rekam biometrik</source>
        <translation>Biometrics not recorded</translation>
    </message>
    <message>
        <source>Sudah rekam biometrik</source>
        <translation>Biometrics recorded</translation>
    </message>
    <message>
        <source>Siap cetak (print ready record)</source>
        <translation>Print ready record</translation>
    </message>
    <message>
        <source>Dikirim untuk dicetak</source>
        <translation>Sent for card printing</translation>
    </message>
    <message>
        <source>Kartu sudah dicetak</source>
        <translation>Card printed</translation>
    </message>
    <message>
        <source>Kartu sudah dikirim</source>
        <translation>Card shipped</translation>
    </message>
    <message>
        <source>Kartu sudah diterbitkan</source>
        <translation>Card issued</translation>
    </message>
    <message>
        <source>Belum wajib KTP-el</source>
        <translation>Not yet required to hold a KTP-el</translation>
    </message>
    <message>
        <source>Menurut daftar penduduk, status KTP-el orang ini “{status}”: kartu hanya dicetak setelah perekaman biometrik. Arahkan ke perekaman dulu.</source>
        <translation>According to the resident list this person&apos;s KTP-el status is “{status}”: a card is printed only after biometrics are recorded. Send them to be recorded first.</translation>
    </message>
    <message>
        <source>Status perekaman biometrik tidak tercatat di daftar penduduk: periksa di SIAK, lalu centang “Perekaman biometrik sudah saya periksa di SIAK”.</source>
        <translation>The resident list does not say whether biometrics are recorded: check in SIAK, then tick “I have checked in SIAK that biometrics are recorded”.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak tidak ditemukan.</source>
        <translation>Print job not found.</translation>
    </message>
    <message>
        <source>Tuliskan alasannya (paling sedikit 3 huruf).</source>
        <translation>Write the reason (at least 3 letters).</translation>
    </message>
    <message>
        <source>Nama wajib diisi (NIK ini tidak ada di daftar penduduk).</source>
        <translation>Name is required (this NIK is not in the resident list).</translation>
    </message>
    <message>
        <source>Nama terlalu panjang.</source>
        <translation>The name is too long.</translation>
    </message>
    <message>
        <source>Tanggal permohonan tidak boleh setelah hari ini.</source>
        <translation>The application date cannot be later than today.</translation>
    </message>
    <message>
        <source>Catatan terlalu panjang.</source>
        <translation>The note is too long.</translation>
    </message>
    <message>
        <source>NIK ini masih punya pekerjaan cetak yang belum selesai: {number}.</source>
        <translation>This NIK still has an unfinished print job: {number}.</translation>
    </message>
    <message>
        <source>Nomor antrean tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak karena kartu baru atau hilang tidak menerima kartu lama.</source>
        <translation>Print jobs for a new or lost card do not take in an old card.</translation>
    </message>
    <message>
        <source>Kartu lama untuk pekerjaan ini sudah diterima.</source>
        <translation>The old card for this job has already been received.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak ini sudah dibatalkan.</source>
        <translation>This print job has already been cancelled.</translation>
    </message>
    <message>
        <source>Terima dulu KTP-el lama dari pemohon sebelum menyerahkan yang baru.</source>
        <translation>Take in the applicant&apos;s old KTP-el before handing over the new one.</translation>
    </message>
    <message>
        <source>Cocokkan identitas penerima sebelum menyerahkan KTP-el.</source>
        <translation>Check the recipient&apos;s identity before handing over the KTP-el.</translation>
    </message>
    <message>
        <source>Ini NIK pemohon sendiri; pilih “Pemohon sendiri”.</source>
        <translation>This is the applicant&apos;s own NIK; choose “Applicant in person”.</translation>
    </message>
    <message>
        <source>Nama kuasa wajib diisi.</source>
        <translation>The proxy&apos;s name is required.</translation>
    </message>
    <message>
        <source>Pekerjaan cetak {number} tidak ditemukan.</source>
        <translation>Print job {number} not found.</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <source>Cadangan {name} tidak bisa dipakai: {problem}</source>
        <translation>Backup {name} cannot be used: {problem}</translation>
    </message>
</context>
<context>
    <name>nik</name>
    <message>
        <source>Angka hari lahir dalam NIK ({day}) tidak mungkin: untuk laki-laki 01–31, untuk perempuan 41–71 (hari lahir ditambah 40).</source>
        <translation>The day of birth in the NIK ({day}) is impossible: 01–31 for males, 41–71 for females (day of birth plus 40).</translation>
    </message>
    <message>
        <source>Angka bulan lahir dalam NIK ({month}) tidak mungkin: harus 01–12.</source>
        <translation>The month of birth in the NIK ({month}) is impossible: it must be 01–12.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak mungkin ({date}; angka hari {encoded_day} sudah dikurangi 40 karena perempuan).</source>
        <translation>The date of birth in the NIK is impossible ({date}; the day {encoded_day} was already reduced by 40 for a female).</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak mungkin ({date}).</source>
        <translation>The date of birth in the NIK is impossible ({date}).</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK ({date}) belum terjadi; periksa kembali NIK.</source>
        <translation>The date of birth in the NIK ({date}) is in the future; check the NIK again.</translation>
    </message>
    <message>
        <source>NIK belum diisi.</source>
        <translation>The NIK is not filled in.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka; periksa huruf atau tanda berikut: {characters}.</source>
        <translation>The NIK may contain digits only; check these letters or symbols: {characters}.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka; yang diisi {count} angka.</source>
        <translation>The NIK must be 16 digits; {count} digits were entered.</translation>
    </message>
    <message>
        <source>Kode provinsi {code} dalam NIK tidak dikenal.</source>
        <translation>The province code {code} in the NIK is unknown.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota dalam NIK tidak boleh 00.</source>
        <translation>The regency/city code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan dalam NIK tidak boleh 00.</source>
        <translation>The kecamatan code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <source>Nomor urut NIK tidak boleh 0000.</source>
        <translation>The NIK serial number cannot be 0000.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} dalam NIK tidak dikenal; kode wilayah bisa berubah setelah pemekaran. Periksa kembali NIK.</source>
        <translation>The regency/city code {code} in the NIK is unknown; region codes can change after a region is split. Check the NIK again.</translation>
    </message>
    <message>
        <source>Kode kecamatan {code} dalam NIK tidak ada di daftar kecamatan {kab_kota}; kode wilayah bisa berubah setelah pemekaran. Periksa kembali NIK.</source>
        <translation>The kecamatan code {code} in the NIK is not in the kecamatan list of {kab_kota}; region codes can change after a region is split. Check the NIK again.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK ({nik_date}) berbeda dengan tanggal lahir yang tercatat ({recorded_date}). NIK tidak diubah; pastikan data yang tercatat benar.</source>
        <translation>The date of birth in the NIK ({nik_date}) differs from the recorded date of birth ({recorded_date}). The NIK was not changed; make sure the recorded data is correct.</translation>
    </message>
    <message>
        <source>Menurut NIK pemiliknya perempuan (hari lahir ditambah 40), tetapi tercatat laki-laki. NIK tidak diubah; pastikan data yang tercatat benar.</source>
        <translation>According to the NIK the holder is female (day of birth plus 40), but male is recorded. The NIK was not changed; make sure the recorded data is correct.</translation>
    </message>
    <message>
        <source>Menurut NIK pemiliknya laki-laki, tetapi tercatat perempuan. NIK tidak diubah; pastikan data yang tercatat benar.</source>
        <translation>According to the NIK the holder is male, but female is recorded. The NIK was not changed; make sure the recorded data is correct.</translation>
    </message>
</context>
<context>
    <name>office</name>
    <message>
        <source>Kode wilayah kelurahan harus 10 angka, mis. 35.74.01.1007.</source>
        <translation>The kelurahan region code must be 10 digits, e.g. 35.74.01.1007.</translation>
    </message>
    <message>
        <source>Kode provinsi {code} tidak ada dalam daftar Kemendagri.</source>
        <translation>Province code {code} is not in the Kemendagri list.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota {code} tidak ada dalam daftar Kemendagri.</source>
        <translation>Regency/city code {code} is not in the Kemendagri list.</translation>
    </message>
    <message>
        <source>Kode {code} bukan kode kelurahan atau desa.</source>
        <translation>Code {code} is not a kelurahan or village code.</translation>
    </message>
    <message>
        <source>Kode {code} tidak ada dalam daftar wilayah {kota}.</source>
        <translation>Code {code} is not in the region list of {kota}.</translation>
    </message>
    <message>
        <source>Zona waktu tidak dikenal.</source>
        <translation>Unknown time zone.</translation>
    </message>
    <message>
        <source>Nama kelurahan wajib diisi.</source>
        <translation>Kelurahan name is required.</translation>
    </message>
    <message>
        <source>Nama kecamatan wajib diisi.</source>
        <translation>Kecamatan name is required.</translation>
    </message>
    <message>
        <source>Kantor sudah diatur sebelumnya.</source>
        <translation>The office has already been set up.</translation>
    </message>
    <message>
        <source>Nama loket wajib diisi.</source>
        <translation>Counter name is required.</translation>
    </message>
    <message>
        <source>Nama loket paling panjang 60 karakter.</source>
        <translation>Counter names can be at most 60 characters.</translation>
    </message>
    <message>
        <source>Masuk sebagai admin untuk menambah loket.</source>
        <translation>Sign in as admin to add a counter.</translation>
    </message>
    <message>
        <source>Loket {name} sudah ada.</source>
        <translation>Counter {name} already exists.</translation>
    </message>
    <message>
        <source>Loket tidak ditemukan.</source>
        <translation>Counter not found.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Simpan berkas diagnosis</source>
        <translation>Save diagnostics file</translation>
    </message>
    <message>
        <source>Berkas zip (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Simpan Laporan Sidak</source>
        <translation>Save Spot Inspection Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>queue</name>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Dialihkan</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Ditutup akhir hari</source>
        <translation>Closed at end of day</translation>
    </message>
    <message>
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant</translation>
    </message>
    <message>
        <source>Layanan ini sedang tidak dibuka.</source>
        <translation>This service is not open at the moment.</translation>
    </message>
    <message>
        <source>Layanan ini dibuka pukul {time}.</source>
        <translation>This service opens at {time}.</translation>
    </message>
    <message>
        <source>Layanan ini sudah tutup hari ini (tutup pukul {time}).</source>
        <translation>This service has closed for today (closed at {time}).</translation>
    </message>
    <message>
        <source>Kuota hari ini sudah habis.</source>
        <translation>Today&apos;s quota is used up.</translation>
    </message>
    <message>
        <source>Layanan tidak ditemukan.</source>
        <translation>Service not found.</translation>
    </message>
    <message>
        <source>Anda masuk tanpa loket. Keluar lalu masuk lagi dengan memilih loket.</source>
        <translation>You signed in without a counter. Sign out, then sign in again and choose a counter.</translation>
    </message>
    <message>
        <source>Loket ini masih melayani {code}. Selesaikan, tahan, atau alihkan dulu.</source>
        <translation>This counter is still serving {code}. Finish, hold or transfer it first.</translation>
    </message>
    <message>
        <source>Nomor antrean tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>{code} tidak bisa diproses di loket ini sekarang.</source>
        <translation>{code} cannot be handled at this counter right now.</translation>
    </message>
    <message>
        <source>{code} baru dipanggil {calls} kali; tandai tidak hadir setelah {needed} kali panggilan.</source>
        <translation>{code} has only been called {calls}×; it can be marked as no-show after {needed} calls.</translation>
    </message>
    <message>
        <source>Hanya nomor yang hari ini ditandai tidak hadir yang bisa dilayani kembali.</source>
        <translation>Only numbers marked as no-show today can be served again.</translation>
    </message>
    <message>
        <source>Loket tidak ditemukan.</source>
        <translation>Counter not found.</translation>
    </message>
    <message>
        <source>Kode {text} bukan nomor antrean.</source>
        <translation>Code {text} is not a queue number.</translation>
    </message>
    <message>
        <source>Karcis ini bukan untuk kantor ini hari ini.</source>
        <translation>This ticket is not valid at this office today.</translation>
    </message>
    <message>
        <source>Nomor {code} tidak ada hari ini.</source>
        <translation>There is no number {code} today.</translation>
    </message>
    <message>
        <source>{code} sedang atau sudah dilayani.</source>
        <translation>{code} is being served or has already been served.</translation>
    </message>
    <message>
        <source>Huruf layanan harus satu huruf A–Z.</source>
        <translation>The service letter must be one letter A–Z.</translation>
    </message>
    <message>
        <source>Huruf {prefix} sudah dipakai layanan lain.</source>
        <translation>Letter {prefix} is already used by another service.</translation>
    </message>
    <message>
        <source>Nama layanan wajib diisi (paling panjang 60).</source>
        <translation>Enter the service name (at most 60 characters).</translation>
    </message>
    <message>
        <source>Target waktu tunggu antara 1 dan 480 menit.</source>
        <translation>The target wait must be between 1 and 480 minutes.</translation>
    </message>
    <message>
        <source>Kuota harian antara 1 dan 999, atau kosong.</source>
        <translation>The daily quota must be between 1 and 999, or empty.</translation>
    </message>
    <message>
        <source>Jam tutup harus sesudah jam buka.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
</context>
<context>
    <name>queue_metrics</name>
    <message>
        <source>Dipanggil sebelum nomor diambil</source>
        <translation>Called before the ticket was issued</translation>
    </message>
    <message>
        <source>Ditutup sebelum nomor diambil</source>
        <translation>Closed before the ticket was issued</translation>
    </message>
    <message>
        <source>Selesai sebelum dipanggil</source>
        <translation>Finished before being called</translation>
    </message>
    <message>
        <source>Ada waktu selesai tanpa hasil layanan</source>
        <translation>Has a finish time but no outcome</translation>
    </message>
    <message>
        <source>Ada hasil layanan tanpa waktu selesai</source>
        <translation>Has an outcome but no finish time</translation>
    </message>
    <message>
        <source>Selesai/tidak hadir/dibatalkan tanpa pernah dipanggil</source>
        <translation>Done/no-show/cancelled without ever being called</translation>
    </message>
    <message>
        <source>Waktu tunggu lebih dari 12 jam</source>
        <translation>Waiting time over 12 hours</translation>
    </message>
    <message>
        <source>Waktu layanan lebih dari 12 jam</source>
        <translation>Service time over 12 hours</translation>
    </message>
    <message>
        <source>Layanan di loket berakhir sebelum dimulai</source>
        <translation>Service at a counter ended before it began</translation>
    </message>
    <message>
        <source>Layanan di satu loket lebih dari 12 jam</source>
        <translation>Service at one counter over 12 hours</translation>
    </message>
</context>
<context>
    <name>regions</name>
    <message>
        <source>Kode wilayah “{code}” tidak sah: harus 2, 4, 6 atau 10 angka, misalnya 35.74.01.1007.</source>
        <translation>Region code “{code}” is invalid: it must be 2, 4, 6 or 10 digits, e.g. 35.74.01.1007.</translation>
    </message>
</context>
<context>
    <name>residents</name>
    <message>
        <source>Baris {line}, kolom {column}: {problem}</source>
        <translation>Row {line}, column {column}: {problem}</translation>
    </message>
    <message>
        <source>belum diisi.</source>
        <translation>not filled in.</translation>
    </message>
    <message>
        <source>paling panjang {longest} huruf; yang diisi {count}.</source>
        <translation>at most {longest} letters; {count} entered.</translation>
    </message>
    <message>
        <source>tanggal lahir {value} belum terjadi.</source>
        <translation>date of birth {value} has not happened yet.</translation>
    </message>
    <message>
        <source>tanggal “{value}” tidak dikenal; tulis TTTT-BB-HH (1985-07-21) atau HH-BB-TTTT.</source>
        <translation>date “{value}” not recognised; write YYYY-MM-DD (1985-07-21) or DD-MM-YYYY.</translation>
    </message>
    <message>
        <source>harus angka 1–999; yang diisi “{value}”.</source>
        <translation>must be a number 1–999; “{value}” entered.</translation>
    </message>
    <message>
        <source>harus kode kelurahan 10 angka, misalnya 35.74.01.1007; yang diisi “{value}”.</source>
        <translation>must be a 10-digit kelurahan code, e.g. 35.74.01.1007; “{value}” entered.</translation>
    </message>
    <message>
        <source>“{value}” tidak dikenal; isi salah satu dari: {choices}, atau kosongkan.</source>
        <translation>“{value}” not recognised; enter one of: {choices}, or leave empty.</translation>
    </message>
    <message>
        <source>“{value}” tidak dikenal; isi salah satu status SIAK: {choices}, atau kosongkan.</source>
        <translation>“{value}” is not known; fill in one of the SIAK statuses: {choices}, or leave it empty.</translation>
    </message>
    <message>
        <source>harus L atau P; yang diisi “{value}”.</source>
        <translation>must be L or P; “{value}” entered.</translation>
    </message>
    <message>
        <source>Berkas {file} ditolak; daftar penduduk tidak diubah. {problem}</source>
        <translation>File {file} rejected; the resident list was not changed. {problem}</translation>
    </message>
    <message>
        <source>Berkas {file} ditolak; daftar penduduk tidak diubah. {problem} (dan {more} masalah lain)</source>
        <translation>File {file} rejected; the resident list was not changed. {problem} (and {more} more problems)</translation>
    </message>
    <message>
        <source>Baris {line}: berkas bukan teks UTF-8 (simpan sebagai “CSV UTF-8”).</source>
        <translation>Row {line}: the file is not UTF-8 text (save it as “CSV UTF-8”).</translation>
    </message>
    <message>
        <source>Baris 1: kolom {columns} tidak ada di baris judul. Kolom yang diperlukan: {expected}.</source>
        <translation>Row 1: columns {columns} are missing from the header row. Required columns: {expected}.</translation>
    </message>
    <message>
        <source>Baris {line}: ada {count} kolom, seharusnya {expected}.</source>
        <translation>Row {line}: has {count} columns, should have {expected}.</translation>
    </message>
    <message>
        <source>NIK ini sudah ada di baris {first}.</source>
        <translation>This NIK already appears in row {first}.</translation>
    </message>
    <message>
        <source>Baris {line}: {warning}</source>
        <translation>Row {line}: {warning}</translation>
    </message>
    <message>
        <source>Berkas tidak berisi data penduduk.</source>
        <translation>The file contains no resident data.</translation>
    </message>
    <message>
        <source>Berkas tidak dapat dibuka: {detail}</source>
        <translation>The file cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>Penduduk tidak ditemukan dalam daftar penduduk setempat.</source>
        <translation>Resident not found in the local resident list.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Petugas loket</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Inspektur (sidak)</source>
        <translation>Inspector (spot inspection)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>WIB (Asia/Jakarta)</source>
        <translation>WIB (Asia/Jakarta)</translation>
    </message>
    <message>
        <source>WITA (Asia/Makassar)</source>
        <translation>WITA (Asia/Makassar)</translation>
    </message>
    <message>
        <source>WIT (Asia/Jayapura)</source>
        <translation>WIT (Asia/Jayapura)</translation>
    </message>
    <message>
        <source>{label}: pilihan tidak dikenal.</source>
        <translation>{label}: unknown choice.</translation>
    </message>
    <message>
        <source>{label} harus antara {minimum} dan {maximum}.</source>
        <translation>{label}: must be between {minimum} and {maximum}.</translation>
    </message>
    <message>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <source>kali</source>
        <translation>times</translation>
    </message>
    <message>
        <source>hari kerja</source>
        <translation>working days</translation>
    </message>
    <message>
        <source>Kunci layar setelah tidak dipakai</source>
        <translation>Lock screen when idle for</translation>
    </message>
    <message>
        <source>Peringatan bila belum tersinkron</source>
        <translation>Warn when not synced for</translation>
    </message>
    <message>
        <source>Boleh ditandai tidak hadir setelah dipanggil</source>
        <translation>Allow no-show after being called</translation>
    </message>
    <message>
        <source>Lebar kertas karcis antrean</source>
        <translation>Queue ticket paper width</translation>
    </message>
    <message>
        <source>Antrean yang belum selesai pada akhir hari</source>
        <translation>Unfinished queue at end of day</translation>
    </message>
    <message>
        <source>ditutup (reset)</source>
        <translation>closed (reset)</translation>
    </message>
    <message>
        <source>dibawa ke hari berikutnya</source>
        <translation>carried over to the next day</translation>
    </message>
    <message>
        <source>Hari layanan berakhir pukul</source>
        <translation>Service day ends at</translation>
    </message>
    <message>
        <source>Batas pelaporan kelahiran</source>
        <translation>Birth registration deadline</translation>
    </message>
    <message>
        <source>Batas pelaporan kematian</source>
        <translation>Death registration deadline</translation>
    </message>
    <message>
        <source>Batas pelaporan dihitung dalam</source>
        <translation>Registration deadlines counted in</translation>
    </message>
    <message>
        <source>hari kalender</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>hari kerja (Senin–Jumat)</source>
        <translation>working days (Monday–Friday)</translation>
    </message>
    <message>
        <source>Perkiraan akta kelahiran selesai</source>
        <translation>Estimated time to issue a birth certificate</translation>
    </message>
    <message>
        <source>Perkiraan akta kematian selesai</source>
        <translation>Estimated time to issue a death certificate</translation>
    </message>
    <message>
        <source>Peringatan stok blanko KTP-el menipis pada</source>
        <translation>Warn when KTP-el blank card stock falls to</translation>
    </message>
    <message>
        <source>keping</source>
        <translation>cards</translation>
    </message>
    <message>
        <source>{label} harus bilangan bulat.</source>
        <translation>{label}: must be a whole number.</translation>
    </message>
</context>
<context>
    <name>spoiled_cards</name>
    <message>
        <source>Salah cetak di kantor ini</source>
        <translation>Misprint at this office</translation>
    </message>
    <message>
        <source>Kartu rusak dikembalikan</source>
        <translation>Damaged card returned</translation>
    </message>
    <message>
        <source>Kartu lama karena perubahan data</source>
        <translation>Old card due to data change</translation>
    </message>
    <message>
        <source>Kartu ditemukan setelah lapor hilang</source>
        <translation>Card found after being reported lost</translation>
    </message>
    <message>
        <source>Blanko cacat</source>
        <translation>Defective blank card</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Diserahkan ke Dispendukcapil</source>
        <translation>Handed over to Dispendukcapil</translation>
    </message>
    <message>
        <source>Dimusnahkan</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <source>Kartu berstatus “{current}” tidak dapat dimusnahkan: hanya kartu yang disimpan atau sudah diserahkan yang boleh dimusnahkan.</source>
        <translation>A card with status “{current}” cannot be destroyed: only stored cards or cards already handed over may be destroyed.</translation>
    </message>
    <message>
        <source>Status kartu “{current}” tidak dapat diubah menjadi “{target}”.</source>
        <translation>Card status “{current}” cannot be changed to “{target}”.</translation>
    </message>
    <message>
        <source>Riwayat kartu tidak dimulai dengan pencatatan (langkah pertama: “{state}”).</source>
        <translation>The card history does not start with recording (first step: “{state}”).</translation>
    </message>
    <message>
        <source>Riwayat kartu melompat dari “{current}” ke “{target}”.</source>
        <translation>The card history jumps from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <source>Menunggu konfirmasi</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Dikonfirmasi</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>dibakar</source>
        <translation>burned</translation>
    </message>
    <message>
        <source>Surat Edaran Menteri Dalam Negeri Nomor 470.13/11176/SJ tanggal 13 Desember 2018 tentang Pencatatan dan Pemusnahan KTP-el Rusak atau Invalid</source>
        <translation>Circular Letter of the Minister of Home Affairs No. 470.13/11176/SJ of 13 December 2018 on the Recording and Destruction of Damaged or Invalid KTP-el</translation>
    </message>
    <message>
        <source>Wajib diisi.</source>
        <translation>Required.</translation>
    </message>
    <message>
        <source>Terlalu panjang (paling banyak {count} huruf).</source>
        <translation>Too long (at most {count} letters).</translation>
    </message>
    <message>
        <source>NIP harus {count} angka.</source>
        <translation>NIP must be {count} digits.</translation>
    </message>
    <message>
        <source>Terbaru dulu</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Terlama dulu</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu kartu.</source>
        <translation>Select at least one card.</translation>
    </message>
    <message>
        <source>{first} (dan {more} kartu lain)</source>
        <translation>{first} (and {more} more cards)</translation>
    </message>
    <message>
        <source>Konfirmasi harus oleh orang lain, bukan yang menyiapkan.</source>
        <translation>Confirmation must be done by someone else, not the person who prepared it.</translation>
    </message>
    <message>
        <source>Berkas ini sudah {state}; tidak dapat diubah lagi.</source>
        <translation>This batch is already {state}; it can no longer be changed.</translation>
    </message>
    <message>
        <source>dikonfirmasi</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Tanggal pelaksanaan ({day}) belum tiba; konfirmasi setelah pelaksanaan.</source>
        <translation>The execution date ({day}) has not arrived yet; confirm after it has taken place.</translation>
    </message>
    <message>
        <source>Tuliskan alasan pembatalan (paling sedikit 5 huruf).</source>
        <translation>Write the reason for cancelling (at least 5 letters).</translation>
    </message>
    <message>
        <source>sudah ada dalam berkas lain yang menunggu konfirmasi.</source>
        <translation>is already in another batch awaiting confirmation.</translation>
    </message>
    <message>
        <source>{register}: {problem}</source>
        <translation>{register}: {problem}</translation>
    </message>
    <message>
        <source>Berkas serah terima tidak ditemukan.</source>
        <translation>Handover batch not found.</translation>
    </message>
    <message>
        <source>Nomor berita acara wajib diisi.</source>
        <translation>The official report (Berita Acara) number is required.</translation>
    </message>
    <message>
        <source>Nomor berita acara tidak boleh memuat “|”.</source>
        <translation>The official report (Berita Acara) number cannot contain “|”.</translation>
    </message>
    <message>
        <source>Tempat pemusnahan wajib diisi.</source>
        <translation>The place of destruction is required.</translation>
    </message>
    <message>
        <source>Pemusnahan perlu paling sedikit satu saksi.</source>
        <translation>Destruction needs at least one witness.</translation>
    </message>
    <message>
        <source>Paling banyak {count} saksi.</source>
        <translation>At most {count} witnesses.</translation>
    </message>
    <message>
        <source>Orang yang sama tercantum dua kali.</source>
        <translation>The same person is listed twice.</translation>
    </message>
    <message>
        <source>Nomor berita acara {number} sudah dipakai.</source>
        <translation>Official report (Berita Acara) number {number} is already in use.</translation>
    </message>
    <message>
        <source>Berita acara pemusnahan tidak ditemukan.</source>
        <translation>Official report (Berita Acara) of destruction not found.</translation>
    </message>
    <message>
        <source>Kartu tidak ditemukan.</source>
        <translation>Card not found.</translation>
    </message>
    <message>
        <source>Jejak audit terputus: peristiwa {first} sampai {last} hilang.</source>
        <translation>Audit trail broken: events {first} to {last} are missing.</translation>
    </message>
    <message>
        <source>Jejak audit terputus pada peristiwa {seq}.</source>
        <translation>Audit trail broken at event {seq}.</translation>
    </message>
    <message>
        <source>Peristiwa audit {seq} telah diubah setelah dicatat.</source>
        <translation>Audit event {seq} was changed after it was recorded.</translation>
    </message>
    <message>
        <source>Kartu ini ada dalam jejak audit tetapi hilang dari register.</source>
        <translation>This card is in the audit trail but missing from the register.</translation>
    </message>
    <message>
        <source>Tidak ada jejak audit untuk kartu ini.</source>
        <translation>There is no audit trail for this card.</translation>
    </message>
    <message>
        <source>Status tersimpan “{stored}” berbeda dengan jejak audit “{audited}”.</source>
        <translation>Stored status “{stored}” differs from the audit trail “{audited}”.</translation>
    </message>
    <message>
        <source>Riwayat tersimpan kartu ini tidak sama dengan jejak audit.</source>
        <translation>The stored history of this card does not match the audit trail.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>Batch not found.</translation>
    </message>
    <message>
        <source>Tidak ada peristiwa audit yang mencatat berkas ini.</source>
        <translation>No audit event records this batch.</translation>
    </message>
    <message>
        <source>Segel konfirmasi yang tersimpan (peristiwa {seq}) tidak sama dengan jejak audit (peristiwa {audited}).</source>
        <translation>The stored confirmation seal (event {seq}) does not match the audit trail (event {audited}).</translation>
    </message>
    <message>
        <source>Isi berkas berbeda dengan jejak audit: {fields}.</source>
        <translation>The batch contents differ from the audit trail: {fields}.</translation>
    </message>
    <message>
        <source>Daftar kartu berkas ({stored} kartu) berbeda dengan jejak audit ({audited} kartu).</source>
        <translation>The batch card list ({stored} cards) differs from the audit trail ({audited} cards).</translation>
    </message>
    <message>
        <source>Terlalu singkat (paling sedikit {count} huruf).</source>
        <translation>Too short (at least {count} letters).</translation>
    </message>
    <message>
        <source>Nomor seri wajib diisi untuk sumber ini.</source>
        <translation>The serial number is required for this origin.</translation>
    </message>
    <message>
        <source>Nomor antrean tidak ditemukan.</source>
        <translation>Queue number not found.</translation>
    </message>
    <message>
        <source>Kartu bernomor seri {serial} sudah dicatat ({register}); kartu tidak boleh dicatat dua kali.</source>
        <translation>The card with serial number {serial} has already been recorded ({register}); a card cannot be recorded twice.</translation>
    </message>
    <message>
        <source>Nomor seri {serial} bukan blanko yang pernah diterima kantor ini.</source>
        <translation>Serial number {serial} is not a blank card ever received by this office.</translation>
    </message>
    <message>
        <source>Blanko {serial} masih di stok dan belum pernah dicetak; pilih sumber “Blanko cacat”.</source>
        <translation>Blank card {serial} is still in stock and has never been printed; choose the origin “Defective blank card”.</translation>
    </message>
    <message>
        <source>Blanko {serial} sudah dicetak ({job}), bukan blanko cacat dari stok.</source>
        <translation>Blank card {serial} has already been printed ({job}); it is not a defective blank card from stock.</translation>
    </message>
    <message>
        <source>Blanko {serial} sedang dipakai pekerjaan cetak {job} yang belum diserahkan: tandai “Gagal cetak” pada pekerjaan itu.</source>
        <translation>Blank card {serial} is in use by print job {job}, which has not been handed over: mark that job “Print failed”.</translation>
    </message>
    <message>
        <source>Blanko {serial} sudah tercatat rusak.</source>
        <translation>Blank card {serial} is already recorded as spoiled.</translation>
    </message>
    <message>
        <source>Salah cetak dicatat lewat “Gagal cetak” pada pekerjaan cetaknya, agar blanko dan pekerjaannya tertaut.</source>
        <translation>Misprints are recorded with “Print failed” on their print job, so that the blank card and the job stay linked.</translation>
    </message>
    <message>
        <source>Pilih kartu yang akan disimpan.</source>
        <translation>Select the cards to store.</translation>
    </message>
    <message>
        <source>{count} kartu tidak ditemukan.</source>
        <translation>{count} cards not found.</translation>
    </message>
    <message>
        <source>Kartu {number} tidak ditemukan.</source>
        <translation>Card {number} not found.</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>Catatan kirim {seq} tidak ada.</source>
        <translation>Outgoing record {seq} does not exist.</translation>
    </message>
    <message>
        <source>Catatan kirim {seq} tidak lagi perlu perhatian.</source>
        <translation>Outgoing record {seq} no longer needs attention.</translation>
    </message>
    <message>
        <source>Penyimpanan loket tidak dapat ditulis: {detail}</source>
        <translation>The counter&apos;s storage cannot be written: {detail}</translation>
    </message>
    <message>
        <source>Alamat pusat atau kunci kantor belum diatur (Pengaturan › Sinkronisasi, atau kelurahan-desk sync --configure).</source>
        <translation>The central server address or office key is not set up (Settings › Sync, or kelurahan-desk sync --configure).</translation>
    </message>
    <message>
        <source>Pusat tidak dapat dihubungi ({detail}); dicoba lagi nanti.</source>
        <translation>The central server cannot be reached ({detail}); will retry later.</translation>
    </message>
    <message>
        <source>Sertifikat pusat tidak dipercaya ({detail}). Periksa alamat pusat dan berkas sertifikat (CA) di pengaturan sinkronisasi.</source>
        <translation>The central server certificate is not trusted ({detail}). Check the central server address and the certificate (CA) file in the sync settings.</translation>
    </message>
    <message>
        <source>Kunci kantor ditolak pusat: {message} Admin perlu memasukkan kunci baru.</source>
        <translation>The central server rejected the office key: {message} The admin needs to enter a new key.</translation>
    </message>
    <message>
        <source>Pusat menolak data kantor ini: {message} Periksa kode kantor dan kuncinya.</source>
        <translation>The central server rejected this office&apos;s data: {message} Check the office code and its key.</translation>
    </message>
    <message>
        <source>Kantor ini dikarantina pusat; pengiriman data dihentikan sampai pusat memeriksanya. Alasan: {message}</source>
        <translation>This office has been quarantined by the central server; sending data is stopped until the central server has checked it. Reason: {message}</translation>
    </message>
    <message>
        <source>Pusat sedang bermasalah ({status}: {message}); dicoba lagi nanti.</source>
        <translation>The central server is having problems ({status}: {message}); will retry later.</translation>
    </message>
    <message>
        <source>Pusat tidak menerima permintaan loket ({status} {code}: {message}). Laporkan ke pengelola program.</source>
        <translation>The central server does not accept requests from the counter ({status} {code}: {message}). Report this to the program maintainers.</translation>
    </message>
    <message>
        <source>Jawaban pusat tidak sesuai protokol ({detail}). Laporkan ke pengelola program.</source>
        <translation>The central server&apos;s response does not follow the protocol ({detail}). Report this to the program maintainers.</translation>
    </message>
    <message>
        <source>Data {stream} dari pusat rusak di jalan {count} kali berturut-turut (checksum tidak cocok); dicoba lagi nanti.</source>
        <translation>{stream} data from the central server was corrupted in transit {count} times in a row (checksum mismatch); will retry later.</translation>
    </message>
    <message>
        <source>Catatan kirim {seq} terlalu besar untuk dikirim ke pusat.</source>
        <translation>Outgoing record {seq} is too large to send to the central server.</translation>
    </message>
    <message>
        <source>Alamat pusat harus dimulai dengan https:// (atau http:// di jaringan lokal), misalnya https://pusat.probolinggokota.go.id:8443</source>
        <translation>The central server address must start with https:// (or http:// on a local network), e.g. https://pusat.probolinggokota.go.id:8443</translation>
    </message>
    <message>
        <source>Nomor port pada alamat pusat salah.</source>
        <translation>The port number in the central server address is wrong.</translation>
    </message>
    <message>
        <source>Kunci kantor tidak dikenali: kunci dari pusat dimulai dengan kdc1_ dan panjangnya 48 huruf.</source>
        <translation>Office key not recognised: keys from the central server start with kdc1_ and are 48 characters long.</translation>
    </message>
    <message>
        <source>Berkas sertifikat {path} tidak ada.</source>
        <translation>Certificate file {path} does not exist.</translation>
    </message>
    <message>
        <source>Masukkan kunci kantor dari pusat.</source>
        <translation>Enter the office key from the central server.</translation>
    </message>
</context>
</TS>
