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
from coder.errors import CoderError, UsageError

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
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes on this machine (each loads its own model).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Code on a Dask cluster (tcp://HOST:8786), or 'local' for a LocalCluster.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal).")
@click.option("--recode", is_flag=True,
              help="Code every article again, also those already coded unchanged into --out.")
@click.option("--resume", is_flag=True,
              help="Complete a killed run (what a run does anyway: unchanged articles are skipped).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def code_cmd(inputs: tuple[Path, ...], out_dir: Path, default_date: dt.date | None,
             dictionaries: Path | None, max_chars: int, chunk_size: int, force: bool,
             workers: int, scheduler: str | None, progress: bool | None, recode: bool,
             resume: bool, quiet: bool) -> None:
    """Code INPUTS (.txt or .jsonl files, or folders of them) into events.

    A .txt file is one article; its date comes from a first line 'Date: YYYY-MM-DD', else a
    date in the file name, else --date. A .jsonl file holds one article per line with id,
    text and date (title, publisher, url optional). Other files in folders are skipped and
    listed. Rejected inputs are listed with file, line and reason; every good article is
    still coded. Coding into a folder again codes only new or changed articles (by content
    hash) and replaces their rows; --recode codes everything again.
    """
    if recode and resume:
        raise click.UsageError("--recode and --resume contradict each other; use one of them")
    from coder.ingest import discover
    from coder.run import code_inputs

    for _ in discover(inputs):  # usage errors (missing paths, wrong types) before any work
        pass
    coder = _load(dictionaries)
    started = time.monotonic()
    bar = None
    if not quiet and (progress if progress is not None else sys.stderr.isatty()):
        from coder.progress import ProgressBar, count_articles

        bar = ProgressBar(sys.stderr, count_articles(inputs))
    summary = code_inputs(inputs, out_dir, coder=coder, default_date=default_date,  # type: ignore[arg-type]
                          max_chars=max_chars, chunk_size=chunk_size, force=force,
                          progress=bar, workers=workers, scheduler=scheduler, recode=recode)
    if bar is not None:
        bar.close(summary)
    for issue in summary.issues + summary.warnings:
        click.echo(issue.message(), err=True)
    elapsed = time.monotonic() - started
    click.echo(f"coded {summary.articles:,} articles ({summary.sentences:,} sentences) into "
               f"{summary.events:,} events in {elapsed:.1f}s; {len(summary.rejected):,} rejected, "
               f"{len(summary.issues) - len(summary.rejected):,} skipped"
               + (f", {summary.unchanged:,} unchanged" if summary.unchanged else "")
               + f" -> {out_dir}", err=True)
    sys.exit(summary.exit_status)


@cli.command("sql", epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print the result.")
def sql_cmd(out_dir: Path, query: str, fmt: str) -> None:
    """Run a read-only SQL QUERY against the views of OUT_DIR.

    Views: events, events_unique (one-a-day filter), documents, event_measures, day_totals,
    month_totals, dyad_day, dyad_month, country_events, country_day, country_month (role
    source/target), dyad_day_norm, dyad_month_norm, country_day_norm, country_month_norm
    (divided by all events of the day or month), plover_counts, cameo_root_counts.
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
        click.echo(frame.to_string(index=False, na_rep="NULL") if len(frame) else "(no rows)")


@cli.command("stats", epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--country", help="Only events with this country (ISO alpha-3, e.g. PAK) as source or target.")
@click.option("--since", callback=_date, help="Only events on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_date, help="Only events on or before this day (YYYY-MM-DD).")
@click.option("--top", default=10, show_default=True, type=click.IntRange(min=1),
              help="How many dyads to list.")
def stats_cmd(out_dir: Path, country: str | None, since: dt.date | None, until: dt.date | None,
              top: int) -> None:
    """Print headline tables for OUT_DIR: totals, top dyads by conflict, intensity per month.

    Conflict events are CAMEO QuadClass 3 and 4 (verbal and material conflict); dyads are
    directed country pairs. The numbers come from the dyad_day and events_unique views, so
    `coder sql` gives the same.
    """
    from coder.stats import Filters, headline

    filters = Filters(country=country.upper() if country else None, since=since, until=until)
    tables = headline(out_dir, filters, top=top)
    totals = tables.totals.to_pylist()[0]
    click.echo("Totals")
    width = max(map(len, totals))
    for name, value in totals.items():
        shown = f"{value:,.2f}" if isinstance(value, float) else ("-" if value is None else value)
        click.echo(f"  {name:<{width}}  {shown}")
    for title, table in (("Top dyads by conflict (QuadClass 3 + 4)", tables.top_dyads),
                         ("Intensity per month", tables.months)):
        click.echo(f"\n{title}")
        frame = table.to_pandas()
        click.echo(frame.to_string(index=False, float_format=lambda v: f"{v:,.2f}")
                   if len(frame) else "  (no events)")


@cli.command("export", epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("--format", "fmt", required=True,
              type=click.Choice(["csv", "plover-jsonl", "icews", "gdelt"]),
              help="csv: every event column; plover-jsonl: PLOVER records, one per event; "
                   "icews: ICEWS columns, tab-separated with a header; gdelt: GDELT 2.0's 61 "
                   "event columns, tab-separated, no header.")
@click.option("-o", "--output", "output", required=True, type=click.Path(path_type=Path, dir_okay=False),
              help="File to write (replaced if it exists).")
@click.option("--dictionaries", type=click.Path(path_type=Path, file_okay=False),
              help="Gazetteer and names from this dictionaries folder (icews, gdelt).")
def export_cmd(out_dir: Path, fmt: str, output: Path, dictionaries: Path | None) -> None:
    """Export every event of OUT_DIR to a file in another layout.

    The ICEWS and GDELT layouts give countries and places as those datasets do; fields that
    coder does not produce (GDELT's AvgTone, FIPS codes, actor geography...) are left empty.
    """
    from coder.export import export_events
    from coder.lexicon import load_dictionaries

    lexicon = load_dictionaries(dictionaries) if fmt in ("icews", "gdelt") else None
    n = export_events(out_dir, fmt, output, lexicon=lexicon)
    click.echo(f"wrote {n:,} {'records' if fmt == 'plover-jsonl' else 'events'} ({fmt}) -> {output}",
               err=True)


@cli.command("report", epilog=EPILOG)
@click.argument("out_dir", type=click.Path(path_type=Path, file_okay=False))
@click.option("-o", "--output", "output", default=Path("report.html"), show_default=True,
              type=click.Path(path_type=Path, dir_okay=False), help="HTML file to write.")
@click.option("--top", default=6, show_default=True, type=click.IntRange(min=1),
              help="How many countries and dyads to chart.")
@click.option("--dictionaries", type=click.Path(path_type=Path, file_okay=False),
              help="Draw the map's background places from this dictionaries folder.")
def report_cmd(out_dir: Path, output: Path, top: int, dictionaries: Path | None) -> None:
    """Write a one-page HTML report of OUT_DIR.

    Conflict and cooperation over time for the top countries and dyads, the PLOVER type mix,
    a map of event locations and the top actors. The page is self-contained (inline SVG, no
    scripts): open it in any browser, offline.
    """
    from coder.lexicon import load_dictionaries
    from coder.report import write_report

    write_report(out_dir, output, lexicon=load_dictionaries(dictionaries), top=top)
    click.echo(f"wrote {output}", err=True)


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


@cli.command("evaluate", epilog=EPILOG)
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--dictionaries", type=click.Path(path_type=Path, file_okay=False),
              help="Use this dictionaries folder instead of the one shipped with coder.")
@click.option("--show", default=20, show_default=True, type=click.IntRange(min=0),
              help="Print at most this many misses and this many false events (0: none).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON instead.")
def evaluate_cmd(gold: Path, dictionaries: Path | None, show: int, as_json: bool) -> None:
    """Code the lines of the GOLD file (.jsonl) and compare with its gold events.

    Coded and gold events are matched one to one on (PLOVER type, source country, target
    country); a gold event's alternatives also count and optional events are ignored.
    Prints precision, recall and F1 per PLOVER type and overall, the accuracy of sectors,
    CAMEO root, event date and location over found events, a type confusion table, and the
    misses and false events with their text. The format is in docs/gold-format.md.
    """
    import json

    from coder.evaluate import code_gold, evaluate, load_gold, render

    if not gold.exists():
        raise UsageError(f"{gold}: no such file")
    items = load_gold(gold)
    coder = _load(dictionaries)
    report = evaluate(items, code_gold(items, coder))  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(render(report, show=show), nl=False)


@cli.group("dictionaries")
def dictionaries_group() -> None:
    """Check and describe dictionary folders."""


@dictionaries_group.command("check")
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the coverage figures as JSON.")
def dictionaries_check(folder: Path | None, as_json: bool) -> None:
    """Load FOLDER (default: the shipped dictionaries), report every problem, print coverage.

    Every file is parsed and checked at once: syntax, unknown CAMEO, PLOVER, country and
    sector codes, overlapping date ranges, duplicate aliases and patterns. Problems are
    listed as file:line with a hint, and the exit status is 2 when there is any.

    FOLDER may hold only some parts (the rest come from the shipped dictionaries), and
    PETRARCH-format *.actors.txt and *.agents.txt files, whose skipped lines are counted.
    Coverage: entries per file, kind, sector and country, patterns per CAMEO code and PLOVER
    type, and the CAMEO codes that no pattern can produce.
    """
    import json

    from coder.coverage import coverage, render
    from coder.lexicon import load_dictionaries

    lexicon = load_dictionaries(folder)
    cov = coverage(lexicon)
    if as_json:
        doc = {"root": str(lexicon.root), "version": lexicon.version, "parts": lexicon.parts,
               **cov.as_dict()}
        click.echo(json.dumps(doc, indent=2, sort_keys=True))
        return
    click.echo(f"dictionaries {lexicon.root} (version {lexicon.version}): no problems")
    borrowed = sorted(p for p, r in lexicon.parts.items() if Path(r) != lexicon.root)
    if borrowed:
        click.echo("  from the shipped dictionaries: " + ", ".join(borrowed))
    for report in lexicon.imports:
        for line in report.summary():
            click.echo("  " + line)
    for line in render(cov, lexicon):
        click.echo("  " + line)
