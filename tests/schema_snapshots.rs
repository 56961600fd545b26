//! The schema each tree has at head on each database, committed as normalized text
//! under `tests/expected/`, so a change to the resulting schema shows up as a diff
//! without Alembic. Regenerate with `UPDATE_GOLDEN=1 cargo test --test schema_snapshots`.

mod common;

use ast_schema::definitions::revision::Tree;
use common::{TestDb, DIALECTS};

#[test]
fn head_schemas_match_the_committed_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for d in DIALECTS {
        let db = TestDb::new(d, "snapshot");
        db.ok(&["--tree", "all", "upgrade", "head"]);
        let dump = db.dump();
        // One file per tree: cut the dump at its tables.
        for t in Tree::all() {
            let mut tables = Vec::new();
            for p in 1..=t.len() {
                for st in &t.migration(p).unwrap().upgrade {
                    if let ast_schema::definitions::ops::Op::CreateTable { table, .. } = &st.op {
                        tables.push(table.clone());
                    }
                }
            }
            let got = section(
                &dump,
                &tables,
                d == ast_schema::definitions::dialect::Dialect::Postgresql && t.name == "config",
            );
            let path = dir.join(format!("{}-{}.schema", t.name, d));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &got).unwrap();
            } else if std::fs::read_to_string(&path).unwrap_or_default() != got {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "head schema differs from the snapshots (review, then UPDATE_GOLDEN=1):\n{}",
        stale.join("\n")
    );
}

/// The lines of `dump` for `tables` (and, when `enums`, the enum lines).
fn section(dump: &str, tables: &[String], enums: bool) -> String {
    let mut out = String::new();
    let mut on = false;
    for line in dump.lines() {
        if let Some(t) = line.strip_prefix("table ") {
            on = tables.iter().any(|x| x == t);
        } else if line.starts_with("enum ") {
            on = enums;
        }
        if on {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}
