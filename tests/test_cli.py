"""The command line through CliRunner: help, exit statuses and the messages users see."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from coder.cli import cli

COMMANDS = [["code"], ["sql"], ["stats"], ["export"], ["report"], ["explain"], ["evaluate"],
            ["dictionaries"], ["dictionaries", "check"]]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output and len(result.output) > 200


def test_missing_input_is_exit_2_with_a_message(tmp_path):
    result = CliRunner().invoke(cli, ["code", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.output == f"Error: {tmp_path / 'nope'}: no such file or folder\n"
    assert not (tmp_path / "o").exists()


def test_bad_date_flag_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["code", str(tmp_path), "--date", "2025-02-30"])
    assert result.exit_code == 2
    assert "'2025-02-30' is not a real YYYY-MM-DD date" in result.output


def test_sql_on_a_folder_without_output_is_exit_2(tmp_path):
    result = CliRunner().invoke(cli, ["sql", str(tmp_path), "SELECT 1"])
    assert result.exit_code == 2
    assert "has no coder.duckdb" in result.output


def test_dictionaries_check_reports_counts():
    result = CliRunner().invoke(cli, ["dictionaries", "check"])
    assert result.exit_code == 0, result.output
    assert "no problems" in result.output and "verb patterns" in result.output


@pytest.mark.slow
def test_code_with_a_rejected_line_exits_1_and_codes_the_rest(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "ok", "date": "2025-10-29", "text": "Pakistan accused Afghanistan of lying."})
        + "\n{broken\n"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["code", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    assert f"{src}:2: rejected: malformed JSON" in result.output
    sql = CliRunner().invoke(cli, ["sql", str(out), "SELECT doc_id, plover_type, source_country, "
                                   "target_country FROM events", "--format", "csv"])
    assert sql.exit_code == 0, sql.output
    assert "ok,ACCUSE,PAK,AFG" in sql.output
    refused = CliRunner().invoke(cli, ["sql", str(out), "DROP VIEW events"])
    assert refused.exit_code == 2
    assert "DROP statements are refused" in refused.output
    table = CliRunner().invoke(cli, ["sql", str(out), "SELECT location_name FROM events"])
    assert table.exit_code == 0 and "NULL" in table.output and "NaN" not in table.output


@pytest.mark.slow
def test_explain_shows_actors_triggers_and_rules():
    result = CliRunner().invoke(cli, ["explain", "Pakistan's military attacked militants in "
                                      "Afghanistan on Sunday.", "--date", "2025-10-29"])
    assert result.exit_code == 0, result.output
    assert "actors:" in result.output and "triggers:" in result.output
    assert "PAKMIL" in result.output
    assert "rule: verbs" in result.output
    assert "2025-10-26" in result.output
