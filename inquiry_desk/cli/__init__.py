"""The command line, `inquiry-desk`: `main` parses and dispatches, `runner` holds what every
subcommand shares, and each other module is one command group that registers its own
subcommands (cases, intake, lifecycle, printing, purge, report, settings, keys). They call
the same services as the window; none of them imports Qt unless it opens a window.
"""
