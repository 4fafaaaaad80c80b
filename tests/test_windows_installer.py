"""The Windows installer (installer/windows/) can only be built and run on Windows: the workflow
.github/workflows/windows-installer.yml does that on a Windows runner. These checks run anywhere
(plain Python, no Qt) and keep its files in step with build_spec.spec, with where the app reads its
config, and with each other, so a rename here does not first show up as a broken installer."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath

import pytest

from kiosk import APP_ID, APP_NAME
from kiosk.operations.supervisor import WINDOWS_STOP_FLAG
from kiosk.settings.config import CONFIG_NAME, machine_config_path

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = ROOT / "installer" / "windows"
ISS = WINDOWS / "pain-therapy-kiosk.iss"
TASK_XML = WINDOWS / "kiosk-task.xml"
INSTALL_TASK = WINDOWS / "install-task.ps1"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"
SPEC = ROOT / "build_spec.spec"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def iss_defines() -> dict[str, str]:
    """The preprocessor's `#define Name "value"` lines (AppVersion's is its default)."""
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', ISS.read_text(encoding="utf-8"), re.M))


def iss_text() -> str:
    """The script as the compiler sees it: {#Name} replaced by the defines."""
    defines = iss_defines()
    text = ISS.read_text(encoding="utf-8")
    return re.sub(r"\{#(\w+)\}", lambda m: defines.get(m.group(1), m.group(0)), text)


def iss_section(name: str) -> list[str]:
    """The lines of one [Section], without blank lines and ; comments."""
    lines: list[str] = []
    current = None
    for line in iss_text().splitlines():
        header = re.fullmatch(r"\[(\w+)\]\s*", line)
        if header:
            current = header.group(1)
        elif current == name and line.strip() and not line.lstrip().startswith(";"):
            lines.append(line.strip())
    return lines


def iss_entries(section: str) -> list[dict[str, str]]:
    """Entries like `Source: "a"; DestDir: "{app}"; Flags: x y` as dicts, quotes undone."""
    entries = []
    for line in iss_section(section):
        params = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        entries.append(
            {key: value[1:-1].replace('""', '"') if value.startswith('"') else value.strip() for key, value in params}
        )
    return entries


def iss_setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in iss_section("Setup"))


def flags(entry: dict[str, str]) -> set[str]:
    return set(entry.get("Flags", "").split())


def file_entry(source: str) -> dict[str, str]:
    matches = [entry for entry in iss_entries("Files") if entry["Source"] == source]
    assert len(matches) >= 1, f"no [Files] entry for {source}"
    return matches[0]


def task_xml() -> ET.Element:
    return ET.parse(TASK_XML).getroot()


def test_the_installer_packages_the_folder_and_exe_the_spec_builds() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    imports = [node for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module == "kiosk"]
    assert any(alias.name == "APP_ID" for node in imports for alias in node.names)
    names = {
        node.func.id: keyword.value.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("EXE", "COLLECT")
        for keyword in node.keywords
        if keyword.arg == "name" and isinstance(keyword.value, ast.Name)
    }
    # So `pyinstaller build_spec.spec` makes dist/<APP_ID>/<APP_ID>.exe, and beside it the supervisor.
    assert names == {"EXE": "APP_ID", "COLLECT": "APP_ID"}
    supervisor = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "EXE"
        and any(k.arg == "name" and isinstance(k.value, ast.JoinedStr) for k in node.keywords)
    ]
    assert len(supervisor) == 1
    keywords = {k.arg: k.value for k in supervisor[0].keywords}
    assert ast.unparse(keywords["name"]) == "f'{APP_ID}-supervisor'"
    assert ast.literal_eval(keywords["console"]) is False  # no console window on Windows
    assert "'kiosk' / 'operations' / 'supervisor.py'" in SPEC.read_text(encoding="utf-8").replace('"', "'")
    assert iss_defines()["SupervisorExeName"] == f"{APP_ID}-supervisor.exe"

    defines = iss_defines()
    assert defines["AppId"] == APP_ID
    assert defines["AppName"] == APP_NAME
    assert defines["AppExeName"] == f"{APP_ID}.exe"
    bundle = [entry for entry in iss_entries("Files") if entry["Source"].startswith("dist\\")]
    assert [entry["Source"] for entry in bundle] == [f"dist\\{APP_ID}\\*"]
    assert bundle[0]["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= flags(bundle[0])
    # Source paths are relative to SourceDir, which must be the repository root.
    setup = iss_setup()
    assert (ISS.parent / PureWindowsPath(setup["SourceDir"]).as_posix()).resolve() == ROOT
    assert setup["DefaultDirName"] == f"{{autopf}}\\{APP_NAME}"
    assert setup["PrivilegesRequired"] == "admin"
    assert [entry["Filename"] for entry in iss_entries("Icons")] == [f"{{app}}\\{APP_ID}.exe"]


def test_the_config_goes_where_the_app_reads_it_on_windows_and_is_never_overwritten(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("PROGRAMDATA", "PROGRAMDATA")
    read_from = machine_config_path()
    assert read_from.parts[0] == "PROGRAMDATA"

    configs = [entry for entry in iss_entries("Files") if entry.get("DestName") == CONFIG_NAME]
    assert len(configs) == 1
    config = configs[0]
    installed_to = PureWindowsPath(config["DestDir"], config["DestName"])
    assert installed_to.parts[0] == "{commonappdata}"  # %ProgramData%
    assert installed_to.parts[1:] == read_from.parts[1:] == (APP_ID, CONFIG_NAME)
    # Kept on upgrade (IT's settings) and on uninstall.
    assert {"onlyifdoesntexist", "uninsneveruninstall"} <= flags(config)
    assert config["Source"] == "docs\\kiosk.toml.example"
    assert (ROOT / "docs" / "kiosk.toml.example").is_file()


def test_every_file_the_installer_takes_from_the_repository_exists() -> None:
    sources = [entry["Source"] for entry in iss_entries("Files") if not entry["Source"].startswith("dist\\")]
    for name in (INSTALL_TASK.name, TASK_XML.name):
        entry = file_entry(f"installer\\windows\\{name}")
        assert "dontcopy" in flags(entry)  # used once at install time, from a temporary folder
    for source in sources:
        assert (ROOT / PureWindowsPath(source).as_posix()).is_file(), source


def test_the_task_starts_at_the_logon_of_a_kiosk_group_member_and_never_times_out() -> None:
    text = TASK_XML.read_text(encoding="utf-8")
    # The installer reads it with Windows PowerShell's Get-Content (ANSI) and passes it on as a
    # string: ASCII only, and no declaration claiming an encoding.
    assert text.isascii()
    assert not text.lstrip().startswith("<?xml")
    task = task_xml()
    assert task.tag == f"{TASK}Task"
    triggers = task.findall(f"{TASK}Triggers/*")
    assert [trigger.tag for trigger in triggers] == [f"{TASK}LogonTrigger"]
    assert triggers[0].find(f"{TASK}UserId") is None  # any member of the principal's group
    principal = task.find(f"{TASK}Principals/{TASK}Principal")
    assert principal is not None
    # The local group the installer makes, not BUILTIN\\Users: administrators keep their desktop.
    assert principal.findtext(f"{TASK}GroupId") == "__GROUP_SID__"
    assert principal.findtext(f"{TASK}RunLevel") == "LeastPrivilege"
    actions = task.find(f"{TASK}Actions")
    assert actions is not None and actions.get("Context") == principal.get("id")

    settings = task.find(f"{TASK}Settings")
    assert settings is not None
    assert settings.findtext(f"{TASK}MultipleInstancesPolicy") == "IgnoreNew"
    assert settings.findtext(f"{TASK}ExecutionTimeLimit") == "PT0S"
    assert settings.findtext(f"{TASK}RestartOnFailure/{TASK}Interval") == "PT1M"
    assert settings.findtext(f"{TASK}RestartOnFailure/{TASK}Count") == "999"
    assert settings.findtext(f"{TASK}DisallowStartIfOnBatteries") == "false"
    assert settings.findtext(f"{TASK}StopIfGoingOnBatteries") == "false"
    assert settings.findtext(f"{TASK}Enabled") == "true"


def test_the_task_runs_the_frozen_supervisor_directly_no_console_cmd_or_powershell() -> None:
    exec_ = task_xml().find(f"{TASK}Actions/{TASK}Exec")
    assert exec_ is not None
    placeholder = iss_defines()["InstallDirPlaceholder"]
    assert exec_.findtext(f"{TASK}Command") == f"{placeholder}\\{APP_ID}-supervisor.exe"
    assert exec_.find(f"{TASK}Arguments") is None
    assert exec_.findtext(f"{TASK}WorkingDirectory") == placeholder
    lowered = TASK_XML.read_text(encoding="utf-8").lower()
    assert "<command>" in lowered and not re.search(r"<command>[^<]*(conhost|cmd\.exe|powershell)", lowered)


def test_the_installer_makes_the_group_and_task_first_and_fails_loudly() -> None:
    """install-task.ps1 runs in PrepareToInstall, before any file is copied: a failure there stops
    the install with a message and exit code 7 instead of a silent success."""
    defines = iss_defines()
    assert defines["GroupName"] == APP_NAME
    code = "\n".join(iss_section("Code"))
    prepare = code[code.index("function PrepareToInstall") :]
    prepare = prepare[: prepare.index("procedure CurStepChanged")]
    assert "ExtractTemporaryFile('install-task.ps1')" in prepare and "ExtractTemporaryFile('kiosk-task.xml')" in prepare
    for parameter in ("-InstallDir", "-TaskXml", "-TaskName", "-GroupName", "-Log"):
        assert parameter in prepare
        assert f"[string]${parameter[1:]}" in INSTALL_TASK.read_text(encoding="utf-8")
    assert "Result := RunChecked(" in prepare and "Nothing was installed" in prepare
    assert "(ResultCode <> 0) and (ResultCode <> AlsoFine)" in code  # every exit code checked
    script = INSTALL_TASK.read_text(encoding="utf-8")
    assert "$ErrorActionPreference = 'Stop'" in script
    assert "New-LocalGroup -Name $GroupName" in script
    assert ".Replace('__INSTALL_DIR__', $InstallDir).Replace('__GROUP_SID__', $sid)" in script
    assert re.search(r"catch \{\s+Note \"FAILED: \$_\"\s+exit 1", script)
    # The kiosk is stopped first: the supervisor sees the stop flag, then both are ended.
    stop_kiosk = code[code.index("function StopKiosk") :]
    assert defines["StopFlag"] == WINDOWS_STOP_FLAG
    flag = stop_kiosk.index(WINDOWS_STOP_FLAG)
    supervisor, kiosk = f"'/IM {APP_ID}-supervisor.exe /F'", f"'/IM {APP_ID}.exe /F'"
    assert flag < stop_kiosk.index(supervisor) < stop_kiosk.index(kiosk)
    # After an upgrade, logged-on members get the new kiosk now.
    assert f"'/Run /TN \"{defines['TaskName']}\"'" in code


def pascal_routine(code: str, name: str) -> str:
    """One function or procedure of the [Code] section, from its header to its closing `end;`."""
    start = re.search(rf"^(?:function|procedure) {name}\b", code, re.M)
    assert start, f"no {name} in the installer's code"
    end = re.search(r"^end;", code[start.start() :], re.M)
    assert end
    return code[start.start() : start.start() + end.end()]


def test_the_stop_flag_never_outlives_the_setup_that_wrote_it() -> None:
    """If the task step fails (AppLocker, a policy) or the setup is cancelled after the kiosk was
    stopped, a flag left behind would stop the supervisor at every logon: the kiosk would never
    start again. So every way out of the setup removes it, and a failed setup starts the old
    kiosk again. (The supervisor also ignores a flag older than half an hour at start.)"""
    code = iss_text()
    stop = pascal_routine(code, "StopKiosk")
    assert stop.index("SaveStringToFile(") < stop.index("StopFlagWritten := True")
    remove = pascal_routine(code, "RemoveStopFlag")
    assert (
        "if not StopFlagWritten then" in remove
        and f"DeleteFile(ExpandConstant('{{app}}\\{WINDOWS_STOP_FLAG}'))" in remove
    )
    prepare = pascal_routine(code, "PrepareToInstall")
    failed = prepare[prepare.index("if Result <> '' then") :]
    assert failed.index("RemoveStopFlag();") < failed.index("'/Run /TN") < failed.index("Nothing was installed")
    assert "RemoveStopFlag();" in pascal_routine(code, "DeinitializeSetup")  # success, failure or cancel
    post = pascal_routine(code, "CurStepChanged")
    assert post.index("RemoveStopFlag();") < post.index("'/Run /TN")
    assert "DeleteFile(ExpandConstant('{app}\\" + WINDOWS_STOP_FLAG not in post  # one way to remove it


def test_the_config_folder_is_locked_down_before_anyone_can_plant_a_pin_file() -> None:
    """ProgramData gives every user the right to create files in a new folder: install-task.ps1
    removes what is inherited and lets only Administrators and SYSTEM write in the config folder
    (users read), and the kiosk's group write in its metrics folder only; each icacls is checked."""
    script = INSTALL_TASK.read_text(encoding="utf-8")
    assert "$configDir = Split-Path -Parent $Log" in script
    lock = re.search(r"& icacls\.exe \$configDir (.*)", script)
    assert lock, "the config folder is not locked down"
    assert lock.group(1).split() == [
        "/inheritance:r",
        "/grant:r",
        "'*S-1-5-32-544:(OI)(CI)F'",
        "'*S-1-5-18:(OI)(CI)F'",
        "'*S-1-5-32-545:(OI)(CI)RX'",
        "|",
        "Out-Null",
    ]
    assert '& icacls.exe $metricsDir /grant "*$($sid):(OI)(CI)M"' in script
    assert script.count("if ($LASTEXITCODE -ne 0) { throw") == 2
    # The lock comes before the task is registered: a failure stops the install first.
    assert script.index("& icacls.exe $configDir") < script.index("Register-ScheduledTask")
    doc = (ROOT / "docs" / "DEPLOYMENT.md").read_text(encoding="utf-8")
    assert "C:\\ProgramData\\pain-therapy-kiosk\\metrics\\pain_therapy_kiosk.prom" in doc
    assert "Program Files\\windows_exporter\\textfile_inputs\\pain_therapy_kiosk.prom'`" not in doc


def test_uninstall_ends_the_kiosk_and_deletes_the_task() -> None:
    task_name = iss_defines()["TaskName"]
    assert task_name == APP_NAME
    code = iss_text()
    uninstall = code[code.index("procedure CurUninstallStepChanged") :]
    assert re.search(r"if CurUninstallStep = usUninstall then\s+begin\s+Problem := StopKiosk\(\);", uninstall)
    assert f"'/Delete /TN \"{task_name}\" /F'" in uninstall
    assert "Abort;" in uninstall  # a task that could not be deleted is not left behind silently


def workflow() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_the_workflow_builds_the_spec_and_this_installer_on_windows() -> None:
    text = workflow()
    assert re.search(r"^\s+runs-on: windows-latest$", text, re.M)
    assert re.search(r"^\s+workflow_dispatch:", text, re.M)
    assert re.search(r'^\s+tags: \["v\*"\]$', text, re.M)
    assert re.search(rf"^\s+pyinstaller --noconfirm {re.escape(SPEC.name)}$", text, re.M)
    iscc = re.search(r'& \$iscc "/DAppVersion=([^"]+)" (\S+)$', text, re.M)
    assert iscc, "the workflow does not run iscc"
    assert (ROOT / PureWindowsPath(iscc.group(2)).as_posix()).resolve() == ISS.resolve()
    assert "steps.version.outputs.version" in iscc.group(1)
    assert 'python -c "import kiosk; print(kiosk.__version__)"' in text
    # The installer it installs is the one iscc makes (OutputDir / OutputBaseFilename).
    setup = iss_setup()
    made = f"{setup['OutputDir']}\\{setup['OutputBaseFilename']}.exe".replace(
        iss_defines()["AppVersion"], "${{ steps.version.outputs.version }}"
    )
    assert f'$setup = "{made}"' in text


def test_the_workflow_installs_the_real_extra_and_compiles_every_translation() -> None:
    text = workflow()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extra = re.search(r'pip install "\.\[([\w,]+)\]"', text)
    assert extra, "the workflow does not pip install the project"
    extras = extra.group(1).split(",")
    requirements = [r for name in extras for r in pyproject["project"]["optional-dependencies"][name]]
    assert any(requirement.startswith("pyinstaller") for requirement in requirements)
    assert "speech" in extras  # Listen ships on Windows too (SAPI)
    python = re.search(r'python-version: "3\.(\d+)"', text)
    assert python and 12 <= int(python.group(1)) < 14  # requires-python = ">=3.12,<3.14"
    assert pyproject["project"]["requires-python"] == ">=3.12,<3.14"
    translations = sorted((ROOT / "resources" / "content").glob("*/ui.ts"))
    assert translations
    for ts in translations:
        rel = ts.relative_to(ROOT).as_posix()
        assert f"pyside6-lrelease {rel} -qm {rel[:-3]}.qm" in text, f"the workflow does not compile {rel}"


def test_the_workflow_checks_what_the_installer_installs() -> None:
    text = workflow()
    env = dict(re.findall(r"^  (APP_DIR|TASK_NAME|CONFIG): (.+)$", text, re.M))
    assert PureWindowsPath(env["APP_DIR"]) == PureWindowsPath("C:/Program Files", APP_NAME)  # {autopf}
    assert env["TASK_NAME"] == iss_defines()["TaskName"]
    assert PureWindowsPath(env["CONFIG"]) == PureWindowsPath("C:/ProgramData", APP_ID, CONFIG_NAME)
    assert '"--self-test"' in text and '"--self-test"' in (ROOT / "main.py").read_text(encoding="utf-8")
    assert text.count('-ArgumentList "--self-test"') == 2  # the bundle, then the installed app
    assert text.count('"/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"') == 3  # install, reinstall, uninstall
    assert f"$env:APP_DIR\\{APP_ID}.exe" in text
    assert "Get-ScheduledTask -TaskName $env:TASK_NAME" in text
    assert "Get-LocalGroup -Name $env:GROUP_NAME" in text
    assert f"{APP_ID}-supervisor.exe" in text and "supervise.cmd" not in text
    assert re.search(r"^\s+path: dist/installer/\*\.exe$", text, re.M)
