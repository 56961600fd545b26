//! `verify`: does the live schema match the schema its revision should have?
//!
//! The expectation is the schema model folded up to the database's revision
//! (`dialect::expected`); the live side is `db::introspect`. Differences are listed per
//! table and column, one line each. Revisions recorded in `ast_schema_history` with
//! a checksum other than this build's file are reported as notes: the database was
//! built from a different version of that migration.

use crate::db::driver::Connection;
use crate::db::{history, version as state};
use crate::definitions::revision::Tree;
use crate::dialect::expected;
use crate::engine::shape::{live_model, live_tree_dump};
use crate::error::Error;
use crate::model::compare::{compare, partition_extras};

/// What `verify` found for one tree.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub position: usize,
    /// `missing: ...` / `unexpected: ...` / `differs: ...` lines.
    pub differences: Vec<String>,
    /// Objects the database has that no revision makes (an operator's columns,
    /// indexes, triggers and views): listed, not counted as differences.
    pub extras: Vec<String>,
    pub notes: Vec<String>,
}

/// Compares the live schema of `tree` with what its revision should have.
pub fn verify(conn: &mut dyn Connection, tree: &Tree) -> Result<Report, Error> {
    let st = state::read(conn, tree)?;
    let d = conn.dialect();
    let model = live_model(conn, tree, st.position)?;
    let want = expected::render(&model, d);
    let live = live_tree_dump(conn, tree)?;
    let (extras, differences) = partition_extras(compare(&want, &live));
    let mut report = Report {
        position: st.position,
        differences,
        extras,
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
