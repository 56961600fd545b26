//! MySQL/MariaDB driver (`mysql_async` on a one-thread runtime, text protocol).
//!
//! `mysql_async` rather than the blocking `mysql` crate for one reason: it can trust
//! exactly the CA file the URL names (`with_disable_built_in_roots`), where the
//! blocking crate always adds its bundled roots, which would make `VERIFY_CA` accept
//! any publicly trusted certificate. Connecting, TLS and login are bounded by
//! `connect_timeout`; statements by nothing unless the URL sets `read_timeout`.

use std::sync::Arc;
use std::time::Duration;

use mysql_async::prelude::Queryable;
use mysql_async::{ClientIdentity, Conn, OptsBuilder, SslOpts};

use super::galera::{self, Cluster, ClusterLock};
use super::{Connection, DbError, Row, Session};
use crate::db::lock_wait::Holder;
use crate::db::options::TlsMode;
use crate::db::target::{Endpoint, Target};
use crate::db::tls;
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

pub struct MysqlConnection {
    rt: tokio::runtime::Runtime,
    conn: Option<Conn>,
    read_timeout: Option<Duration>,
    describe: String,
    /// On a Galera node: the cluster, and the cluster-wide lock rows.
    cluster: Option<(Cluster, ClusterLock)>,
    /// Whether the server is MariaDB (read when first needed).
    mariadb: Option<bool>,
}

impl MysqlConnection {
    pub fn open(t: &Target) -> Result<Self, DbError> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| DbError::new(DbErrorKind::Other, format!("cannot start I/O: {e}")))?;
        let conn = rt.block_on(connect(t))?;
        let mut me = MysqlConnection {
            rt,
            conn: Some(conn),
            read_timeout: t.options.read_timeout,
            describe: t.describe(),
            cluster: None,
            mariadb: None,
        };
        if let Some(c) = galera::detect(&mut me)? {
            let target = t.clone();
            let reconnect: galera::Reconnect = Arc::new(move || {
                MysqlConnection::open(&target).map(|c| Box::new(c) as Box<dyn Connection>)
            });
            me.describe = format!("{}; {}", me.describe, c.describe());
            me.cluster = Some((c, ClusterLock::new(reconnect)));
        }
        Ok(me)
    }

    fn run<T>(
        &mut self,
        f: impl AsyncFnOnce(&mut Conn) -> Result<T, mysql_async::Error>,
    ) -> Result<T, DbError> {
        let conn = self
            .conn
            .as_mut()
            .ok_or_else(|| DbError::new(DbErrorKind::Unreachable, "the connection is closed"))?;
        let limit = self.read_timeout;
        self.rt.block_on(async move {
            match limit {
                None => f(conn).await.map_err(classify),
                Some(d) => match tokio::time::timeout(d, f(conn)).await {
                    Ok(r) => r.map_err(classify),
                    Err(_) => Err(DbError::new(
                        DbErrorKind::Unreachable,
                        format!("no answer within {} s (read_timeout)", d.as_secs_f64()),
                    )),
                },
            }
        })
    }
}

impl Drop for MysqlConnection {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            let _ = self.rt.block_on(async {
                tokio::time::timeout(Duration::from_secs(2), c.disconnect()).await
            });
        }
    }
}

fn base_opts(t: &Target) -> OptsBuilder {
    let mut o = OptsBuilder::default()
        .user(Some(t.user.clone()))
        .pass(t.password.clone())
        .db_name(t.database.clone())
        .prefer_socket(false)
        .tcp_keepalive(Some(Duration::from_secs(30)));
    o = match &t.endpoint {
        Endpoint::Tcp { host, port } => o.ip_or_hostname(host.clone()).tcp_port(*port),
        Endpoint::Socket { path, .. } => o.socket(Some(path.clone())),
    };
    let mut init = Vec::new();
    if let Some(cs) = &t.options.charset {
        init.push(format!("SET NAMES {cs}"));
    }
    init.push(STRICT.to_string());
    o.init(init)
}

/// Makes the session strict, keeping the server's other `sql_mode` flags: a value
/// that does not fit a column (a narrowing `MODIFY`, a data step) is then an error
/// instead of being cut, rounded into range or set to `''`/0 with a warning, as a
/// server with an empty `sql_mode` does. The loss check (`engine/loss/`) counts
/// such values before anything runs and relies on this. STRICT_ALL_TABLES rather
/// than the usual STRICT_TRANS_TABLES so that a MyISAM table an operator converted
/// is held to it too. It changes no DDL that succeeds, so the schema is Alembic's.
const STRICT: &str =
    "SET SESSION sql_mode = IF(FIND_IN_SET('STRICT_ALL_TABLES', @@SESSION.sql_mode) > 0, \
     @@SESSION.sql_mode, CONCAT_WS(',', NULLIF(@@SESSION.sql_mode, ''), 'STRICT_ALL_TABLES'))";

fn ssl_opts(t: &Target) -> Result<SslOpts, DbError> {
    let plan = &t.tls;
    let mut s = SslOpts::default();
    match &plan.roots {
        // Encrypt, check nothing (REQUIRED/PREFERRED without a CA file).
        None => s = s.with_danger_accept_invalid_certs(true),
        Some(r) => {
            s = s
                .with_root_certs(
                    tls::load_roots(r)?
                        .into_iter()
                        .map(|c| c.to_vec().into())
                        .collect(),
                )
                .with_disable_built_in_roots(true);
            if !plan.check_name {
                // Chain only: check a name the certificate carries (see tls.rs).
                if let Endpoint::Tcp { host, port } = &t.endpoint {
                    let name =
                        tls::mysql_certificate_name(host, *port, plan, t.options.connect_timeout)
                            .map_err(|e| tls_words(t, e))?;
                    s = s.with_danger_tls_hostname_override(Some(name));
                }
            }
        }
    }
    if let Some((c, k)) = &plan.identity {
        tls::load_identity(c, k)?;
        s = s.with_client_identity(Some(ClientIdentity::new(
            c.clone().into(),
            k.clone().into(),
        )));
    }
    Ok(s)
}

async fn attempt(t: &Target, opts: OptsBuilder) -> Result<Conn, DbError> {
    let d = t.options.connect_timeout;
    match tokio::time::timeout(d, Conn::new(opts)).await {
        Ok(r) => r.map_err(classify).map_err(|e| tls_words(t, e)),
        Err(_) => Err(DbError::new(
            DbErrorKind::Unreachable,
            format!(
                "the server did not complete the connection within {} s (connect_timeout)",
                d.as_secs_f64()
            ),
        )),
    }
}

/// A TLS failure said in words, with what the URL asked for.
fn tls_words(t: &Target, e: DbError) -> DbError {
    if e.kind == DbErrorKind::Tls {
        DbError::new(DbErrorKind::Tls, tls::explain(&t.tls, t.host(), &e.message))
    } else {
        e
    }
}

async fn connect(t: &Target) -> Result<Conn, DbError> {
    let plain = base_opts(t);
    match t.tls.mode {
        TlsMode::Disable => attempt(t, plain).await,
        mode => {
            let secure = match ssl_opts(t) {
                Ok(o) => Ok(plain.clone().ssl_opts(Some(o))),
                Err(e) => Err(e),
            };
            let tried = match secure {
                Ok(secure) => attempt(t, secure).await,
                Err(e) => Err(e),
            };
            match tried {
                Err(e) if e.message.contains(NO_TLS) => {
                    if mode.required() {
                        Err(DbError::new(
                            DbErrorKind::Tls,
                            format!(
                                "the server does not offer TLS, and the URL requires it ({})",
                                t.tls.spelled
                            ),
                        ))
                    } else {
                        attempt(t, plain).await
                    }
                }
                r => r,
            }
        }
    }
}

const NO_TLS: &str = "server does not offer TLS";

impl Connection for MysqlConnection {
    fn dialect(&self) -> Dialect {
        Dialect::Mysql
    }

    fn describe(&self) -> String {
        self.describe.clone()
    }

    fn execute(&mut self, sql: &str) -> Result<(), DbError> {
        let sql = sql.to_string();
        self.run(async move |c: &mut Conn| c.query_drop(sql).await)
    }

    fn execute_counted(&mut self, sql: &str) -> Result<u64, DbError> {
        let sql = sql.to_string();
        self.run(async move |c: &mut Conn| {
            c.query_drop(sql).await?;
            Ok(c.affected_rows())
        })
    }

    fn read_only(&mut self) -> Result<Option<String>, DbError> {
        let rows = self.query("SELECT @@read_only")?;
        Ok((rows.first().and_then(|r| r[0].as_deref()) == Some("1")).then(|| {
            "the server is read-only (read_only=ON: a replica?); point ast-schema at the primary".to_string()
        }))
    }

    fn configure(&mut self, session: &Session) -> Result<(), DbError> {
        if let (Some((_, lock)), Some(lease)) = (&mut self.cluster, session.lock_lease) {
            lock.lease = lease;
        }
        Ok(())
    }

    /// Metadata locks (DDL) wait `lock_wait_timeout`, whole seconds: on MariaDB a
    /// bound under one second is 0, which fails at once where the lock is taken
    /// (MySQL's least is 1). Row locks (data steps) wait `innodb_lock_wait_timeout`,
    /// at least one second: a row lock wait holds up no other query on the table.
    fn bound_lock_waits(&mut self, bound: Option<Duration>) -> Result<Duration, DbError> {
        let Some(d) = bound else {
            return self
                .execute(
                    "SET SESSION lock_wait_timeout = DEFAULT, innodb_lock_wait_timeout = DEFAULT",
                )
                .map(|_| Duration::ZERO);
        };
        let mariadb = match self.mariadb {
            Some(m) => m,
            None => {
                let rows = self.query("SELECT VERSION()")?;
                let m = rows
                    .first()
                    .and_then(|r| r[0].as_deref())
                    .is_some_and(|v| v.contains("MariaDB"));
                self.mariadb = Some(m);
                m
            }
        };
        let secs = d.as_secs_f64();
        let mdl = if mariadb {
            secs.floor() as u64
        } else {
            (secs.round() as u64).max(1)
        };
        let row = (secs.ceil() as u64).max(1);
        self.execute(&format!(
            "SET SESSION lock_wait_timeout = {mdl}, innodb_lock_wait_timeout = {row}"
        ))?;
        Ok(Duration::from_secs(mdl))
    }

    /// Who holds the table: `information_schema.METADATA_LOCK_INFO` where MariaDB's
    /// plugin is loaded, else the open InnoDB transactions (`INNODB_TRX`), each with
    /// its `PROCESSLIST` row. `None` where neither can be read.
    fn lock_holders(&mut self, table: Option<&str>, _held_for: Duration) -> Option<Vec<Holder>> {
        let mdl_info = table.is_some()
            && self
                .query(
                    "SELECT COUNT(*) FROM information_schema.PLUGINS                      WHERE PLUGIN_NAME = 'METADATA_LOCK_INFO' AND PLUGIN_STATUS = 'ACTIVE'",
                )
                .ok()
                .and_then(|r| r.first().and_then(|r| r[0].clone()))
                .as_deref()
                == Some("1");
        let cols = "p.ID, p.USER, p.HOST, p.STATE, p.COMMAND,                     TIMESTAMPDIFF(MICROSECOND, t.trx_started, NOW(6)) / 1000000";
        let sql = match table {
            Some(t) if mdl_info => format!(
                "SELECT DISTINCT {cols} FROM information_schema.METADATA_LOCK_INFO m                  JOIN information_schema.PROCESSLIST p ON p.ID = m.THREAD_ID                  LEFT JOIN information_schema.INNODB_TRX t ON t.trx_mysql_thread_id = p.ID                  WHERE m.TABLE_SCHEMA = DATABASE() AND m.TABLE_NAME = {}                  AND p.ID <> CONNECTION_ID() LIMIT 5",
                Dialect::Mysql.literal(t)
            ),
            _ => format!(
                "SELECT {cols} FROM information_schema.INNODB_TRX t                  JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id                  WHERE p.ID <> CONNECTION_ID() ORDER BY t.trx_started LIMIT 5"
            ),
        };
        let rows = self.query(&sql).ok()?;
        Some(
            rows.into_iter()
                .map(|r| Holder {
                    id: r[0].clone().unwrap_or_default(),
                    user: r[1].clone(),
                    application: None,
                    client: r[2].clone(),
                    state: r[3]
                        .clone()
                        .filter(|s| !s.is_empty())
                        .or_else(|| r[4].clone()),
                    seconds: r[5].as_deref().and_then(|v| v.parse().ok()),
                    query: None,
                })
                .collect(),
        )
    }

    fn holder_id_word(&self) -> &'static str {
        "thread"
    }

    fn try_lock(&mut self, name: &str) -> Result<bool, DbError> {
        // On a cluster, the lock row; the connection lends itself to it.
        if let Some((c, mut lock)) = self.cluster.take() {
            let got = lock.try_lock(self, name);
            self.cluster = Some((c, lock));
            return got;
        }
        // GET_LOCK names are server-wide and at most 64 characters: name them after
        // the database too, hashed when long.
        let n = self.lock_name(name)?;
        let got: Option<Option<i64>> = self.run(async move |c: &mut Conn| {
            c.query_first(format!("SELECT GET_LOCK({n}, 0)")).await
        })?;
        Ok(got.flatten() == Some(1))
    }

    fn unlock(&mut self, name: &str) -> Result<(), DbError> {
        if let Some((c, mut lock)) = self.cluster.take() {
            let done = lock.unlock(self, name);
            self.cluster = Some((c, lock));
            return done;
        }
        let n = self.lock_name(name)?;
        self.run(async move |c: &mut Conn| c.query_drop(format!("DO RELEASE_LOCK({n})")).await)
    }

    fn query(&mut self, sql: &str) -> Result<Vec<Row>, DbError> {
        let sql = sql.to_string();
        let rows: Vec<mysql_async::Row> = self.run(async move |c: &mut Conn| c.query(sql).await)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                r.unwrap()
                    .into_iter()
                    .map(|v| match v {
                        mysql_async::Value::NULL => None,
                        mysql_async::Value::Bytes(b) => {
                            Some(String::from_utf8_lossy(&b).into_owned())
                        }
                        other => Some(other.as_sql(true).trim_matches('\'').to_string()),
                    })
                    .collect()
            })
            .collect())
    }
}

impl MysqlConnection {
    /// `ast_schema.<database>.<name>` as an SQL literal, shortened with a hash to fit 64.
    fn lock_name(&mut self, name: &str) -> Result<String, DbError> {
        let db: Option<Option<String>> =
            self.run(async move |c: &mut Conn| c.query_first("SELECT DATABASE()").await)?;
        let full = format!("ast_schema.{}.{name}", db.flatten().unwrap_or_default());
        let full = if full.len() > 64 {
            format!("ast_schema.{:016x}", crate::dialect::quote::fnv1a(&full))
        } else {
            full
        };
        Ok(Dialect::Mysql.literal(&full))
    }
}

/// Whether an I/O error is a TLS failure (rustls' error inside), not a network one.
fn is_tls(e: &std::io::Error) -> bool {
    e.get_ref()
        .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some())
}

fn classify(e: mysql_async::Error) -> DbError {
    use mysql_async::{DriverError as D, Error as E, IoError};
    let kind = match &e {
        E::Io(IoError::Io(io)) if is_tls(io) => DbErrorKind::Tls,
        E::Io(IoError::Io(_)) => DbErrorKind::Unreachable,
        E::Io(IoError::Tls(_)) => DbErrorKind::Tls,
        E::Driver(D::NoClientSslFlagFromServer) => DbErrorKind::Tls,
        E::Driver(D::ConnectionClosed | D::PacketOutOfOrder | D::UnexpectedPacket { .. }) => {
            DbErrorKind::Unreachable
        }
        E::Driver(_) => DbErrorKind::Other,
        E::Server(se) => match se.code {
            1045 | 1698 => DbErrorKind::Auth,
            // unknown database; a name the server cannot have
            1049 | 1102 => DbErrorKind::NoDatabase,
            1044 | 1142 | 1143 | 1227 | 1370 | 1290 => DbErrorKind::Permission,
            // duplicate key, deadlock (a lost Galera certification)
            1062 | 1213 => DbErrorKind::Conflict,
            // lock wait timeout: lock_wait_timeout (metadata locks) or
            // innodb_lock_wait_timeout (row locks)
            1205 => DbErrorKind::LockWait,
            // too many connections, shutting down, network errors, server starting
            1040 | 1053 | 1158..=1161 | 1927 | 2002 | 2003 | 2006 | 2013 => {
                DbErrorKind::Unreachable
            }
            _ => DbErrorKind::Other,
        },
        E::Other(_) | E::Url(_) => DbErrorKind::Other,
    };
    let msg = match &e {
        E::Server(se) => format!("{} (MySQL error {})", se.message, se.code),
        // The crate's Display wraps each kind in words of its own; say the inner one.
        E::Io(IoError::Io(io)) => match io.get_ref() {
            Some(inner) => inner.to_string(),
            None => io.to_string(),
        },
        E::Io(IoError::Tls(t)) => t.to_string(),
        E::Driver(D::NoClientSslFlagFromServer) => NO_TLS.to_string(),
        E::Driver(d) => d.to_string(),
        other => other.to_string(),
    };
    DbError::new(kind, msg)
}
