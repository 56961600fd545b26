//! The command line: Alembic's vocabulary (upgrade, downgrade, current, history,
//! heads, show, stamp, `--sql`) over the library, plus verify, completions and man.
//!
//! Connection and output options are global: they may come before or after the
//! command, and each can also come from an `AST_SCHEMA_*` environment variable.
//! Errors are mapped to one stderr line and an exit code here, once.

use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use clap::{Args, CommandFactory, Parser, Subcommand};
use serde_json::{json, Value};

use crate::config::{self, DEFAULT_URL};
use crate::connect;
use crate::dialect::Dialect;
use crate::driver::Connection;
use crate::error::{DbErrorKind, Error};
use crate::output::{self, Format, Progress, Style};
use crate::revision::Tree;
use crate::runner::{self, Direction, ScriptTransactions};
use crate::state;
use crate::url::DbUrl;

const AFTER_HELP: &str = "\
Environment:
  Every option can also be set with an environment variable: AST_SCHEMA_URL, AST_SCHEMA_CONFIG,
  AST_SCHEMA_TREE, AST_SCHEMA_DIALECT, AST_SCHEMA_FORMAT, AST_SCHEMA_QUIET, AST_SCHEMA_VERBOSE,
  AST_SCHEMA_LOCK_TIMEOUT, AST_SCHEMA_WAIT, AST_SCHEMA_CREATE_DATABASE. Flags on the command line win.

Exit codes:
  0  success (also: nothing to do)
  1  unexpected database or I/O failure
  2  bad command-line usage
  3  malformed database URL or unknown scheme
  4  config file unreadable or without sqlalchemy.url, unknown tree, bad option value
  5  database server unreachable (after --wait)
  6  authentication failed
  7  database does not exist (see --create-database)
  8  unknown or ambiguous revision
  9  target beyond base or head, or in the wrong direction
 10  version table holds several rows or a value that is no revision
 11  database is at a revision this build does not know (newer Asterisk)
 12  database has the tree's tables but no version table (use stamp)
 13  a migration statement failed (the message says where it stopped)
 14  permission denied (e.g. a read-only user)
 15  timed out waiting for another ast-schema's lock
 16  verify found differences
 17  invalid migration files (a bug in this build)
 18  lint found error-level problems in the ps_* rows";

/// Asterisk realtime database migrations: Alembic's ast-db-manage trees in one binary.
#[derive(Debug, Parser)]
#[command(
    name = "ast-schema",
    version,
    about = "Asterisk realtime database migrations (Alembic's ast-db-manage) in one binary",
    long_about = "Creates, upgrades and downgrades the tables Asterisk keeps in a database \
(ps_endpoints, ps_aors, sippeers, voicemail, cdr, queue_log, ...) on MySQL/MariaDB, PostgreSQL \
and SQLite. It carries every revision of Asterisk's Alembic trees with the same ids and reads and \
writes the same version tables (alembic_version_<tree>), so a database can move between Alembic \
and ast-schema at any revision.\n\nThe database URL comes from --url, else AST_SCHEMA_URL, else \
sqlalchemy.url in the ini file given with -c, else sqlite:///asterisk.db in the current directory.",
    after_help = AFTER_HELP
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalOpts,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalOpts {
    /// Database URL, SQLAlchemy style: mysql://user:pass@host/db, postgresql://..., sqlite:///file.db
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_URL",
        value_name = "URL",
        hide_env_values = true
    )]
    pub url: Option<String>,
    /// Alembic ini file (Asterisk's config.ini, cdr.ini, ...): sqlalchemy.url and script_location
    #[arg(
        short = 'c',
        long = "config",
        global = true,
        env = "AST_SCHEMA_CONFIG",
        value_name = "FILE"
    )]
    pub config: Option<PathBuf>,
    /// Migration tree: config, cdr, voicemail, queue_log, or all [default: config, or the ini's script_location]
    #[arg(long, global = true, env = "AST_SCHEMA_TREE", value_name = "TREE")]
    pub tree: Option<String>,
    /// SQL dialect for --sql when no URL is given: mysql, postgresql or sqlite
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_DIALECT",
        value_name = "DIALECT"
    )]
    pub dialect: Option<Dialect>,
    /// Output: text for people, json for programs (one document per command)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub format: Format,
    /// Print nothing but errors
    #[arg(short, long, global = true, env = "AST_SCHEMA_QUIET", action = clap::ArgAction::SetTrue, value_parser = clap::builder::FalseyValueParser::new())]
    pub quiet: bool,
    /// Print each SQL statement as it runs
    #[arg(short, long, global = true, env = "AST_SCHEMA_VERBOSE", action = clap::ArgAction::SetTrue, value_parser = clap::builder::FalseyValueParser::new())]
    pub verbose: bool,
    /// Seconds to wait for another ast-schema working on the same database and tree
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_LOCK_TIMEOUT",
        value_name = "SECONDS",
        default_value_t = 60.0
    )]
    pub lock_timeout: f64,
    /// Keep trying to reach a database server that is not up yet, for at most SECONDS
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_WAIT",
        value_name = "SECONDS",
        default_value_t = 0.0
    )]
    pub wait: f64,
    /// Follow an Asterisk release's own scripts (20.10.0, 22 = newest 22.x, certified-18.9)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_ASTERISK",
        value_name = "RELEASE"
    )]
    pub asterisk: Option<String>,
    /// Create the database (or the SQLite file's folder) when it does not exist
    #[arg(long, global = true, env = "AST_SCHEMA_CREATE_DATABASE", action = clap::ArgAction::SetTrue, value_parser = clap::builder::FalseyValueParser::new())]
    pub create_database: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Upgrade to a later revision (default: head)
    Upgrade {
        /// head, a revision id or unique prefix, +N; with --sql also FROM:TO
        #[arg(default_value = "head", allow_hyphen_values = true)]
        target: String,
        /// Apply revision by revision, even on a fresh database that could be built at once
        #[arg(long, env = "AST_SCHEMA_REPLAY", action = clap::ArgAction::SetTrue, value_parser = clap::builder::FalseyValueParser::new())]
        replay: bool,
        #[command(flatten)]
        offline: OfflineOpts,
    },
    /// Downgrade to an earlier revision (base removes every table of the tree)
    Downgrade {
        /// base, a revision id or unique prefix, -N; with --sql FROM:TO [default with --asterisk: the release's head]
        #[arg(allow_hyphen_values = true)]
        target: Option<String>,
        #[command(flatten)]
        offline: OfflineOpts,
    },
    /// Set the version table to a revision without running any migration
    Stamp {
        /// head, base or a revision id or unique prefix
        target: String,
        #[command(flatten)]
        offline: OfflineOpts,
    },
    /// Show the database's current revision
    Current,
    /// List the revisions, newest first, marking the database's current one
    History,
    /// Show the head revision
    Heads,
    /// Show one revision: its links, message, file and operations
    Show {
        /// A revision id or unique prefix, head or base
        rev: String,
    },
    /// Compare the live schema with the schema the current revision should have
    Verify,
    /// List the known Asterisk releases and, per tree, the revision their scripts end at
    Releases,
    /// Move a database built by a release branch's scripts onto the master line (or,
    /// with --asterisk, onto that release's chain), changing exactly what differs
    Reconcile {
        /// Print the SQL instead of running it
        #[arg(long)]
        sql: bool,
    },
    /// Print the Asterisk configuration that reads this database's tables
    /// (odbc.ini, res_odbc.conf, extconfig.conf, sorcery.conf, modules.conf)
    AsteriskConfig {
        /// The res_odbc connection (and ODBC data source) name
        #[arg(
            long,
            default_value = "asterisk",
            env = "AST_SCHEMA_ODBC_NAME",
            value_name = "NAME"
        )]
        odbc_name: String,
    },
    /// Check the ps_* rows for what Asterisk would misread or reject
    Lint {
        /// Rewrite literal ';' to ^3B in place (one transaction), printing each change
        #[arg(long)]
        fix_escapes: bool,
        /// With --fix-escapes: print the UPDATEs instead of running them
        #[arg(long, requires = "fix_escapes")]
        sql: bool,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `ast-schema man > ast-schema.1`
    Man,
    /// Print the live schema as normalized text (enum types, tables, columns, keys,
    /// indexes), the form `verify` and the test suite compare
    #[command(hide = true)]
    DumpSchema {
        /// Include the version and history tables
        #[arg(long)]
        bookkeeping: bool,
    },
}

#[derive(Debug, Args)]
pub struct OfflineOpts {
    /// Print the SQL script instead of running it (no database connection is opened)
    #[arg(long)]
    pub sql: bool,
    /// With --sql: one BEGIN/COMMIT around the whole script instead of one per revision
    #[arg(long, requires = "sql")]
    pub single_transaction: bool,
    /// With --sql: write the script to FILE instead of stdout
    #[arg(short = 'o', long, requires = "sql", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let style = Style {
        format: cli.global.format,
        quiet: cli.global.quiet,
        verbose: cli.global.verbose,
    };
    let mut doc = Doc {
        command: command_name(&cli.command),
        trees: Vec::new(),
        extra: Vec::new(),
    };
    let started = Instant::now();
    let result = run(&cli, style, &mut doc);
    if style.format == Format::Json
        && !matches!(
            cli.command,
            Command::Completions { .. }
                | Command::Man
                | Command::Show { .. }
                | Command::DumpSchema { .. }
        )
    {
        let offline = matches!(&cli.command, Command::Upgrade { offline, .. } | Command::Downgrade { offline, .. } | Command::Stamp { offline, .. } if offline.sql);
        if !offline || result.is_err() {
            let mut v = json!({ "command": doc.command, "ok": result.is_ok(), "trees": doc.trees, "elapsed_ms": (started.elapsed().as_secs_f64() * 1e6).round() / 1e3 });
            for (k, x) in doc.extra.drain(..) {
                v[k] = x;
            }
            if let Err(e) = &result {
                v["error"] = json!({ "message": e.to_string(), "exit_code": e.exit_code() });
            }
            output::print_json(&v);
        }
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}

fn command_name(c: &Command) -> &'static str {
    match c {
        Command::Upgrade { .. } => "upgrade",
        Command::Downgrade { .. } => "downgrade",
        Command::Stamp { .. } => "stamp",
        Command::Current => "current",
        Command::History => "history",
        Command::Heads => "heads",
        Command::Show { .. } => "show",
        Command::Verify => "verify",
        Command::Completions { .. } => "completions",
        Command::AsteriskConfig { .. } => "asterisk-config",
        Command::Lint { .. } => "lint",
        Command::Releases => "releases",
        Command::Reconcile { .. } => "reconcile",
        Command::Man => "man",
        Command::DumpSchema { .. } => "dump-schema",
    }
}

/// The JSON document being built: one entry per tree, and a few top-level fields.
struct Doc {
    command: &'static str,
    trees: Vec<Value>,
    extra: Vec<(&'static str, Value)>,
}

/// Where the settings came from, resolved.
struct Settings {
    url: DbUrl,
    /// Whether the URL came from --url, the environment or an ini (not the default).
    explicit: bool,
    trees: Vec<Tree>,
    /// `--tree all`
    all: bool,
}

fn settings(g: &GlobalOpts) -> Result<Settings, Error> {
    let ini = match &g.config {
        Some(p) => Some(config::read_ini(p)?),
        None => None,
    };
    let (url, explicit) = match (&g.url, &ini) {
        (Some(u), _) => (u.clone(), true),
        (None, Some(ini)) => match &ini.url {
            Some(u) => (u.clone(), true),
            None => {
                return Err(Error::Config(format!(
                    "{} has no sqlalchemy.url in its [alembic] section",
                    g.config
                        .as_ref()
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                )))
            }
        },
        (None, None) => (DEFAULT_URL.to_string(), false),
    };
    let url = DbUrl::parse(&url)?;
    let name = g
        .tree
        .clone()
        .or_else(|| ini.as_ref().and_then(|i| i.tree.clone()))
        .unwrap_or_else(|| "config".into());
    let (mut trees, all) = if name == "all" {
        (Tree::all().collect::<Vec<_>>(), true)
    } else {
        (vec![Tree::named(&name)?], false)
    };
    if let Some(spec) = &g.asterisk {
        let r = crate::releases::find(spec)?;
        let mut chains = Vec::new();
        for t in &trees {
            match r.tree(t)? {
                Some(chain) => chains.push(chain),
                None if all => {}
                None => {
                    return Err(Error::Config(format!(
                        "Asterisk {} has no {} tree",
                        r.name, t.name
                    )))
                }
            }
        }
        trees = chains;
    }
    Ok(Settings {
        url,
        explicit,
        trees,
        all,
    })
}

fn seconds(what: &str, v: f64) -> Result<Duration, Error> {
    Duration::try_from_secs_f64(v)
        .map_err(|_| Error::Config(format!("{what} {v} is not a number of seconds")))
}

fn note_default(s: &Settings, style: Style) {
    if !s.explicit && style.chatty() {
        eprintln!("note: no database URL given (--url, AST_SCHEMA_URL or -c); using {DEFAULT_URL} in the current directory");
    }
}

/// Opens the database with --wait and --create-database; `existing_only` for
/// commands that only read (a missing SQLite file is then an error, not created).
fn open(
    g: &GlobalOpts,
    s: &Settings,
    style: Style,
    existing_only: bool,
) -> Result<Box<dyn Connection>, Error> {
    note_default(s, style);
    let opts = connect::Options {
        wait: seconds("--wait", g.wait)?,
        create_database: g.create_database && !existing_only,
        existing_only,
    };
    let mut last_line: Option<Instant> = None;
    let quiet = style.quiet;
    let url = s.url.to_string();
    connect::open(&s.url, &opts, &mut |attempt, waited, why| {
        // At most one line every few seconds.
        if !quiet && last_line.is_none_or(|t| t.elapsed() >= Duration::from_secs(3)) {
            eprintln!(
                "waiting for {url} (attempt {attempt}, {} s so far): {why}",
                waited.as_secs()
            );
            last_line = Some(Instant::now());
        }
    })
}

fn run(cli: &Cli, style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let g = &cli.global;
    match &cli.command {
        Command::Completions { shell } => {
            clap_complete::generate(
                *shell,
                &mut Cli::command(),
                "ast-schema",
                &mut std::io::stdout(),
            );
            Ok(0)
        }
        Command::Man => {
            let mut buf = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut buf)
                .map_err(|e| Error::Io(e.to_string()))?;
            std::io::stdout()
                .write_all(&buf)
                .map_err(|e| Error::Io(e.to_string()))?;
            Ok(0)
        }
        Command::DumpSchema { bookkeeping } => {
            let s = settings(g)?;
            let mut conn = open(g, &s, style, true)?;
            print!("{}", crate::introspect::dump(conn.as_mut(), *bookkeeping)?);
            Ok(0)
        }
        Command::Heads => {
            for t in settings(g)?.trees {
                let head = t.head().map(|h| h.id);
                doc.trees.push(json!({ "tree": t.name, "head": head }));
                if style.chatty() {
                    println!(
                        "{}{} (head)",
                        prefix(&t, settings(g)?.all),
                        head.unwrap_or("base")
                    );
                }
            }
            Ok(0)
        }
        Command::Show { rev } => {
            let s = settings(g)?;
            if s.all {
                return Err(Error::Config("show needs one tree, not --tree all".into()));
            }
            show(&s.trees[0], rev)
        }
        Command::History => history(g, style, doc),
        Command::Current => current(g, style, doc),
        Command::Verify => verify(g, style, doc),
        Command::AsteriskConfig { odbc_name } => {
            let s = settings(g)?;
            let mut conn = open(g, &s, style, true)?;
            let tables = state::list_tables(conn.as_mut())?;
            print!(
                "{}",
                crate::realtime::asterisk_config(&tables, &s.url, odbc_name)
            );
            Ok(0)
        }
        Command::Lint { fix_escapes, sql } => lint(g, style, doc, *fix_escapes, *sql),
        Command::Upgrade {
            target,
            replay,
            offline,
        } => migrate(g, style, doc, Direction::Upgrade, target, *replay, offline),
        Command::Downgrade { target, offline } => {
            let target = match (target, &g.asterisk) {
                (Some(t), _) => t.as_str(),
                (None, Some(_)) => "head",
                (None, None) => {
                    return Err(Error::UnknownRevision(
                        "downgrade needs a target (a revision, -N or base)".into(),
                    ))
                }
            };
            migrate(g, style, doc, Direction::Downgrade, target, false, offline)
        }
        Command::Releases => releases(style, doc),
        Command::Reconcile { sql } => reconcile(g, style, doc, *sql),
        Command::Stamp { target, offline } => stamp(g, style, doc, target, offline),
    }
}

/// `config: ` before a line when several trees are shown.
fn prefix(t: &Tree, all: bool) -> String {
    if all {
        format!("{}: ", t.name)
    } else {
        String::new()
    }
}

fn show(tree: &Tree, rev: &str) -> Result<i32, Error> {
    let pos = tree.resolve(rev, 0)?;
    if pos == 0 {
        println!(
            "Rev: base (no revision applied)\nChild: {}",
            if tree.is_empty() {
                "none"
            } else {
                tree.at(1).id
            }
        );
        return Ok(0);
    }
    let r = tree.at(pos);
    let m = tree.migration(pos)?;
    let mut out = String::new();
    out.push_str(&format!(
        "Rev: {}{}\n",
        r.id,
        if pos == tree.len() { " (head)" } else { "" }
    ));
    out.push_str(&format!("Parent: {}\n", r.down.unwrap_or("<base>")));
    if pos < tree.len() {
        out.push_str(&format!("Child: {}\n", tree.at(pos + 1).id));
    }
    out.push_str(&format!(
        "Tree: {}\nFile: {}\nSHA-256: {}\n\n    {}\n\n",
        tree.name, r.file, r.sha256, r.message
    ));
    for (title, steps) in [("Upgrade", &m.upgrade), ("Downgrade", &m.downgrade)] {
        out.push_str(&format!("{title}:\n"));
        for st in steps {
            let only = match &st.dialects {
                Some(ds) => format!(
                    "  [{}]",
                    ds.iter().map(|d| d.name()).collect::<Vec<_>>().join(", ")
                ),
                None => String::new(),
            };
            out.push_str(&format!("  {}{only}\n", st.op.describe()));
        }
    }
    print!("{out}");
    Ok(0)
}

fn history(g: &GlobalOpts, style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let s = settings(g)?;
    // Marking the current revision needs the database; without one, list anyway.
    let mut conn = match open(
        g,
        &s,
        Style {
            quiet: true,
            ..style
        },
        true,
    ) {
        Ok(c) => Some(c),
        Err(Error::Connect {
            kind: DbErrorKind::NoDatabase,
            ..
        }) if !s.explicit => None,
        Err(e) => return Err(e),
    };
    for t in &s.trees {
        let current = match conn.as_mut() {
            Some(c) => Some(state::read(c.as_mut(), t)?.position),
            None => None,
        };
        let mut revs = Vec::new();
        for pos in (1..=t.len()).rev() {
            let r = t.at(pos);
            let mut marks = String::new();
            if pos == t.len() {
                marks.push_str(" (head)");
            }
            if current == Some(pos) {
                marks.push_str(" (current)");
            }
            revs.push(json!({ "revision": r.id, "down_revision": r.down, "message": r.message, "head": pos == t.len(), "current": current == Some(pos) }));
            if style.chatty() {
                println!(
                    "{}{} -> {}{marks}, {}",
                    prefix(t, s.all),
                    r.down.unwrap_or("<base>"),
                    r.id,
                    r.message
                );
            }
        }
        doc.trees.push(json!({ "tree": t.name, "current": current.map(|p| output::rev(t, p)), "revisions": revs }));
    }
    Ok(0)
}

fn current(g: &GlobalOpts, style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let s = settings(g)?;
    let mut conn = open(g, &s, style, true)?;
    let known = !crate::releases::all()?.is_empty();
    for t in &s.trees {
        let master = Tree::named(t.name)?;
        let (st, id) = state::version_id(conn.as_mut(), &master)?;
        let legacy = st.source == state::VersionSource::Legacy;
        let at_head = id.as_deref() == master.head().map(|h| h.id);
        let mut entry = json!({
            "tree": t.name,
            "revision": id,
            "head": master.head().map(|h| h.id),
            "at_head": at_head,
            "legacy_table": legacy,
        });
        let mut lines = vec![format!(
            "{}{}{}{}",
            prefix(t, s.all),
            id.as_deref().unwrap_or("base"),
            if at_head { " (head)" } else { "" },
            if legacy {
                " (in the legacy alembic_version table)"
            } else {
                ""
            }
        )];
        if let (Some(id), true) = (&id, known) {
            let (names, master_line, note) = lineage_report(conn.as_mut(), &master, id)?;
            entry["releases"] = json!(names);
            entry["master_line"] = json!(master_line);
            entry["note"] = json!(note);
            if !names.is_empty() {
                lines.push(format!(
                    "  schema of Asterisk {}",
                    crate::releases::compact(&names)?
                ));
            } else if master_line {
                lines.push("  schema of the master line (no release ends at this revision)".into());
            }
            if let Some(n) = note {
                lines.push(format!("  {n}"));
            }
        }
        doc.trees.push(entry);
        if style.chatty() {
            for l in lines {
                println!("{l}");
            }
        }
    }
    Ok(0)
}

/// Which releases' schema a database at `id` has, whether it is the master line's,
/// and a note when its revision id is right but its columns are a branch's.
fn lineage_report(
    conn: &mut dyn Connection,
    master: &Tree,
    id: &str,
) -> Result<(Vec<&'static str>, bool, Option<String>), Error> {
    let d = conn.dialect();
    let found = runner::identify(conn, master, id, true)?;
    let exact: Vec<&(
        crate::releases::Lineage,
        crate::model::Schema,
        Option<usize>,
    )> = found
        .iter()
        .filter(|(_, _, score)| *score == Some(0))
        .collect();
    let mut names: Vec<&'static str> = exact
        .iter()
        .flat_map(|(l, _, _)| l.releases.iter().copied())
        .collect();
    names.sort_by_key(|n| crate::releases::version_key(n));
    names.dedup();
    let master_line = exact.iter().any(|(l, _, _)| l.master);
    let note = if exact.is_empty() {
        let (l, _, score) = &found[0];
        let who = if l.master {
            "the master line".to_string()
        } else {
            format!("Asterisk {}", l.tree.release.unwrap_or("?"))
        };
        Some(format!(
            "matches no known release exactly; closest is {who} at {id} ({} difference(s); `ast-schema verify` lists them)",
            score.unwrap_or(0)
        ))
    } else if !master_line && master.position(id).is_some() {
        let ours = crate::expected::render(
            &runner::model_at(master, d, master.position(id).unwrap_or(0))?,
            d,
        );
        let theirs = crate::expected::render(&exact[0].1, d);
        let lines: Vec<String> = {
            let all = crate::releases::all()?;
            let mut v: Vec<String> = Vec::new();
            for n in &names {
                if let Some(r) = all.iter().find(|r| r.name == *n) {
                    let l = if r.certified {
                        r.line.clone()
                    } else {
                        format!("{}.x", r.line)
                    };
                    if !v.contains(&l) {
                        v.push(l);
                    }
                }
            }
            v
        };
        let what = crate::releases::describe_difference(&ours, &theirs, "the master line");
        Some(format!(
            "at {id} as shipped by {}; {} (`ast-schema reconcile` moves it onto the master line)",
            if lines.is_empty() {
                "a release branch".to_string()
            } else {
                lines.join(", ")
            },
            what.join("; ")
        ))
    } else if !master_line {
        Some(format!("{id} is a revision only a release branch has (`ast-schema reconcile` moves the database onto the master line)"))
    } else {
        None
    };
    Ok((names, master_line, note))
}

fn verify(g: &GlobalOpts, style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let s = settings(g)?;
    let mut conn = open(g, &s, style, true)?;
    let mut total = 0;
    for t in &s.trees {
        let report = crate::verify::verify(conn.as_mut(), t)?;
        doc.trees.push(json!({
            "tree": t.name,
            "revision": output::rev(t, report.position),
            "ok": report.differences.is_empty(),
            "differences": report.differences,
            "notes": report.notes,
        }));
        if style.chatty() {
            for note in &report.notes {
                eprintln!("note: {}{note}", prefix(t, s.all));
            }
            for d in &report.differences {
                println!("{}{d}", prefix(t, s.all));
            }
            if report.differences.is_empty() {
                println!(
                    "{}: schema matches {}",
                    t.name,
                    describe_pos(t, report.position)
                );
            }
        }
        total += report.differences.len();
    }
    if total > 0 {
        return Err(Error::Drift(format!(
            "{total} difference(s) between the database and its revision"
        )));
    }
    Ok(0)
}

/// The dialect for offline output: --dialect, else the URL's.
fn offline_dialect(g: &GlobalOpts, s: &Settings) -> Result<Dialect, Error> {
    match g.dialect {
        Some(d) if s.explicit && d != s.url.dialect => Err(Error::Config(format!(
            "--dialect {d} contradicts the URL, which is {}",
            s.url.dialect
        ))),
        Some(d) => Ok(d),
        None => Ok(s.url.dialect),
    }
}

fn write_script(text: &str, output: &Option<PathBuf>) -> Result<(), Error> {
    match output {
        Some(p) => std::fs::write(p, text)
            .map_err(|e| Error::Io(format!("cannot write {}: {e}", p.display()))),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())
                .and_then(|_| out.flush())
                .map_err(|e| Error::Io(format!("cannot write the script: {e}")))
        }
    }
}

/// With --tree all a target must mean something in every tree.
fn check_all_target(s: &Settings, target: &str) -> Result<(), Error> {
    let portable = matches!(target, "head" | "heads" | "base")
        || target.starts_with(['+', '-'])
        || target.split_once(':').is_some_and(|(a, b)| {
            [a, b]
                .iter()
                .all(|x| matches!(*x, "head" | "heads" | "base"))
        });
    if s.all && !portable {
        return Err(Error::UnknownRevision(format!(
            "with --tree all the target must be head, base, +N or -N (a revision id belongs to one tree), got {target:?}"
        )));
    }
    Ok(())
}

fn migrate(
    g: &GlobalOpts,
    style: Style,
    doc: &mut Doc,
    dir: Direction,
    target: &str,
    replay: bool,
    offline: &OfflineOpts,
) -> Result<i32, Error> {
    let s = settings(g)?;
    check_all_target(&s, target)?;
    if offline.sql {
        let d = offline_dialect(g, &s)?;
        let mut text = String::new();
        for t in &s.trees {
            let (from, to) = match target.split_once(':') {
                Some((a, b)) => {
                    let from = t.resolve(a, 0)?;
                    (from, t.resolve(b, from)?)
                }
                None if dir == Direction::Upgrade => (0, t.resolve(target, 0)?),
                None => {
                    return Err(Error::UnknownRevision(format!(
                        "downgrade --sql needs a range FROM:TO (e.g. head:base), got {target:?}"
                    )))
                }
            };
            runner::check_direction(t, dir, from, to)?;
            let plan = runner::plan(t, d, from, to)?;
            let tx = if offline.single_transaction {
                ScriptTransactions::Whole
            } else {
                ScriptTransactions::PerRevision
            };
            if s.all {
                text.push_str(&format!("-- ast-schema: tree {}\n\n", t.name));
            }
            text.push_str(&runner::script(&plan, tx));
        }
        write_script(&text, &offline.output)?;
        return Ok(0);
    }
    if target.contains(':') {
        return Err(Error::UnknownRevision(format!(
            "a range like {target:?} is only for --sql"
        )));
    }
    let mut conn = open(g, &s, style, false)?;
    doc.extra.push(("dialect", json!(conn.dialect().name())));
    doc.extra.push(("url", json!(s.url.to_string())));
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let req = runner::Request {
            direction: dir,
            target,
            lock_timeout,
            replay,
        };
        let mut progress = Progress::new(style);
        let out = runner::migrate(conn.as_mut(), t, &req, &mut progress)?;
        drop(progress);
        doc.trees.push(output::outcome_json(&out));
        if style.chatty() {
            if out.steps.is_empty() && out.reconciled.is_empty() {
                println!(
                    "{}: already at {}; nothing to do",
                    t.name,
                    describe_pos(t, out.to)
                );
            } else {
                println!(
                    "{}: now at {} ({} revision(s){} in {})",
                    t.name,
                    describe_pos(t, out.to),
                    out.steps.len(),
                    if out.method == "fast-path" {
                        " by the fast path"
                    } else {
                        ""
                    },
                    output::human(out.elapsed)
                );
            }
        }
    }
    Ok(0)
}

fn describe_pos(t: &Tree, pos: usize) -> String {
    match pos {
        0 => "base".to_string(),
        p if p == t.len() => format!("{} (head)", t.at(p).id),
        p => t.at(p).id.to_string(),
    }
}

fn stamp(
    g: &GlobalOpts,
    style: Style,
    doc: &mut Doc,
    target: &str,
    offline: &OfflineOpts,
) -> Result<i32, Error> {
    let s = settings(g)?;
    check_all_target(&s, target)?;
    if offline.sql {
        let d = offline_dialect(g, &s)?;
        let mut text = String::new();
        for t in &s.trees {
            let table = t.version_table();
            let (from, to) = match target.split_once(':') {
                Some((a, b)) => (t.resolve(a, 0)?, t.resolve(b, 0)?),
                None => (0, t.resolve(target, 0)?),
            };
            if from == 0 {
                text.push_str(&format!("{};\n\n", state::create_table_sql(d, &table)));
            }
            let id = |p: usize| (p > 0).then(|| t.at(p).id);
            if let Some(sql) = state::move_sql(d, &table, id(from), id(to)) {
                text.push_str(&format!("{sql};\n\n"));
            }
        }
        write_script(&text, &offline.output)?;
        return Ok(0);
    }
    let mut conn = open(g, &s, style, false)?;
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let mut progress = Progress::new(style);
        let out = runner::stamp(conn.as_mut(), t, target, lock_timeout, &mut progress)?;
        doc.trees.push(output::outcome_json(&out));
        if style.chatty() {
            println!("{}: stamped {}", t.name, describe_pos(t, out.to));
        }
    }
    Ok(0)
}

fn lint(g: &GlobalOpts, style: Style, doc: &mut Doc, fix: bool, sql: bool) -> Result<i32, Error> {
    let s = settings(g)?;
    let t = Tree::named("config")?;
    let mut conn = open(g, &s, style, true)?;
    let d = conn.dialect();
    let st = state::read(conn.as_mut(), &t)?;
    let model = runner::live_model(conn.as_mut(), &t, st.position)?;
    let mut findings = crate::lint::lint(conn.as_mut(), &model)?;
    if fix {
        let fixes = crate::lint::escape_fixes(d, &findings, conn.as_mut())?;
        let begin = if d == Dialect::Mysql {
            "START TRANSACTION"
        } else {
            "BEGIN"
        };
        if sql {
            let mut text = String::new();
            if !fixes.is_empty() {
                text.push_str(&format!("{begin};\n"));
                for f in &fixes {
                    text.push_str(&format!("{};\n", f.sql));
                }
                text.push_str("COMMIT;\n");
            }
            write_script(&text, &None)?;
            return Ok(0);
        }
        if !fixes.is_empty() {
            let mut stmts = vec![begin.to_string()];
            stmts.extend(fixes.iter().map(|f| f.sql.clone()));
            stmts.push("COMMIT".into());
            for q in &stmts {
                if let Err(e) = conn.execute(q) {
                    let _ = conn.execute("ROLLBACK");
                    return Err(Error::Migration(format!(
                        "cannot rewrite the escapes ({e}); nothing was changed"
                    )));
                }
            }
        }
        doc.extra.push((
            "fixed",
            json!(fixes.iter().map(|f| f.line.clone()).collect::<Vec<_>>()),
        ));
        if style.chatty() {
            for f in &fixes {
                println!("fixed {}", f.line);
            }
        }
        findings = crate::lint::lint(conn.as_mut(), &model)?;
    }
    doc.extra.push((
        "findings",
        json!(findings
            .iter()
            .map(|f| json!({ "level": f.level.name(), "table": f.table, "id": f.id, "column": f.column, "message": f.message }))
            .collect::<Vec<_>>()),
    ));
    if style.chatty() {
        for f in &findings {
            println!("{f}");
        }
    }
    let errors = findings
        .iter()
        .filter(|f| f.level == crate::lint::Level::Error)
        .count();
    if errors > 0 {
        return Err(Error::Lint(format!("{errors} error(s) in the ps_* rows")));
    }
    Ok(0)
}

fn releases(style: Style, doc: &mut Doc) -> Result<i32, Error> {
    let all = crate::releases::all()?;
    let trees: Vec<Tree> = Tree::all().collect();
    let mut list = Vec::new();
    for r in all {
        let mut heads = Vec::new();
        let mut entry = json!({ "name": r.name, "line": r.line, "certified": r.certified });
        for t in &trees {
            if let Some(items) = r.items(t.name) {
                let head = items
                    .last()
                    .map(|i| {
                        i.rsplit("..")
                            .next()
                            .unwrap_or(i)
                            .split('@')
                            .next()
                            .unwrap_or(i)
                    })
                    .unwrap_or("");
                heads.push(format!("{} {head}", t.name));
                entry[t.name] = json!({ "head": head, "chain": items });
            }
        }
        let variants: Vec<&str> = trees
            .iter()
            .filter_map(|t| r.items(t.name))
            .flat_map(|items| items.iter().filter(|i| i.contains('@')).map(String::as_str))
            .collect();
        if style.chatty() {
            let mut line = format!("{:<22} {}", r.name, heads.join("  "));
            if !variants.is_empty() {
                line.push_str(&format!("  (branch: {})", variants.join(", ")));
            }
            println!("{line}");
        }
        list.push(entry);
    }
    doc.extra.push(("releases", json!(list)));
    Ok(0)
}

fn reconcile(g: &GlobalOpts, style: Style, doc: &mut Doc, sql: bool) -> Result<i32, Error> {
    let s = settings(g)?;
    let mut conn = open(g, &s, style, true)?;
    let d = conn.dialect();
    let lock_timeout = seconds("--lock-timeout", g.lock_timeout)?;
    for t in &s.trees {
        let master = Tree::named(t.name)?;
        if state::version_id(conn.as_mut(), &master)?.1.is_none() {
            if style.chatty() {
                println!("{}: at base; nothing to reconcile", t.name);
            }
            continue;
        }
        if !sql {
            crate::lock::acquire(conn.as_mut(), t.name, lock_timeout, &mut || {
                if !style.quiet {
                    eprintln!(
                        "note: another ast-schema is working on tree {}; waiting for it to finish",
                        t.name
                    );
                }
            })?;
        }
        let result = (|| -> Result<(), Error> {
            let r = runner::plan_reconcile(conn.as_mut(), t)?;
            let target = t.at(r.to_pos).id;
            let onto = match t.release {
                Some(rel) => format!("Asterisk {rel}'s chain"),
                None => "the master line".to_string(),
            };
            let from = if r.from.master {
                "the master line".to_string()
            } else {
                format!("Asterisk {}'s chain", r.from.tree.release.unwrap_or("?"))
            };
            if sql {
                let mut text = format!("-- ast-schema reconcile: {} at {} as built by {from}, onto {onto} at {target}\n\n", t.name, r.from_id);
                let begin = if d.transactional_ddl() {
                    "BEGIN"
                } else {
                    "START TRANSACTION"
                };
                if d.transactional_ddl() {
                    text.push_str(&format!("{begin};\n\n"));
                }
                for st in &r.statements {
                    text.push_str(&format!("{st};\n\n"));
                }
                if !d.transactional_ddl() {
                    text.push_str(&format!("{begin};\n\n"));
                }
                for st in runner::reconcile_bookkeeping(d, &r, Duration::ZERO) {
                    text.push_str(&format!("{st};\n\n"));
                }
                text.push_str("COMMIT;\n");
                write_script(&text, &None)?;
                return Ok(());
            }
            if r.ops.is_empty() && r.from_id == target {
                doc.trees.push(
                    json!({ "tree": t.name, "revision": target, "changes": [], "noop": true }),
                );
                if style.chatty() {
                    println!("{}: already on {onto} at {target}; nothing to do", t.name);
                }
                return Ok(());
            }
            let elapsed = runner::apply_reconcile(conn.as_mut(), &r, &mut Progress::new(style))?;
            let changes: Vec<String> = r.ops.iter().map(|o| o.describe()).collect();
            doc.trees.push(json!({ "tree": t.name, "before": r.from_id, "after": target, "changes": changes, "noop": false, "ms": elapsed.as_secs_f64() * 1e3 }));
            if style.chatty() {
                for c in &changes {
                    println!("  {c}");
                }
                println!(
                    "{}: reconciled {} (built by {from}) onto {onto} at {target}: {} change(s) in {}",
                    t.name,
                    r.from_id,
                    changes.len(),
                    output::human(elapsed)
                );
            }
            Ok(())
        })();
        if !sql {
            crate::lock::release(conn.as_mut(), t.name);
        }
        result?;
    }
    Ok(0)
}
