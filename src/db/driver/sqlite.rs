//! SQLite driver (rusqlite with the bundled SQLite).

use rusqlite::types::ValueRef;

use super::{Connection, DbError, Row, Session};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

pub struct SqliteConnection {
    conn: rusqlite::Connection,
    path: Option<std::path::PathBuf>,
    lock: Option<std::fs::File>,
}

impl SqliteConnection {
    pub fn open(url: &DbUrl) -> Result<Self, DbError> {
        let conn = match url.sqlite_path() {
            Some(p) => rusqlite::Connection::open(&p),
            None => rusqlite::Connection::open_in_memory(),
        }
        .map_err(classify)?;
        // A file that is not a database only shows on the first read. A file
        // another process holds locked is one; waiting for it is up to the
        // statements that follow (`set_lock_wait`).
        conn.busy_timeout(std::time::Duration::ZERO)
            .map_err(classify)?;
        if let Err(e) = conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())) {
            let e = classify(e);
            if e.kind != DbErrorKind::Busy {
                return Err(e);
            }
        }
        // Until the session says otherwise, wait for a writer as SQLite's own tools do.
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(classify)?;
        // The lock is keyed by the file itself, not the path typed: two runners
        // reaching one database through a symlink or another relative path must
        // meet at the same lock.
        let path = url
            .sqlite_path()
            .map(|p| std::fs::canonicalize(&p).unwrap_or(p));
        Ok(SqliteConnection {
            conn,
            path,
            lock: None,
        })
    }
}

impl Connection for SqliteConnection {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn describe(&self) -> String {
        match &self.path {
            Some(p) => format!("file {}", p.display()),
            None => String::new(),
        }
    }

    fn execute(&mut self, sql: &str) -> Result<(), DbError> {
        self.conn.execute_batch(sql).map_err(classify)
    }

    /// How long a statement waits for another connection's transaction before
    /// SQLite gives up with "database is locked".
    fn configure(&mut self, session: &Session) -> Result<(), DbError> {
        match session.lock_wait {
            Some(wait) => self.conn.busy_timeout(wait).map_err(classify),
            None => Ok(()),
        }
    }

    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError> {
        self.conn
            .execute(sql, [])
            .map(|n| n as u64)
            .map_err(classify)
    }

    /// An exclusive `flock` on `<database file>.lock` beside the database: SQLite's
    /// own locks last one transaction, and a run is one transaction per revision.
    fn try_lock(&mut self, _name: &str) -> Result<bool, DbError> {
        let Some(path) = &self.path else {
            return Ok(true);
        };
        if self.lock.is_some() {
            return Ok(true);
        }
        let mut lock_path = path.clone().into_os_string();
        lock_path.push(".lock");
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| {
                DbError::new(
                    DbErrorKind::Permission,
                    format!("cannot open lock file {}: {e}", lock_path.to_string_lossy()),
                )
            })?;
        match file.try_lock() {
            Ok(()) => {
                self.lock = Some(file);
                Ok(true)
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(false),
            Err(std::fs::TryLockError::Error(e)) => Err(DbError::new(
                DbErrorKind::Other,
                format!("cannot lock {}: {e}", lock_path.to_string_lossy()),
            )),
        }
    }

    fn unlock(&mut self, _name: &str) -> Result<(), DbError> {
        self.lock = None;
        Ok(())
    }

    fn query(&mut self, sql: &str) -> Result<Vec<Row>, DbError> {
        let mut stmt = self.conn.prepare(sql).map_err(classify)?;
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        Ok(match r.get_ref(i)? {
                            ValueRef::Null => None,
                            ValueRef::Integer(v) => Some(v.to_string()),
                            ValueRef::Real(v) => Some(v.to_string()),
                            ValueRef::Text(t) | ValueRef::Blob(t) => {
                                Some(String::from_utf8_lossy(t).into_owned())
                            }
                        })
                    })
                    .collect::<Result<Row, rusqlite::Error>>()
            })
            .map_err(classify)?;
        rows.collect::<Result<Vec<Row>, _>>().map_err(classify)
    }
}

fn classify(e: rusqlite::Error) -> DbError {
    use rusqlite::ffi::ErrorCode as C;
    let kind = match e.sqlite_error_code() {
        Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => DbErrorKind::Busy,
        Some(C::CannotOpen) => DbErrorKind::NoDatabase,
        Some(C::ReadOnly)
        | Some(C::PermissionDenied)
        | Some(C::AuthorizationForStatementDenied) => DbErrorKind::Permission,
        Some(C::NotADatabase) => DbErrorKind::NoDatabase,
        _ => DbErrorKind::Other,
    };
    DbError::new(kind, e.to_string())
}
