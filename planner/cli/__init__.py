"""The command line: argparse, text and JSON output over the same services as the window."""
