; Inno Setup 6 script of Kelurahan Desk: a per-user setup program for Windows 10/11 (x64).
;
; Installs the PyInstaller folder dist\kelurahan-desk (installer\kelurahan_desk.spec) for
; the signed-in Windows user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\Kelurahan Desk ({userpf}); shortcuts in the user's Start menu for
; the desk, the kiosk, the display board and the sidak console; Indonesian first, English
; second. Upgrading is installing the new setup over the old one: the program folder is
; replaced, the office's data (%LOCALAPPDATA%\kelurahan-desk, where the program keeps the
; store, its backups and logs) is never touched by setup; the program migrates the store
; at its next start, after a backup. The uninstaller keeps the data unless the user says
; otherwise when asked.
;
; Build (see installer\README.md), from the repository root:
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\kelurahan_desk.iss
; signed:
;   ISCC.exe /DAppVersion=0.1.0 /DSign "/Skdsign=signtool sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /f C:\keys\kelurahan.pfx /p PASSWORD $f" installer\kelurahan_desk.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Kelurahan Desk"
#define AppExe "kelurahan-desk.exe"
#define DistDir "..\dist\kelurahan-desk"
; platformdirs.user_data_path("kelurahan-desk", appauthor=False) on Windows
#define DataDir "{localappdata}\kelurahan-desk"

[Setup]
; Never change AppId: a new version with the same id upgrades the old one in place.
AppId={{6F1D3C52-8A4B-4E0F-9C7D-2B5E8A1F4C36}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Kelurahan Desk
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} Setup
; Per user, no administrator rights: everything under the user's own profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=kelurahan-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; The desk, kiosk and display board may be running: Windows' Restart Manager closes them
; (the store is safe: every change is committed when it is made).
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupLogging=yes
#ifdef Sign
; /Skdsign="signtool sign ... $f" on the ISCC command line names the signing command.
SignTool=kdsign
SignedUninstaller=yes
#endif

[Languages]
Name: "id"; MessagesFile: "Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.DeskName=Kelurahan Desk
en.DeskName=Kelurahan Desk
id.KioskName=Kelurahan Desk - Kios Antrean
en.KioskName=Kelurahan Desk - Queue Kiosk
id.DisplayName=Kelurahan Desk - Layar Panggilan
en.DisplayName=Kelurahan Desk - Display Board
id.InspectName=Kelurahan Desk - Konsol Sidak
en.InspectName=Kelurahan Desk - Inspection Console
id.KioskComment=Layar sentuh di pintu masuk: warga mengambil nomor antrean
en.KioskComment=Touch screen at the entrance: citizens take a queue number
id.DisplayComment=TV ruang tunggu: nomor yang sedang dilayani, dengan suara panggilan
en.DisplayComment=Waiting-room TV: the numbers being served, called out aloud
id.InspectComment=Untuk inspektur: layar setiap loket, hanya-baca
en.InspectComment=For inspectors: every counter's screen, read-only
id.PublicShortcuts=Pintasan di desktop untuk kios dan layar panggilan
en.PublicShortcuts=Desktop shortcuts for the kiosk and the display board
id.DeleteDataQuestion=Hapus juga data kantor di komputer ini?%n%n%1%n%nFolder itu berisi penyimpanan kantor (antrean, permohonan akta, KTP-el, kartu rusak, jejak audit), cadangannya, dan catatan program. Data yang belum terkirim ke pusat akan hilang.%n%nPilih "Tidak" untuk menyimpannya (disarankan bila program akan dipasang lagi).
en.DeleteDataQuestion=Also delete the office's data on this computer?%n%n%1%n%nThat folder holds the office's store (queue, akta requests, KTP-el, spoiled cards, audit trail), its backups and the program's logs. Whatever has not reached the centre yet will be lost.%n%nChoose "No" to keep it (recommended if the program will be installed again).
id.DataKept=Data kantor tetap tersimpan di:%n%1
en.DataKept=The office's data is kept in:%n%1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"
Name: "publicicons"; Description: "{cm:PublicShortcuts}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files go first, so no module of it lingers beside the
; new one. Only the program folder: the data folder is elsewhere and is never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:DeskName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:KioskName}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Comment: "{cm:KioskComment}"
Name: "{group}\{cm:DisplayName}"; Filename: "{app}\{#AppExe}"; Parameters: "--display"; WorkingDir: "{app}"; Comment: "{cm:DisplayComment}"
Name: "{group}\{cm:InspectName}"; Filename: "{app}\{#AppExe}"; Parameters: "--inspect"; WorkingDir: "{app}"; Comment: "{cm:InspectComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{cm:DeskName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon
Name: "{userdesktop}\{cm:KioskName}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: publicicons
Name: "{userdesktop}\{cm:DisplayName}"; Filename: "{app}\{#AppExe}"; Parameters: "--display"; WorkingDir: "{app}"; Tasks: publicicons

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The uninstaller removes the program folder; the office's data folder stays unless the
  user answers Yes to the question (No is the default button). A silent uninstall
  (/SILENT, /VERYSILENT) never deletes data. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  DataDir := ExpandConstant('{#DataDir}');
  if not DirExists(DataDir) then
    exit;
  if UninstallSilent then
    exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    DelTree(DataDir, True, True, True)
  else
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
end;
