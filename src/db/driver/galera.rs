//! Galera (MariaDB with every node writable): what the MySQL driver does
//! differently on a cluster.
//!
//! `GET_LOCK` only locks the node it runs on, so runners on different nodes would
//! all go ahead. On a cluster the lock is a row in `ast_schema_lock`, taken by a
//! committed insert: certification lets exactly one node's insert win, the others
//! fail (duplicate key, or a certification conflict) and wait. The row carries its
//! owner and an expiry, which a heartbeat on a second connection pushes forward
//! while the holder works; a holder killed outright stops the heartbeat, its lease
//! runs out, and the next runner takes the row over (one conditional update, which
//! again only one node can win). Reads wait until the node has applied what the
//! cluster committed (`wsrep_sync_wait`), so no runner acts on a stale version row.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use super::{Connection, DbError};
use crate::definitions::dialect::Dialect;
use crate::error::DbErrorKind;

/// The lock table (our prefix, so Alembic and every dump leave it alone).
pub const LOCK_TABLE: &str = "ast_schema_lock";

/// How long a lock row outlives its holder's last heartbeat, unless configured.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30);

/// What the node says about its cluster.
#[derive(Debug, Clone)]
pub struct Cluster {
    pub size: u32,
    /// `TOI` (DDL in total order on every node) or `RSU` (on this node only).
    pub osu_method: String,
    pub node: String,
}

impl Cluster {
    pub fn describe(&self) -> String {
        format!(
            "a Galera cluster of {} node(s), this one {:?}, wsrep_osu_method {}",
            self.size, self.node, self.osu_method
        )
    }
}

fn first(conn: &mut dyn Connection, sql: &str) -> Result<Option<String>, DbError> {
    Ok(conn
        .query(sql)?
        .into_iter()
        .next()
        .and_then(|r| r.into_iter().last().flatten()))
}

/// Whether the server is a Galera node (`wsrep_on`); on one, makes this session's
/// reads wait for what the cluster has committed.
pub fn detect(conn: &mut dyn Connection) -> Result<Option<Cluster>, DbError> {
    // MySQL has no wsrep variables at all; MariaDB without a provider says OFF.
    let on = match first(conn, "SELECT @@wsrep_on") {
        Ok(v) => v,
        Err(e) if e.kind == DbErrorKind::Other => return Ok(None),
        Err(e) => return Err(e),
    };
    if !matches!(on.as_deref(), Some("1") | Some("ON")) {
        return Ok(None);
    }
    let size = first(conn, "SHOW STATUS LIKE 'wsrep_cluster_size'")?;
    let osu = first(conn, "SELECT @@wsrep_osu_method")?;
    let node = first(conn, "SELECT @@wsrep_node_name")?;
    conn.execute("SET SESSION wsrep_sync_wait = 1")?;
    Ok(Some(Cluster {
        size: size.and_then(|v| v.parse().ok()).unwrap_or(0),
        osu_method: osu.unwrap_or_default(),
        node: node.unwrap_or_default(),
    }))
}

/// Opens another connection to the same node, for the heartbeat.
pub type Reconnect = Arc<dyn Fn() -> Result<Box<dyn Connection>, DbError> + Send + Sync>;

/// A lock row this process holds, with its heartbeat.
struct Held {
    name: String,
    owner: String,
    stop: Arc<AtomicBool>,
    heartbeat: Option<JoinHandle<()>>,
}

/// The cluster-wide locks of one connection.
pub struct ClusterLock {
    reconnect: Reconnect,
    pub lease: Duration,
    held: Vec<Held>,
}

fn literal(s: &str) -> String {
    Dialect::Mysql.literal(s)
}

const NOW_MS: &str = "CAST(ROUND(UNIX_TIMESTAMP(NOW(3)) * 1000) AS SIGNED)";

impl ClusterLock {
    pub fn new(reconnect: Reconnect) -> ClusterLock {
        ClusterLock {
            reconnect,
            lease: DEFAULT_LEASE,
            held: Vec::new(),
        }
    }

    /// Tries once to take the lock row `name` (see the module doc).
    pub fn try_lock(&mut self, conn: &mut dyn Connection, name: &str) -> Result<bool, DbError> {
        if self.held.iter().any(|h| h.name == name) {
            return Ok(true);
        }
        conn.execute(&format!(
            "CREATE TABLE IF NOT EXISTS {LOCK_TABLE} (name VARCHAR(190) NOT NULL PRIMARY KEY, \
             owner VARCHAR(190) NOT NULL, expires_ms BIGINT NOT NULL, taken_at DATETIME(3) NOT NULL)"
        ))?;
        let owner = owner_id();
        let insert = format!(
            "INSERT INTO {LOCK_TABLE} (name, owner, expires_ms, taken_at) VALUES ({}, {}, {NOW_MS} + {}, NOW(3))",
            literal(name),
            literal(&owner),
            self.lease.as_millis()
        );
        let taken = match conn.execute(&insert) {
            Ok(()) => true,
            // Another node's row is there (duplicate key), or won certification
            // against ours: held elsewhere, unless its lease ran out.
            Err(e) if matches!(e.kind, DbErrorKind::Conflict | DbErrorKind::LockWait) => {
                self.take_over_expired(conn, name, &owner)?
            }
            Err(e) => return Err(e),
        };
        if taken {
            self.start_heartbeat(name, owner);
        }
        Ok(taken)
    }

    /// Takes the row over when its lease has run out (its holder died).
    fn take_over_expired(
        &self,
        conn: &mut dyn Connection,
        name: &str,
        owner: &str,
    ) -> Result<bool, DbError> {
        let rows = conn.query(&format!(
            "SELECT owner, expires_ms, {NOW_MS} FROM {LOCK_TABLE} WHERE name = {}",
            literal(name)
        ))?;
        let Some(r) = rows.into_iter().next() else {
            // Released meanwhile: the next attempt inserts.
            return Ok(false);
        };
        let num = |i: usize| -> i64 {
            r.get(i)
                .cloned()
                .flatten()
                .and_then(|v| v.parse().ok())
                .unwrap_or(i64::MAX)
        };
        let (old, expires, now) = (r[0].clone().unwrap_or_default(), num(1), num(2));
        if expires > now {
            return Ok(false);
        }
        let update = format!(
            "UPDATE {LOCK_TABLE} SET owner = {}, expires_ms = {NOW_MS} + {}, taken_at = NOW(3) \
             WHERE name = {} AND owner = {} AND expires_ms = {expires}",
            literal(owner),
            self.lease.as_millis(),
            literal(name),
            literal(&old)
        );
        match conn.execute_counted(&update) {
            Ok(n) => Ok(n == 1),
            Err(e) if matches!(e.kind, DbErrorKind::Conflict | DbErrorKind::LockWait) => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Pushes the row's expiry forward every third of the lease, on a connection
    /// of its own, until released.
    fn start_heartbeat(&mut self, name: &str, owner: String) {
        let stop = Arc::new(AtomicBool::new(false));
        let lease = self.lease;
        let renew = format!(
            "UPDATE {LOCK_TABLE} SET expires_ms = {NOW_MS} + {} WHERE name = {} AND owner = {}",
            lease.as_millis(),
            literal(name),
            literal(&owner)
        );
        let (flag, reconnect) = (Arc::clone(&stop), Arc::clone(&self.reconnect));
        let heartbeat = std::thread::spawn(move || {
            let Ok(mut c) = reconnect() else {
                return;
            };
            let tick = (lease / 3).max(Duration::from_millis(100));
            let mut waited = Duration::ZERO;
            while !flag.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(50));
                waited += Duration::from_millis(50);
                if waited >= tick {
                    waited = Duration::ZERO;
                    let _ = c.execute(&renew);
                }
            }
        });
        self.held.push(Held {
            name: name.to_string(),
            owner,
            stop,
            heartbeat: Some(heartbeat),
        });
    }

    /// Releases the row `name`, if this process holds it.
    pub fn unlock(&mut self, conn: &mut dyn Connection, name: &str) -> Result<(), DbError> {
        let Some(i) = self.held.iter().position(|h| h.name == name) else {
            return Ok(());
        };
        let mut h = self.held.remove(i);
        stop(&mut h);
        conn.execute(&format!(
            "DELETE FROM {LOCK_TABLE} WHERE name = {} AND owner = {}",
            literal(name),
            literal(&h.owner)
        ))
    }
}

fn stop(h: &mut Held) {
    h.stop.store(true, Ordering::Relaxed);
    if let Some(t) = h.heartbeat.take() {
        let _ = t.join();
    }
}

impl Drop for ClusterLock {
    fn drop(&mut self) {
        self.held.iter_mut().for_each(stop);
    }
}

/// Who holds a lock row: host, process and a nonce, for messages and for the
/// conditional updates.
fn owner_id() -> String {
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    let nonce = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    format!("{host}:{}:{nonce:08x}", std::process::id())
}

/// The server settings that can refuse Asterisk's schema on MySQL/MariaDB, read
/// before anything runs.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// Which setting makes every table need a primary key, if one does
    /// (`innodb_force_primary_key`, MariaDB's `wsrep_mode` REQUIRED_PRIMARY_KEY,
    /// MySQL's `sql_require_primary_key`).
    pub primary_key_required_by: Option<String>,
    /// On a cluster, `wsrep_osu_method` (`RSU` applies DDL on one node only).
    pub osu_method: Option<String>,
    /// On a cluster, the largest write set it replicates (`wsrep_max_ws_size`).
    pub max_ws_size: Option<u64>,
}

/// Reads [`Rules`]; settings this server does not have are left out.
pub fn rules(conn: &mut dyn Connection) -> Result<Rules, DbError> {
    let var = |conn: &mut dyn Connection, name: &str| -> Option<String> {
        first(conn, &format!("SELECT @@{name}")).ok().flatten()
    };
    let on = |v: Option<String>| matches!(v.as_deref(), Some("1") | Some("ON"));
    let mut r = Rules::default();
    if on(var(conn, "innodb_force_primary_key")) {
        r.primary_key_required_by = Some("innodb_force_primary_key=ON".into());
    } else if on(var(conn, "sql_require_primary_key")) {
        r.primary_key_required_by = Some("sql_require_primary_key=ON".into());
    } else if var(conn, "wsrep_mode")
        .is_some_and(|m| m.to_uppercase().contains("REQUIRED_PRIMARY_KEY"))
    {
        r.primary_key_required_by = Some("wsrep_mode=REQUIRED_PRIMARY_KEY".into());
    }
    if on(var(conn, "wsrep_on")) {
        r.osu_method = var(conn, "wsrep_osu_method");
        r.max_ws_size = var(conn, "wsrep_max_ws_size").and_then(|v| v.parse().ok());
    }
    Ok(r)
}
