; Deelwijzer's Windows installer (NSIS 3, Unicode, 64-bit).
;
;   makensis -DPAYLOAD=dist\deelwijzer -DVERSION=0.1.0 -DOUTFILE=Deelwijzer-0.1.0-setup.exe ^
;            packaging\windows\deelwijzer.nsi
;
; Per user by default, without administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Deelwijzer, the Start-menu entry and the uninstall entry to the
; user's own (HKCU). For IT departments, /ALLUSERS installs per machine in Program Files
; (administrator rights required; HKLM). Silent: /S (with /ALLUSERS, /D=<folder> as usual).
; The uninstaller removes the program and its entries, and never the dossier: that lives in
; %LOCALAPPDATA%\Deelwijzer (the user's data folder), which the installer does not write to.
;
; PAYLOAD is the one-folder program PyInstaller built; EXE its program file. On Linux the
; packaging test compiles this script against the Linux build as a stand-in payload
; (-DEXE=deelwijzer) and runs the silent install and uninstall under wine
; (packaging/windows/wine_test.py).

Unicode true
Target amd64-unicode
ManifestDPIAware true
!ifdef FAST
  SetCompressor zlib ; the packaging test: compiles in seconds instead of minutes
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef PAYLOAD
  !error "Pass -DPAYLOAD=<the one-folder program>"
!endif
!ifndef EXE
  !define EXE "deelwijzer.exe"
!endif
!ifndef OUTFILE
  !define OUTFILE "Deelwijzer-${VERSION}-setup.exe"
!endif
!define NAME "Deelwijzer"
!define PUBLISHER "Deelwijzer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Deelwijzer"
!define ICON "..\..\resources\icons\deelwijzer.ico"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Deelwijzer"
BrandingText "${NAME} ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Dutch first: the installer speaks the language Windows is set to, Dutch when in doubt.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsAdmin ${LANG_DUTCH} "Installeren voor alle gebruikers (/ALLUSERS) vraagt beheerdersrechten. Start het installatieprogramma als beheerder, of installeer zonder /ALLUSERS voor uzelf."
LangString NeedsAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights. Run the installer as administrator, or install without /ALLUSERS for yourself."
LangString DataKept ${LANG_DUTCH} "Deelwijzer is verwijderd. Uw dossier en reservekopieen zijn bewaard in $LOCALAPPDATA\Deelwijzer; verwijder die map alleen als u het dossier niet meer nodig hebt (bewaartermijn WGBO: twintig jaar)."
LangString DataKept ${LANG_ENGLISH} "Deelwijzer has been removed. Your dossier and backups are kept in $LOCALAPPDATA\Deelwijzer; delete that folder only if you no longer need the dossier (the WGBO retention period is twenty years)."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductName" "${NAME}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileDescription" "${NAME} installatieprogramma"
VIAddVersionKey /LANG=${LANG_DUTCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_DUTCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_DUTCH} "LegalCopyright" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${NAME} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

Var AllUsers

Function .onInit
  StrCpy $AllUsers 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/ALLUSERS" $R1
  ${IfNot} ${Errors}
    UserInfo::GetAccountType
    Pop $R2
    ${If} $R2 != "admin"
      MessageBox MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
      SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
      Quit
    ${EndIf}
    StrCpy $AllUsers 1
    SetShellVarContext all
    ; /D= on the command line still wins: NSIS sets $INSTDIR from it after .onInit.
    StrCpy $INSTDIR "$PROGRAMFILES64\Deelwijzer"
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

!macro WriteUninstallKey ROOT
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr ${ROOT} "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD ${ROOT} "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD ${ROOT} "${UNINSTALL_KEY}" "NoRepair" 1
  WriteRegDWORD ${ROOT} "${UNINSTALL_KEY}" "EstimatedSize" $0
!macroend

Section "Deelwijzer" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder whole: no file of an older version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File /r "${PAYLOAD}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\Deelwijzer.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  ${If} $AllUsers == 1
    !insertmacro WriteUninstallKey HKLM
    WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallScope" "machine"
  ${Else}
    !insertmacro WriteUninstallKey HKCU
    WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallScope" "user"
  ${EndIf}
SectionEnd

Function un.onInit
  ; The uninstaller lives in the folder it removes; where it lies tells which install it is.
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    SetShellVarContext all
  ${Else}
    SetShellVarContext current
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: the program folder's own files, the shortcut and the
  ; uninstall entry. Never %LOCALAPPDATA%\Deelwijzer, where the dossier and backups live.
  Delete "$SMPROGRAMS\Deelwijzer.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\deelwijzer-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ${Else}
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ${EndIf}
  IfSilent +2
    MessageBox MB_ICONINFORMATION "$(DataKept)"
SectionEnd
