//! What the server would refuse, found before anything runs (MySQL/MariaDB and
//! Galera clusters): a table without a primary key where the server demands one,
//! DDL that a cluster would apply on one node only, and data steps larger than a
//! cluster replicates in one write set.

use crate::db::driver::galera;
use crate::db::driver::Connection;
use crate::definitions::dialect::Dialect;
use crate::definitions::ops::Op;
use crate::definitions::revision::Tree;
use crate::error::Error;
use crate::model::Schema;

/// Checks the plan from `from` (schema `start`) to `to` of `tree` against the
/// server's rules; `target` is the schema it ends with.
pub fn check(
    conn: &mut dyn Connection,
    tree: &Tree,
    from: usize,
    to: usize,
    start: &Schema,
    target: &Schema,
) -> Result<(), Error> {
    if conn.dialect() != Dialect::Mysql {
        return Ok(());
    }
    let rules = galera::rules(conn)
        .map_err(|e| Error::Database(format!("cannot read the server's settings: {e}")))?;
    let mut problems = Vec::new();
    if let Some(by) = &rules.primary_key_required_by {
        let bare: Vec<&str> = target
            .tables
            .iter()
            .filter(|t| start.table(&t.name).is_none() && t.primary_key.is_none())
            .map(|t| t.name.as_str())
            .collect();
        if !bare.is_empty() {
            problems.push(format!(
                "the server requires a primary key on every new table ({by}), but Asterisk's schema creates {} without one: {}",
                bare.len(),
                bare.join(", ")
            ));
        }
    }
    if rules
        .osu_method
        .as_deref()
        .is_some_and(|m| m.eq_ignore_ascii_case("RSU"))
    {
        problems.push(
            "the cluster's wsrep_osu_method is RSU, which applies DDL on this node only and leaves the others \
             with the old schema; run with wsrep_osu_method=TOI"
                .to_string(),
        );
    }
    if let Some(limit) = rules.max_ws_size {
        for table in data_tables(tree, conn.dialect(), from, to)? {
            let size = table_bytes(conn, &table)?;
            if size > limit {
                problems.push(format!(
                    "a data step updates table {table} ({size} bytes), more than the cluster replicates in one \
                     write set (wsrep_max_ws_size={limit})"
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::ServerRules(format!(
        "{}; nothing was changed",
        problems.join("; ")
    )))
}

/// The tables the plan's data steps update.
fn data_tables(tree: &Tree, d: Dialect, from: usize, to: usize) -> Result<Vec<String>, Error> {
    let mut out: Vec<String> = Vec::new();
    let (range, up): (Vec<usize>, bool) = if to > from {
        ((from + 1..=to).collect(), true)
    } else {
        ((to + 1..=from).collect(), false)
    };
    for p in range {
        let m = tree.migration(p)?;
        let list = if up { &m.upgrade } else { &m.downgrade };
        for s in list.iter().filter(|s| s.applies_to(d)) {
            if let Op::Update(u) = &s.op {
                if !out.contains(&u.table) {
                    out.push(u.table.clone());
                }
            }
        }
    }
    Ok(out)
}

/// The bytes a table's rows take (InnoDB's estimate), 0 when it does not exist.
fn table_bytes(conn: &mut dyn Connection, table: &str) -> Result<u64, Error> {
    let rows = conn
        .query(&format!(
            "SELECT data_length FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = {}",
            Dialect::Mysql.literal(table)
        ))
        .map_err(|e| Error::Database(format!("cannot read the size of {table}: {e}")))?;
    Ok(rows
        .first()
        .and_then(|r| r.first().cloned().flatten())
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}
