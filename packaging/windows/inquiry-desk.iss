; Inno Setup script: the Windows installer of Inquiry Desk, from the PyInstaller one-folder build.
;
;   pyinstaller --noconfirm packaging\pyinstaller\inquiry-desk.spec      (gives dist\inquiry-desk\)
;   iscc packaging\windows\inquiry-desk.iss                              (gives dist\inquiry-desk-setup.exe)
;
; Installed per user (no administrator needed): the master key lives in that user's Credential
; Locker, and the scheduled purge must run as the same user. The installer adds the Start-menu
; entry and registers the daily purge task with the installed path, from inquiry-desk-purge.xml,
; so nobody edits XML by hand; uninstalling removes the task again.

#define AppName "Inquiry Desk"
#define AppVersion "0.1.0"
#define TaskName "Inquiry Desk\Purge"

[Setup]
AppId={{6F4C2A1E-7B8D-4E2A-9C31-5D0A6B7E8F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=ZenGroup
DefaultDirName={localappdata}\Programs\InquiryDesk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=inquiry-desk-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\inquiry-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "inquiry-desk-purge.xml"; DestDir: "{tmp}"; Flags: deleteafterinstall

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\inquiry-desk.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{sys}\schtasks.exe"; Parameters: "/Create /F /TN ""{#TaskName}"" /XML ""{tmp}\inquiry-desk-purge.xml"""; Flags: runhidden; StatusMsg: "Registering the scheduled purge…"
Filename: "{app}\inquiry-desk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{sys}\schtasks.exe"; Parameters: "/Delete /F /TN ""{#TaskName}"""; Flags: runhidden; RunOnceId: "RemovePurgeTask"

[Code]
// The task file names where the program is; it is rewritten with the installed path before
// schtasks reads it (the [Run] entry above runs after this step).
procedure CurStepChanged(CurStep: TSetupStep);
var
  Xml: AnsiString;
  Text: String;
begin
  if CurStep = ssPostInstall then
  begin
    if LoadStringFromFile(ExpandConstant('{tmp}\inquiry-desk-purge.xml'), Xml) then
    begin
      Text := String(Xml);
      StringChangeEx(Text, '%LOCALAPPDATA%\Programs\InquiryDesk\inquiry-desk.exe',
        ExpandConstant('{app}\inquiry-desk.exe'), True);
      SaveStringToFile(ExpandConstant('{tmp}\inquiry-desk-purge.xml'), AnsiString(Text), False);
    end;
  end;
end;
