//! The command line: Alembic's vocabulary (upgrade, downgrade, current, history,
//! heads, show, stamp, `--sql`) over the library, plus verify, releases, reconcile,
//! the Asterisk companion commands, completions and man.
//!
//! [`args`] defines the options and commands, [`settings`] resolves where the URL
//! and trees come from and opens the database, [`commands`] holds one handler per
//! command, [`output`] prints (plain lines, a progress bar, or one JSON document),
//! [`fleet`] runs a command over a list of databases (`--url-file`).
//! Errors become one stderr line and an exit code here, once.
//!
//! May import every other layer.

pub mod args;
pub mod commands;
pub mod fleet;
pub mod ini;
pub mod output;
pub mod settings;

use std::time::Instant;

use clap::FromArgMatches;
use serde_json::json;

use args::{Cli, Command};
use commands::Ctx;
use output::{Doc, Format, Style};

use crate::engine::plan::Direction;
use crate::error::Error;

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    crate::interrupt::install();
    fleet::watch_parent();
    let matches = args::command().get_matches();
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => e.exit(),
    };
    cli.global.url_on_command_line =
        matches.value_source("url") == Some(clap::parser::ValueSource::CommandLine);
    if let Command::Downgrade { target: None, .. } = &cli.command {
        if cli.global.asterisk.is_none() {
            args::command()
                .error(
                    clap::error::ErrorKind::MissingRequiredArgument,
                    "downgrade needs a target: a revision, -N or base (or --asterisk RELEASE for that release's newest)",
                )
                .exit();
        }
    }
    let style = Style {
        format: cli.global.format,
        quiet: cli.global.quiet,
        verbose: cli.global.verbose,
    };
    if changes_database(&cli.command) {
        output::changes_database();
    }
    if cli.global.fleet.url_file.is_some() {
        return fleet::main(&cli, style);
    }
    let mut doc = Doc::new(command_name(&cli.command));
    let started = Instant::now();
    let result = run(&cli, style, &mut doc);
    if style.format == Format::Json && writes_json(&cli.command, result.is_err()) {
        let mut v = json!({
            "command": doc.command,
            "ok": result.is_ok(),
            "trees": doc.trees,
            "elapsed_ms": (started.elapsed().as_secs_f64() * 1e6).round() / 1e3,
        });
        for (k, x) in doc.extra.drain(..) {
            v[k] = x;
        }
        if let Err(e) = &result {
            v["error"] = json!({ "message": e.to_string(), "exit_code": e.exit_code() });
        }
        output::print_json(&v);
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            crate::err_line!("error: {e}");
            e.exit_code()
        }
    }
}

/// Whether `--format json` wraps this command's result in a JSON document: not for
/// commands whose output is itself a document (SQL, roff, shell code), unless they
/// failed.
fn writes_json(c: &Command, failed: bool) -> bool {
    let own_output = match c {
        Command::Completions { .. } | Command::Man { .. } => true,
        Command::DumpSchema { .. } | Command::ImportAlembic { .. } => true,
        Command::Upgrade { offline, .. }
        | Command::Downgrade { offline, .. }
        | Command::Stamp { offline, .. } => offline.sql,
        Command::Lint { sql, .. } => *sql,
        Command::Reconcile { sql } => *sql,
        _ => false,
    };
    !own_output || (failed && !matches!(c, Command::Completions { .. } | Command::Man { .. }))
}

/// Whether the command changes a database (or writes files), so that a closed
/// stdout must not cut it short.
fn changes_database(c: &Command) -> bool {
    match c {
        Command::Upgrade {
            dry_run, offline, ..
        } => !dry_run && !offline.sql,
        Command::Downgrade {
            dry_run, offline, ..
        } => !dry_run && !offline.sql,
        Command::Stamp { offline, .. } => !offline.sql,
        Command::Reconcile { sql } => !sql,
        Command::Lint {
            fix_escapes, sql, ..
        } => *fix_escapes && !sql,
        Command::ImportAlembic { out, .. } => out.is_some(),
        Command::Revision { .. } => true,
        _ => false,
    }
}

fn command_name(c: &Command) -> &'static str {
    match c {
        Command::Upgrade { .. } => "upgrade",
        Command::Downgrade { .. } => "downgrade",
        Command::Stamp { .. } => "stamp",
        Command::Current => "current",
        Command::Status { .. } => "status",
        Command::History { .. } => "history",
        Command::Heads => "heads",
        Command::Show { .. } => "show",
        Command::Verify => "verify",
        Command::Completions { .. } => "completions",
        Command::AsteriskConfig { .. } => "asterisk-config",
        Command::Lint { .. } => "lint",
        Command::Releases { .. } => "releases",
        Command::Reconcile { .. } => "reconcile",
        Command::Man { .. } => "man",
        Command::DumpSchema { .. } => "dump-schema",
        Command::ImportAlembic { .. } => "import-alembic",
        Command::Revision { .. } => "revision",
    }
}

fn run(cli: &Cli, style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let g = &cli.global;
    let mut ctx = Ctx { g, style, doc };
    let ctx = &mut ctx;
    match &cli.command {
        Command::Completions { shell } => commands::meta::completions(*shell),
        Command::Man { command, dir } => commands::meta::man(command.as_deref(), dir.as_deref()),
        Command::DumpSchema { bookkeeping } => commands::meta::dump_schema(ctx, *bookkeeping),
        Command::ImportAlembic { path, out } => commands::import::run(ctx, path, out.as_deref()),
        Command::Revision { message } => commands::revision::run(ctx, message),
        Command::Heads => commands::history::heads(ctx),
        Command::Show { rev } => commands::show::run(ctx, rev),
        Command::History {
            applied: false,
            rev_range,
        } => commands::history::run(ctx, rev_range.as_deref()),
        Command::History { applied: true, .. } => commands::applied::run(ctx),
        Command::Current => commands::current::run(ctx),
        Command::Status { exit_code } => commands::status::run(ctx, *exit_code),
        Command::Verify => commands::verify::run(ctx),
        Command::AsteriskConfig {
            odbc_name,
            backend,
            with_core_types,
            redact,
            dir,
            force,
        } => {
            let opts = crate::asterisk::realtime::Options {
                odbc_name,
                backend: *backend,
                core_types: *with_core_types,
                redact: *redact,
                chan_sip: false,
            };
            commands::asterisk::asterisk_config(ctx, &opts, dir.as_deref(), *force)
        }
        Command::Lint {
            fix_escapes,
            sql,
            backend,
        } => commands::asterisk::lint(ctx, *fix_escapes, *sql, *backend),
        Command::Upgrade {
            target,
            replay,
            dry_run: true,
            ..
        } => commands::dry_run::run(ctx, Direction::Upgrade, target, *replay),
        Command::Upgrade {
            target,
            replay,
            offline,
            ..
        } => commands::migrate::run(ctx, Direction::Upgrade, target, *replay, offline),
        Command::Downgrade {
            target,
            dry_run: true,
            ..
        } => {
            let target = target.as_deref().unwrap_or("head");
            commands::dry_run::run(ctx, Direction::Downgrade, target, false)
        }
        Command::Downgrade {
            target, offline, ..
        } => {
            let target = target.as_deref().unwrap_or("head");
            commands::migrate::run(ctx, Direction::Downgrade, target, false, offline)
        }
        Command::Releases { filter } => commands::releases::run(ctx, filter.as_deref()),
        Command::Reconcile { sql } => commands::reconcile::run(ctx, *sql),
        Command::Stamp { target, offline } => commands::stamp::run(ctx, target, offline),
    }
}
