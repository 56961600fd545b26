//! The library's one error type, and the exit code each kind of failure maps to.
//!
//! Every message is one line, starts lowercase and names the offending value; the
//! binary prints `error: <message>` and exits with [`Error::exit_code`]. The codes are
//! documented in the README and are part of the interface: scripts may test them.

use thiserror::Error;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What went wrong talking to a database, as far as the driver can tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbErrorKind {
    /// The server did not answer (refused, unreachable, timed out, no socket).
    Unreachable,
    /// The server answered and refused the credentials.
    Auth,
    /// The database named in the URL does not exist.
    NoDatabase,
    /// The user may not do what was asked (read-only user, missing grant).
    Permission,
    /// Any other failure of a statement or query.
    Other,
}

#[derive(Debug, Error)]
pub enum Error {
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
    /// A database query outside a migration step failed.
    #[error("{0}")]
    Database(String),
    #[error("{0}")]
    Io(String),
}

impl Error {
    /// The process exit code for this error (see the README's table).
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Database(_) | Error::Io(_) => 1,
            Error::Url(_) => 3,
            Error::Config(_) => 4,
            Error::Connect {
                kind: DbErrorKind::Auth,
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
        }
    }
}
