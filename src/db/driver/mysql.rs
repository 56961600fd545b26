//! MySQL / MariaDB driver (the `mysql` crate, text protocol).

use mysql::prelude::Queryable;
use mysql::{Conn, OptsBuilder};

use super::{Connection, DbError, Row};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

pub struct MysqlConnection {
    conn: Conn,
}

impl MysqlConnection {
    pub fn open(url: &DbUrl) -> Result<Self, DbError> {
        let mut opts = OptsBuilder::new()
            .user(url.user.clone().or(Some("root".into())))
            .pass(url.password.clone())
            .db_name(url.database.clone())
            .prefer_socket(false)
            .tcp_connect_timeout(Some(std::time::Duration::from_secs(10)));
        match url.socket() {
            Some(sock) => opts = opts.socket(Some(sock)),
            None => {
                opts = opts
                    .ip_or_hostname(Some(url.host.clone().unwrap_or_else(|| "localhost".into())))
                    .tcp_port(url.port.unwrap_or(3306));
            }
        }
        let conn = Conn::new(opts).map_err(classify)?;
        Ok(MysqlConnection { conn })
    }
}

impl Connection for MysqlConnection {
    fn dialect(&self) -> Dialect {
        Dialect::Mysql
    }

    fn execute(&mut self, sql: &str) -> Result<(), DbError> {
        self.conn.query_drop(sql).map_err(classify)
    }

    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError> {
        self.conn.query_drop(sql).map_err(classify)?;
        Ok(self.conn.affected_rows())
    }

    fn try_lock(&mut self, name: &str) -> Result<bool, DbError> {
        // GET_LOCK names are server-wide and at most 64 characters: name them after
        // the database too, hashed when long.
        let n = lock_name(&mut self.conn, name)?;
        let got: Option<Option<i64>> = self
            .conn
            .query_first(format!("SELECT GET_LOCK({n}, 0)"))
            .map_err(classify)?;
        Ok(got.flatten() == Some(1))
    }

    fn unlock(&mut self, name: &str) -> Result<(), DbError> {
        let n = lock_name(&mut self.conn, name)?;
        self.conn
            .query_drop(format!("DO RELEASE_LOCK({n})"))
            .map_err(classify)
    }

    fn query(&mut self, sql: &str) -> Result<Vec<Row>, DbError> {
        let rows: Vec<mysql::Row> = self.conn.query(sql).map_err(classify)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                r.unwrap()
                    .into_iter()
                    .map(|v| match v {
                        mysql::Value::NULL => None,
                        mysql::Value::Bytes(b) => Some(String::from_utf8_lossy(&b).into_owned()),
                        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
                    })
                    .collect()
            })
            .collect())
    }
}

/// `ast_schema.<database>.<name>` as an SQL literal, shortened with a hash to fit 64.
fn lock_name(conn: &mut Conn, name: &str) -> Result<String, DbError> {
    let db: Option<Option<String>> = conn.query_first("SELECT DATABASE()").map_err(classify)?;
    let full = format!("ast_schema.{}.{name}", db.flatten().unwrap_or_default());
    let full = if full.len() > 64 {
        format!("ast_schema.{:016x}", crate::dialect::quote::fnv1a(&full))
    } else {
        full
    };
    Ok(crate::definitions::dialect::Dialect::Mysql.literal(&full))
}

fn classify(e: mysql::Error) -> DbError {
    use mysql::Error as E;
    let kind = match &e {
        E::IoError(_) | E::DriverError(_) => DbErrorKind::Unreachable,
        E::MySqlError(me) => match me.code {
            1045 | 1698 => DbErrorKind::Auth,
            1049 => DbErrorKind::NoDatabase,
            1044 | 1142 | 1143 | 1227 | 1370 | 1290 => DbErrorKind::Permission,
            _ => DbErrorKind::Other,
        },
        _ => DbErrorKind::Other,
    };
    let msg = match &e {
        E::MySqlError(me) => format!("{} (MySQL error {})", me.message, me.code),
        // The crate's own Display wraps each kind in `Kind { ... }`; say the inner
        // message only.
        E::IoError(io) => io.to_string(),
        E::DriverError(de) => de.to_string(),
        E::CodecError(ce) => format!("protocol error: {ce}"),
        E::UrlError(ue) => ue.to_string(),
        other => other.to_string(),
    };
    DbError::new(kind, msg)
}
