//! `ast_schema_history`: our record of every step, beside Alembic's version table.
//!
//! One row per applied revision (and per stamp): tree, revision, direction, the
//! SHA-256 of the migration file that was applied, when (UTC), how long it took and
//! which ast-schema did it. Alembic never looks at it, so a database can still be
//! handed to Alembic. `verify` uses it to spot revisions applied from a different
//! file than this build carries.
//!
//! Where a step cannot be one transaction (MySQL, whose DDL commits at once), its
//! row is written first with status `started`, its `progress` (statements done) is
//! advanced after each statement, and it becomes `done` in the same transaction as
//! the version row. A row left `started` is the record of an interrupted step:
//! the next run reads it with [`pending`] and finishes or undoes that step.

use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::error::Error;

pub const TABLE: &str = "ast_schema_history";

/// `CREATE TABLE IF NOT EXISTS ast_schema_history (...)`.
pub fn create_sql(d: Dialect) -> String {
    let id = match d {
        Dialect::Mysql => "id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY",
        Dialect::Postgresql => "id SERIAL PRIMARY KEY",
        Dialect::Sqlite => "id INTEGER PRIMARY KEY AUTOINCREMENT",
    };
    format!(
        "CREATE TABLE IF NOT EXISTS {TABLE} (\n    {id}, \n    tree VARCHAR(32) NOT NULL, \n    revision VARCHAR(32) NOT NULL, \n    \
         direction VARCHAR(10) NOT NULL, \n    from_revision VARCHAR(32), \n    to_revision VARCHAR(32), \n    \
         checksum VARCHAR(64) NOT NULL, \n    method VARCHAR(16) NOT NULL, \n    applied_at VARCHAR(32) NOT NULL, \n    \
         duration_ms INTEGER NOT NULL, \n    tool_version VARCHAR(32) NOT NULL, \n    \
         status VARCHAR(16) NOT NULL DEFAULT 'done', \n    progress INTEGER\n)"
    )
}

/// [`create_sql`] made safe against runners of other trees creating it at the same
/// moment (the table is shared by every tree): on PostgreSQL, whose `CREATE TABLE
/// IF NOT EXISTS` races (a duplicate `pg_type` row), it runs in one implicit
/// transaction behind a transaction-scoped advisory lock, so the second runner
/// waits for the first to commit and then finds the table. MySQL and SQLite
/// serialize `IF NOT EXISTS` themselves.
pub fn create_shared_sql(d: Dialect) -> String {
    shared_create(d, &create_sql(d))
}

/// A `CREATE ... IF NOT EXISTS` of a table every tree shares, safe against
/// runners of other trees at the same moment (see [`create_shared_sql`]).
pub fn shared_create(d: Dialect, create: &str) -> String {
    match d {
        Dialect::Postgresql => {
            format!("SELECT pg_advisory_xact_lock({SHARED_CREATE_KEY}); {create}")
        }
        Dialect::Mysql | Dialect::Sqlite => create.to_string(),
    }
}

/// The advisory lock key that serializes creating the shared bookkeeping tables
/// ("ast_sche" in ASCII).
const SHARED_CREATE_KEY: i64 = 0x6173_745f_7363_6865;

/// The statements that bring a history table made by an older ast-schema (without
/// `status` and `progress`) up to date; none when it has them.
pub fn upgrade_sql(conn: &mut dyn Connection) -> Vec<String> {
    let has = conn
        .query(&format!("SELECT status, progress FROM {TABLE} WHERE 1 = 0"))
        .is_ok();
    if has {
        return Vec::new();
    }
    vec![
        format!("ALTER TABLE {TABLE} ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'done'"),
        format!("ALTER TABLE {TABLE} ADD COLUMN progress INTEGER"),
    ]
}

/// Where a recorded step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Under way, or interrupted: `progress` statements had run.
    Started,
    Done,
    /// An interrupted step the next run took back.
    RolledBack,
    /// An interrupted step an operator set aside (`stamp`).
    Abandoned,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Started => "started",
            Status::Done => "done",
            Status::RolledBack => "rolled-back",
            Status::Abandoned => "abandoned",
        }
    }
}

/// What a history row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Upgrade,
    Downgrade,
    Stamp,
    Reconcile,
}

impl Action {
    pub fn name(self) -> &'static str {
        match self {
            Action::Upgrade => "upgrade",
            Action::Downgrade => "downgrade",
            Action::Stamp => "stamp",
            Action::Reconcile => "reconcile",
        }
    }
}

/// How the change was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Revision by revision.
    Replay,
    /// A fresh database built at its target revision at once.
    FastPath,
    /// Only the version row was written.
    Stamp,
    /// Moved onto another chain at the same revision.
    Reconcile,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Replay => "replay",
            Method::FastPath => "fast-path",
            Method::Stamp => "stamp",
            Method::Reconcile => "reconcile",
        }
    }
}

/// One history row.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub tree: &'a str,
    pub revision: &'a str,
    pub action: Action,
    pub from: Option<&'a str>,
    pub to: Option<&'a str>,
    pub checksum: &'a str,
    pub method: Method,
    pub duration_ms: u128,
    pub status: Status,
}

/// The columns a step's row records and their values, as SQL literals.
fn fields(d: Dialect, e: &Entry<'_>) -> [(&'static str, String); 9] {
    let opt = |v: Option<&str>| v.map(|s| d.literal(s)).unwrap_or_else(|| "NULL".into());
    [
        ("revision", d.literal(e.revision)),
        ("direction", d.literal(e.action.name())),
        ("from_revision", opt(e.from)),
        ("to_revision", opt(e.to)),
        ("checksum", d.literal(e.checksum)),
        ("method", d.literal(e.method.name())),
        ("applied_at", d.literal(&now_utc())),
        ("duration_ms", e.duration_ms.to_string()),
        ("status", d.literal(e.status.name())),
    ]
}

pub fn insert_sql(d: Dialect, e: &Entry<'_>) -> String {
    let mut cols = vec!["tree".to_string()];
    let mut vals = vec![d.literal(e.tree)];
    for (c, v) in fields(d, e) {
        cols.push(c.to_string());
        vals.push(v);
    }
    // Before `status`, as the table lists its columns.
    let at = cols.len() - 1;
    cols.insert(at, "tool_version".to_string());
    vals.insert(at, d.literal(env!("CARGO_PKG_VERSION")));
    cols.push("progress".to_string());
    vals.push(
        if e.status == Status::Started {
            "0"
        } else {
            "NULL"
        }
        .to_string(),
    );
    format!(
        "INSERT INTO {TABLE} ({}) VALUES ({})",
        cols.join(", "),
        vals.join(", ")
    )
}

/// Records that `done` statements of the step in row `id` have run.
pub fn progress_sql(id: i64, done: usize) -> String {
    format!("UPDATE {TABLE} SET progress = {done} WHERE id = {id}")
}

/// Closes the step in row `id` with `status`, stamping the time and duration.
pub fn close_sql(d: Dialect, id: i64, status: Status, duration_ms: u128) -> String {
    format!(
        "UPDATE {TABLE} SET status = {}, applied_at = {}, duration_ms = {duration_ms} WHERE id = {id}",
        d.literal(status.name()),
        d.literal(&now_utc())
    )
}

/// Closes the `started` row `id` as the finished step `e` (every field rewritten):
/// a build at once whose started row stood for the whole build becomes its
/// first revision's row, so the rows that follow keep history's order.
pub fn close_as_sql(d: Dialect, id: i64, e: &Entry<'_>) -> String {
    let set: Vec<String> = fields(d, e)
        .into_iter()
        .map(|(c, v)| format!("{c} = {v}"))
        .collect();
    format!(
        "UPDATE {TABLE} SET {}, progress = NULL WHERE id = {id}",
        set.join(", ")
    )
}

/// The newest row of `tree` (after an insert under the tree's lock: the one just
/// written).
pub fn last_id(conn: &mut dyn Connection, tree: &str) -> Result<i64, Error> {
    let d = conn.dialect();
    let rows = conn
        .query(&format!(
            "SELECT MAX(id) FROM {TABLE} WHERE tree = {}",
            d.literal(tree)
        ))
        .map_err(|e| Error::Database(format!("cannot read {TABLE}: {e}")))?;
    rows.first()
        .and_then(|r| r.first().cloned().flatten())
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| Error::Database(format!("{TABLE} has no row for tree {tree}")))
}

/// A step of one tree that was started and never closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    pub id: i64,
    pub revision: String,
    pub action: Action,
    pub method: Method,
    pub from: Option<String>,
    pub to: Option<String>,
    /// How many statements had run.
    pub progress: usize,
}

/// The interrupted step of `tree`, if its newest started row was never closed.
/// A database without the history table (or an older one) has none.
pub fn pending(conn: &mut dyn Connection, tree: &str) -> Result<Option<Pending>, Error> {
    let d = conn.dialect();
    let sql = format!(
        "SELECT id, revision, direction, method, from_revision, to_revision, progress FROM {TABLE} \
         WHERE tree = {} AND status = 'started' ORDER BY id DESC",
        d.literal(tree)
    );
    let Ok(rows) = conn.query(&sql) else {
        // No history table yet, or one without a status column: nothing pending.
        return Ok(None);
    };
    let Some(r) = rows.into_iter().next() else {
        return Ok(None);
    };
    let text = |i: usize| r.get(i).cloned().flatten();
    let bad =
        |what: &str| Error::CorruptVersionTable(format!("{TABLE} has a started row with {what}"));
    let action = match text(2).as_deref() {
        Some("upgrade") => Action::Upgrade,
        Some("downgrade") => Action::Downgrade,
        Some("reconcile") => Action::Reconcile,
        Some("stamp") => Action::Stamp,
        other => return Err(bad(&format!("direction {other:?}"))),
    };
    let method = match text(3).as_deref() {
        Some("replay") => Method::Replay,
        Some("fast-path") => Method::FastPath,
        Some("reconcile") => Method::Reconcile,
        Some("stamp") => Method::Stamp,
        other => return Err(bad(&format!("method {other:?}"))),
    };
    Ok(Some(Pending {
        id: text(0)
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| bad("no id"))?,
        revision: text(1).unwrap_or_default(),
        action,
        method,
        from: text(4),
        to: text(5),
        progress: text(6).and_then(|v| v.parse().ok()).unwrap_or(0),
    }))
}

/// For each revision of `tree` whose last recorded step was an upgrade (or stamp),
/// the checksum it was applied with, since the last reconcile.
pub fn applied_checksums(
    conn: &mut dyn Connection,
    tree: &str,
) -> Result<Vec<(String, String)>, Error> {
    let d = conn.dialect();
    // A table from before `status` holds only finished steps.
    let finished = if upgrade_sql(conn).is_empty() {
        " AND status = 'done'"
    } else {
        ""
    };
    let rows = conn
        .query(&format!(
            "SELECT revision, direction, checksum FROM {TABLE} WHERE tree = {}{finished} ORDER BY id",
            d.literal(tree)
        ))
        .map_err(|e| Error::Database(format!("cannot read {TABLE}: {e}")))?;
    let mut out: Vec<(String, String)> = Vec::new();
    for r in rows {
        let (rev, dir, sum) = (
            r[0].clone().unwrap_or_default(),
            r[1].clone().unwrap_or_default(),
            r[2].clone().unwrap_or_default(),
        );
        // A reconcile puts the database on another chain: what was applied before
        // no longer says which files its schema came from.
        if dir == "reconcile" {
            out.clear();
            continue;
        }
        out.retain(|(x, _)| *x != rev);
        if dir != "downgrade" {
            out.push((rev, sum));
        }
    }
    Ok(out)
}

/// The current time in UTC as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn now_utc() -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let secs = now.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        now.subsec_millis()
    )
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_are_right() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_723), (2024, 1, 1));
        assert_eq!(civil_from_days(20_513), (2026, 3, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
