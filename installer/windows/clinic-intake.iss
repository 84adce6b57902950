; Clinic Intake: the Windows installer (Inno Setup 6).
;
; Installs the PyInstaller one-folder bundle (dist\clinic-intake\, built from
; installer\clinic-intake.spec) for every user of the computer, adds a Start-menu shortcut,
; and registers an uninstaller that removes the program and leaves the clinic's data alone.
;
; Build on Windows, from the repository root, after the bundle (see README.md here):
;     iscc /DAppVersion=0.1.0 installer\windows\clinic-intake.iss
; Every relative path below is relative to this file, so iscc may be run from any folder.
;
; tests/installer/test_windows_installer.py keeps this script in step with the spec, with
; installer/bundle_layout.py and with clinic_app (name, version, folder, executable, icon),
; and checks that nothing here deletes the clinic's data. Keep this file ASCII: Inno reads a
; file without a byte-order mark in the build machine's ANSI code page.

#define AppName "Clinic Intake"
; The release's version: the default must equal clinic_app.__version__; a release build
; passes it explicitly (iscc /DAppVersion=...), which is why the define is conditional.
#ifndef AppVersion
#define AppVersion "0.1.0"
#endif
; bundle_layout.BUNDLE_NAME: the folder PyInstaller writes, and the windowed executable in it.
#define BundleName "clinic-intake"
#define AppExe "clinic-intake.exe"

[Setup]
; AppId names this program to Windows for upgrades and uninstall: it must never change, or
; a new version would install beside the old one instead of replacing it. The doubled brace
; is Inno's escape for a literal one.
AppId={{84CFE363-5183-4E90-9763-21EFF333DA3E}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Clinic Intake maintainers
; Setup.exe's own file version (Explorer, IT inventory tools). It takes numbers only, so the
; app's version must stay in the N.N.N form.
VersionInfoVersion={#AppVersion}
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}

; One install for every Windows user of the computer, in Program Files: the front desk and
; the clinicians sign in to Windows as different people and all use the same program.
; Nothing the app writes goes here; each Windows user's data is in %LOCALAPPDATA%.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#AppName}
; The shortcut goes straight into the Start menu, not into a folder of its own.
DisableProgramGroupPage=yes

; The bundle holds 64-bit Python and Qt. x64compatible also admits Windows 11 on Arm,
; which runs x64 programs; 64-bit mode puts the program in the 64-bit Program Files.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 1809 (build 17763) and later: refuse older systems here rather
; than install a program that will not start.
MinVersion=10.0.17763

; An upgrade while the app is open: Setup lists the running copy and offers to close it
; before any file is replaced (silent installs close it). The app keeps drafts as they are
; typed, so nothing is lost. *.pyd: the bundle's Python extension modules are DLLs too.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
; The app does not register with Windows' Restart Manager, so Setup could not restart it;
; the Finish page offers to start it instead ([Run] below).
RestartApplications=no

SetupIconFile=..\..\resources\icons\clinic-intake.ico
WizardStyle=modern
OutputDir=..\..\dist
OutputBaseFilename={#BundleName}-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
; A log in %TEMP% (Setup Log yyyy-mm-dd #nnn.txt) for IT when an install goes wrong.
SetupLogging=yes

; There is deliberately no [UninstallDelete] section: the uninstaller removes exactly what
; the installer put in {app} and the Start menu, and nothing else. The clinic's records live
; per Windows user in %LOCALAPPDATA%\clinic-intake (or on the clinic's PostgreSQL server,
; named by CLINIC_INTAKE_DB), never under {app}, and must outlive an uninstall, a reinstall
; and an upgrade. tests/installer/test_windows_installer.py fails if an entry here ever
; names a data folder.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
; Off by default: a front-desk computer's desktop is not ours to fill.
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade starts from a clean bundle: Python modules, Qt plugins and DLLs that an older
; version shipped and this one does not would otherwise stay in _internal\ and could still
; be loaded. Only the bundle's own folder under {app}; never any data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole one-folder bundle: both executables (clinic-intake.exe, the desktop app, and
; clinic-intake-cli.exe, the console one for IT) and _internal\. ignoreversion: the bundle
; is replaced as one piece; the DLLs' own version numbers mean nothing between builds.
Source: "..\..\dist\{#BundleName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; {autoprograms} and {autodesktop} are the All Users folders in a per-machine install.
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
; runasoriginaluser (the default for postinstall entries, written out because it matters):
; the app must start as the Windows user who ran Setup, not as the administrator who
; approved it, or its data would go to the administrator's %LOCALAPPDATA%.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: postinstall nowait skipifsilent runasoriginaluser
