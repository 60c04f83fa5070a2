; Inno Setup 6 script: the Windows installer of ChargeDesk from the PyInstaller build (docs/installing-windows.md).
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\chargedesk.iss
; It takes dist\chargedesk\ (pyinstaller packaging\chargedesk.spec) and writes build\chargedesk-<version>-setup.exe.
; Not built or tested on this project's Linux machines: the steps in the doc were followed by hand.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6B1C0E52-3E7A-4C55-9F0B-6C1D2A9E4F71}
AppName=ChargeDesk
AppVersion={#AppVersion}
AppPublisher=ChargeDesk
DefaultDirName={autopf}\ChargeDesk
DefaultGroupName=ChargeDesk
DisableProgramGroupPage=yes
OutputDir={#Root}\build
OutputBaseFilename=chargedesk-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\chargedesk.ico
UninstallDisplayIcon={app}\chargedesk-console.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequired=admin
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder build: chargedesk.exe (command line, serve), chargedesk-console.exe (the window), _internal\
Source: "{#Root}\dist\chargedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ChargeDesk"; Filename: "{app}\chargedesk-console.exe"; Comment: "EV charging console"
Name: "{group}\{cm:UninstallProgram,ChargeDesk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ChargeDesk"; Filename: "{app}\chargedesk-console.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\chargedesk-console.exe"; Description: "{cm:LaunchProgram,ChargeDesk}"; Flags: nowait postinstall skipifsilent
