//! The command line's shape: global options, commands and their arguments (clap).
//!
//! Only definitions live here; each command's code is in `commands/`, and the
//! `--help` epilogue (environment variables and exit codes) is built from the
//! options themselves and from `error::EXIT_CODES` in [`after_help`].

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

use crate::asterisk::fields::Backend;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::cli::output::Format;
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::error::EXIT_CODES;

/// Asterisk realtime database migrations: Alembic's ast-db-manage trees in one binary.
#[derive(Debug, Parser)]
#[command(
    name = "ast-schema",
    version = concat!(
        env!("CARGO_PKG_VERSION"),
        " (commit ",
        env!("AST_SCHEMA_COMMIT"),
        "; Asterisk releases up to ",
        env!("AST_SCHEMA_NEWEST_ASTERISK"),
        ")"
    ),
    about = "Asterisk realtime database migrations (Alembic's ast-db-manage) in one binary",
    long_about = "Creates, upgrades and downgrades the tables Asterisk keeps in a database \
(ps_endpoints, ps_aors, sippeers, voicemail, cdr, queue_log, ...) on MySQL/MariaDB, PostgreSQL \
and SQLite. It carries every revision of Asterisk's Alembic trees with the same ids and reads and \
writes the same version tables (alembic_version_<tree>), so a database can move between Alembic \
and ast-schema at any revision.\n\nThe database URL comes from --url, else AST_SCHEMA_URL, else \
sqlalchemy.url in the ini file given with -c, else sqlite:///asterisk.db in the current directory."
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
    /// Read the database password from FILE (a mounted secret; one trailing newline is dropped)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_PASSWORD_FILE",
        value_name = "FILE"
    )]
    pub password_file: Option<PathBuf>,
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
    #[arg(long, global = true, env = "AST_SCHEMA_TREE", value_name = "TREE", value_parser = tree_names())]
    pub tree: Option<String>,
    /// SQL dialect for --sql when no URL is given: mysql, postgresql or sqlite
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_DIALECT",
        value_name = "DIALECT",
        value_parser = dialect_value()
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
    #[arg(short, long, global = true, env = "AST_SCHEMA_QUIET", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
    pub quiet: bool,
    /// Print each SQL statement as it runs
    #[arg(short, long, global = true, env = "AST_SCHEMA_VERBOSE", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
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
    /// Milliseconds a schema change waits for a lock the application holds on its
    /// table before it steps back and tries again (so the application's queries
    /// queue behind it at most this long)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_DDL_LOCK_TIMEOUT",
        value_name = "MS",
        default_value = "150",
        value_parser = parse_ddl_lock_timeout,
        allow_negative_numbers = true
    )]
    pub ddl_lock_timeout: std::time::Duration,
    /// Seconds a schema change keeps trying for a lock the application holds
    /// (then exit 28, at a clean point)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_DDL_LOCK_BUDGET",
        value_name = "SECONDS",
        default_value = "300",
        value_parser = parse_ddl_lock_budget,
        allow_negative_numbers = true
    )]
    pub ddl_lock_budget: std::time::Duration,
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
    #[arg(long, global = true, env = "AST_SCHEMA_CREATE_DATABASE", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
    pub create_database: bool,
    /// On a Galera cluster: seconds a runner's lock outlives its last heartbeat (a
    /// runner killed outright holds the others up this long)
    #[arg(
        long,
        global = true,
        env = "AST_SCHEMA_LOCK_LEASE",
        value_name = "SECONDS",
        default_value_t = 30.0
    )]
    pub lock_lease: f64,
    /// Go ahead where a downgrade or reconcile would drop non-empty tables or
    /// columns, or any change would cut or NULL stored values (refused otherwise)
    #[arg(long, global = true, env = "AST_SCHEMA_ALLOW_DATA_LOSS", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
    pub allow_data_loss: bool,
    /// Refuse to fall back to the default SQLite file when no URL is given (set it in
    /// containers and recipes)
    #[arg(long, global = true, env = "AST_SCHEMA_REQUIRE_URL", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
    pub require_url: bool,
    /// Asterisk's Alembic scripts to follow: a tree's folder (contrib/ast-db-manage/config)
    /// or the ast-db-manage folder [default: the ini's script_location, when it is on disk]
    #[arg(long, global = true, env = "AST_SCHEMA_SCRIPTS", value_name = "DIR")]
    pub scripts: Option<PathBuf>,
    /// A site's own migration files, stacked on the chain followed: DIR/<tree>/*.toml,
    /// the first revising that chain's newest revision (`revision -m` writes them)
    #[arg(long, global = true, env = "AST_SCHEMA_MIGRATIONS", value_name = "DIR")]
    pub migrations: Option<PathBuf>,
    #[command(flatten)]
    pub fleet: crate::cli::fleet::FleetOpts,
    /// Set after parsing: whether --url was given on the command line (not only in
    /// the environment).
    #[arg(skip)]
    pub url_on_command_line: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Upgrade to a later revision (default: head)
    Upgrade {
        /// head, a revision id or unique prefix, +N; with --sql also FROM:TO
        #[arg(default_value = "head", allow_hyphen_values = true)]
        target: String,
        /// Apply revision by revision, even on a fresh database that could be built at once
        #[arg(long, env = "AST_SCHEMA_REPLAY", action = clap::ArgAction::SetTrue, value_parser = parse_bool)]
        replay: bool,
        /// Print the SQL this run would execute against this database, from its
        /// current state, and change nothing
        #[arg(long, conflicts_with = "sql")]
        dry_run: bool,
        #[command(flatten)]
        offline: OfflineOpts,
    },
    /// Downgrade to an earlier revision (base removes every table of the tree)
    Downgrade {
        /// base, a revision id or unique prefix, -N; with --sql FROM:TO [default with --asterisk: the release's head]
        #[arg(allow_hyphen_values = true)]
        target: Option<String>,
        /// Print the SQL this run would execute against this database, from its
        /// current state, and change nothing
        #[arg(long, conflicts_with = "sql")]
        dry_run: bool,
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
    /// Where the database stands: revision, matching releases, pending revisions,
    /// last applied, drift
    #[command(visible_alias = "info")]
    Status {
        /// Exit 26 when revisions are pending (0 when up to date)
        #[arg(long)]
        exit_code: bool,
    },
    /// List the revisions, newest first, marking the database's current one
    History {
        /// List what was applied to this database (ast_schema_history), newest first
        #[arg(long)]
        applied: bool,
        /// Only the revisions from START to END (both included), as Alembic's
        /// `history -r`: `START:END`, either side may be left out (`:head`,
        /// `current:`) and takes the same forms as a target
        #[arg(
            short = 'r',
            long = "rev-range",
            value_name = "RANGE",
            allow_hyphen_values = true,
            conflicts_with = "applied"
        )]
        rev_range: Option<String>,
    },
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
    Releases {
        /// Only releases whose name starts with this (`22`, `18.20`, `certified-18`)
        filter: Option<String>,
    },
    /// Move a database built by a release branch's scripts onto the master line (or,
    /// with --asterisk, onto that release's chain), changing exactly what differs
    Reconcile {
        /// Print the SQL instead of running it
        #[arg(long)]
        sql: bool,
    },
    /// Print the Asterisk configuration that reads this database's tables, whole files
    /// each under a `; ---- PATH ----` line (odbc.ini, res_odbc.conf, extconfig.conf,
    /// sorcery.conf, voicemail.conf, queues.conf, cdr_adaptive_odbc.conf, modules.conf)
    AsteriskConfig {
        /// The res_odbc connection (and ODBC data source) name
        #[arg(
            long,
            default_value = "asterisk",
            env = "AST_SCHEMA_ODBC_NAME",
            value_name = "NAME"
        )]
        odbc_name: String,
        /// How Asterisk reads the realtime tables: odbc (res_config_odbc), or sqlite3
        /// (res_config_sqlite3, SQLite only; its limits are printed with it)
        #[arg(long, value_enum, default_value = "odbc", value_name = "BACKEND")]
        backend: Backend,
        /// Also map PJSIP's transport, system and global to realtime (ps_transports,
        /// ps_systems, ps_globals). This hides every transport and the [system] and
        /// [global] sections of pjsip.conf: Asterisk then uses only the rows, and with
        /// no transport row PJSIP listens nowhere and answers nothing
        #[arg(long)]
        with_core_types: bool,
        /// Print <redacted> instead of the database password (for sharing the output)
        #[arg(long)]
        redact: bool,
        /// Write each file into DIR (odbc.ini, res_odbc.conf, ...) instead of printing
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// With --dir: replace files that already exist
        #[arg(long, requires = "dir")]
        force: bool,
    },
    /// Check the ps_* rows for what Asterisk would misread or reject
    Lint {
        /// Store as ^3B each ';' that res_config_odbc would split a value at against its
        /// meaning (one transaction), printing each change; list separators and
        /// existing escapes are kept
        #[arg(long)]
        fix_escapes: bool,
        /// With --fix-escapes: print the UPDATEs instead of running them
        #[arg(long, requires = "fix_escapes")]
        sql: bool,
        /// How Asterisk reads the rows: odbc (res_config_odbc: splits at ';', decodes
        /// ^XX) or sqlite3 (res_config_sqlite3: reads values as stored)
        #[arg(long, value_enum, default_value = "odbc", value_name = "BACKEND")]
        backend: Backend,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print a manual page (roff): `ast-schema man > ast-schema.1`, one command's
    /// with `man upgrade`, or every page into a folder with `--dir`
    Man {
        /// The command whose page to print (ast-schema-COMMAND(1))
        command: Option<String>,
        /// Write ast-schema.1 and every ast-schema-COMMAND.1 into DIR
        #[arg(long, value_name = "DIR", conflicts_with = "command")]
        dir: Option<PathBuf>,
    },
    /// Print the live schema as normalized text (enum types, tables, columns, keys,
    /// indexes), the form `verify` and the test suite compare
    #[command(hide = true)]
    DumpSchema {
        /// Include the version and history tables
        #[arg(long)]
        bookkeeping: bool,
    },
    /// Write a new site revision on top of the tree's newest revision into the
    /// --migrations folder (DIR/<tree>/<id>_<message>.toml), as `alembic revision` does
    Revision {
        /// What the revision does, in one line
        #[arg(short = 'm', long)]
        message: String,
    },
    /// Import Alembic revision scripts: PATH is an ast-db-manage folder (each
    /// <tree>/versions/*.py) or one script (its migration file goes to stdout)
    ImportAlembic {
        path: PathBuf,
        /// Write <tree>/<revision>.toml files under DIR (default: only check and list)
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
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

/// Boolean options and their variables: `true`/`false`, `1`/`0` or `yes`/`no` (any
/// case); anything else is a usage error naming the value.
pub fn parse_bool(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(format!(
            "{s:?} is not a boolean (use true/false, 1/0 or yes/no)"
        )),
    }
}

/// `--ddl-lock-timeout`: milliseconds, more than 0 and at most 600000 (ten minutes).
fn parse_ddl_lock_timeout(s: &str) -> Result<std::time::Duration, String> {
    let max = crate::db::lock_wait::MAX_WAIT;
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 1.0 && v <= max.as_millis() as f64 => {
            Ok(std::time::Duration::from_secs_f64(v / 1000.0))
        }
        _ => Err(format!(
            "{s:?} is not a lock wait in milliseconds from 1 to {}",
            max.as_millis()
        )),
    }
}

/// `--ddl-lock-budget`: seconds, 0 (no second try) to a week.
fn parse_ddl_lock_budget(s: &str) -> Result<std::time::Duration, String> {
    let max = crate::db::lock_wait::MAX_BUDGET;
    match s.trim().parse::<f64>() {
        Ok(v) if v.is_finite() && v >= 0.0 && v <= max.as_secs() as f64 => {
            Ok(std::time::Duration::from_secs_f64(v))
        }
        _ => Err(format!(
            "{s:?} is not a number of seconds from 0 to {} (a week)",
            max.as_secs()
        )),
    }
}

/// The tree names (and `all`), so completion offers them.
fn tree_names() -> PossibleValuesParser {
    let mut names: Vec<&'static str> = Tree::all().map(|t| t.name).collect();
    names.push("all");
    PossibleValuesParser::new(names)
}

/// The dialect names and their aliases, as `definitions::dialect` has them.
fn dialect_value() -> impl TypedValueParser<Value = Dialect> {
    PossibleValuesParser::new(
        Dialect::ALL.map(|d| {
            clap::builder::PossibleValue::new(d.name()).aliases(d.aliases().iter().copied())
        }),
    )
    .try_map(|s| s.parse::<Dialect>())
}

/// Every environment variable an option reads, in the options' order.
pub fn env_vars() -> Vec<String> {
    let mut vars: Vec<String> = Vec::new();
    let cmd = Cli::command();
    let globals = cmd.get_arguments();
    let sub = cmd.get_subcommands().flat_map(|c| c.get_arguments());
    for a in globals.chain(sub) {
        if let Some(v) = a.get_env() {
            let v = v.to_string_lossy().into_owned();
            if !vars.contains(&v) {
                vars.push(v);
            }
        }
    }
    vars
}

/// The `--help` epilogue: every environment variable an option reads, then the
/// exit codes.
pub fn after_help() -> String {
    let vars = env_vars();
    let mut out = String::from("Environment:\n");
    let mut line = String::from(" ");
    for v in vars {
        if line.len() + v.len() + 2 > 96 {
            out.push_str(line.trim_end());
            out.push('\n');
            line = String::from(" ");
        }
        line.push(' ');
        line.push_str(&v);
        line.push(',');
    }
    out.push_str(line.trim_end_matches(','));
    out.push_str("\n  Flags on the command line win over the environment.\n\nExit codes:\n");
    for (code, what) in EXIT_CODES {
        out.push_str(&format!("  {code:>2}  {}\n", what.replace('`', "")));
    }
    out.trim_end().to_string()
}

/// The clap command with its epilogue, for parsing, completions and the manual.
pub fn command() -> clap::Command {
    Cli::command().after_help(after_help())
}
