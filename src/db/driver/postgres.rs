//! PostgreSQL driver (the synchronous `postgres` crate, simple-query protocol; TLS
//! through `tokio-postgres-rustls` with the configuration of `db::tls`).
//!
//! The crate bounds only the TCP connect; the whole of connecting, TLS and login is
//! bounded here by `connect_timeout`, on a helper thread, so a server that accepts
//! and never answers is an error, not a hang. Statements have no time limit (long DDL
//! must not be cut off); TCP keepalives notice a server that is gone.

use std::sync::mpsc;
use std::time::Duration;

use postgres::config::SslMode;
use postgres::{Client, NoTls, SimpleQueryMessage};

use super::{Connection, DbError, Row};
use crate::db::lock_wait::{self, Holder};
use crate::db::options::TlsMode;
use crate::db::target::{Endpoint, Target};
use crate::db::tls;
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

pub struct PgConnection {
    client: Client,
    describe: String,
}

impl PgConnection {
    pub fn open(t: &Target) -> Result<Self, DbError> {
        let client = match t.tls.mode {
            TlsMode::Disable => connect(t, SslMode::Disable)?,
            TlsMode::Prefer => connect(t, SslMode::Prefer)?,
            TlsMode::Allow => match connect(t, SslMode::Disable) {
                // libpq's allow: plaintext first, TLS when the server refuses that.
                Err(e) if e.kind == DbErrorKind::Auth && e.message.contains("no encryption") => {
                    connect(t, SslMode::Require)?
                }
                r => r?,
            },
            _ => connect(t, SslMode::Require)?,
        };
        Ok(PgConnection {
            client,
            describe: t.describe(),
        })
    }
}

fn config(t: &Target, mode: SslMode) -> postgres::Config {
    let mut cfg = postgres::Config::new();
    cfg.user(&t.user);
    if let Some(p) = &t.password {
        cfg.password(p);
    }
    match (&t.endpoint, t.hosts.as_slice()) {
        (_, [_, _, ..]) => {
            for (host, port) in &t.hosts {
                cfg.host(host).port(*port);
            }
        }
        (Endpoint::Socket { path, port }, _) => {
            cfg.host_path(path).port(*port);
        }
        (Endpoint::Tcp { host, port }, _) => {
            cfg.host(host).port(*port);
        }
    }
    if t.options.read_write {
        cfg.target_session_attrs(postgres::config::TargetSessionAttrs::ReadWrite);
    }
    cfg.dbname(t.database.as_deref().unwrap_or(&t.user));
    cfg.application_name(&t.options.application_name);
    cfg.connect_timeout(t.options.connect_timeout);
    cfg.keepalives(true)
        .keepalives_idle(Duration::from_secs(30));
    cfg.options("-c client_min_messages=warning");
    cfg.ssl_mode(mode);
    cfg
}

/// Connects on a helper thread and waits at most `connect_timeout` for it.
fn connect(t: &Target, mode: SslMode) -> Result<Client, DbError> {
    let cfg = config(t, mode);
    let tls = match mode {
        SslMode::Disable => None,
        _ => Some(tokio_postgres_rustls::MakeRustlsConnect::new(
            tls::client_config(&t.tls)?,
        )),
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let r = match tls {
            None => cfg.connect(NoTls),
            Some(tls) => cfg.connect(tls),
        };
        // The receiver may have given up; the connection then just closes.
        let _ = tx.send(r);
    });
    let d = t.options.connect_timeout;
    match rx.recv_timeout(d) {
        Ok(r) => r.map_err(classify).map_err(|e| {
            if e.message.contains("server does not support TLS") {
                DbError::new(
                    DbErrorKind::Tls,
                    format!(
                        "the server does not offer TLS, and the URL requires it ({})",
                        t.tls.spelled
                    ),
                )
            } else if e.kind == DbErrorKind::Tls {
                DbError::new(DbErrorKind::Tls, tls::explain(&t.tls, t.host(), &e.message))
            } else {
                e
            }
        }),
        Err(_) => Err(DbError::new(
            DbErrorKind::Unreachable,
            format!(
                "the server did not complete the connection within {} s (connect_timeout)",
                d.as_secs_f64()
            ),
        )),
    }
}

impl Connection for PgConnection {
    fn read_only(&mut self) -> Result<Option<String>, DbError> {
        let rows = self.query("SELECT pg_is_in_recovery()")?;
        Ok((rows.first().and_then(|r| r[0].as_deref()) == Some("t")).then(|| {
            "the server is a standby (in recovery), which takes no writes; point ast-schema at the primary, \
             or list every host with target_session_attrs=read-write"
                .to_string()
        }))
    }

    fn dialect(&self) -> Dialect {
        Dialect::Postgresql
    }

    fn describe(&self) -> String {
        self.describe.clone()
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

    fn bound_lock_waits(&mut self, bound: Option<Duration>) -> Result<Duration, DbError> {
        match bound {
            Some(d) => {
                let ms = d.as_millis().max(1);
                self.execute(&format!("SET lock_timeout = '{ms}ms'"))?;
                Ok(Duration::from_millis(ms as u64))
            }
            None => self
                .execute("SET lock_timeout = DEFAULT")
                .map(|_| Duration::ZERO),
        }
    }

    /// The sessions with a granted lock on the table whose transaction is at least
    /// `held_for` old (pg_locks and pg_stat_activity: a statement that hit
    /// lock_timeout no longer waits, so `pg_blocking_pids` has nobody to name).
    fn lock_holders(&mut self, table: Option<&str>, held_for: Duration) -> Option<Vec<Holder>> {
        let which = match table {
            Some(t) => format!(
                "l.relation IN (SELECT c.oid FROM pg_class c WHERE c.relname = {} AND pg_table_is_visible(c.oid))",
                Dialect::Postgresql.literal(t)
            ),
            None => "l.relation IS NOT NULL".to_string(),
        };
        let sql = format!(
            "SELECT a.pid, a.usename, a.application_name, host(a.client_addr), a.state,              extract(epoch FROM now() - a.xact_start)::float8, left(a.query, 200)              FROM pg_stat_activity a WHERE a.pid IN (SELECT l.pid FROM pg_locks l              WHERE l.granted AND l.locktype = 'relation' AND l.pid <> pg_backend_pid()              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())              AND {which}) AND a.xact_start <= now() - interval '{} milliseconds'              ORDER BY a.xact_start LIMIT 5",
            held_for.as_millis()
        );
        let rows = self.query(&sql).ok()?;
        Some(
            rows.into_iter()
                .map(|r| Holder {
                    id: r[0].clone().unwrap_or_default(),
                    user: r[1].clone(),
                    application: r[2].clone(),
                    client: r[3].clone(),
                    state: r[4].clone(),
                    seconds: r[5].as_deref().and_then(|v| v.parse().ok()),
                    query: r[6].as_deref().map(|q| lock_wait::cut(q, 60)),
                })
                .collect(),
        )
    }

    fn holder_id_word(&self) -> &'static str {
        "pid"
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
    let text = e.to_string();
    if text.contains("database does not allow writes") {
        // target_session_attrs=read-write, and every host that answered is a standby.
        return DbError::new(
            DbErrorKind::ReadOnly,
            "no host accepts writes: those that answered are standbys (in recovery)",
        );
    }
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
        // lock_timeout (a change's bounded wait for a table lock).
        Some(c) if *c == SqlState::LOCK_NOT_AVAILABLE => DbErrorKind::LockWait,
        Some(c)
            if *c == SqlState::CANNOT_CONNECT_NOW
                || *c == SqlState::TOO_MANY_CONNECTIONS
                || *c == SqlState::ADMIN_SHUTDOWN
                || *c == SqlState::CRASH_SHUTDOWN =>
        {
            DbErrorKind::Unreachable
        }
        Some(_) => DbErrorKind::Other,
        // The server asked for a password and nobody gave one.
        None if text.starts_with("invalid configuration") => DbErrorKind::Auth,
        None if text.starts_with("error performing TLS handshake") => DbErrorKind::Tls,
        None if e.is_closed() || e.as_db_error().is_none() => DbErrorKind::Unreachable,
        None => DbErrorKind::Other,
    };
    let msg = match e.as_db_error() {
        Some(db) => format!("{} (SQLSTATE {})", db.message(), db.code().code()),
        None => {
            let mut m = text;
            let mut src = std::error::Error::source(&e);
            while let Some(s) = src {
                m = format!("{m}: {s}");
                src = s.source();
            }
            if kind == DbErrorKind::Auth {
                m = format!("{m} (the server wants a password: give it in the URL, --password-file, PGPASSWORD or ~/.pgpass)");
            }
            m
        }
    };
    DbError::new(kind, msg)
}
