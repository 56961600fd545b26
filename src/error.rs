//! The library's one error type, and the exit code each kind of failure maps to.
//!
//! Every message is one line, starts lowercase and names the offending value; the
//! binary prints `error: <message>` and exits with [`Error::exit_code`]. The codes are
//! documented in docs/usage.md and are part of the interface: scripts may test them.

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// `eprintln!` that never panics: a closed or failing stderr (`2>&1 | head -1`)
/// must not end a run that is changing a database, so the line is dropped.
#[macro_export]
macro_rules! err_line {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($arg)*);
    }};
}

/// What went wrong talking to a database, as far as the driver can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbErrorKind {
    /// The server did not answer (refused, unreachable, timed out, no socket).
    Unreachable,
    /// The server answered and refused the credentials.
    Auth,
    /// TLS could not be set up as the URL asks: the server's certificate does not
    /// verify, the server offers no TLS, a certificate file is unreadable.
    Tls,
    /// The database named in the URL does not exist.
    NoDatabase,
    /// The user may not do what was asked (read-only user, missing grant).
    Permission,
    /// Another connection held a lock for longer than we were allowed to wait.
    Busy,
    /// A change waited for a table, metadata or row lock longer than its bound
    /// (`--ddl-lock-timeout`): the statement did not run, and may be tried again.
    LockWait,
    /// The server takes no writes (a standby, a read-only replica).
    ReadOnly,
    /// The statement lost to a concurrent one (a duplicate key, a deadlock, a
    /// Galera certification conflict).
    Conflict,
    /// Any other failure of a statement or query.
    Other,
    /// Not the database's doing: the run was asked to stop (SIGINT or SIGTERM)
    /// before this statement, which did not run.
    Stopped(i32),
}

#[derive(Debug, Error)]
pub enum Error {
    /// A command line that does not say enough (or says too much) to run.
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Url(String),
    #[error("{0}")]
    Config(String),
    #[error("cannot connect to {url}: {msg}")]
    Connect {
        url: String,
        kind: DbErrorKind,
        msg: String,
    },
    #[error("{0}")]
    UnknownRevision(String),
    #[error("{0}")]
    OutOfRange(String),
    #[error("{0}")]
    CorruptVersionTable(String),
    #[error("{0}")]
    NewerDatabase(String),
    #[error("{0}")]
    Unversioned(String),
    /// A statement failed while applying a revision.
    #[error("{0}")]
    Migration(String),
    #[error("{0}")]
    Permission(String),
    #[error("{0}")]
    LockTimeout(String),
    /// A change kept waiting for a lock another session held (its bound hit on
    /// every try) until `--ddl-lock-budget` ran out.
    #[error("{0}")]
    LockBudget(String),
    #[error("{0}")]
    Drift(String),
    /// The database was built by another release's chain than the one asked for.
    #[error("{0}")]
    Lineage(String),
    /// `lint` found error-level findings.
    #[error("{0}")]
    Lint(String),
    /// A release's own downgrade script fails on this dialect (kept for parity).
    #[error("{0}")]
    BrokenDowngrade(String),
    /// A migration file is malformed or does not fit the schema it is applied to.
    #[error("{0}")]
    InvalidMigration(String),
    /// The server's settings would refuse the plan (a cluster's rules).
    #[error("{0}")]
    ServerRules(String),
    /// A step would destroy stored data and `--allow-data-loss` was not given.
    #[error("{0}")]
    DataLoss(String),
    /// An earlier run was interrupted and the database matches no state its step
    /// leaves.
    #[error("{0}")]
    Interrupted(String),
    /// The scripts at `script_location` (or `--scripts`) include one this build does
    /// not carry.
    #[error("{0}")]
    UnknownScripts(String),
    /// The tree asked for has no version table, but another tree has one.
    #[error("{0}")]
    WrongTree(String),
    /// A site's own migration file (`--migrations`) is malformed or does not fit the
    /// schema it is applied to: the user's file, not this build's.
    #[error("{0}")]
    SiteMigration(String),
    /// A database query outside a migration step failed.
    #[error("{0}")]
    Database(String),
    #[error("{0}")]
    Io(String),
    /// SIGINT or SIGTERM stopped a run at a clean point (the message says where).
    #[error("{msg}")]
    Stopped { signal: i32, msg: String },
}

/// Every exit code and what it means: the one table that `--help`, the manual page
/// and docs/usage.md list (a test holds the guide to it).
pub const EXIT_CODES: &[(i32, &str)] = &[
    (0, "success, including \"nothing to do\""),
    (1, "unexpected database or I/O failure"),
    (2, "bad command-line usage"),
    (3, "malformed database URL or unknown scheme"),
    (4, "config file unreadable or without `sqlalchemy.url`, unknown tree, an option value that does not fit (`--backend sqlite3` on a server database), `asterisk-config` or `lint` on a database without the tables they read"),
    (5, "database server unreachable (after `--wait`)"),
    (6, "authentication failed, or TLS not set up as the URL asks (certificate not trusted, no TLS offered)"),
    (7, "database does not exist (see `--create-database`)"),
    (8, "unknown or ambiguous revision"),
    (9, "target beyond base or head, or in the wrong direction"),
    (10, "version table holds several rows or a value that is no revision id"),
    (11, "database is at a revision this build does not know and no scripts or site files given name it"),
    (12, "database has the tree's tables but no version table (use `stamp`)"),
    (13, "a migration statement failed (the message says where it stopped)"),
    (14, "permission denied (for example a read-only user)"),
    (15, "timed out waiting for another ast-schema's lock"),
    (16, "`verify` found differences"),
    (17, "invalid migration files (a bug in this build)"),
    (18, "`lint` found error-level problems"),
    (19, "the database was built by other Asterisk scripts than the ones asked for (use `reconcile` or `--asterisk`)"),
    (20, "the downgrade asked for fails in that release's own script (as under Alembic); nothing was run, `reconcile` first"),
    (21, "an interrupted earlier run left a schema that matches no state of its step; nothing was changed, the message lists the differences"),
    (22, "the command would destroy stored data (non-empty tables or columns dropped, values cut or set to NULL); nothing was changed, the message lists what, `--allow-data-loss` goes ahead where the database can take the change (where it would refuse the values, exit 23)"),
    (23, "the server would refuse the change (a primary key required on every table, a cluster applying DDL on one node, a data step larger than a cluster replicates, a read-only standby, a PostgreSQL view over a column the change alters or drops, stored values a type change cannot hold even with `--allow-data-loss`); nothing was changed"),
    (24, "an Alembic script at `script_location` (or `--scripts`, or given to `import-alembic`) cannot be read or does not fit the schema, or changes one of Asterisk's revisions (the message names the file)"),
    (25, "the tree asked for has no version table here but another tree has one (add `--tree`)"),
    (26, "`status --exit-code`: revisions are pending"),
    (27, "a site migration file (`--migrations`) is malformed, has an invalid revision id or does not fit the schema (the message names the file)"),
    (28, "a change waited for a lock another session held on its table (`--ddl-lock-timeout` hit on every try) until `--ddl-lock-budget` ran out; the database is at a clean revision (on MySQL at a recorded mark), the message names the holder, and the same command continues"),
    (29, "`--url-file`: some database of the list failed, or was not run because one failed (each database's own exit code and message are in the report)"),
    (130, "stopped by SIGINT (Ctrl-C) at a clean point: between revisions, or on MySQL between the statements of one; the message says where the database stands, and the same command continues"),
    (143, "stopped by SIGTERM at a clean point, as for 130"),
];

impl Error {
    /// A failed change, classified by what the database said: a permission
    /// problem and a lock held too long get their own codes, the rest is a failed
    /// migration statement.
    pub fn failed_change(kind: DbErrorKind, msg: String) -> Error {
        match kind {
            DbErrorKind::Permission => Error::Permission(msg),
            DbErrorKind::Busy => Error::LockTimeout(format!(
                "{msg} (another process held the database for longer than --lock-timeout)"
            )),
            DbErrorKind::LockWait => Error::LockBudget(format!(
                "{msg} (another session held a lock on the table for longer than --ddl-lock-timeout)"
            )),
            DbErrorKind::Stopped(signal) => Error::Stopped { signal, msg },
            _ => Error::Migration(msg),
        }
    }

    /// A failed read, classified: a lock held too long is exit 15, the rest an
    /// unexpected database failure.
    pub fn failed_read(kind: DbErrorKind, msg: String) -> Error {
        match kind {
            DbErrorKind::Busy | DbErrorKind::LockWait => Error::failed_change(kind, msg),
            _ => Error::Database(msg),
        }
    }

    /// The process exit code for this error (see docs/usage.md's table).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Database(_) | Error::Io(_) => 1,
            Error::Usage(_) => 2,
            Error::Url(_) => 3,
            Error::Config(_) => 4,
            Error::Connect {
                kind: DbErrorKind::Auth | DbErrorKind::Tls,
                ..
            } => 6,
            Error::Connect {
                kind: DbErrorKind::NoDatabase,
                ..
            } => 7,
            Error::Connect {
                kind: DbErrorKind::Permission,
                ..
            } => 14,
            Error::Connect {
                kind: DbErrorKind::Busy,
                ..
            } => 15,
            Error::Connect {
                kind: DbErrorKind::ReadOnly,
                ..
            } => 23,
            Error::Connect { .. } => 5,
            Error::UnknownRevision(_) => 8,
            Error::OutOfRange(_) => 9,
            Error::CorruptVersionTable(_) => 10,
            Error::NewerDatabase(_) => 11,
            Error::Unversioned(_) => 12,
            Error::Migration(_) => 13,
            Error::Permission(_) => 14,
            Error::LockTimeout(_) => 15,
            Error::Drift(_) => 16,
            Error::Lint(_) => 18,
            Error::Lineage(_) => 19,
            Error::InvalidMigration(_) => 17,
            Error::BrokenDowngrade(_) => 20,
            Error::Interrupted(_) => 21,
            Error::DataLoss(_) => 22,
            Error::ServerRules(_) => 23,
            Error::UnknownScripts(_) => 24,
            Error::WrongTree(_) => 25,
            Error::SiteMigration(_) => 27,
            Error::LockBudget(_) => 28,
            Error::Stopped { signal, .. } => 128 + signal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_exit_code_table_is_complete_and_ordered() {
        let codes: Vec<i32> = EXIT_CODES.iter().map(|(c, _)| *c).collect();
        let want: Vec<i32> = (0..=29).chain([130, 143]).collect();
        assert_eq!(codes, want);
    }

    #[test]
    fn every_error_maps_to_a_listed_code() {
        let s = || String::from("x");
        let all = [
            Error::Usage(s()),
            Error::Url(s()),
            Error::Config(s()),
            Error::UnknownRevision(s()),
            Error::OutOfRange(s()),
            Error::CorruptVersionTable(s()),
            Error::NewerDatabase(s()),
            Error::Unversioned(s()),
            Error::Migration(s()),
            Error::Permission(s()),
            Error::LockTimeout(s()),
            Error::LockBudget(s()),
            Error::Drift(s()),
            Error::Lineage(s()),
            Error::Lint(s()),
            Error::BrokenDowngrade(s()),
            Error::UnknownScripts(s()),
            Error::WrongTree(s()),
            Error::SiteMigration(s()),
            Error::InvalidMigration(s()),
            Error::Interrupted(s()),
            Error::DataLoss(s()),
            Error::ServerRules(s()),
            Error::Database(s()),
            Error::Io(s()),
            Error::Stopped {
                signal: crate::interrupt::SIGINT,
                msg: s(),
            },
            Error::Stopped {
                signal: crate::interrupt::SIGTERM,
                msg: s(),
            },
        ];
        for e in all {
            let code = e.exit_code();
            assert!(
                EXIT_CODES.iter().any(|(c, _)| *c == code),
                "{e:?} exits {code}, which the table does not list"
            );
        }
    }

    #[test]
    fn the_guide_lists_exactly_the_exit_code_table() {
        let readme = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/usage.md"));
        let section = readme
            .split("\n## Exit codes\n")
            .nth(1)
            .expect("docs/usage.md has an Exit codes section");
        let rows: Vec<(i32, String)> = section
            .lines()
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let code = cells.get(1)?.parse::<i32>().ok()?;
                Some((code, cells.get(2)?.to_string()))
            })
            .collect();
        let want: Vec<(i32, String)> = EXIT_CODES
            .iter()
            .map(|(c, m)| (*c, m.to_string()))
            .collect();
        assert_eq!(
            rows, want,
            "docs/usage.md's exit-code table differs from error::EXIT_CODES"
        );
    }
}

/// A failure reported by a database, classified for exit codes and retries.
#[derive(Debug, Clone)]
pub struct DbError {
    pub kind: DbErrorKind,
    pub message: String,
}

impl DbError {
    pub fn new(kind: DbErrorKind, message: impl Into<String>) -> Self {
        let message: String = message.into();
        DbError {
            kind,
            message: message.split_whitespace().collect::<Vec<_>>().join(" "),
        }
    }
}

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}
