"""The frozen program's entry point: the same `main` as the `inquiry-desk` console script."""

from inquiry_desk.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
