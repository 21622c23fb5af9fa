; Inno Setup 6 script for SLM Playground (Windows 10/11, x64).
;
; Build (on Windows, after `python packaging\build.py` made dist\slm-playground\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 ^
;       /DBundleDir=..\..\dist\slm-playground /DOutputDir=..\..\dist packaging\windows\slm-playground.iss
; (build.py runs this itself when ISCC.exe is installed.)
;
; Install options (see packaging\README.md):
;   /VERYSILENT /SUPPRESSMSGBOXES /NORESTART   silent install
;   /ALLUSERS (default, needs admin) or /CURRENTUSER   per machine or per user
;   /POLICY="\\server\share\policy.toml"        install an admin policy file to
;                                               %PROGRAMDATA%\SLM Playground\policy.toml
;   /LOG="C:\Windows\Temp\slm-setup.log"       write a setup log
; Uninstall options (unins000.exe):
;   /VERYSILENT /SUPPRESSMSGBOXES /NORESTART   silent uninstall; models are kept
;   /REMOVEMODELS                               also delete the uninstalling user's models

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\slm-playground"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "SLM Playground"
#define GuiExe "SLM Playground.exe"
#define CliExe "slm-playground.exe"
; platformdirs.user_data_dir("slm-playground", appauthor=False) on Windows:
#define UserDataDir "{localappdata}\slm-playground"

[Setup]
AppId={{5C6B0E8A-3F1D-4B7E-9C2A-7D4E1F0A9B63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SLM Playground
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per machine by default (admin); /CURRENTUSER or the first page's choice installs per user.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=slm-playground-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
RestartApplications=no
SetupLogging=yes
; Sign with: ISCC /S"signtool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" ...
; and uncomment:
;SignTool=signtool
;SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} - check this computer"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#CliExe}"" selftest"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  PolicySource: String;

function PolicyTarget(): String;
begin
  { Must match desktop/core/config/policy.py system_policy_path() }
  Result := ExpandConstant('{commonappdata}\{#AppName}\policy.toml');
end;

function CmdLineFlag(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), '/' + Name) = 0 then
      Result := True;
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  PolicySource := ExpandConstant('{param:POLICY|}');
  if PolicySource <> '' then
  begin
    if not FileExists(PolicySource) then
    begin
      SuppressibleMsgBox('The policy file was not found: ' + PolicySource, mbCriticalError, MB_OK, IDOK);
      Log('POLICY file not found: ' + PolicySource);
      Result := False;
    end
    else if not IsAdminInstallMode then
    begin
      SuppressibleMsgBox('An admin policy applies to every user of this computer, so it needs a ' +
        'per-machine install (run as administrator, without /CURRENTUSER).', mbCriticalError, MB_OK, IDOK);
      Log('POLICY given for a per-user install: refused');
      Result := False;
    end;
  end;
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Target: String;
begin
  if (CurStep = ssPostInstall) and (PolicySource <> '') then
  begin
    Target := PolicyTarget();
    if not ForceDirectories(ExtractFileDir(Target)) then
      RaiseException('Could not create ' + ExtractFileDir(Target));
    if not FileCopy(PolicySource, Target, False) then
      RaiseException('Could not copy the policy file to ' + Target);
    Log('Admin policy installed: ' + Target);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Models: String;
  Remove: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  { Models are large and slow to download again: keep them unless asked. The admin policy
    (%PROGRAMDATA%) belongs to IT and is always kept. }
  Models := ExpandConstant('{#UserDataDir}\models');
  if not DirExists(Models) then
    Exit;
  Remove := CmdLineFlag('REMOVEMODELS');
  if (not Remove) and (not UninstallSilent) then
    Remove := MsgBox('Also delete the language models you downloaded?' + #13#10#13#10 + Models +
      #13#10#13#10 + 'Choose No to keep them for a later install.', mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES;
  if Remove then
  begin
    DelTree(Models, True, True, True);
    Log('Models removed: ' + Models);
  end
  else
    Log('Models kept: ' + Models);
end;
