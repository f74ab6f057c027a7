<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
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
        <source>Pendaftaran akta kelahiran dengan formulir F-2.01 lengkap, tanda terima, dan pelacakan sampai akta diserahkan. Dikerjakan pada tahap berikutnya.</source>
        <translation>Birth certificate registration with the full F-2.01 form, receipts, and tracking until the certificate is handed over. Coming in a later stage.</translation>
    </message>
    <message>
        <source>Akta Kematian</source>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Pendaftaran akta kematian dengan formulir F-2.01, termasuk layanan 3 in 1. Dikerjakan pada tahap berikutnya.</source>
        <translation>Death certificate registration with the F-2.01 form, including the 3-in-1 service. Coming in a later stage.</translation>
    </message>
    <message>
        <source>KTP-el</source>
        <translation>KTP-el</translation>
    </message>
    <message>
        <source>Antrean cetak KTP-el dan stok blanko yang selalu cocok. Dikerjakan pada tahap berikutnya.</source>
        <translation>KTP-el print queue and a blank card stock that always tallies. Coming in a later stage.</translation>
    </message>
    <message>
        <source>Kartu Rusak</source>
        <translation>Spoiled cards</translation>
    </message>
    <message>
        <source>Pencatatan KTP-el rusak atau tidak valid sampai berita acara pemusnahan. Dikerjakan pada tahap berikutnya.</source>
        <translation>Recording of damaged or invalid KTP-el cards through to the official report of their destruction. Coming in a later stage.</translation>
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
        <source>Tampilan langsung layar setiap loket, hanya-baca dan tercatat, dengan laporan inspeksi. Dikerjakan pada tahap berikutnya.</source>
        <translation>A live view of every counter&apos;s screen, read-only and logged, with an inspection report. Coming in a later stage.</translation>
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
        <source>Kunci layar (Ctrl+L)</source>
        <translation>Lock screen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Keluar (Ctrl+Shift+Q)</source>
        <translation>Sign out (Ctrl+Shift+Q)</translation>
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
        <source>Sinkronisasi: {count} menunggu · belum tersambung</source>
        <translation>Sync: {count} waiting · not connected</translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>&lt;b&gt;Halaman ini belum tersedia di versi ini.&lt;/b&gt;&lt;br&gt;{promise}</source>
        <translation>&lt;b&gt;This page is not available in this version yet.&lt;/b&gt;&lt;br&gt;{promise}</translation>
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
        <source>{label} harus bilangan bulat.</source>
        <translation>{label}: must be a whole number.</translation>
    </message>
</context>
</TS>
