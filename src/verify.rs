//! `verify`: does the live schema match the schema its revision should have?
//!
//! The expectation is the schema model folded up to the database's revision
//! (`expected.rs`); the live side is `introspect.rs`. Differences are listed per
//! table and column, one line each. Revisions recorded in `ast_schema_history` with
//! a checksum other than this build's file are reported as notes: the database was
//! built from a different version of that migration.

use crate::driver::Connection;
use crate::error::Error;
use crate::revision::Tree;
use crate::{expected, history, introspect, runner, state};

#[derive(Debug, Clone, Default)]
pub struct Report {
    pub position: usize,
    /// `missing: ...` / `unexpected: ...` / `differs: ...` lines.
    pub differences: Vec<String>,
    pub notes: Vec<String>,
}

pub fn verify(conn: &mut dyn Connection, tree: &Tree) -> Result<Report, Error> {
    let st = state::read(conn, tree)?;
    let d = conn.dialect();
    let model = runner::live_model(conn, tree, st.position)?;
    let want = expected::render(&model, d);
    let live = live_tree_dump(conn, tree)?;
    let mut report = Report {
        position: st.position,
        differences: compare(&want, &live),
        notes: Vec::new(),
    };
    if st.has_table(history::TABLE) {
        for (rev, sum) in history::applied_checksums(conn, tree.name)? {
            if let Some(p) = tree.position(&rev) {
                if p <= st.position && tree.at(p).sha256 != sum {
                    report.notes.push(format!(
                        "revision {rev} was applied from a file with SHA-256 {}..., this build carries {}...",
                        &sum[..sum.len().min(12)],
                        &tree.at(p).sha256[..12]
                    ));
                }
            }
        }
    }
    Ok(report)
}

/// Every table any revision of the tree creates, on master's chain or a branch's.
pub(crate) fn tree_tables(tree: &Tree, d: crate::dialect::Dialect) -> Result<Vec<String>, Error> {
    type Cache = std::sync::Mutex<Vec<(String, crate::dialect::Dialect, Vec<String>)>>;
    static CACHE: std::sync::OnceLock<Cache> = std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some((_, _, v)) = cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .find(|(n, dd, _)| n == tree.name && *dd == d)
    {
        return Ok(v.clone());
    }
    let mut names = Vec::new();
    let embedded = Tree::embedded(tree.name)
        .ok_or_else(|| Error::Config(format!("unknown tree {}", tree.name)))?;
    for r in embedded.revisions.iter().chain(embedded.variants.iter()) {
        let m = crate::migration::parse(r.file, r.source).map_err(Error::InvalidMigration)?;
        for step in m.upgrade.iter().filter(|s| s.applies_to(d)) {
            if let crate::ops::Op::CreateTable { table, .. } = &step.op {
                if !names.contains(table) {
                    names.push(table.clone());
                }
            }
        }
    }
    cache
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push((tree.name.to_string(), d, names.clone()));
    Ok(names)
}

/// The live schema, limited to the tables of `tree` (other trees and other
/// applications' tables are not its business).
pub fn live_tree_dump(conn: &mut dyn Connection, tree: &Tree) -> Result<String, Error> {
    let ours = tree_tables(tree, conn.dialect())?;
    let live = introspect::dump(conn, false)?;
    Ok(keep_tables(&live, |t| ours.iter().any(|o| o == t)))
}

/// The dump with only the tables `keep` accepts (enum lines stay).
fn keep_tables(dump: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut on = true;
    for line in dump.lines() {
        if let Some(t) = line.strip_prefix("table ") {
            on = keep(t);
        } else if !line.starts_with("  ") {
            on = true;
        }
        if on {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Line differences, grouped under their table (order does not matter).
pub fn compare(want: &str, live: &str) -> Vec<String> {
    let parse = |s: &str| -> Vec<(String, String)> {
        let mut table = String::new();
        s.lines()
            .map(|l| {
                if let Some(t) = l.strip_prefix("table ") {
                    table = t.to_string();
                    (String::new(), l.to_string())
                } else if l.starts_with("  ") {
                    (table.clone(), l.trim().to_string())
                } else {
                    (String::new(), l.to_string())
                }
            })
            .collect()
    };
    let w = parse(want);
    let g = parse(live);
    let tables = |v: &[(String, String)]| -> Vec<String> {
        v.iter()
            .filter_map(|(_, l)| l.strip_prefix("table ").map(str::to_string))
            .collect()
    };
    let (wt, gt) = (tables(&w), tables(&g));
    let mut out = Vec::new();
    // A table missing on one side is one difference, not one per column.
    for (t, l) in &w {
        if !g.contains(&(t.clone(), l.clone())) && (t.is_empty() || gt.contains(t)) {
            out.push(describe("missing", t, l, &g));
        }
    }
    for (t, l) in &g {
        if !w.contains(&(t.clone(), l.clone())) && (t.is_empty() || wt.contains(t)) {
            out.push(describe("unexpected", t, l, &w));
        }
    }
    // A column present on both sides with different definitions shows twice; say it once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|x| seen.insert(x.clone()));
    out
}

fn describe(kind: &str, table: &str, line: &str, other: &[(String, String)]) -> String {
    if let Some(col) = line.strip_prefix("column ") {
        let name = col.split(' ').next().unwrap_or("");
        let twin = other.iter().find(|(t, l)| {
            t == table
                && l.strip_prefix("column ")
                    .is_some_and(|c| c.split(' ').next() == Some(name))
        });
        if let Some((_, l)) = twin {
            let (want, got) = if kind == "missing" {
                (col, &l[7..])
            } else {
                (&l[7..], col)
            };
            return format!("differs: {table}.{name}: expected `{want}`, found `{got}`");
        }
        return format!("{kind}: column {table}.{col}");
    }
    if table.is_empty() {
        format!("{kind}: {line}")
    } else {
        format!("{kind}: {table}: {line}")
    }
}
