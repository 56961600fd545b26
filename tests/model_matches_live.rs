//! At every revision of every tree, in both directions, the live schema on each
//! database is exactly what the schema model says it should be (`expected.rs`).
//! This is what lets `verify` trust the model, and it checks the SQLite mapping,
//! which has no Alembic reference to compare with.

mod common;

use std::time::Duration;

use ast_schema::expected;
use ast_schema::revision::Tree;
use ast_schema::runner::{self, Direction, Request, Silent};
use common::{TestDb, DIALECTS};

fn step(db: &TestDb, tree: &Tree, direction: Direction, target: &str) {
    let mut conn = db.conn();
    let req = Request {
        direction,
        target,
        lock_timeout: Duration::from_secs(30),
    };
    runner::migrate(conn.as_mut(), tree, &req, &mut Silent)
        .unwrap_or_else(|e| panic!("{} {target} on {}: {e}", tree.name, db.dialect));
}

#[test]
fn live_schema_equals_the_model_at_every_revision() {
    for t in Tree::all() {
        for d in DIALECTS {
            let db = TestDb::new(d, &format!("model_{}", t.name));
            let check = |pos: usize| {
                let want = expected::render(&runner::model_at(&t, d, pos).unwrap(), d);
                let got = db.dump();
                if want != got {
                    let diff: Vec<String> = diff_lines(&want, &got);
                    panic!(
                        "{} on {d} at {}: live schema differs from the model:\n{}",
                        t.name,
                        t.label(pos),
                        diff.join("\n")
                    );
                }
            };
            for pos in 1..=t.len() {
                step(&db, &t, Direction::Upgrade, "+1");
                check(pos);
            }
            for pos in (0..t.len()).rev() {
                step(&db, &t, Direction::Downgrade, "-1");
                check(pos);
            }
        }
    }
}

/// Lines only in `want` (-) or only in `got` (+), in order.
fn diff_lines(want: &str, got: &str) -> Vec<String> {
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let mut out: Vec<String> = w
        .iter()
        .filter(|l| !g.contains(l))
        .map(|l| format!("- {l}"))
        .collect();
    out.extend(
        g.iter()
            .filter(|l| !w.contains(l))
            .map(|l| format!("+ {l}")),
    );
    out.truncate(40);
    out
}
