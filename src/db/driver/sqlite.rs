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
    /// Tables dropped in the open transaction (a rebuild drops the old table),
    /// with how many rows of other tables referenced missing rows of each before
    /// (child, count): checked again before it commits.
    dropped: Vec<(String, Vec<(String, u64)>)>,
    /// The session's usual busy wait (`--lock-timeout`).
    busy_wait: std::time::Duration,
    /// Whether a change's bounded wait is on: "database is locked" is then
    /// [`DbErrorKind::LockWait`].
    bounded: bool,
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
        // Foreign keys are not enforced in this session, as in Alembic's (pysqlite
        // leaves them off): a table rebuild drops and renames a table that an
        // operator's table may reference, which must neither cascade nor fail.
        // SQLite's procedure for such changes: keys off outside the transaction,
        // `PRAGMA foreign_key_check` before the commit (see `execute`).
        conn.execute_batch("PRAGMA foreign_keys = OFF")
            .map_err(classify)?;
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
            dropped: Vec::new(),
            busy_wait: std::time::Duration::from_secs(5),
            bounded: false,
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
        let words: Vec<String> = sql
            .split_whitespace()
            .take(3)
            .map(|w| w.to_ascii_uppercase())
            .collect();
        match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
            ["COMMIT", ..] | ["END", ..] => self.check_foreign_keys()?,
            ["BEGIN", ..] | ["ROLLBACK", ..] => self.dropped.clear(),
            ["DROP", "TABLE", _] => {
                if let Some(name) = sql.split_whitespace().nth(2) {
                    let name = name.trim_matches(['"', '`']).to_string();
                    if !self.dropped.iter().any(|(t, _)| *t == name) {
                        let before = self.orphans(&name)?;
                        self.dropped.push((name, before));
                    }
                }
            }
            _ => {}
        }
        let r = self.conn.execute_batch(sql).map_err(classify);
        r.map_err(|e| self.bounded_kind(e))
    }

    fn holder_id_word(&self) -> &'static str {
        "process"
    }

    /// The busy wait is the bound while a change runs.
    fn bound_lock_waits(
        &mut self,
        bound: Option<std::time::Duration>,
    ) -> Result<std::time::Duration, DbError> {
        self.bounded = bound.is_some();
        let wait = bound.unwrap_or(self.busy_wait);
        self.conn.busy_timeout(wait).map_err(classify)?;
        Ok(wait)
    }

    /// How long a statement waits for another connection's transaction before
    /// SQLite gives up with "database is locked".
    fn configure(&mut self, session: &Session) -> Result<(), DbError> {
        match session.lock_wait {
            Some(wait) => {
                self.busy_wait = wait;
                self.conn.busy_timeout(wait).map_err(classify)
            }
            None => Ok(()),
        }
    }

    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError> {
        let r = self
            .conn
            .execute(sql, [])
            .map(|n| n as u64)
            .map_err(classify);
        r.map_err(|e| self.bounded_kind(e))
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

impl SqliteConnection {
    /// A busy database while a change's wait is bounded: the bound was hit.
    fn bounded_kind(&self, e: DbError) -> DbError {
        if self.bounded && e.kind == DbErrorKind::Busy {
            DbError {
                kind: DbErrorKind::LockWait,
                ..e
            }
        } else {
            e
        }
    }

    /// Rows of other tables that reference a missing row of `parent`, per table.
    fn orphans(&mut self, parent: &str) -> Result<Vec<(String, u64)>, DbError> {
        let rows = self.query(
            "SELECT \"table\", parent, COUNT(*) FROM pragma_foreign_key_check GROUP BY 1, 2",
        )?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let (child, p, n) = (r[0].as_deref()?, r[1].as_deref()?, r[2].as_deref()?);
                p.eq_ignore_ascii_case(parent)
                    .then(|| (child.to_string(), n.parse().unwrap_or(0)))
            })
            .collect())
    }

    /// Before a commit: no row of another table may have lost the row it
    /// references in a table this transaction dropped and made again (SQLite's
    /// `PRAGMA foreign_key_check`, step 10 of its procedure for table changes).
    /// Rows that referenced nothing before are not this run's doing.
    fn check_foreign_keys(&mut self) -> Result<(), DbError> {
        let dropped = std::mem::take(&mut self.dropped);
        let mut broken = Vec::new();
        for (parent, before) in dropped {
            for (child, n) in self.orphans(&parent)? {
                let was = before
                    .iter()
                    .find(|(c, _)| *c == child)
                    .map_or(0, |(_, k)| *k);
                if n > was {
                    broken.push(format!(
                        "{} row(s) of {child} would reference rows missing from {parent}",
                        n - was
                    ));
                }
            }
        }
        if broken.is_empty() {
            return Ok(());
        }
        Err(DbError::new(
            DbErrorKind::Other,
            format!(
                "foreign key check failed after rebuilding a table: {}",
                broken.join(", ")
            ),
        ))
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
