//! The fresh-database fast path builds a revision's schema at once; it must be
//! indistinguishable from replaying every revision: same tables, columns in the
//! same order, same types, names, enum types, indexes and constraints, same
//! version row, on every database, at head and at older revisions.

mod common;

use ast_schema::definitions::revision::Tree;
use common::{stderr, stdout, TestDb, DIALECTS};

/// Head and older revisions spread over each tree.
fn targets(t: &Tree) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = [
        1,
        t.len() / 4,
        t.len() / 2,
        3 * t.len() / 4,
        t.len() - 1,
        t.len(),
    ]
    .into_iter()
    .filter(|p| *p >= 1)
    .map(|p| t.at(p).id)
    .collect();
    v.dedup();
    v
}

#[test]
fn fast_path_equals_replay_at_head_and_older_revisions() {
    for t in Tree::all() {
        for d in DIALECTS {
            for rev in targets(&t) {
                let fast = TestDb::new(d, "fast");
                let replay = TestDb::new(d, "replay");
                let out = fast.ast(&["--tree", t.name, "--format", "json", "upgrade", rev]);
                assert!(out.status.success(), "{}", stderr(&out));
                let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
                assert_eq!(v["trees"][0]["method"], "fast-path", "{} {d} {rev}", t.name);
                replay.ok(&["--tree", t.name, "upgrade", rev, "--replay"]);
                assert_eq!(
                    fast.dump(),
                    replay.dump(),
                    "{} on {d} at {rev}: fast path differs from replay",
                    t.name
                );
                assert_eq!(fast.versions(t.name), replay.versions(t.name));
                // Both continue and come back the same way.
                fast.ok(&["--tree", t.name, "upgrade", "head"]);
                replay.ok(&["--tree", t.name, "upgrade", "head"]);
                assert_eq!(
                    fast.dump(),
                    replay.dump(),
                    "{} on {d} from {rev} to head",
                    t.name
                );
            }
        }
    }
}

#[test]
fn fast_path_records_every_revision_and_only_runs_on_fresh_databases() {
    let t = Tree::named("config").unwrap();
    for d in DIALECTS {
        let db = TestDb::new(d, "fast_hist");
        let out = db.ok(&["upgrade", "head"]);
        assert!(out.contains("built at once"), "{d}: {out}");
        let rows = db.query("SELECT count(*) FROM ast_schema_history WHERE method = 'fast-path'");
        assert_eq!(
            rows[0][0].as_deref(),
            Some(t.len().to_string().as_str()),
            "{d}"
        );
        // Back to base and up again: the version table is there but no tree table, so
        // the fast path applies again; --replay forces the long way.
        db.ok(&["downgrade", "base"]);
        assert!(db.ok(&["upgrade", "head", "--replay"]).contains(&format!(
            "upgrade {} -> {}",
            t.at(t.len() - 1).id,
            t.head().unwrap().id
        )));
        // A database that already holds another tree still gets the fast path for this one.
        let other = TestDb::new(d, "fast_other");
        other.ok(&["--tree", "cdr", "upgrade", "head"]);
        // (The config tree named: by default a database holding another tree is refused.)
        assert!(
            other
                .ok(&["--tree", "config", "upgrade", "head"])
                .contains("built at once"),
            "{d}"
        );
    }
}
