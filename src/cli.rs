//! The command line: Alembic's vocabulary (upgrade, downgrade, current, history,
//! heads, show, stamp, `--sql`) over the library.
//!
//! Connection and output options are global: they may come before or after the
//! command. Errors are mapped to one stderr line and an exit code here, once.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::config::{self, DEFAULT_URL};
use crate::dialect::Dialect;
use crate::driver::{self, Connection};
use crate::error::{DbErrorKind, Error};
use crate::revision::Tree;
use crate::runner::{self, Direction, ScriptTransactions};
use crate::state;
use crate::url::DbUrl;

const EXIT_CODES: &str = "\
Exit codes:
  0  success (also: nothing to do)
  1  unexpected database or I/O failure
  2  bad command-line usage
  3  malformed database URL or unknown scheme
  4  config file unreadable or without sqlalchemy.url
  5  database server unreachable
  6  authentication failed
  7  database does not exist
  8  unknown or ambiguous revision
  9  target beyond base or head
 10  version table holds several rows or a value that is no revision
 11  database is at a revision this build does not know (newer Asterisk)
 12  database has the tree's tables but no version table (use stamp)
 13  a migration statement failed (the message says where it stopped)
 14  permission denied (e.g. a read-only user)
 15  timed out waiting for another ast-schema's lock
 16  verify found differences
 17  invalid migration files (a bug in this build)";

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
    after_help = EXIT_CODES
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
    /// Migration tree: config, cdr, voicemail or queue_log [default: config, or the ini's script_location]
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
    /// Print nothing but errors
    #[arg(short, long, global = true, env = "AST_SCHEMA_QUIET")]
    pub quiet: bool,
    /// Print each SQL statement as it runs
    #[arg(short, long, global = true, env = "AST_SCHEMA_VERBOSE")]
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
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Upgrade to a later revision (default: head)
    Upgrade {
        /// head, a revision id or unique prefix, +N; with --sql also FROM:TO
        #[arg(default_value = "head", allow_hyphen_values = true)]
        target: String,
        #[command(flatten)]
        offline: OfflineOpts,
    },
    /// Downgrade to an earlier revision (base removes every table of the tree)
    Downgrade {
        /// base, a revision id or unique prefix, -N; with --sql FROM:TO
        #[arg(allow_hyphen_values = true)]
        target: String,
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
    /// Compare the live schema with the schema the current revision should have
    Verify,
    /// Show one revision: its links, message, file and operations
    Show {
        /// A revision id or unique prefix, head or base
        rev: String,
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
    match run(&cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}

/// Where the settings came from, resolved.
struct Settings {
    url: DbUrl,
    /// Whether the URL came from --url, the environment or an ini (not the default).
    explicit: bool,
    tree: Tree,
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
    let tree_name = g
        .tree
        .clone()
        .or_else(|| ini.as_ref().and_then(|i| i.tree.clone()))
        .unwrap_or_else(|| "config".into());
    let tree = Tree::named(&tree_name)?;
    Ok(Settings {
        url,
        explicit,
        tree,
    })
}

fn note_default(s: &Settings, g: &GlobalOpts) {
    if !s.explicit && !g.quiet {
        eprintln!("note: no database URL given (--url, AST_SCHEMA_URL or -c); using {DEFAULT_URL} in the current directory");
    }
}

fn connect(s: &Settings) -> Result<Box<dyn Connection>, Error> {
    if s.url.dialect != Dialect::Sqlite && s.url.database.is_none() {
        return Err(Error::Url(format!("URL {} names no database", s.url)));
    }
    driver::connect(&s.url)
}

fn run(cli: &Cli) -> Result<i32, Error> {
    let g = &cli.global;
    match &cli.command {
        Command::Heads => {
            let s = settings(g)?;
            match s.tree.head() {
                Some(h) => println!("{} (head)", h.id),
                None => println!("base"),
            }
            Ok(0)
        }
        Command::Show { rev } => show(&settings(g)?.tree, rev),
        Command::History => history(g),
        Command::Current => current(g),
        Command::Upgrade { target, offline } => migrate(g, Direction::Upgrade, target, offline),
        Command::Downgrade { target, offline } => migrate(g, Direction::Downgrade, target, offline),
        Command::Stamp { target, offline } => stamp(g, target, offline),
        Command::Verify => verify(g),
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

fn history(g: &GlobalOpts) -> Result<i32, Error> {
    let s = settings(g)?;
    // Marking the current revision needs the database; without one, list anyway.
    let current = match open_existing(&s) {
        Ok(mut conn) => Some(state::read(conn.as_mut(), &s.tree)?.position),
        Err(Error::Connect {
            kind: DbErrorKind::NoDatabase,
            ..
        }) if !s.explicit => None,
        Err(e) => return Err(e),
    };
    let t = &s.tree;
    let mut out = String::new();
    for pos in (1..=t.len()).rev() {
        let r = t.at(pos);
        let mut marks = String::new();
        if pos == t.len() {
            marks.push_str(" (head)");
        }
        if current == Some(pos) {
            marks.push_str(" (current)");
        }
        out.push_str(&format!(
            "{} -> {}{marks}, {}\n",
            r.down.unwrap_or("<base>"),
            r.id,
            r.message
        ));
    }
    print!("{out}");
    Ok(0)
}

/// Connects without creating anything: a missing SQLite file is "no database".
fn open_existing(s: &Settings) -> Result<Box<dyn Connection>, Error> {
    if let (Dialect::Sqlite, Some(p)) = (s.url.dialect, s.url.sqlite_path()) {
        if !p.exists() {
            return Err(Error::Connect {
                url: s.url.to_string(),
                kind: DbErrorKind::NoDatabase,
                msg: format!("database file {} does not exist", p.display()),
            });
        }
    }
    connect(s)
}

fn current(g: &GlobalOpts) -> Result<i32, Error> {
    let s = settings(g)?;
    note_default(&s, g);
    let mut conn = open_existing(&s)?;
    let st = state::read(conn.as_mut(), &s.tree)?;
    let t = &s.tree;
    let mut line = t.label(st.position).to_string();
    if st.position == t.len() && st.position > 0 {
        line.push_str(" (head)");
    }
    if st.source == state::VersionSource::Legacy {
        line.push_str(" (in the legacy alembic_version table)");
    }
    println!("{line}");
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

fn migrate(
    g: &GlobalOpts,
    dir: Direction,
    target: &str,
    offline: &OfflineOpts,
) -> Result<i32, Error> {
    let s = settings(g)?;
    let t = s.tree;
    if offline.sql {
        let d = offline_dialect(g, &s)?;
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
        runner::check_direction(&t, dir, from, to)?;
        let plan = runner::plan(&t, d, from, to)?;
        let tx = if offline.single_transaction {
            ScriptTransactions::Whole
        } else {
            ScriptTransactions::PerRevision
        };
        write_script(&runner::script(&plan, tx), &offline.output)?;
        return Ok(0);
    }
    if target.contains(':') {
        return Err(Error::UnknownRevision(format!(
            "a range like {target:?} is only for --sql"
        )));
    }
    note_default(&s, g);
    let mut conn = connect(&s)?;
    let req = runner::Request {
        direction: dir,
        target,
        lock_timeout: lock_timeout(g)?,
    };
    let mut obs = Lines {
        quiet: g.quiet,
        verbose: g.verbose,
    };
    let out = runner::migrate(conn.as_mut(), &t, &req, &mut obs)?;
    if !g.quiet {
        if out.steps.is_empty() {
            println!(
                "{}: already at {}; nothing to do",
                t.name,
                describe_pos(&t, out.to)
            );
        } else {
            println!("{}: now at {}", t.name, describe_pos(&t, out.to));
        }
    }
    Ok(0)
}

fn lock_timeout(g: &GlobalOpts) -> Result<std::time::Duration, Error> {
    std::time::Duration::try_from_secs_f64(g.lock_timeout).map_err(|_| {
        Error::Config(format!(
            "--lock-timeout {} is not a number of seconds",
            g.lock_timeout
        ))
    })
}

/// Plain progress lines: one per revision, and with -v each statement.
struct Lines {
    quiet: bool,
    verbose: bool,
}

impl runner::Observer for Lines {
    fn waiting_for_lock(&mut self, tree: &str) {
        if !self.quiet {
            eprintln!(
                "note: another ast-schema is working on tree {tree}; waiting for it to finish"
            );
        }
    }

    fn statement(&mut self, sql: &str) {
        if self.verbose && !self.quiet {
            println!("    {};", sql.replace('\n', "\n    "));
        }
    }

    fn step_done(&mut self, done: &runner::StepDone<'_>) {
        if !self.quiet {
            let s = done.step;
            println!(
                "{} {} -> {}, {} ({})",
                s.direction.name(),
                s.from.unwrap_or("base"),
                s.to.unwrap_or("base"),
                s.message,
                human(done.elapsed)
            );
        }
    }
}

fn describe_pos(t: &Tree, pos: usize) -> String {
    match pos {
        0 => "base".to_string(),
        p if p == t.len() => format!("{} (head)", t.at(p).id),
        p => t.at(p).id.to_string(),
    }
}

fn human(d: std::time::Duration) -> String {
    if d.as_millis() >= 1000 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{} ms", d.as_millis())
    }
}

fn stamp(g: &GlobalOpts, target: &str, offline: &OfflineOpts) -> Result<i32, Error> {
    let s = settings(g)?;
    let t = s.tree;
    let table = t.version_table();
    if offline.sql {
        let d = offline_dialect(g, &s)?;
        let (from, to) = match target.split_once(':') {
            Some((a, b)) => (t.resolve(a, 0)?, t.resolve(b, 0)?),
            None => (0, t.resolve(target, 0)?),
        };
        let mut text = String::new();
        if from == 0 {
            text.push_str(&format!("{};\n\n", state::create_table_sql(d, &table)));
        }
        if let Some(sql) = state::move_sql(
            d,
            &table,
            (from > 0).then(|| t.at(from).id),
            (to > 0).then(|| t.at(to).id),
        ) {
            text.push_str(&format!("{sql};\n\n"));
        }
        write_script(&text, &offline.output)?;
        return Ok(0);
    }
    note_default(&s, g);
    let mut conn = connect(&s)?;
    let mut obs = Lines {
        quiet: g.quiet,
        verbose: g.verbose,
    };
    let out = runner::stamp(conn.as_mut(), &t, target, lock_timeout(g)?, &mut obs)?;
    if !g.quiet {
        println!("{}: stamped {}", t.name, describe_pos(&t, out.to));
    }
    Ok(0)
}

fn verify(g: &GlobalOpts) -> Result<i32, Error> {
    let s = settings(g)?;
    note_default(&s, g);
    let mut conn = open_existing(&s)?;
    let report = crate::verify::verify(conn.as_mut(), &s.tree)?;
    for note in &report.notes {
        eprintln!("note: {note}");
    }
    if report.differences.is_empty() {
        if !g.quiet {
            println!(
                "{}: schema matches {}",
                s.tree.name,
                describe_pos(&s.tree, report.position)
            );
        }
        return Ok(0);
    }
    for d in &report.differences {
        println!("{d}");
    }
    Err(Error::Drift(format!(
        "{}: {} difference(s) between the database and revision {}",
        s.tree.name,
        report.differences.len(),
        s.tree.label(report.position)
    )))
}
