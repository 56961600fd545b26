//! `ast_schema_history`: our record of every step, beside Alembic's version table.
//!
//! One row per applied revision (and per stamp): tree, revision, direction, the
//! SHA-256 of the migration file that was applied, when (UTC), how long it took and
//! which ast-schema did it. Alembic never looks at it, so a database can still be
//! handed to Alembic. `verify` uses it to spot revisions applied from a different
//! file than this build carries.

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
         duration_ms INTEGER NOT NULL, \n    tool_version VARCHAR(32) NOT NULL\n)"
    )
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
}

pub fn insert_sql(d: Dialect, e: &Entry<'_>) -> String {
    let opt = |v: Option<&str>| v.map(|s| d.literal(s)).unwrap_or_else(|| "NULL".into());
    format!(
        "INSERT INTO {TABLE} (tree, revision, direction, from_revision, to_revision, checksum, method, applied_at, duration_ms, tool_version) \
         VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
        d.literal(e.tree),
        d.literal(e.revision),
        d.literal(e.action.name()),
        opt(e.from),
        opt(e.to),
        d.literal(e.checksum),
        d.literal(e.method.name()),
        d.literal(&now_utc()),
        e.duration_ms,
        d.literal(env!("CARGO_PKG_VERSION"))
    )
}

/// For each revision of `tree` whose last recorded step was an upgrade (or stamp),
/// the checksum it was applied with, since the last reconcile.
pub fn applied_checksums(
    conn: &mut dyn Connection,
    tree: &str,
) -> Result<Vec<(String, String)>, Error> {
    let d = conn.dialect();
    let rows = conn
        .query(&format!(
            "SELECT revision, direction, checksum FROM {TABLE} WHERE tree = {} ORDER BY id",
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
