"""The command line: argument checks and messages only; the work is done by the library.

Exit statuses (DESIGN.md): 0 every article coded; 1 some inputs rejected, every good one
coded; 2 usage or configuration error, nothing written.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import click

from coder import __version__
from coder.errors import CoderError

EPILOG = "Exit status: 0 all coded; 1 some inputs rejected (the rest coded); 2 usage error."


class CoderGroup(click.Group):
    """Turns CoderError into `Error: ...` with the exit status DESIGN.md assigns."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except CoderError as e:
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_status)


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from coder.ingest import parse_date

    try:
        return parse_date(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _load(dictionaries: Path | None) -> object:
    from coder.api import Coder, CoderConfig

    return Coder.load(CoderConfig(dictionaries=dictionaries))


@click.group(cls=CoderGroup, epilog=EPILOG)
@click.version_option(__version__, prog_name="coder")
def cli() -> None:
    """coder: political event coding of news articles into CAMEO and PLOVER events.

    Code a folder of articles into Parquet, query it with SQL, and see why an event was coded:

    \b
      coder code seeds/ --out output/
      coder sql output/ "SELECT * FROM dyad_day ORDER BY events DESC LIMIT 10"
      coder explain "Pakistan accused Afghanistan of sheltering militants." --date 2025-10-29
    """


@cli.command("code", epilog=EPILOG)
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", default=Path("output"), show_default=True,
              type=click.Path(path_type=Path), help="Output folder (events/, documents/, coder.duckdb).")
@click.option("--date", "default_date", callback=_date,
              help="Date (YYYY-MM-DD) for .txt articles that give none in a 'Date:' line or file name.")
@click.option("--dictionaries", type=click.Path(path_type=Path, file_okay=False),
              help="Use this dictionaries folder instead of the one shipped with coder.")
@click.option("--max-chars", default=2_000_000, show_default=True,
              help="Reject articles longer than this many characters.")
@click.option("--chunk-size", default=500, show_default=True,
              help="Articles per Parquet part (memory grows with it).")
@click.option("--force", is_flag=True, help="Write into a folder that holds files coder did not write.")
@click.option("--quiet", "-q", is_flag=True, help="No progress lines.")
def code_cmd(inputs: tuple[Path, ...], out_dir: Path, default_date: dt.date | None,
             dictionaries: Path | None, max_chars: int, chunk_size: int, force: bool,
             quiet: bool) -> None:
    """Code INPUTS (.txt or .jsonl files, or folders of them) into events.

    A .txt file is one article; its date comes from a first line 'Date: YYYY-MM-DD', else a
    date in the file name, else --date. A .jsonl file holds one article per line with id,
    text and date (title, publisher, url optional). Other files in folders are skipped and
    listed. Rejected inputs are listed with file, line and reason; every good article is
    still coded. Coding the same input into the same folder again replaces its rows.
    """
    from coder.ingest import discover
    from coder.run import code_inputs

    for _ in discover(inputs):  # usage errors (missing paths, wrong types) before any work
        pass
    coder = _load(dictionaries)
    started = time.monotonic()

    def progress(summary: object) -> None:
        if quiet:
            return
        s = summary
        rate = s.articles / max(s.seconds, 1e-9)  # type: ignore[attr-defined]
        click.echo(f"  {s.articles:,} articles, {s.events:,} events, "  # type: ignore[attr-defined]
                   f"{len(s.rejected):,} rejected, {rate:,.1f} articles/s", err=True)  # type: ignore[attr-defined]

    summary = code_inputs(inputs, out_dir, coder=coder, default_date=default_date,  # type: ignore[arg-type]
                          max_chars=max_chars, chunk_size=chunk_size, force=force,
                          progress=progress)
    for issue in summary.issues + summary.warnings:
        click.echo(issue.message(), err=True)
    elapsed = time.monotonic() - started
    click.echo(f"coded {summary.articles:,} articles ({summary.sentences:,} sentences) into "
               f"{summary.events:,} events in {elapsed:.1f}s; {len(summary.rejected):,} rejected, "
               f"{len(summary.issues) - len(summary.rejected):,} skipped -> {out_dir}", err=True)
    sys.exit(summary.exit_status)


@cli.command("sql", epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print the result.")
def sql_cmd(out_dir: Path, query: str, fmt: str) -> None:
    """Run a read-only SQL QUERY against the views of OUT_DIR.

    Views: events, events_unique (one-a-day filter), documents, dyad_day, plover_counts.
    Only reading statements run (SELECT, WITH, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN).
    """
    from coder.views import run_query

    table = run_query(out_dir, query)
    frame = table.to_pandas()
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(frame.to_json(orient="records", date_format="iso", lines=True), nl=False)
    else:
        click.echo(frame.to_string(index=False) if len(frame) else "(no rows)")


@cli.command("explain", epilog=EPILOG)
@click.argument("text")
@click.option("--date", "date", callback=_date, help="Article date (default: today).")
@click.option("--dictionaries", type=click.Path(path_type=Path, file_okay=False),
              help="Use this dictionaries folder instead of the one shipped with coder.")
def explain_cmd(text: str, date: dt.date | None, dictionaries: Path | None) -> None:
    """Show how TEXT is coded: actors found, triggers matched, events and the rules behind them."""
    from coder.explain import render

    coder = _load(dictionaries)
    result = coder.explain(text, date=date or dt.date.today())  # type: ignore[attr-defined]
    click.echo(render(result))


@cli.group("dictionaries")
def dictionaries_group() -> None:
    """Check and describe dictionary folders."""


@dictionaries_group.command("check")
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
def dictionaries_check(folder: Path | None) -> None:
    """Load FOLDER (default: the shipped dictionaries), report every problem, print counts.

    Every file is parsed and checked at once: syntax, unknown CAMEO, PLOVER, country and
    sector codes, overlapping date ranges, duplicate aliases and patterns. Problems are
    listed as file:line with a hint, and the exit status is 2 when there is any.
    """
    from coder.lexicon import load_dictionaries

    lexicon = load_dictionaries(folder)
    kinds: dict[str, int] = {}
    for entry in lexicon.actors:
        kinds[entry.kind] = kinds.get(entry.kind, 0) + 1
    click.echo(f"dictionaries {lexicon.root} (version {lexicon.version}): no problems")
    for kind, n in sorted(kinds.items()):
        click.echo(f"  actors/{kind}: {n:,} entries")
    click.echo(f"  agents: {len(lexicon.agents):,} phrases (with plurals)")
    click.echo(f"  verb patterns: {sum(map(len, lexicon.verb_patterns.values())):,} "
               f"({len(lexicon.verb_patterns):,} lemmas)")
    click.echo(f"  noun triggers: {sum(map(len, lexicon.noun_patterns.values())):,}")
    click.echo(f"  CAMEO codes: {len(lexicon.cameo):,}; places: {len(lexicon.places):,}")
