//! PostgreSQL driver (the synchronous `postgres` crate, simple-query protocol).

use postgres::{Client, NoTls, SimpleQueryMessage};

use super::{Connection, DbError, Row};
use crate::db::url::DbUrl;
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

pub struct PgConnection {
    client: Client,
}

impl PgConnection {
    pub fn open(url: &DbUrl) -> Result<Self, DbError> {
        let mut cfg = postgres::Config::new();
        cfg.user(url.user.as_deref().unwrap_or("postgres"));
        if let Some(p) = &url.password {
            cfg.password(p);
        }
        match url.socket() {
            Some(dir) => {
                cfg.host_path(dir);
            }
            None => {
                cfg.host(url.host.as_deref().unwrap_or("localhost"));
            }
        }
        cfg.port(url.port.unwrap_or(5432));
        cfg.dbname(
            url.database
                .as_deref()
                .unwrap_or(url.user.as_deref().unwrap_or("postgres")),
        );
        cfg.application_name("ast-schema");
        cfg.connect_timeout(std::time::Duration::from_secs(10));
        cfg.options("-c client_min_messages=warning");
        let client = cfg.connect(NoTls).map_err(classify)?;
        Ok(PgConnection { client })
    }
}

impl Connection for PgConnection {
    fn dialect(&self) -> Dialect {
        Dialect::Postgresql
    }

    fn execute(&mut self, sql: &str) -> Result<(), DbError> {
        self.client.batch_execute(sql).map_err(classify)
    }

    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError> {
        self.client.execute(sql, &[]).map_err(classify)
    }

    fn try_lock(&mut self, name: &str) -> Result<bool, DbError> {
        // Advisory locks are per database already; the key is the name's hash.
        let key = crate::dialect::quote::fnv1a(&format!("ast_schema.{name}")) as i64;
        let rows = self.query(&format!("SELECT pg_try_advisory_lock({key})"))?;
        Ok(rows.first().and_then(|r| r[0].as_deref()) == Some("t"))
    }

    fn unlock(&mut self, name: &str) -> Result<(), DbError> {
        let key = crate::dialect::quote::fnv1a(&format!("ast_schema.{name}")) as i64;
        self.query(&format!("SELECT pg_advisory_unlock({key})"))
            .map(|_| ())
    }

    fn query(&mut self, sql: &str) -> Result<Vec<Row>, DbError> {
        let msgs = self.client.simple_query(sql).map_err(classify)?;
        Ok(msgs
            .into_iter()
            .filter_map(|m| match m {
                SimpleQueryMessage::Row(r) => {
                    Some((0..r.len()).map(|i| r.get(i).map(str::to_string)).collect())
                }
                _ => None,
            })
            .collect())
    }
}

fn classify(e: postgres::Error) -> DbError {
    use postgres::error::SqlState;
    let kind = match e.code() {
        Some(c)
            if *c == SqlState::INVALID_PASSWORD
                || *c == SqlState::INVALID_AUTHORIZATION_SPECIFICATION =>
        {
            DbErrorKind::Auth
        }
        Some(c) if *c == SqlState::INVALID_CATALOG_NAME => DbErrorKind::NoDatabase,
        Some(c)
            if *c == SqlState::INSUFFICIENT_PRIVILEGE
                || *c == SqlState::READ_ONLY_SQL_TRANSACTION =>
        {
            DbErrorKind::Permission
        }
        Some(c) if *c == SqlState::CANNOT_CONNECT_NOW || *c == SqlState::TOO_MANY_CONNECTIONS => {
            DbErrorKind::Unreachable
        }
        Some(_) => DbErrorKind::Other,
        None if e.is_closed() || e.as_db_error().is_none() => DbErrorKind::Unreachable,
        None => DbErrorKind::Other,
    };
    let msg = match e.as_db_error() {
        Some(db) => format!("{} (SQLSTATE {})", db.message(), db.code().code()),
        None => {
            let mut m = e.to_string();
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                m = format!("{m}: {s}");
                src = s.source();
            }
            m
        }
    };
    DbError::new(kind, msg)
}
