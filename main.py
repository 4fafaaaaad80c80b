"""Entry point: parse the command line and hand over to the kiosk, the validator or the renderer."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1920x1080, not {text!r}") from None
    if not (320 <= width <= 8000 and 320 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"size {text} is out of range")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Waiting-room kiosk about neurostimulators and drug pumps.")
    parser.add_argument("--version", action="store_true", help="print the app and content versions")
    parser.add_argument("--config", type=Path, metavar="PATH", help="config file instead of the machine-wide one")
    parser.add_argument(
        "--check-config", nargs="?", const=True, metavar="PATH", help="check a config file, print every problem"
    )
    parser.add_argument(
        "--set-admin-pin",
        action="store_true",
        help="ask for a staff PIN (6-12 digits) and store its hash in admin-pin beside the config",
    )
    parser.add_argument("--content", type=Path, metavar="DIR", help="content root with language folders")
    parser.add_argument(
        "--validate-content", nargs="?", const=True, metavar="DIR", help="check content, print every problem"
    )
    parser.add_argument(
        "--review-sheet",
        type=Path,
        metavar="OUT.html",
        help="write a printable page of all content, every language side by side, for a clinician to sign",
    )
    parser.add_argument("--screenshots", type=Path, metavar="OUTDIR", help="render every screen to PNG and exit")
    parser.add_argument(
        "--every-choice", action="store_true", help="with --screenshots: every language and text size, a folder each"
    )
    parser.add_argument("--size", type=parse_size, default=(1920, 1080), help="window size, e.g. 1080x1920")
    parser.add_argument("--windowed", action="store_true", help="a normal window (development only)")
    parser.add_argument(
        "--out-of-order", action="store_true", help="only a calm 'please ask our staff' screen (the supervisor's)"
    )
    parser.add_argument("--self-test", action="store_true", help="check the installed app offscreen, exit 0/1")
    parser.add_argument(
        "--export-statistics", type=Path, metavar="DIR", help="save this user's usage statistics as CSV files"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    from kiosk.files.resources import restore_machine_library_path

    restore_machine_library_path()  # before anything starts a program (speech starts its server)
    args = build_parser().parse_args(argv)
    if args.out_of_order:  # before anything else: whatever broke the kiosk must not break this
        from ui.out_of_order import run_out_of_order

        return run_out_of_order(fullscreen=not args.windowed, size=args.size, config_path=args.config)
    from kiosk.operations.logging_setup import configure_logging

    configure_logging()
    if args.validate_content:
        from kiosk.content.validate import validate_content
        from ui.app import create_application
        from ui.fonts import check_glyphs

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # Qt only to ask about fonts: no window
        create_application()
        folder = None if args.validate_content is True else Path(args.validate_content)
        return validate_content(folder, sys.stdout, fonts=check_glyphs)
    if args.review_sheet:
        from kiosk.staff.commands import write_review_sheet

        return write_review_sheet(args.review_sheet, args.content, args.config, sys.stdout)
    if args.check_config:
        from kiosk.staff.commands import check_config

        path = args.config if args.check_config is True else Path(args.check_config)
        return check_config(path, sys.stdout)
    if args.set_admin_pin:
        from kiosk.staff.commands import set_admin_pin

        return set_admin_pin(args.config, sys.stdout)
    if args.version:
        from kiosk import __version__
        from kiosk.content.library import ContentLibrary

        library = ContentLibrary(args.content)
        content = library.content(library.languages[0])
        print(f"{__version__} (content {content.site.content_version if content else 'invalid'})")
        return 0

    if args.export_statistics:
        from kiosk.stats.export import export_statistics

        return export_statistics(args.export_statistics, sys.stdout)

    if args.self_test:
        from ui.self_test import run_self_test

        return run_self_test()

    if args.screenshots:
        from ui.screenshots import run_screenshots

        return run_screenshots(args.content, args.screenshots, args.size, args.every_choice)
    from ui.app import WindowOptions, run_kiosk

    size = args.size if args.windowed else None
    return run_kiosk(args.config, args.content, WindowOptions(fullscreen=not args.windowed, size=size))


if __name__ == "__main__":
    sys.exit(main())
