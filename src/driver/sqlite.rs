//! SQLite driver (rusqlite with the bundled SQLite).

use rusqlite::types::ValueRef;

use super::{Connection, DbError, Row};
use crate::dialect::Dialect;
use crate::error::DbErrorKind;
use crate::url::DbUrl;

pub struct SqliteConnection {
    conn: rusqlite::Connection,
}

impl SqliteConnection {
    pub fn open(url: &DbUrl) -> Result<Self, DbError> {
        let conn = match url.sqlite_path() {
            Some(p) => rusqlite::Connection::open(&p),
            None => rusqlite::Connection::open_in_memory(),
        }
        .map_err(classify)?;
        // A file that is not a database only shows on the first read.
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .map_err(classify)?;
        Ok(SqliteConnection { conn })
    }
}

impl Connection for SqliteConnection {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&mut self, sql: &str) -> Result<(), DbError> {
        self.conn.execute_batch(sql).map_err(classify)
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
        Some(C::CannotOpen) => DbErrorKind::NoDatabase,
        Some(C::ReadOnly)
        | Some(C::PermissionDenied)
        | Some(C::AuthorizationForStatementDenied) => DbErrorKind::Permission,
        Some(C::NotADatabase) => DbErrorKind::NoDatabase,
        _ => DbErrorKind::Other,
    };
    DbError::new(kind, e.to_string())
}
