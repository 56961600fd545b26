//! `ast_schema_intent`: where a run with a relative target (`-20`, `+3`) is going.
//!
//! A relative target counts from where the database is when the run starts. A run
//! that is killed part-way and started again would count from where the kill left
//! it and overshoot, so the first run records the absolute target it resolved
//! (one row per tree) before changing anything, and clears it when it finishes.
//! A later run of the same direction and target text finds the row and goes to
//! that recorded target instead; any other run that finishes clears it. The
//! table is made only when a relative target is used.

use crate::db::driver::Connection;
use crate::db::version::DbState;
use crate::definitions::dialect::Dialect;
use crate::definitions::revision::Tree;
use crate::error::Error;

pub const TABLE: &str = "ast_schema_intent";

/// Whether a target counts from the current revision.
pub fn is_relative(target: &str) -> bool {
    target.trim().starts_with(['+', '-'])
}

/// A recorded intent: the run's direction, its target as given, and where it
/// resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recorded {
    pub direction: String,
    pub target: String,
    pub to: usize,
}

/// The intent recorded for `tree`, if any (and if its revision is still known).
pub fn read(
    conn: &mut dyn Connection,
    tree: &Tree,
    st: &DbState,
) -> Result<Option<Recorded>, Error> {
    if !st.has_table(TABLE) {
        return Ok(None);
    }
    let d = conn.dialect();
    let rows = conn
        .query(&format!(
            "SELECT direction, target, to_revision FROM {TABLE} WHERE tree = {}",
            d.literal(tree.name)
        ))
        .map_err(|e| Error::Database(format!("cannot read {TABLE}: {e}")))?;
    let Some(r) = rows.into_iter().next() else {
        return Ok(None);
    };
    let text = |i: usize| r.get(i).cloned().flatten();
    let to = match text(2) {
        None => Some(0),
        Some(id) => tree.position(&id),
    };
    Ok(match (text(0), text(1), to) {
        (Some(direction), Some(target), Some(to)) => Some(Recorded {
            direction,
            target,
            to,
        }),
        _ => None,
    })
}

/// Where `target` takes the database at `st`: a relative target that an
/// unfinished earlier run of the same direction recorded goes where that run was
/// going; anything else resolves as usual.
pub fn resolve(
    conn: &mut dyn Connection,
    tree: &Tree,
    st: &DbState,
    direction: &str,
    target: &str,
) -> Result<usize, Error> {
    if is_relative(target) {
        if let Some(r) = read(conn, tree, st)? {
            if r.direction == direction && r.target == target.trim() {
                return Ok(r.to);
            }
        }
    }
    tree.resolve(target, st.position)
}

/// Records (replacing any earlier row of the tree) that a run with a relative
/// `target` goes to position `to`. Nothing for an absolute target.
pub fn record(
    conn: &mut dyn Connection,
    tree: &Tree,
    direction: &str,
    target: &str,
    to: usize,
) -> Result<(), Error> {
    if !is_relative(target) {
        return Ok(());
    }
    let d = conn.dialect();
    let to_rev = if to == 0 {
        "NULL".to_string()
    } else {
        d.literal(tree.at(to).id)
    };
    let sqls = [
        crate::db::history::shared_create(d, &create_sql(d)),
        format!("DELETE FROM {TABLE} WHERE tree = {}", d.literal(tree.name)),
        format!(
            "INSERT INTO {TABLE} (tree, direction, target, to_revision) VALUES ({}, {}, {}, {to_rev})",
            d.literal(tree.name),
            d.literal(direction),
            d.literal(target.trim()),
        ),
    ];
    for sql in sqls {
        conn.execute(&sql).map_err(|e| {
            Error::Database(format!("cannot record the run's target in {TABLE}: {e}"))
        })?;
    }
    Ok(())
}

/// Forgets the tree's recorded intent once a run got where it was going (`st`:
/// the database as the run found it, or after it recorded one).
pub fn clear(conn: &mut dyn Connection, tree: &Tree, st: &DbState) -> Result<(), Error> {
    if !st.has_table(TABLE) {
        return Ok(());
    }
    let d = conn.dialect();
    conn.execute(&format!(
        "DELETE FROM {TABLE} WHERE tree = {}",
        d.literal(tree.name)
    ))
    .map_err(|e| Error::Database(format!("cannot clear {TABLE}: {e}")))
}

fn create_sql(_d: Dialect) -> String {
    format!(
        "CREATE TABLE IF NOT EXISTS {TABLE} (tree VARCHAR(32) NOT NULL PRIMARY KEY, \
         direction VARCHAR(10) NOT NULL, target VARCHAR(64) NOT NULL, to_revision VARCHAR(32))"
    )
}
