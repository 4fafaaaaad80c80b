"""Files and folders: where things live and how they are read safely.

The one resource locator (source tree or PyInstaller bundle), the platform's state, log and data
folders, the guarded reader every input file goes through (size limits, regular files only, clear
errors), and the bundled components' licences.

The bottom layer: imports nothing of ``kiosk`` but its root package (the app's name and version).
"""
