//! One thin driver per database: connect, execute, query rows as text.
//!
//! Everything else (what to run, the version table, locking policy) is shared code
//! elsewhere; where and as whom to connect is resolved before, in `db::target`.
//! Results come back as text so the three drivers look alike; ast-schema only ever
//! reads names, ids and small values.

pub mod galera;
pub mod mysql;
pub mod postgres;
pub mod sqlite;

use crate::db::target::Target;
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::Error;

pub use crate::error::DbError;

pub type Row = Vec<Option<String>>;

/// An open connection to one database.
pub trait Connection {
    fn dialect(&self) -> Dialect;
    /// How the connection was made, for `-v`: transport, user, password source.
    fn describe(&self) -> String {
        String::new()
    }
    /// Runs one statement (or, where the driver allows, several separated by `;`).
    fn execute(&mut self, sql: &str) -> Result<(), DbError>;
    /// Runs one INSERT, UPDATE or DELETE and says how many rows it changed.
    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError>;
    /// Runs a query and returns every row, each value as text.
    fn query(&mut self, sql: &str) -> Result<Vec<Row>, DbError>;
    /// Tries once, without waiting, to take the named lock that every ast-schema
    /// process respects; the lock lives as long as the connection (or until
    /// [`Connection::unlock`]), so a killed process never leaves it behind.
    fn try_lock(&mut self, name: &str) -> Result<bool, DbError>;
    fn unlock(&mut self, name: &str) -> Result<(), DbError>;
    /// Why the server will not take writes (a standby, a read-only replica), if it
    /// will not.
    fn read_only(&mut self) -> Result<Option<String>, DbError> {
        Ok(None)
    }
    /// Applies the session settings that concern this database.
    fn configure(&mut self, _session: &Session) -> Result<(), DbError> {
        Ok(())
    }
    /// With `Some(bound)`, makes every following statement wait at most about
    /// `bound` for a table, metadata or row lock another session holds, failing
    /// with [`crate::error::DbErrorKind::LockWait`] instead; with `None`, restores
    /// the session's usual waits (see `db::lock_wait`). Returns the bound the
    /// server applies (which may be rounded: MySQL's are whole seconds).
    fn bound_lock_waits(
        &mut self,
        bound: Option<std::time::Duration>,
    ) -> Result<std::time::Duration, DbError> {
        Ok(bound.unwrap_or_default())
    }
    /// The sessions that hold a lock on `table` (any table when unknown) and have
    /// held their transaction at least `held_for`, as far as the server tells;
    /// `None` where it cannot say.
    fn lock_holders(
        &mut self,
        _table: Option<&str>,
        _held_for: std::time::Duration,
    ) -> Option<Vec<crate::db::lock_wait::Holder>> {
        None
    }
    /// What [`Connection::lock_holders`] ids are called here ("pid", "thread").
    fn holder_id_word(&self) -> &'static str {
        "session"
    }
}

/// Settings a command gives every connection.
#[derive(Debug, Clone, Default)]
pub struct Session {
    /// How long a statement may wait for another connection's lock on a table or
    /// file (SQLite's busy wait), so that `--lock-timeout` governs every wait.
    pub lock_wait: Option<std::time::Duration>,
    /// How long a cluster-wide lock outlives its holder's last heartbeat (Galera).
    pub lock_lease: Option<std::time::Duration>,
}

/// Opens a connection for `url`.
pub fn connect(url: &DbUrl) -> Result<Box<dyn Connection>, Error> {
    let res: Result<Box<dyn Connection>, DbError> = match url.dialect {
        Dialect::Sqlite => {
            sqlite::SqliteConnection::open(url).map(|c| Box::new(c) as Box<dyn Connection>)
        }
        _ => Target::resolve(url).and_then(|t| match t.dialect {
            Dialect::Mysql => {
                mysql::MysqlConnection::open(&t).map(|c| Box::new(c) as Box<dyn Connection>)
            }
            _ => postgres::PgConnection::open(&t).map(|c| Box::new(c) as Box<dyn Connection>),
        }),
    };
    res.map_err(|e| Error::Connect {
        url: url.to_string(),
        kind: e.kind,
        msg: e.message,
    })
}
