; Inno Setup 6 script of the CCHC Desktop installer. Compiled by build_installer.py --installer, which passes
;   /DAppVersion=<pyproject version> /DAppDir=<dist\CCHC Desktop> /DOutputDir=<dist> /DIconFile=<cchc.ico>
; Per-machine, 64-bit install into Program Files; user data (database, backups, logs) lives in
; %LOCALAPPDATA%\CCHC Desktop and is never touched by the installer or the uninstaller.

#ifndef AppVersion
  #error AppVersion must be given: ISCC /DAppVersion=...
#endif
#define AppName "CCHC Desktop"
#define AppExe "CCHC Desktop.exe"

[Setup]
; The AppId identifies the program to Windows for upgrades and uninstall: never change it.
AppId={{8AAF5EC3-F65D-4BEE-B59C-3FA126439D14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Tổ Thư ký Ban Chỉ đạo cải cách hành chính
AppComments=Theo dõi cuộc họp, kết luận, nhiệm vụ, kết quả chỉ số và ban hành thông báo kết luận
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription=Trình cài đặt {#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.12 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=CCHC-Desktop-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "vi"; MessagesFile: "Vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#AppDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Phần mềm của Tổ Thư ký Ban Chỉ đạo CCHC"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program folder may hold after use (Python byte code caches); never %LOCALAPPDATA%.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Messages]
FinishedLabel=Đã cài đặt [name] vào máy tính. Dữ liệu của bạn nằm trong %LOCALAPPDATA%\CCHC Desktop và được giữ lại khi gỡ cài đặt.
